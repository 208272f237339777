import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { writeChunksAtomic } from '../../stores/atomic-write.js';
import { MEMORY_FILE, serialiseMemory } from '../../stores/memory-jsonl.js';
import { openMemoryIndex } from './open-memory-index.js';
import { restampAfterSave } from './restamp-after-save.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-restamp-'));
  await mkdir(join(root, 'translations', 'memory'), { recursive: true });
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const T0 = '2025-01-01T00:00:00.000Z';
const entry = (key: string, target: string): MemoryEntry => ({ key, source: key, target, state: 'translated', origin: 'manual', reports: [], created: T0, updated: T0 });
const TEXT = serialiseMemory([entry('一二三四', 'one two'), entry('脱贫攻坚战', 'poverty'), entry('长江经济带', 'Yangtze')]);
const sha256 = async (): Promise<string> => createHash('sha256').update(await readFile(join(root, MEMORY_FILE))).digest('hex');

/** The cache of TEXT, and what a restamp needs: its content hash and line ranges. */
async function cached(): Promise<{ old: string; ranges: { lineStarts: Float64Array; lineEnds: Float64Array } }> {
  await writeFile(join(root, MEMORY_FILE), TEXT);
  const opened = await openMemoryIndex(root);
  const table = opened.table!;
  const ranges = { lineStarts: Float64Array.from({ length: table.size }, (_, i) => table.lineRange(i)[0]), lineEnds: Float64Array.from({ length: table.size }, (_, i) => table.lineRange(i)[1]) };
  await opened.close();
  return { old: (await sha256()), ranges };
}

/** The same-length text with one target changed (same line ranges). */
const changed = TEXT.replace('"poverty"', '"Poverty"');

describe('restampAfterSave', () => {
  it('stamps the hash taken while writing when the rename came a tick after the last write', async () => {
    const { old, ranges } = await cached();
    const written = await writeChunksAtomic(join(root, MEMORY_FILE), [changed], { sha256: true, settleMs: 120 });
    expect(written.sha256).toBe(await sha256());
    await restampAfterSave(root, old, ranges, written);
    const opened = await openMemoryIndex(root);
    expect([opened.how, opened.sha256, opened.table!.get('脱贫攻坚战')!.target]).toEqual(['cache', await sha256(), 'Poverty']);
    await opened.close();
  });

  it('reads the file back when the rename was within a tick of the last write (a wrong hash given is never stamped)', async () => {
    const { old, ranges } = await cached();
    const written = await writeChunksAtomic(join(root, MEMORY_FILE), [changed], { sha256: true });
    await restampAfterSave(root, old, ranges, { ...written, sha256: 'f'.repeat(64) });
    const opened = await openMemoryIndex(root);
    expect([opened.how, opened.sha256]).toEqual(['cache', await sha256()]);
    await opened.close();
  });

  it('reads the file back when it changed after the save wrote it (another mtime)', async () => {
    const { old, ranges } = await cached();
    const written = await writeChunksAtomic(join(root, MEMORY_FILE), [changed], { sha256: true, settleMs: 120 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await writeFile(join(root, MEMORY_FILE), TEXT.replace('"Yangtze"', '"YANGTZE"'));
    await restampAfterSave(root, old, ranges, written);
    const opened = await openMemoryIndex(root);
    expect([opened.sha256, opened.table!.get('长江经济带')!.target]).toEqual([await sha256(), 'YANGTZE']);
    await opened.close();
  });
});
