import iconv from 'iconv-lite';

/** How bytes get misread: the text is turned back into bytes with `as` and decoded with `was`. */
export const READINGS: ReadonlyArray<{ as: string; was: string; how: string }> = [
  { as: 'gbk', was: 'utf-8', how: 'UTF-8 read as GBK' },
  { as: 'windows-1252', was: 'utf-8', how: 'UTF-8 read as Windows-1252/Latin-1' },
  { as: 'windows-1252', was: 'gbk', how: 'GBK read as Windows-1252/Latin-1' },
  { as: 'gbk', was: 'big5', how: 'Big5 read as GBK' },
  { as: 'big5', was: 'gbk', how: 'GBK read as Big5' },
];

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');
/** Windows-1252 as browsers read it, plus Latin-1's C1 controls: character → byte. */
const SINGLE_BYTE = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  SINGLE_BYTE.set(String.fromCharCode(b), b);
  SINGLE_BYTE.set(windows1252.decode(Uint8Array.of(b)), b);
}

function toBytes(text: string, as: string): Uint8Array | undefined {
  if (as !== 'windows-1252') {
    const bytes = iconv.encode(text, as);
    return iconv.decode(bytes, as) === text ? bytes : undefined;
  }
  const bytes: number[] = [];
  for (const c of text) {
    const b = SINGLE_BYTE.get(c);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  return Uint8Array.from(bytes);
}

/** `text` turned back into bytes with `as` and decoded as `was`; undefined when that is impossible or changes nothing. */
export function reread(text: string, as: string, was: string): string | undefined {
  const bytes = toBytes(text, as);
  if (!bytes) return undefined;
  try {
    const out = was === 'utf-8' ? fatalUtf8.decode(bytes) : iconv.decode(Buffer.from(bytes), was);
    return out.includes('\uFFFD') || out === text ? undefined : out;
  } catch {
    return undefined;
  }
}
