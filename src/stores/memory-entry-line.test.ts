import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../model/memory-entry.js';
import { UNIT_STATES } from '../model/unit.js';
import { memoryFileChunks, serialiseEntry } from './memory-entry-line.js';

const ORDER = ['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated', 'note', 'footnote', 'flags'] as const;

/** The plain path the hand-written line must equal: JSON.stringify of the fields in their order. */
function plainLine(entry: MemoryEntry): string {
  return JSON.stringify(Object.fromEntries(ORDER.filter((f) => entry[f] !== undefined && !(f === 'flags' && entry.flags?.length === 0)).map((f) => [f, entry[f]])));
}

// Quotes, backslashes, every control character, lone and paired surrogates, U+2028/2029, CJK, ASCII.
const unit = fc.oneof(
  fc.constantFrom('"', '\\', '/', '\u2028', '\u2029', '\ud800', '\udfff', '\ud83d\ude00', '\u007f', '沁', '县', 'a', ' '),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.string({ unit, maxLength: 12 });
const entry: fc.Arbitrary<MemoryEntry> = fc.record({
  key: text, source: text, target: text, state: fc.constantFrom(...UNIT_STATES), origin: text, reports: fc.array(text, { maxLength: 3 }),
  created: text, updated: text, note: fc.option(text, { nil: undefined }), footnote: fc.option(text, { nil: undefined }),
  flags: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
}, { requiredKeys: ['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated'] });

describe('serialiseEntry', () => {
  it('writes exactly what JSON.stringify of the fields in their fixed order writes, for any text', () => {
    fc.assert(fc.property(entry, (e) => {
      expect(serialiseEntry(e)).toBe(plainLine(e));
    }), { numRuns: 2000 });
  });

  it('leaves out an empty flags list and undefined fields, keeps empty strings', () => {
    const e: MemoryEntry = { key: 'k', source: 's', target: '', state: 'draft', origin: 'mt', reports: [], created: 'c', updated: 'u', note: '', flags: [] };
    expect(serialiseEntry(e)).toBe('{"key":"k","source":"s","target":"","state":"draft","origin":"mt","reports":[],"created":"c","updated":"u","note":""}');
  });
});

describe('memoryFileChunks', () => {
  it('joined, are the UTF-8 of every line with its newline, whatever the piece size', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), fc.integer({ min: 1, max: 400 }), (entries, size) => {
      // Copied as they come: the two buffers are reused, so a piece is only good until the one after next.
      const pieces: Buffer[] = [];
      for (const piece of memoryFileChunks(entries, size)) pieces.push(Buffer.from(piece));
      expect(Buffer.concat(pieces).toString('latin1')).toBe(Buffer.from(entries.map((e) => `${plainLine(e)}\n`).join(''), 'utf8').toString('latin1'));
      expect(pieces.every((piece) => piece.length > 0)).toBe(true);
    }), { numRuns: 500 });
  });

  it('yields nothing for no entries', () => {
    expect([...memoryFileChunks([])]).toEqual([]);
  });
});
