import type { MemoryEntry } from '../model/memory-entry.js';

/**
 * One line of memory.jsonl: the fields in a fixed order, key, source, target, state, origin,
 * reports, created, updated, note, footnote, flags (an empty `flags` left out, undefined fields
 * omitted), byte for byte what JSON.stringify writes for an object literal of that shape. Written
 * out by hand because at a million entries the object walk is the cost: strings that need no
 * escaping (no quote, backslash, control character or surrogate) are quoted as they are, the
 * rest go through JSON.stringify, as do lists (whose items the file format does not check).
 */
export function serialiseEntry(e: MemoryEntry): string {
  // The source is mostly the key, and a whole import shares a few states, origins and times: each
  // quoted once, not once per entry (quote checks every character of the text it is given).
  const key = quote(e.key);
  const source = e.source === e.key ? key : quote(e.source);
  let line = `{"key":${key},"source":${source},"target":${quote(e.target)},"state":${state.of(e.state)},"origin":${origin.of(e.origin)}`
    + `,"reports":${e.reports.length === 0 ? '[]' : JSON.stringify(e.reports)},"created":${created.of(e.created)},"updated":${e.updated === e.created ? created.of(e.updated) : updated.of(e.updated)}`;
  if (e.note !== undefined) line += `,"note":${quote(e.note)}`;
  if (e.footnote !== undefined) line += `,"footnote":${quote(e.footnote)}`;
  if (e.flags?.length) line += `,"flags":${JSON.stringify(e.flags)}`;
  return `${line}}`;
}

/** What JSON.stringify escapes (surrogates: a lone one is escaped; pairs are left to it too). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** quote() of the text it was last given, kept for the next entry (one per field). */
class LastQuoted {
  private text = '';
  private quoted = '""';

  of(text: string): string {
    if (text !== this.text) [this.text, this.quoted] = [text, quote(text)];
    return this.quoted;
  }
}

const [state, origin, created, updated] = [new LastQuoted(), new LastQuoted(), new LastQuoted(), new LastQuoted()];

/** Bytes of UTF-8 a string of `length` code units can take at most (a lone surrogate: 3 bytes). */
const maxBytes = (length: number): number => length * 3;

/**
 * The file's bytes in pieces of about `size` bytes, each line encoded straight into one of two
 * buffers used in turn (see writeChunksAtomic, which has written a piece before it asks for the
 * one after the next): no joined text and no Buffer per line, which at a million lines cost more
 * than making the lines.
 */
export function* memoryFileChunks(entries: Iterable<MemoryEntry>, size = 1 << 22): Generator<Uint8Array> {
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  let buffer = buffers[0]!;
  let used = 0;
  for (const entry of entries) {
    const line = serialiseEntry(entry);
    if (used + maxBytes(line.length) + 1 > buffer.length) {
      if (used > 0) yield buffer.subarray(0, used);
      turn ^= 1;
      // A line longer than a piece gets a buffer of its own size (kept for later turns).
      if (maxBytes(line.length) + 1 > buffers[turn]!.length) buffers[turn] = Buffer.allocUnsafe(maxBytes(line.length) + 1);
      buffer = buffers[turn]!;
      used = 0;
    }
    used += buffer.write(line, used, 'utf8');
    buffer[used++] = 10;
  }
  if (used > 0) yield buffer.subarray(0, used);
}
