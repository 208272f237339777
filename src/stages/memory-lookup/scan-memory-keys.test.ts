import { createHash } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { serialiseEntry } from '../../stores/memory-entry-line.js';
import { scanMemoryBytes } from '../../stores/memory-file.js';
import { assertUsableMemory } from '../../stores/memory-file-problems.js';
import { parseEntryLine } from '../../stores/read-memory-entries.js';
import { keyLinesOfScan, scanMemoryKeys, type KeyLine } from './scan-memory-keys.js';

const entry = (key: string, target = 'x'): MemoryEntry => ({ key, source: key, target, state: 'translated', origin: 'import', reports: [], created: 't', updated: 't' });

// Canonical lines (some without English), a key twice, hand-spaced JSON, blanks, markers, junk.
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('甲', '乙', '丙', '丁', 'a"b', '').map((k) => serialiseEntry(entry(k))) },
  fc.constantFrom('戊', '己').map((k) => serialiseEntry(entry(k, ''))),
  fc.constantFrom('甲', '乙').map((k) => serialiseEntry(entry(k, 'other'))),
  fc.constantFrom('庚', '辛').map((k) => JSON.stringify(entry(k), null, 1).replace(/\n/g, '')),
  fc.constantFrom('', ' ', '\r', '<<<<<<< HEAD', '=======', '{"key":"a"}', 'not json', '{', ' {"key":"壬"}'),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dz-scan-keys-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function scanFile(bytes: Buffer, pieceBytes: number): Promise<{ lines: KeyLine[]; sha256: string } | undefined> {
  const path = join(dir, 'memory.jsonl');
  await writeFile(path, bytes);
  const handle = await open(path, 'r');
  try {
    return await scanMemoryKeys(handle, pieceBytes);
  } finally {
    await handle.close();
  }
}

/** The key lines the full scan gives a usable file, or undefined when it refuses the file. */
function fullScan(bytes: Buffer): KeyLine[] | undefined {
  const scan = scanMemoryBytes(bytes);
  try {
    assertUsableMemory(scan);
  } catch {
    return undefined;
  }
  return keyLinesOfScan(scan);
}

describe('scanMemoryKeys', () => {
  it('read in pieces of any size, gives the full scan’s key lines and the file’s SHA-256, or leaves the file to the full scan', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 300 }), async (texts, eol, bom, lastEol, pieceBytes) => {
      const bytes = Buffer.from((bom ? '\uFEFF' : '') + texts.join(eol) + (lastEol && texts.length ? eol : ''), 'utf8');
      const streamed = await scanFile(bytes, pieceBytes);
      const full = fullScan(bytes);
      // Whatever it reads, the full scan would read the same; what it leaves, the full scan decides.
      if (streamed) {
        expect(streamed.lines).toEqual(full);
        expect(streamed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
      // Every line an entry, no key twice (what duizhao writes): read in pieces, never left.
      const entries = texts.map((t) => (t.startsWith('{') ? parseEntryLine(t) : undefined));
      if (entries.every((e) => e !== undefined) && new Set(entries.map((e) => e.key)).size === entries.length) expect(streamed).toBeDefined();
    }), { numRuns: 400 });
  });

  it('leaves to the full scan a blank line, a key seen before and a line that is not an entry', async () => {
    const a = serialiseEntry(entry('甲'));
    const b = serialiseEntry(entry('乙'));
    expect(await scanFile(Buffer.from(`${a}\n${b}\n`), 8)).toMatchObject({ lines: [{ key: '甲', hasTarget: true, start: 0 }, { key: '乙', start: Buffer.byteLength(a) + 1 }] });
    for (const text of [`${a}\n\n${b}\n`, `${a}\n${a}\n`, `${a}\nnot json\n`, `${a}\n=======\n`]) expect(await scanFile(Buffer.from(text), 16)).toBeUndefined();
  });
});
