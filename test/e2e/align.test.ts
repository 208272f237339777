import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import type { MemoryEntry } from '../../src/model/memory-entry.js';
import { segmentKey } from '../../src/text/segment-key.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(repoRoot, '..', 'shared');

/** Sentences from seeds/000 (Qin County report) with an English version written for this test. */
const ZH = `# 打赢脱贫攻坚战 决胜小康新时代

英雄热土，浩气长存。革命战争年代，在1320平方公里的土地上，不足10万人的沁县，出粮、出兵、出干部，谱写了可歌可泣的传奇篇章。

## 一种责任：主官主责 全员全责

脱贫攻坚，责重如山。沁县狠抓脱贫攻坚主体责任落实，坚持实绩与实效挂钩，组建脱贫攻坚领导小组，县委书记、县长任双组长。

2018年12月4日，县教科局派驻郭村镇丁家山村第一书记张水林，突发心脏病倒在扶贫一线，年仅54岁。

脱贫攻坚，成败在于精准。按照习近平总书记提出的“六个精准、五个一批”要求，沁县坚持靶向治疗，对症下药，在提升脱贫攻坚实效上持续发力。
`;
const EN = `# Win the Battle Against Poverty, Build a Moderately Prosperous Society

A land of heroes, where the heroic spirit lives on. During the revolutionary wars, Qin County, with fewer than 100,000 people on 1,320 square kilometres of land, supplied grain, soldiers and cadres, and wrote a moving and legendary chapter.

## One Responsibility: Leaders in Charge, Everyone Responsible

Poverty alleviation is a heavy responsibility. Qin County enforced the main responsibility for poverty alleviation, linked performance with results, and set up a leading group for poverty alleviation. The county Party secretary and the county head served as joint group leaders.

On 4 December 2018, Zhang Shuilin, first secretary of Dingjiashan Village, Guocun Town, sent by the county education bureau, collapsed from a heart attack on the front line of poverty alleviation, aged only 54.

Success in poverty alleviation depends on precision. The weather in the northern mountains was cold and dry that winter.
`;

function project(memory: MemoryEntry[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-align-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'duizhao.yaml'), 'name: test\n');
  writeFileSync(join(dir, 'zh.md'), ZH);
  writeFileSync(join(dir, 'en.md'), EN);
  mkdirSync(join(dir, 'translations', 'memory'), { recursive: true });
  if (memory.length) writeFileSync(join(dir, 'translations', 'memory', 'memory.jsonl'), memory.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return dir;
}

function readMemory(dir: string): Map<string, MemoryEntry> {
  const text = readFileSync(join(dir, 'translations', 'memory', 'memory.jsonl'), 'utf8');
  return new Map(text.trim().split('\n').map((l) => JSON.parse(l) as MemoryEntry).map((e) => [e.key, e]));
}

describe('duizhao align', () => {
  it('imports aligned pairs into the memory and flags the low-confidence one', async () => {
    const dir = project();
    const io = memoryIo(dir);
    const code = await run(['align', 'zh.md', 'en.md', '--into', 'memory', '--report', 'qinxian'], io);
    expect(io.err.join('')).toContain('memory: ');
    expect(code).toBe(0);
    const memory = readMemory(dir);
    const date = memory.get(segmentKey('2018年12月4日，县教科局派驻郭村镇丁家山村第一书记张水林，突发心脏病倒在扶贫一线，年仅54岁。'));
    expect(date?.target).toMatch(/^On 4 December 2018, Zhang Shuilin/u);
    expect(date?.state).toBe('translated');
    expect(date?.origin).toBe('import');
    expect(date?.reports).toEqual(['qinxian']);
    const merged = memory.get(segmentKey('沁县狠抓脱贫攻坚主体责任落实，坚持实绩与实效挂钩，组建脱贫攻坚领导小组，县委书记、县长任双组长。'));
    expect(merged?.target).toBe('Qin County enforced the main responsibility for poverty alleviation, linked performance with results, and set up a leading group for poverty alleviation. The county Party secretary and the county head served as joint group leaders.');
    expect(memory.get(segmentKey('脱贫攻坚，成败在于精准。'))?.target).toBe('Success in poverty alleviation depends on precision.');
    const wrong = memory.get(segmentKey('按照习近平总书记提出的“六个精准、五个一批”要求，沁县坚持靶向治疗，对症下药，在提升脱贫攻坚实效上持续发力。'));
    expect(wrong?.target).toBe('The weather in the northern mountains was cold and dry that winter.');
    expect(wrong?.state).toBe('draft');
    expect(wrong?.flags).toEqual(['align/low-confidence']);
    const flagged = [...memory.values()].filter((e) => e.flags?.includes('align/low-confidence'));
    expect(flagged.map((e) => e.source)).toEqual([wrong?.source]);
  });

  it('writes the pairs as TSV to stdout for review', async () => {
    const dir = project();
    const io = memoryIo(dir);
    expect(await run(['align', 'zh.md', 'en.md', '--out', '-'], io)).toBe(0);
    const rows = io.out.join('').trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['score', 'zh', 'en', 'zh_text', 'en_text']);
    expect(rows.find((r) => r[3] === '脱贫攻坚，责重如山。')?.[4]).toBe('Poverty alleviation is a heavy responsibility.');
    expect(rows.find((r) => r[1] === '5')?.[2]).toBe('5,6');
    expect(existsSync(join(dir, 'translations', 'memory', 'memory.jsonl'))).toBe(false);
  });

  const HEAVY = '脱贫攻坚，责重如山。';
  /** A reviewed entry for the Chinese sentence aligned to "Poverty alleviation is a heavy responsibility.". */
  const reviewed = (target: string): MemoryEntry => ({
    key: segmentKey(HEAVY), source: HEAVY, target, state: 'reviewed', origin: 'manual',
    reports: [], created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z',
  });

  it.each([
    ['other English: a conflict printed with both texts (exit 1)', 'Poverty alleviation weighs as heavy as a mountain.', 1, [
      // Printed as memory import prints one: where, why, and both English texts.
      'conflict: zh sentence 4: the memory has reviewed English and this one is only translated; not replaced.\n',
      '    memory (reviewed, manual): Poverty alleviation weighs as heavy as a mountain.\n',
      '    file   (translated, import): Poverty alleviation is a heavy responsibility.\n',
    ]],
    ['identical English: agreement, not a conflict (exit 0)', 'Poverty alleviation is a heavy responsibility.', 0, []],
  ])('keeps a reviewed translation; %s', async (_label, target, exit, printed) => {
    const entry = reviewed(target);
    const dir = project([entry]);
    const io = memoryIo(dir);
    expect(await run(['align', 'zh.md', 'en.md', '--into', 'memory'], io)).toBe(exit);
    const err = io.err.join('');
    for (const line of printed) expect(err).toContain(line);
    if (printed.length === 0) expect(err).not.toContain('conflict');
    expect(readMemory(dir).get(entry.key)).toEqual(entry);
  });

  it('keeps one sentence per line as given: line numbers are the pair indices, a headline stays its own pair', async () => {
    const dir = project();
    // Written for this test: a headline without a final stop, a line ending in a comma, and an
    // English line that the translator split into two sentences.
    writeFileSync(join(dir, 'zh.txt'), [
      '沁县举办消费扶贫产品展销会',
      '10月18日，展销会在县城广场开幕，',
      '全县二十个合作社带来小米、核桃和中药材。',
      '县长到场并讲话。',
      '展销会为期三天，预计销售额超过300万元。',
      '县商务局表示，今后每年举办一次。',
    ].join('\n'));
    writeFileSync(join(dir, 'en.txt'), [
      'Qin County Holds a Fair for Poverty Alleviation Products',
      'On 18 October the fair opened on the county town square,',
      'where twenty cooperatives of the county brought millet, walnuts and herbs for Chinese medicine.',
      'The county head attended and spoke.',
      'The fair lasts three days. Sales are expected to exceed 3 million yuan.',
      'The county commerce bureau said it would be held every year from now on.',
    ].join('\n'));
    const io = memoryIo(dir);
    expect(await run(['align', 'zh.txt', 'en.txt', '--out', '-'], io)).toBe(0);
    const rows = io.out.join('').trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([['0', '0'], ['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5']]);
    expect(rows[0]![3]).toBe('沁县举办消费扶贫产品展销会');
    expect(io.err.join('')).toContain('aligned 6 Chinese and 6 English sentences');

    const split = memoryIo(dir);
    expect(await run(['align', 'zh.txt', 'en.txt', '--out', '-', '--split', 'sentences'], split)).toBe(0);
    // Read as running text, the comma-ended lines run on and the two-sentence line is split.
    expect(split.err.join('')).toContain('aligned 5 Chinese and 6 English sentences');
  });

  it('splits running text with an unpaired quote sentence by sentence and warns where the quote is', async () => {
    const dir = project();
    // Written for this test: “ closed by a full-width ＂, and a closing ” later that closes nothing.
    writeFileSync(join(dir, 'zh.txt'), '沁县举办消费扶贫产品展销会\n专家从事“外干细胞＂研究。展销会在县城开幕。全县二十个合作社参展。”县长到场。\n');
    writeFileSync(join(dir, 'en.txt'), 'Qin County Holds a Fair for Poverty Alleviation Products\nExperts do "stem cell" research. The fair opened in the county town. Twenty cooperatives took part." The county head attended.\n');
    const io = memoryIo(dir);
    expect(await run(['align', 'zh.txt', 'en.txt', '--out', '-'], io)).toBe(0);
    const rows = io.out.join('').trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([['0', '0'], ['1', '1'], ['2', '2'], ['3', '3'], ['4', '4']]);
    const err = io.err.join('');
    expect(err).toContain('zh.txt:2: warning segment/unbalanced-mark: “ is closed by ＂');
    expect(err).toContain('zh.txt:2: warning segment/unbalanced-mark: ” closes nothing');
  });

  it.each([
    ['translations/memory/memory.jsonl', 'the translation memory'],
    ['./translations/../translations/memory/memory.jsonl', 'the translation memory'],
    ['duizhao.yaml', 'the project configuration'],
    ['zh-link.tsv', 'the translation memory'],
  ])('--out %s is refused (exit 2): it would overwrite %s', async (out, what) => {
    const memory: MemoryEntry = {
      key: '脱贫攻坚，责重如山。', source: '脱贫攻坚，责重如山。', target: 'Poverty alleviation is a heavy responsibility.', state: 'reviewed', origin: 'manual',
      reports: [], created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z',
    };
    const dir = project([memory]);
    symlinkSync(join(dir, 'translations', 'memory', 'memory.jsonl'), join(dir, 'zh-link.tsv'));
    const before = ['duizhao.yaml', 'translations/memory/memory.jsonl'].map((f) => readFileSync(join(dir, f), 'utf8'));
    const io = memoryIo(dir);
    expect(await run(['align', 'zh.md', 'en.md', '--out', out], io)).toBe(2);
    expect(io.err.join('')).toContain(`--out ${out} would overwrite ${what}`);
    expect(['duizhao.yaml', 'translations/memory/memory.jsonl'].map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(before);
  });

  it.each([
    [['align', 'zh.md', 'en.md', '--split', 'words'], '--split takes auto, lines or sentences'],
    [['align', 'missing.md', 'en.md'], 'Cannot read'],
    [['align', 'en.md', 'zh.md'], 'contains no Chinese text'],
    [['align', 'zh.md', 'en.md', '--min-score', '2'], '--min-score must be a number from 0 to 1'],
    [['align', 'zh.md', 'en.md', '--into', 'glossary'], '--into takes "memory"'],
  ])('rejects bad input %j with exit 2', async (argv, message) => {
    const dir = project();
    const io = memoryIo(dir);
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
  });
});

describe('alignment quality on held-out data (../shared)', () => {
  it('aligns the first Bible chapters against the gold beads', async () => {
    const { alignSentences } = await import('../../src/stages/align/align-sentences.js');
    const { loadLexicon } = await import('../../src/stages/align/lexicon.js');
    const { parseBeads, scoreAlignment } = await import('../../src/stages/align/score-alignment.js');
    const heldout = join(shared, 'heldout');
    const read = (f: string): string[] => readFileSync(join(heldout, f), 'utf8').replace(/\n$/u, '').split('\n');
    const gold = parseBeads(readFileSync(join(heldout, 'bible_cuv_kjv_zh_en.gold.zh-en.align'), 'utf8')).slice(0, 600);
    const last = gold.at(-1)!;
    const zh = read('bible_cuv_kjv_zh_en.sent.zh.txt').slice(0, last.zh.at(-1)! + 1);
    const en = read('bible_cuv_kjv_zh_en.sent.en.txt').slice(0, last.en.at(-1)! + 1);
    const result = alignSentences(zh, en, { lexicon: await loadLexicon() });
    const score = scoreAlignment([{ gold, predicted: result.beads }]);
    expect(score.f1Strict).toBeGreaterThan(0.85);
    expect(score.f1Lax).toBeGreaterThan(0.98);
  });
});

describe('the English side on a worker thread, as built', () => {
  it('runs the built worker file (the bundle finds it beside the dist twin) and gives the in-place result', async () => {
    const { assertBuilt } = await import('../helpers/real-bin.js');
    assertBuilt();
    const { spawnSync } = await import('node:child_process');
    const thread = join(repoRoot, 'dist', 'stages', 'align', 'english-side-thread.js');
    const lexicon = join(repoRoot, 'dist', 'stages', 'align', 'lexicon.js');
    const heldout = join(shared, 'heldout');
    // A worker that fails to start is replaced by the work done in place only after 30 s of silence:
    // the threaded result in far less time shows the worker itself answered.
    const script = `
      import { readFileSync } from 'node:fs';
      const { startEnglishSide } = await import(${JSON.stringify(thread)});
      const { loadLexicon } = await import(${JSON.stringify(lexicon)});
      const lex = await loadLexicon();
      const read = (f) => readFileSync(${JSON.stringify(heldout)} + '/' + f, 'utf8').split('\\n').slice(0, 300);
      const input = { zh: read('wmt20_news_zh_en.zh.txt'), en: read('wmt20_news_zh_en.en.txt'), syllables: lex.syllables, readings: lex.readingTable };
      const t0 = performance.now();
      const threaded = startEnglishSide(input, true)();
      const seconds = (performance.now() - t0) / 1000;
      const here = startEnglishSide(input, false)();
      const plain = (s) => JSON.stringify([s.tokens, ...[s.enIds, s.enOffsets, s.zhIds, s.zhOffsets].map((a) => [...a])]);
      console.log(JSON.stringify({ seconds, same: plain(threaded) === plain(here), tokens: here.tokens.length }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { seconds: number; same: boolean; tokens: number };
    expect(result.same).toBe(true);
    expect(result.tokens).toBeGreaterThan(1000);
    expect(result.seconds).toBeLessThan(20);
  });
});
