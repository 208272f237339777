import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../stores/glossary-yaml.js';
import { GLOSSARY_BASIC } from '../../stores/fixtures/glossary-temp-project.js';
import { splitSentences } from '../segment/split-sentences.js';
import { extractTermCandidates } from './extract-term-candidates.js';
import { createTermCoverage } from './term-coverage.js';

import { SEEDS } from '../../../test/helpers/paths.js';

// The seeds are required (CI puts ../shared beside the clone): a missing folder fails here, loudly.
const sentences = readdirSync(SEEDS).flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n').flatMap((line) => splitSentences(line)).filter((s) => s.trim()));

describe('extractTermCandidates on the five seed reports', () => {
  const candidates = extractTermCandidates(sentences);
  const byZh = new Map(candidates.map((c) => [c.zh, c]));

  it.each([
    ['五个一批', 'slogan', 'numbered'],
    ['两不愁三保障', 'slogan', 'numbered'],
    ['三率一度', 'slogan', 'numbered'],
    ['四个不摘', 'slogan', 'numbered'],
    ['六个精准', 'slogan', 'numbered'],
    ['6个1', 'slogan', 'quoted'],
    ['515工作法', 'slogan', 'quoted'],
    ['雨露计划', 'programme', 'quoted'],
    ['驻村工作队', 'institution', 'name-suffix'],
    ['扶贫车间', 'institution', 'name-suffix'],
    ['卢展明', 'person', 'person'],
    ['张宏伟', 'person', 'person'],
    ['蔡贤忠', 'person', 'person'],
    ['沁县', 'place', 'place'],
    ['黎城县', 'place', 'place'],
    ['房县', 'place', 'place'],
  ])('suggests %s as a %s (%s)', (zh, kind, rule) => {
    expect(byZh.get(zh)).toMatchObject({ kind, rule });
    expect(byZh.get(zh)?.reason).toMatch(/seen \d+ times?$/);
  });

  it.each(['两不愁', '五个一', '全县', '乡村', '驻村', '贫政策', '成为沁县', '一个普', '和乡镇', '关于扶'])('does not suggest the fragment or common word %s', (zh) => {
    expect(byZh.has(zh)).toBe(false);
  });

  it('ranks by frequency and gives each term once', () => {
    expect(candidates[0]).toMatchObject({ zh: '沁县', kind: 'place' });
    expect(new Set(candidates.map((c) => c.zh)).size).toBe(candidates.length);
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1]!.count).toBeGreaterThanOrEqual(candidates[i]!.count);
  });

  it('leaves out terms the glossary covers, variants and parts of longer entries included', async () => {
    const covered = createTermCoverage((await loadGlossary(GLOSSARY_BASIC)).entries);
    const left = new Set(extractTermCandidates(sentences, { isCovered: covered }).map((c) => c.zh));
    for (const zh of ['两不愁三保障', '两不愁、三保障', '三保障', '五个一批', '6个1', '沁县', '卢展明', '四个不摘']) expect(left.has(zh)).toBe(false);
    expect(left.has('三率一度')).toBe(true);
    expect(extractTermCandidates(sentences, { isCovered: covered, limit: 5 })).toHaveLength(5);
  });
});

describe('extractTermCandidates on small inputs', () => {
  it('reads Traditional text and half-width quotes through the segment key', () => {
    const found = extractTermCandidates(['堅持「兩不愁三保障」標準。', '落实“两不愁三保障”。']);
    expect(found).toEqual([{ zh: '两不愁三保障', kind: 'slogan', count: 2, rule: 'numbered', reason: 'numbered slogan, seen 2 times' }]);
  });
});
