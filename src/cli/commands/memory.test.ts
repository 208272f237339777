import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../../../test/helpers/temp-project.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { segmentKey } from '../../text/segment-key.js';
import { loadMemory, MEMORY_FILE, serialiseMemory } from '../../stores/memory-jsonl.js';

const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: segmentKey(source), source, target, state: 'translated', origin: 'manual', reports: ['qinxian-2020-overview'],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T03:04:05.678Z', ...extra,
});
const ENTRIES = [
  entry('沁县179个贫困村全部退出。', 'All 179 poor villages in Qin County were lifted out of poverty.'),
  entry('貧困發生率由13.2%降至0，', 'the poverty headcount ratio fell from 13.2% to 0,', { state: 'reviewed', reports: ['huguan-2019-taihang', 'licheng-2019-taihang'] }),
  entry('“两不愁三保障”全面实现。', '"Two assurances and three guarantees" were fully achieved.', { state: 'draft', origin: 'mt:openai', note: 'check "assurances", "guarantees"', flags: ['term/missing: 两不愁三保障', 'qa/punctuation: quotes'] }),
];

async function writeMemory(root: string, entries: MemoryEntry[]): Promise<void> {
  await mkdir(join(root, 'translations', 'memory'), { recursive: true });
  await writeFile(join(root, MEMORY_FILE), serialiseMemory(entries));
}

describe('duizhao memory export / import', () => {
  let source: TempProject;
  let target: TempProject;
  beforeEach(async () => {
    source = await createTempProject();
    target = await createTempProject();
    await writeMemory(source.root, ENTRIES);
  });
  afterEach(async () => {
    await source.dispose();
    await target.dispose();
  });

  it.each(['tmx', 'csv', 'jsonl'])('round-trips the memory through %s into an empty project, byte for byte', async (format) => {
    const file = join(source.root, `memory.${format}`);
    const exported = await source.cli('memory', 'export', '--format', format, '--out', file);
    expect(exported).toMatchObject({ code: 0, out: `wrote ${file}: 3 entries\n` });
    const imported = await target.cli('memory', 'import', file);
    expect(imported.out).toBe('imported: 3 added, 0 updated, 0 unchanged, 0 conflicts, 0 skipped\n');
    expect(await readFile(join(target.root, MEMORY_FILE), 'utf8')).toBe(serialiseMemory([...ENTRIES].sort((a, b) => (a.key < b.key ? -1 : 1))));
  });

  it('prints to stdout without --out, and rejects an unknown format', async () => {
    const { out } = await source.cli('memory', 'export', '--format', 'csv');
    expect(out.split('\r\n')[0]).toBe('zh,en,state,origin,reports,created,updated,note,flags,key');
    expect(out).toContain('"check ""assurances"", ""guarantees""","term/missing: 两不愁三保障\nqa/punctuation: quotes",');
    const bad = await source.cli('memory', 'export', '--format', 'xlsx');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be tmx, csv or jsonl, not "xlsx"');
  });

  it('imports source/target pairs from an XLIFF file, never replacing a human translation', async () => {
    const xliff = join(target.root, 'vendor.xliff');
    await writeFile(xliff, `<xliff version="1.2"><file original="x.docx" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
      <trans-unit id="1"><source>沁县179个贫困村全部退出。</source><target state="translated">Every one of the 179 poor villages left poverty.</target></trans-unit>
      <trans-unit id="2"><source>壶关县旱地西红柿。</source><target>Dry-land tomatoes of Huguan County.</target></trans-unit>
    </body></file></xliff>`);
    await writeMemory(target.root, [ENTRIES[0]!]);
    const { code, out } = await target.cli('memory', 'import', xliff);
    expect(out).toContain('1 added, 0 updated, 0 unchanged, 1 conflict, 0 skipped');
    expect(out).toContain('vendor.xliff: unit 1: the memory has different translated English; not replaced. Pass --overwrite to replace it.\n'
      + `    memory (translated, manual): ${ENTRIES[0]!.target}\n    file   (translated, import): Every one of the 179 poor villages left poverty.\n`);
    expect(code).toBe(1);
    const memory = await loadMemory(target.root);
    expect(memory.get(ENTRIES[0]!.key)?.target).toBe(ENTRIES[0]!.target);
    expect(memory.get(segmentKey('壶关县旱地西红柿。'))).toMatchObject({ target: 'Dry-land tomatoes of Huguan County.', state: 'translated', origin: 'import' });
  });

  it('exits 2 on a malformed TMX with its position', async () => {
    const tmx = join(target.root, 'broken.tmx');
    await writeFile(tmx, '<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>扶贫</seg></tuv>\n</body></tmx>\n');
    const { code, err } = await target.cli('memory', 'import', tmx);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.tmx:3:\d+: not well-formed XML/);
  });
});
