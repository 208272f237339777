import { crc32 } from 'node:zlib';
import type { FuzzyIndexParts } from './fuzzy-index.js';

/** Bump when the layout or the meaning of any section changes: an older cache is then rebuilt. */
export const INDEX_CACHE_VERSION = 1;
const MAGIC = 'DZMEMIDX';
const HEADER_BYTES = 512;

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

type Section = Uint16Array | Int32Array | Uint32Array | Float64Array;
const KINDS = [Uint16Array, Int32Array, Float64Array, Float64Array, Int32Array, Int32Array, Int32Array, Uint32Array, Int32Array, Int32Array, Int32Array] as const;

function sections(d: IndexCacheData): Section[] {
  const p = d.fuzzy.postings;
  return [d.keyChars, d.keyStarts, d.lineStarts, d.lineEnds, d.fuzzyKeys, d.fuzzy.order, d.fuzzy.lengths, p.grams.keys, p.grams.values, p.offsets, p.postings];
}

/**
 * One Buffer: a 512-byte header (magic, version, the memory file's identity, the section table),
 * then each typed array at an 8-byte-aligned offset, so loading makes views on the Buffer without
 * copying. A CRC-32 over header and sections catches a truncated or damaged file.
 */
export function encodeIndexCache(data: IndexCacheData): Buffer {
  const parts = sections(data);
  let at = HEADER_BYTES;
  const table = parts.map((s) => {
    const offset = at;
    at += Math.ceil(s.byteLength / 8) * 8;
    return { offset, length: s.length };
  });
  const out = Buffer.alloc(at);
  const id = data.identity;
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(INDEX_CACHE_VERSION, 8);
  out.writeUInt32LE(parts.length, 12);
  [id.size, id.mtimeNs, id.ctimeNs, id.ino, id.dev].forEach((v, i) => out.writeBigUInt64LE(v, 16 + 8 * i));
  out.write(id.sha256, 56, 32, 'hex');
  out.writeDoubleLE(id.readAtMs, 88);
  out.writeUInt32LE(data.fuzzy.postings.grams.size, 96);
  table.forEach((t, i) => {
    out.writeDoubleLE(t.offset, 104 + 16 * i);
    out.writeDoubleLE(t.length, 112 + 16 * i);
    out.set(new Uint8Array(parts[i]!.buffer, parts[i]!.byteOffset, parts[i]!.byteLength), t.offset);
  });
  out.writeUInt32LE(checksum(out), HEADER_BYTES - 4);
  return out;
}

/** The cache in `bytes`, or why it cannot be used (another version, truncated, damaged). */
export function decodeIndexCache(stored: Buffer): IndexCacheData | { unusable: string } {
  // Typed-array views need aligned offsets: copy the rare Buffer that does not start on 8 bytes.
  const bytes = stored.byteOffset % 8 === 0 ? stored : Buffer.from(Uint8Array.from(stored).buffer);
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 8) !== MAGIC) return { unusable: 'not an index cache' };
  if (bytes.readUInt32LE(8) !== INDEX_CACHE_VERSION) return { unusable: `version ${bytes.readUInt32LE(8)}, not ${INDEX_CACHE_VERSION}` };
  if (bytes.readUInt32LE(12) !== KINDS.length) return { unusable: 'wrong section count' };
  const views: Section[] = [];
  for (let i = 0; i < KINDS.length; i++) {
    const Kind = KINDS[i]!;
    const offset = bytes.readDoubleLE(104 + 16 * i);
    const length = bytes.readDoubleLE(112 + 16 * i);
    if (!(Number.isInteger(length) && length >= 0 && offset >= HEADER_BYTES && offset % 8 === 0 && offset + length * Kind.BYTES_PER_ELEMENT <= bytes.length)) return { unusable: 'truncated' };
    views.push(new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length));
  }
  if (checksum(bytes) !== bytes.readUInt32LE(HEADER_BYTES - 4)) return { unusable: 'checksum mismatch' };
  const [big, v] = [(i: number): bigint => bytes.readBigUInt64LE(16 + 8 * i), views as [Uint16Array, Int32Array, Float64Array, Float64Array, Int32Array, Int32Array, Int32Array, Uint32Array, Int32Array, Int32Array, Int32Array]];
  return {
    identity: { size: big(0), mtimeNs: big(1), ctimeNs: big(2), ino: big(3), dev: big(4), sha256: bytes.toString('hex', 56, 88), readAtMs: bytes.readDoubleLE(88) },
    keyChars: v[0], keyStarts: v[1], lineStarts: v[2], lineEnds: v[3], fuzzyKeys: v[4],
    fuzzy: { order: v[5], lengths: v[6], postings: { grams: { keys: v[7], values: v[8], size: bytes.readUInt32LE(96) }, offsets: v[9], postings: v[10] } },
  };
}

function checksum(bytes: Buffer): number {
  return crc32(bytes.subarray(HEADER_BYTES), crc32(bytes.subarray(0, HEADER_BYTES - 4)));
}
