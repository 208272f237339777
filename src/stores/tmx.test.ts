import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import { importMemory } from '../app/import-memory.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { keyHash, segmentKey } from '../text/segment-key.js';
import { loadMemory } from './memory-jsonl.js';
import { exportTmx, fromTmxDate, parseTmx, toTmxDate } from './tmx.js';

const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: segmentKey(source), source, target, state: 'translated', origin: 'manual', reports: ['qinxian-2020-overview'],
  created: '2025-03-01T08:00:00.000Z', updated: '2025-03-02T09:30:15.250Z', ...extra,
});

const SAMPLES: MemoryEntry[] = [
  entry('沁县179个贫困村全部退出。', 'All 179 poor villages in Qin County were lifted out of poverty.'),
  entry('貧困發生率由2014年的13.2%降至0。', 'The poverty headcount ratio fell from 13.2% in 2014 to 0.', { state: 'reviewed', reports: ['huguan-2019-taihang', 'licheng-2019-taihang'] }),
  entry('累计投入资金5.6亿元。', 'A total of 560 million yuan was invested.', { state: 'draft', origin: 'mt:openai', note: 'figures < 1 亿 & "quotes"', flags: ['term/missing: 资金', 'numbers/changed: 5.6亿'] }),
  entry('下拨6万元资金。', 'It allocated 60,000 yuan.', { footnote: 'A leading digit may be lost in the source <text>.' }),
  entry('  留白的句子 ', '', { state: 'empty', origin: 'import', reports: [], key: 'a key that is not the normalised source' }),
];

async function roundTrip(entries: MemoryEntry[]): Promise<MemoryEntry[]> {
  const root = await mkdtemp(join(tmpdir(), 'duizhao-tmx-'));
  try {
    await writeFile(join(root, 'memory.tmx'), exportTmx(entries));
    const result = await importMemory(root, join(root, 'memory.tmx'), { state: 'translated', origin: 'import' });
    expect(result.skipped).toEqual([]);
    return (await loadMemory(root)).entries();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('TMX', () => {
  it('writes a TMX 1.4b header, tuid = key hash, x- props, TMX dates and script-tagged Chinese', () => {
    const xml = exportTmx(SAMPLES.slice(0, 2));
    expect(xml).toContain('<header creationtool="duizhao" creationtoolversion="0.1.0" segtype="sentence" o-tmf="duizhao-jsonl" adminlang="en" srclang="zh-Hans" datatype="plaintext"');
    expect(xml).toContain(`<tu tuid="${keyHash(SAMPLES[0]!.key)}" creationdate="20250301T080000Z" changedate="20250302T093015Z">`);
    expect(xml).toContain('<prop type="x-state">reviewed</prop>');
    expect(xml).toContain('<prop type="x-reports">huguan-2019-taihang licheng-2019-taihang</prop>');
    expect(xml).toContain('<tuv xml:lang="zh-Hant">\n        <seg>貧困發生率由2014年的13.2%降至0。</seg>');
    expect(xml).toContain('<tuv xml:lang="zh-Hans">\n        <seg>沁县179个贫困村全部退出。</seg>');
    expect(exportTmx(SAMPLES.slice(0, 1))).toContain('srclang="zh-Hans"');
  });

  it('names the memory\'s source language as srclang even with Traditional units (OmegaT warns and translate-toolkit reads en on *all*)', () => {
    const xml = exportTmx(SAMPLES);
    expect(xml).not.toContain('*all*');
    expect(xml).toContain('srclang="zh-Hans"');
    expect(xml.match(/<tuv xml:lang="zh-Hant">/g)).toHaveLength(1);
  });

  it('round-trips its own export losslessly (state, origin, reports, dates, note, flags); a key is always derived from the Chinese', async () => {
    const expected = SAMPLES.map((e) => ({ ...e, key: segmentKey(e.source) }));
    expect(await roundTrip(SAMPLES)).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
  });

  it('round-trips the project memory losslessly', async () => {
    const memory = await loadMemory(REPO_ROOT);
    const entries = memory.entries();
    expect(entries.length).toBeGreaterThan(100);
    expect(await roundTrip(entries)).toEqual(entries);
  });

  it('reads a foreign TMX (OmegaT/Trados style): zh-CN and en-US variants, inline tags stripped, no props', async () => {
    const xml = await readFile(join(import.meta.dirname, 'fixtures', 'tmx', 'trados-inline.tmx'), 'utf8');
    const pairs = parseTmx(xml, 'trados.tmx');
    expect(pairs.map(({ zh, en, note }) => ({ zh, en, note }))).toEqual([
      { zh: '脱贫攻坚取得决定性胜利。', en: 'Decisive victory was won in the fight against poverty.', note: 'checked by PM' },
      { zh: '全县共有建档立卡贫困户1.2万户。', en: 'The county had 12,000 registered poor households & more.', note: undefined },
    ]);
    expect(pairs[0]!.entry).toEqual({ created: '2021-01-15T10:20:30.000Z', updated: '2021-02-01T00:00:00.000Z' });
    expect(pairs[0]!.at).toBe('trados.tmx: <tu> 1 (tuid 7)');
  });

  it.each([
    ['unclosed seg', '<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>扶贫</tuv></tu></body></tmx>', 'bad.tmx:2:'],
    ['stray ampersand', '<tmx version="1.4">\n<body>\n  <tu><tuv xml:lang="zh"><seg>A & B</seg></tuv></tu></body></tmx>', 'bad.tmx:3:'],
  ])('reports malformed XML (%s) with line and column', (_name, xml, where) => {
    expect(() => parseTmx(xml, 'bad.tmx')).toThrowError(expect.objectContaining({ name: 'InputError', message: expect.stringMatching(new RegExp(`^${where}\\d+: not well-formed XML`)) }));
  });

  it('rejects XML that is not TMX', () => {
    expect(() => parseTmx('<xliff version="1.2"/>', 'x.tmx')).toThrow('x.tmx is not a TMX file');
  });

  it.each([
    ['2025-03-02T09:30:15.000Z', '20250302T093015Z'],
    ['2026-11-23T09:28:15.602Z', '20261123T092815Z'],
  ])('converts %s to the TMX date %s', (iso, tmx) => {
    expect(toTmxDate(iso)).toBe(tmx);
    expect(fromTmxDate(tmx)).toBe(iso.replace(/\.\d+Z$/, '.000Z'));
  });
});
