import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js/t2cn';
import { T2S_CHANGING_CHARACTERS } from './t2s-changing-characters.js';

type Convert = (text: string) => string;
type OpenCcModule = typeof OpenCC;
const require = createRequire(import.meta.url);
let toHans: Convert | undefined;
let toHant: Convert | undefined;
let changing: Uint8Array | undefined;

/**
 * Traditional → Simplified (mainland vocabulary), through opencc's t2cn build alone (a tenth of its
 * full build, which every command would otherwise load). Loaded and built on first use: the
 * dictionaries take ~100 ms and text holding none of the characters a conversion can change
 * (nearly all Simplified text, so nearly every `memory lookup`) is returned as it is, without
 * them: a memory import converts a million segments.
 */
export function toSimplified(text: string): string {
  if (!mayChange(text)) return text;
  const convert = (toHans ??= (require('opencc-js/t2cn') as OpenCcModule).Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Simplified → Traditional, used to match glossary variants in Traditional text (its tables loaded on first use). */
export function toTraditional(text: string): string {
  const convert = (toHant ??= (require('opencc-js/cn2t') as OpenCcModule).Converter({ from: 'cn', to: 't' }));
  return convert(text);
}

/**
 * False only when no replacement of the t→s dictionaries can match in `text`: every replacement
 * (source ≠ target) needs its first differing character (or, when lengths differ, any of its
 * characters) to be present. Astral characters (surrogates) always take the full conversion. The
 * characters are precomputed (t2s-changing-characters.ts): deriving them walked the dictionaries,
 * 20–75 ms on every command that folds a key.
 */
export function mayChange(text: string): boolean {
  const table = (changing ??= changingCharacters());
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table[c] === 1 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

function changingCharacters(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < T2S_CHANGING_CHARACTERS.length; i++) table[T2S_CHANGING_CHARACTERS.charCodeAt(i)] = 1;
  return table;
}

const HAN = /\p{Script=Han}/gu;

/** Share of Han characters that change under t→s conversion: > 0.05 means a Traditional text. */
export function detectScript(text: string): 'Hans' | 'Hant' {
  // A sample is enough to tell the scripts apart, and keeps a 20 MB file fast.
  const han = (text.slice(0, 200_000).match(HAN) ?? []).slice(0, 20_000).join('');
  if (han.length === 0) return 'Hans';
  const simplified = toSimplified(han);
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
  return changed / han.length > 0.05 ? 'Hant' : 'Hans';
}
