import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { MEMORY_FILE, serialiseMemory, TranslationMemory } from '../../stores/memory-jsonl.js';
import { INDEX_CACHE_FILE, openMemoryIndex } from './open-memory-index.js';
import { saveThroughCache } from './save-through-cache.js';

let root: string;
let twin: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-splice-'));
  twin = await mkdtemp(join(tmpdir(), 'duizhao-splice-twin-'));
  await mkdir(join(root, 'translations', 'memory'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(twin, { recursive: true, force: true });
});

const T0 = '2025-01-01T00:00:00.000Z';
const entry = (key: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key, source: key, target, state: target ? 'translated' : 'empty', origin: 'manual', reports: [], created: T0, updated: T0, ...extra,
});
const ENTRIES = [entry('一二三四', 'one two'), entry('乙丙丁', ''), entry('甲乙丙丁戊', 'a b c d e', { reports: ['r1'] }), entry('脱贫攻坚战', 'poverty'), entry('长江经济带', 'Yangtze')];
const memoryText = (dir: string) => readFile(join(dir, MEMORY_FILE), 'utf8');

/** memory.jsonl as a save writes it, its index cache built, and a copy of both in `twin`. */
async function setUp(text = serialiseMemory(ENTRIES)): Promise<void> {
  await writeFile(join(root, MEMORY_FILE), text);
  await (await openMemoryIndex(root)).close();
  await cp(root, twin, { recursive: true });
}

/** The same changes saved the usual way (whole file read, merged, rewritten) in `twin`. */
async function savedWhole(changes: MemoryEntry[]): Promise<string> {
  const memory = new TranslationMemory(twin, []);
  for (const change of changes) memory.upsert(change);
  await memory.save();
  return memoryText(twin);
}

describe('saveThroughCache', () => {
  it('writes the file a whole save writes, and leaves the cache current for the new file', async () => {
    await setUp();
    const changes = [entry('甲乙丙丁戊', 'a b c d e', { reports: ['r2'] }), entry('一二三四', 'one two', { reports: ['r9', 'r2'] })];
    expect(await saveThroughCache(root, changes)).toBe(true);
    expect(await memoryText(root)).toBe(await savedWhole(changes));
    expect(await memoryText(root)).toContain('"reports":["r1","r2"]');
    const opened = await openMemoryIndex(root);
    try {
      expect(opened.how).toBe('cache');
      expect(opened.table!.get('一二三四')!.reports).toEqual(['r2', 'r9']);
      expect(opened.table!.get('长江经济带')!.target).toBe('Yangtze');
      expect(opened.index.search('甲乙丙丁', { threshold: 50, limit: 1 }).map((h) => opened.keyOf(h.index))).toEqual(['甲乙丙丁戊']);
    } finally {
      await opened.close();
    }
  });

  it('keeps the merge rule of a whole save: a draft never replaces a human translation', async () => {
    await setUp();
    const changes = [entry('脱贫攻坚战', 'machine', { state: 'draft', origin: 'machine', updated: '2025-02-02T00:00:00.000Z' }), entry('乙丙丁', 'b c d', { updated: '2025-02-02T00:00:00.000Z' })];
    expect(await saveThroughCache(root, changes)).toBe(true);
    expect(await memoryText(root)).toBe(await savedWhole(changes));
    expect(await memoryText(root)).toContain('"target":"poverty"');
    // 乙丙丁 gained English: the fuzzy index changes, so the cache is rebuilt, not patched.
    const opened = await openMemoryIndex(root);
    expect([opened.how, opened.table!.get('乙丙丁')!.target]).toEqual(['built', 'b c d']);
    await opened.close();
  });

  it('inserts new keys in key order (first, middle, last) and then rebuilds the cache', async () => {
    await setUp();
    const changes = [entry('〇', 'zero'), entry('乙', 'b'), entry('龟', 'turtle')];
    expect(await saveThroughCache(root, changes)).toBe(true);
    expect(await memoryText(root)).toBe(await savedWhole(changes));
    const opened = await openMemoryIndex(root);
    expect([opened.how, opened.table!.size, opened.table!.get('龟')!.target]).toEqual(['built', 8, 'turtle']);
    await opened.close();
  });

  it('into an empty memory file', async () => {
    await setUp('');
    expect(await saveThroughCache(root, [entry('乙', 'b')])).toBe(true);
    expect(await memoryText(root)).toBe(serialiseMemory([entry('乙', 'b')]));
  });

  it.each([
    ['CRLF line ends', serialiseMemory(ENTRIES).replace(/\n/g, '\r\n')],
    ['a blank line', serialiseMemory(ENTRIES).replace('\n', '\n\n')],
    ['no newline at the end', serialiseMemory(ENTRIES).trimEnd()],
    ['lines out of key order', serialiseMemory([...ENTRIES].reverse())],
    ['a byte-order mark', `\uFEFF${serialiseMemory(ENTRIES)}`],
  ])('refuses a file with %s (it is saved whole instead) and leaves it untouched', async (_, text) => {
    await setUp(text);
    expect(await saveThroughCache(root, [entry('一二三四', 'one two', { reports: ['r2'] })])).toBe(false);
    expect(await memoryText(root)).toBe(text);
  });

  it('does not patch a cache that belongs to other content', async () => {
    await setUp();
    await writeFile(join(root, INDEX_CACHE_FILE), 'not a cache');
    expect(await saveThroughCache(root, [entry('一二三四', 'one two', { reports: ['r2'] })])).toBe(true);
    const opened = await openMemoryIndex(root);
    expect([opened.how, opened.table!.get('一二三四')!.reports]).toEqual(['built', ['r2']]);
    await opened.close();
  });
});
