import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { loadMemory, MEMORY_FILE, serialiseEntry } from './memory-jsonl.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-memory-file-'));
  await mkdir(join(root, 'translations', 'memory'), { recursive: true });
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: source, source, target, state: 'translated', origin: 'manual', reports: ['qinxian-2020'],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z', ...extra,
});
const QIN = entry('沁县。', 'Qin County.');
const HU = entry('壶关县。', 'Huguan County.');
const write = (lines: string[]) => writeFile(join(root, MEMORY_FILE), lines.map((l) => `${l}\n`).join(''));
const memoryText = () => readFile(join(root, MEMORY_FILE), 'utf8');
const loadError = () => loadMemory(root).then(() => undefined, (e: unknown) => e as ConfigError);

describe('memory.jsonl as it is found on disk', () => {
  it('accepts a byte-order mark and CRLF line ends', async () => {
    await writeFile(join(root, MEMORY_FILE), `\uFEFF${serialiseEntry(HU)}\r\n${serialiseEntry(QIN)}\r\n`);
    expect((await loadMemory(root)).entries().map((e) => e.target)).toEqual(['Huguan County.', 'Qin County.']);
  });

  it('refuses one key with different English on two lines, naming both lines and both texts', async () => {
    await write([serialiseEntry(HU), serialiseEntry(QIN), serialiseEntry({ ...QIN, target: 'Qinxian.' })]);
    const error = await loadError();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'memory/duplicate-keys', exitCode: 2 });
    expect(error!.details).toEqual([
      '"沁县。" (key "沁县。") is on lines 2, 3:',
      `  ${MEMORY_FILE}:2: [translated, manual] "Qin County."`,
      `  ${MEMORY_FILE}:3: [translated, manual] "Qinxian."`,
    ]);
    expect(error!.hint).toContain('duizhao memory doctor');
  });

  it('refuses to save over such a file, and leaves it as it was', async () => {
    const memory = await loadMemory(root);
    memory.upsert({ ...HU, target: 'Huguan.' });
    const lines = [serialiseEntry(QIN), serialiseEntry({ ...QIN, target: 'Qinxian.' })];
    await write(lines);
    await expect(memory.save()).rejects.toMatchObject({ code: 'memory/duplicate-keys' });
    expect(await memoryText()).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('collapses identical duplicate lines (fields in any order) on the next save', async () => {
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(QIN).reverse()));
    await write([serialiseEntry(QIN), reordered]);
    const memory = await loadMemory(root);
    memory.upsert(HU);
    await memory.save();
    expect(await memoryText()).toBe(`${serialiseEntry(HU)}\n${serialiseEntry(QIN)}\n`);
  });

  it('names git conflict markers as such', async () => {
    await write(['<<<<<<< HEAD', serialiseEntry(QIN), '=======', serialiseEntry({ ...QIN, target: 'Qinxian.' }), '>>>>>>> review']);
    const error = await loadError();
    expect(error).toMatchObject({ code: 'memory/merge-conflict', message: `${MEMORY_FILE}:1: git merge conflict markers (<<<<<<<, =======, >>>>>>>) on lines 1, 3, 5.` });
    expect(error!.hint).toContain('duizhao memory doctor --fix');
  });

  it('never loads an orphan temp file, and the next write removes it', async () => {
    await write([serialiseEntry(QIN)]);
    const orphan = join(root, 'translations', 'memory', 'memory.jsonl.3141592653');
    await writeFile(orphan, `${serialiseEntry(HU)}\n${serialiseEntry({ ...QIN, target: 'half-written' })}`);
    const memory = await loadMemory(root);
    expect(memory.entries()).toEqual([QIN]);
    memory.upsert({ ...HU, target: 'Huguan.' });
    await memory.save();
    expect(await readdir(join(root, 'translations', 'memory'))).toEqual(['memory.jsonl']);
  });
});
