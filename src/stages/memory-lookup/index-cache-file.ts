import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { FuzzyIndexParts, StoredFuzzyIndex } from './fuzzy-index.js';

/** Bump when the layout or the meaning of any section changes: an older cache is then rebuilt. */
export const INDEX_CACHE_VERSION = 2;
const MAGIC = 'DZMEMIDX';
const HEADER_BYTES = 512;
/** Keys are checked (CRC-32) and read in blocks of this many. */
const KEY_BLOCK = 64;

/** What identifies the memory file a cache was built from: its stat, and its content's SHA-256. */
export interface MemoryFileIdentity {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** When the bytes were read (ms since epoch): the stat is trusted only for files last changed well before. */
  readAtMs: number;
}

/** The memory's keys (all entries, sorted by key), where each entry's line is, and the fuzzy index. */
export interface IndexCacheData {
  identity: MemoryFileIdentity;
  /** Key i is keyChars[keyStarts[i] .. keyStarts[i + 1]) (UTF-16 code units). */
  keyChars: Uint16Array;
  keyStarts: Int32Array;
  /** Byte range of entry i's line in memory.jsonl. */
  lineStarts: Float64Array;
  lineEnds: Float64Array;
  /** The fuzzy index is over the keys of entries with English: string j is key fuzzyKeys[j]. */
  fuzzyKeys: Int32Array;
  fuzzy: FuzzyIndexParts;
}

/** A cache as read: the small tables in memory; keys and posting lists read (and checked) when asked for. */
export interface LoadedIndexCache extends Omit<IndexCacheData, 'keyChars' | 'fuzzy'> {
  key(i: number): string;
  fuzzy: StoredFuzzyIndex;
}

/** A key block or posting list failed its CRC-32: the cache must be rebuilt. */
export class IndexCacheDamaged extends Error {}

type Section = Uint16Array | Int32Array | Uint32Array | Float64Array;
type Kind = typeof Uint16Array | typeof Int32Array | typeof Uint32Array | typeof Float64Array;
/** Read whole at load: keyStarts … blockCrcs. Read on demand: keyChars, postings (the bulk). */
const KINDS: Kind[] = [Int32Array, Float64Array, Float64Array, Int32Array, Int32Array, Int32Array, Uint32Array, Int32Array, Int32Array, Uint32Array, Uint32Array, Uint16Array, Int32Array];
const EAGER = 11;

function sections(d: IndexCacheData): Section[] {
  const p = d.fuzzy.postings;
  const listCrcs = Uint32Array.from({ length: p.offsets.length - 1 }, (_, g) => crc32(bytesOf(p.postings.subarray(p.offsets[g], p.offsets[g + 1]))));
  const blockCrcs = Uint32Array.from({ length: Math.ceil(d.lineStarts.length / KEY_BLOCK) }, (_, b) => crc32(bytesOf(keyBlock(d.keyChars, d.keyStarts, b))));
  return [d.keyStarts, d.lineStarts, d.lineEnds, d.fuzzyKeys, d.fuzzy.order, d.fuzzy.lengths, p.grams.keys, p.grams.values, p.offsets, listCrcs, blockCrcs, d.keyChars, p.postings];
}

const bytesOf = (s: Section): Uint8Array => new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
const keyBlock = (chars: Uint16Array, starts: Int32Array, b: number): Uint16Array =>
  chars.subarray(starts[b * KEY_BLOCK], starts[Math.min((b + 1) * KEY_BLOCK, starts.length - 1)]);

/**
 * One file: a 512-byte header (magic, version, the memory file's identity, the section table), the
 * small tables, then key text and posting lists, each at an 8-byte-aligned offset. A CRC-32 covers
 * header and small tables; each block of 64 keys and each posting list has its own CRC-32, checked
 * when it is read, so a lookup reads a few kilobytes of a 250 MB cache and still never uses a
 * damaged byte.
 */
export function encodeIndexCache(data: IndexCacheData): Buffer {
  const parts = sections(data);
  let at = HEADER_BYTES;
  const table = parts.map((s) => ((at += Math.ceil(s.byteLength / 8) * 8), at - Math.ceil(s.byteLength / 8) * 8));
  const out = Buffer.alloc(at);
  const id = data.identity;
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(INDEX_CACHE_VERSION, 8);
  out.writeUInt32LE(parts.length, 12);
  [id.size, id.mtimeNs, id.ctimeNs, id.ino, id.dev].forEach((v, i) => out.writeBigUInt64LE(v, 16 + 8 * i));
  out.write(id.sha256, 56, 32, 'hex');
  out.writeDoubleLE(id.readAtMs, 88);
  out.writeUInt32LE(data.fuzzy.postings.grams.size, 96);
  table.forEach((offset, i) => {
    out.writeDoubleLE(offset, 104 + 16 * i);
    out.writeDoubleLE(parts[i]!.length, 112 + 16 * i);
    out.set(bytesOf(parts[i]!), offset);
  });
  out.writeUInt32LE(crc32(out.subarray(HEADER_BYTES, table[EAGER]), crc32(out.subarray(0, HEADER_BYTES - 4))), HEADER_BYTES - 4);
  return out;
}

/**
 * The cache at `path`, or why it cannot be used (missing, another version, truncated, damaged).
 * Keys and posting lists are read when asked for, through `handle` (close it when done); with
 * `preload` they are read whole and every key block and posting list is checked at once (a damaged
 * cache is refused here, never in a lookup), and the file is closed (long-lived users).
 */
export async function openIndexCache(path: string, options: { preload?: boolean } = {}): Promise<{ cache: LoadedIndexCache; close(): Promise<void> } | { unusable: string }> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return { unusable: 'missing' };
  const loaded = await readIndexCache(handle, options.preload ?? false).catch((error: Error) => ({ unusable: error.message }));
  if ('unusable' in loaded || options.preload) await handle.close();
  return 'unusable' in loaded ? loaded : { cache: loaded, close: () => (options.preload ? Promise.resolve() : handle.close()) };
}

async function readIndexCache(handle: FileHandle, preload: boolean): Promise<LoadedIndexCache | { unusable: string }> {
  const size = (await handle.stat()).size;
  const header = readAt(handle.fd, 0, Math.min(size, HEADER_BYTES));
  if (size < HEADER_BYTES || header.toString('latin1', 0, 8) !== MAGIC) return { unusable: 'not an index cache' };
  if (header.readUInt32LE(8) !== INDEX_CACHE_VERSION) return { unusable: `version ${header.readUInt32LE(8)}, not ${INDEX_CACHE_VERSION}` };
  if (header.readUInt32LE(12) !== KINDS.length) return { unusable: 'wrong section count' };
  const table = KINDS.map((Kind, i) => ({ Kind, offset: header.readDoubleLE(104 + 16 * i), length: header.readDoubleLE(112 + 16 * i) }));
  if (!table.every((t) => Number.isInteger(t.length) && t.length >= 0 && t.offset >= HEADER_BYTES && t.offset % 8 === 0 && t.offset + t.length * t.Kind.BYTES_PER_ELEMENT <= size)) return { unusable: 'truncated' };
  const eager = readAt(handle.fd, HEADER_BYTES, table[EAGER]!.offset - HEADER_BYTES);
  if (crc32(eager, crc32(header.subarray(0, HEADER_BYTES - 4))) !== header.readUInt32LE(HEADER_BYTES - 4)) return { unusable: 'checksum mismatch' };
  const v = table.slice(0, EAGER).map((t) => new t.Kind(eager.buffer as ArrayBuffer, eager.byteOffset + t.offset - HEADER_BYTES, t.length)) as [Int32Array, Float64Array, Float64Array, Int32Array, Int32Array, Int32Array, Uint32Array, Int32Array, Int32Array, Uint32Array, Uint32Array];
  const [keyStarts, lineStarts, lineEnds, fuzzyKeys, order, lengths, gramKeys, gramValues, offsets, listCrcs, blockCrcs] = v;
  // Keys and lists: read from the file when asked for, or (preload) from the whole section read now.
  const [keys, lists] = [table[EAGER]!, table[EAGER + 1]!];
  const wholeKeys = preload ? readAt(handle.fd, keys.offset, 2 * keys.length) : undefined;
  const wholeLists = preload ? readAt(handle.fd, lists.offset, 4 * lists.length) : undefined;
  const section = (whole: Buffer | undefined, base: number) => (from: number, bytes: number, crc: number): Buffer => {
    const read = whole ? whole.subarray(from, from + bytes) : readAt(handle.fd, base + from, bytes);
    if (crc32(read) !== crc) throw new IndexCacheDamaged('index cache damaged');
    return read;
  };
  const cache: LoadedIndexCache = {
    identity: { size: header.readBigUInt64LE(16), mtimeNs: header.readBigUInt64LE(24), ctimeNs: header.readBigUInt64LE(32), ino: header.readBigUInt64LE(40), dev: header.readBigUInt64LE(48), sha256: header.toString('hex', 56, 88), readAtMs: header.readDoubleLE(88) },
    keyStarts, lineStarts, lineEnds, fuzzyKeys,
    key: lazyKeys(keyStarts, blockCrcs, section(wholeKeys, keys.offset)),
    fuzzy: { order, lengths, postings: { grams: { keys: gramKeys, values: gramValues, size: header.readUInt32LE(96) }, offsets, list: wholeLists ? checkedLists(wholeLists, offsets, listCrcs) : lazyLists(offsets, listCrcs, section(undefined, lists.offset)) } },
  };
  for (let b = 0; preload && b < blockCrcs.length; b++) cache.key(b * KEY_BLOCK);
  return cache;
}

/**
 * Every list of `whole` checked now (IndexCacheDamaged), then each handed out as a view without a
 * copy or a table of them: 860,000 lists of a 1M cache in about 0.3 s at open. Checking them at
 * first use instead left the first thousand lookups after opening a 1M snapshot at a CPU p99 of
 * 3.9 ms against 2.3 ms, and one pass over all the bytes also makes the first use of each page
 * cheap (in the virtual machines the bench runs on, the first use from JavaScript of a page that
 * read() filled costs about 10 µs).
 */
function checkedLists(whole: Buffer, offsets: Int32Array, crcs: Uint32Array): (gram: number) => Int32Array {
  for (let g = 0; g < crcs.length; g++) {
    if (crc32(whole.subarray(4 * offsets[g]!, 4 * offsets[g + 1]!)) !== crcs[g]) throw new IndexCacheDamaged('index cache damaged');
  }
  const all = new Int32Array(whole.buffer as ArrayBuffer, whole.byteOffset, whole.length / 4);
  return (g) => all.subarray(offsets[g]!, offsets[g + 1]!);
}

type ReadChecked = (from: number, bytes: number, crc: number) => Buffer;

/** Key i, read with its block of KEY_BLOCK keys (blocks are kept once read). */
function lazyKeys(starts: Int32Array, crcs: Uint32Array, read: ReadChecked): (i: number) => string {
  const blocks = new Map<number, Buffer>();
  return (i) => {
    const b = Math.floor(i / KEY_BLOCK);
    const first = starts[b * KEY_BLOCK]!;
    let block = blocks.get(b);
    if (!block) blocks.set(b, (block = read(2 * first, 2 * (starts[Math.min((b + 1) * KEY_BLOCK, starts.length - 1)]! - first), crcs[b]!)));
    return block.toString('utf16le', 2 * (starts[i]! - first), 2 * (starts[i + 1]! - first));
  };
}

/** A bigram's posting list, read once. */
function lazyLists(offsets: Int32Array, crcs: Uint32Array, read: ReadChecked): (gram: number) => Int32Array {
  const lists = new Map<number, Int32Array>();
  return (g) => {
    let list = lists.get(g);
    if (!list) {
      const bytes = read(4 * offsets[g]!, 4 * (offsets[g + 1]! - offsets[g]!), crcs[g]!);
      const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(Uint8Array.from(bytes).buffer);
      lists.set(g, (list = new Int32Array(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.length / 4)));
    }
    return list;
  };
}

/** `bytes` bytes at `position`, in a Buffer of their own (aligned for typed-array views). */
function readAt(fd: number, position: number, bytes: number): Buffer {
  const out = Buffer.allocUnsafeSlow(bytes); // unpooled (aligned); every byte is read below, or it throws
  let done = 0;
  while (done < bytes) {
    const n = readSync(fd, out, done, bytes - done, position + done);
    if (n === 0) throw new Error('truncated');
    done += n;
  }
  return out;
}

/** The cache file `bytes` with another identity (same content, the memory file's stat changed): header and CRC rewritten. */
export function restampIndexCache(bytes: Buffer, identity: MemoryFileIdentity): Buffer {
  const out = Buffer.from(bytes);
  writeIdentity(out, identity);
  const eagerEnd = out.readDoubleLE(104 + 16 * EAGER);
  out.writeUInt32LE(crc32(out.subarray(HEADER_BYTES, eagerEnd), crc32(out.subarray(0, HEADER_BYTES - 4))), HEADER_BYTES - 4);
  return out;
}

function writeIdentity(header: Buffer, identity: MemoryFileIdentity): void {
  [identity.size, identity.mtimeNs, identity.ctimeNs, identity.ino, identity.dev].forEach((v, i) => header.writeBigUInt64LE(v, 16 + 8 * i));
  header.write(identity.sha256, 56, 32, 'hex');
  header.writeDoubleLE(identity.readAtMs, 88);
}

/**
 * Rewrites, in place, the line ranges and the memory file's identity of the cache file at `path`
 * (a copy the caller renames over the cache): for a save that replaced lines and kept every key
 * and which keys have English, nothing else in the cache changes. Refused (false) unless the file
 * is a cache of this version, built from memory content `sha256`, with as many entries.
 */
export async function patchIndexCacheLines(path: string, sha256: string, lineStarts: Float64Array, lineEnds: Float64Array, identity: MemoryFileIdentity): Promise<boolean> {
  const handle = await open(path, 'r+');
  try {
    const header = readAt(handle.fd, 0, HEADER_BYTES);
    const known = header.toString('latin1', 0, 8) === MAGIC && header.readUInt32LE(8) === INDEX_CACHE_VERSION && header.readUInt32LE(12) === KINDS.length;
    if (!known || header.toString('hex', 56, 88) !== sha256) return false;
    const [starts, ends] = [1, 2].map((i) => ({ offset: header.readDoubleLE(104 + 16 * i) - HEADER_BYTES, length: header.readDoubleLE(112 + 16 * i) }));
    if (starts!.length !== lineStarts.length || ends!.length !== lineEnds.length) return false;
    const eager = readAt(handle.fd, HEADER_BYTES, header.readDoubleLE(104 + 16 * EAGER) - HEADER_BYTES);
    eager.set(bytesOf(lineStarts), starts!.offset);
    eager.set(bytesOf(lineEnds), ends!.offset);
    writeIdentity(header, identity);
    header.writeUInt32LE(crc32(eager, crc32(header.subarray(0, HEADER_BYTES - 4))), HEADER_BYTES - 4);
    await handle.write(eager, 0, eager.length, HEADER_BYTES);
    await handle.write(header, 0, HEADER_BYTES, 0);
    await handle.sync();
    return true;
  } finally {
    await handle.close();
  }
}
