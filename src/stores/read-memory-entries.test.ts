import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../model/memory-entry.js';
import { serialiseEntry } from './memory-entry-line.js';
import { scanMemoryBytes } from './memory-file.js';
import { assertUsableMemory } from './memory-file-problems.js';
import { entriesOfScan } from './memory-jsonl.js';
import { MEMORY_FILE } from './memory-file.js';
import { memoryEntriesOfBytes, readMemoryEntries } from './read-memory-entries.js';

const entry = (key: string, target = 'x'): MemoryEntry => ({ key, source: key, target, state: 'translated', origin: 'import', reports: [], created: 't', updated: 't' });

/** The full scan's answer, as loading gave it before the one-pass read. */
function scanned(bytes: Buffer): Array<[string, MemoryEntry]> | { error: unknown } {
  try {
    const scan = scanMemoryBytes(bytes);
    assertUsableMemory(scan);
    return entriesOfScan(scan).map((e) => [e.key, e]);
  } catch (error) {
    return { error };
  }
}

function read(bytes: Buffer): Array<[string, MemoryEntry]> | { error: unknown } {
  try {
    return [...memoryEntriesOfBytes(bytes)];
  } catch (error) {
    return { error };
  }
}

// Canonical lines, the same key twice (same or other English), hand-spaced JSON, blanks, markers, junk.
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('甲', '乙', '丙', '丁').map((k) => serialiseEntry(entry(k))) },
  fc.constantFrom('甲', '乙').map((k) => serialiseEntry(entry(k, 'other'))),
  fc.constantFrom('戊', '己').map((k) => JSON.stringify(entry(k), null, 1).replace(/\n/g, '')),
  fc.constantFrom('', ' ', '\r', '<<<<<<< HEAD', '=======', '{"key":"a"}', 'not json', '{', ' {"key":"庚"}'),
);

describe('memoryEntriesOfBytes', () => {
  it('gives what the full scan gives, entries or the error, for any file', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (lines, eol, bom, lastEol) => {
      const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (lastEol && lines.length ? eol : '');
      const bytes = Buffer.from(text, 'utf8');
      expect(read(bytes)).toEqual(scanned(bytes));
    }), { numRuns: 1000 });
  });

  it('reads canonical lines in one pass, keyed in file order', () => {
    const bytes = Buffer.from(`${serialiseEntry(entry('乙'))}\n${serialiseEntry(entry('甲'))}\n`);
    expect([...memoryEntriesOfBytes(bytes).keys()]).toEqual(['乙', '甲']);
  });

  it('counts identical duplicate lines once and refuses different ones', () => {
    const same = Buffer.from(`${serialiseEntry(entry('甲'))}\n${serialiseEntry(entry('甲'))}\n`);
    expect([...memoryEntriesOfBytes(same).keys()]).toEqual(['甲']);
    const different = Buffer.from(`${serialiseEntry(entry('甲'))}\n${serialiseEntry(entry('甲', 'y'))}\n`);
    expect(() => memoryEntriesOfBytes(different)).toThrow(/more than one line with different entries/);
  });
});

describe('readMemoryEntries', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dz-read-memory-'));
    await mkdir(join(root, 'translations', 'memory'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function readInPieces(bytes: Buffer, pieceBytes: number): Promise<Array<[string, MemoryEntry]> | { error: unknown }> {
    await writeFile(join(root, MEMORY_FILE), bytes);
    return readMemoryEntries(root, pieceBytes).then((map) => [...map], (error: unknown) => ({ error }));
  }

  it('read in pieces of any size, gives what the full scan gives, entries or the error', async () => {
    const canonical = fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }).map((keys) => keys.map((key) => serialiseEntry(entry(key))));
    const lines = fc.oneof(canonical, fc.array(line, { maxLength: 6 }));
    await fc.assert(fc.asyncProperty(lines, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 300 }), async (texts, eol, bom, lastEol, pieceBytes) => {
      const bytes = Buffer.from((bom ? '\uFEFF' : '') + texts.join(eol) + (lastEol && texts.length ? eol : ''), 'utf8');
      const [got, want] = [await readInPieces(bytes, pieceBytes), scanned(bytes)];
      expect(got).toEqual(want);
      // Field order too: an entry copied into one shape (sameShape) keeps the order it was read in.
      if (Array.isArray(want)) expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    }), { numRuns: 300 });
  });

  it('shares equal strings of an entry without changing what it holds', async () => {
    const bytes = Buffer.from(`${serialiseEntry(entry('甲'))}\n${serialiseEntry({ ...entry('乙'), source: '乙 ', updated: 'u' })}\n`);
    expect(await readInPieces(bytes, 7)).toEqual(scanned(bytes));
  });
});
