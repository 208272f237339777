import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { readLinePieces } from './read-line-pieces.js';
import { UserTextCheck } from './read-user-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dz-line-pieces-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every piece readLinePieces gives, copied (its buffer is reused), with its offset. */
async function pieces(bytes: Uint8Array, pieceBytes: number): Promise<Array<{ bytes: Buffer; offset: number }>> {
  const path = join(dir, 'file.txt');
  await writeFile(path, bytes);
  const seen: Array<{ bytes: Buffer; offset: number }> = [];
  await readLinePieces(path, (piece, offset) => void seen.push({ bytes: Buffer.from(piece), offset }), pieceBytes);
  return seen;
}

const lines = fc.array(fc.oneof(fc.constantFrom('', '\r', '沁县。', '{"zh":"甲"}'), fc.string({ maxLength: 40 })), { maxLength: 30 });

describe('readLinePieces', () => {
  it('gives the whole file in pieces of whole lines at their offsets, whatever the piece size', async () => {
    await fc.assert(fc.asyncProperty(lines, fc.boolean(), fc.integer({ min: 1, max: 64 }), async (texts, lastNewline, pieceBytes) => {
      const bytes = Buffer.from(texts.join('\n') + (lastNewline && texts.length ? '\n' : ''), 'utf8');
      const seen = await pieces(bytes, pieceBytes);
      expect(Buffer.concat(seen.map((p) => p.bytes))).toEqual(bytes);
      let offset = 0;
      for (const [i, piece] of seen.entries()) {
        expect(piece.offset).toBe(offset);
        expect(piece.bytes.length).toBeGreaterThan(0);
        // Every piece but the last ends a line: together with the concatenation, no line is split.
        if (i < seen.length - 1) expect(piece.bytes.at(-1)).toBe(10);
        offset += piece.bytes.length;
      }
    }), { numRuns: 150 });
  });

  it('stops when the taker returns false, and says so', async () => {
    const path = join(dir, 'stop.txt');
    await writeFile(path, 'a\nb\nc\n');
    const offsets: number[] = [];
    const done = await readLinePieces(path, (_bytes, offset) => (offsets.push(offset), offset < 2), 2);
    expect(done).toBe(false);
    expect(offsets).toEqual([0, 2]);
  });
});

/** The check's verdict on bytes given whole (as readUserBytes does) or in the pieces of readLinePieces. */
async function verdict(bytes: Uint8Array, pieceBytes?: number): Promise<string> {
  const check = new UserTextCheck('f');
  try {
    for (const piece of pieceBytes ? await pieces(bytes, pieceBytes) : [{ bytes: Buffer.from(bytes), offset: 0 }]) check.piece(piece.bytes, piece.offset);
    check.finish();
    return 'ok';
  } catch (error) {
    return error instanceof InputError ? `${error.code}: ${error.message}` : String(error);
  }
}

describe('UserTextCheck', () => {
  it('finds in pieces what it finds in the whole file: magic first, then NUL anywhere, then invalid UTF-8', async () => {
    const chunk = fc.oneof(
      fc.constantFrom([0x0a], [0x00], [0xff], [0xe6, 0xb2, 0x81], [0xe6, 0xb2], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xfe]),
      fc.string({ maxLength: 8 }).map((s) => [...Buffer.from(s, 'utf8')]),
    );
    await fc.assert(fc.asyncProperty(fc.array(chunk, { maxLength: 12 }), fc.integer({ min: 1, max: 16 }), async (chunks, pieceBytes) => {
      const bytes = Uint8Array.from(chunks.flat());
      expect(await verdict(bytes, pieceBytes)).toBe(await verdict(bytes));
    }), { numRuns: 200 });
  });
});
