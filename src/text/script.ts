import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;
let toHans: Convert | undefined;
let toHant: Convert | undefined;

/**
 * Traditional → Simplified (mainland vocabulary). Built lazily: the dictionaries take ~100 ms
 * to load and commands that never convert should not pay for them.
 */
export function toSimplified(text: string): string {
  const convert = (toHans ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Simplified → Traditional, used to match glossary variants in Traditional text. */
export function toTraditional(text: string): string {
  const convert = (toHant ??= OpenCC.Converter({ from: 'cn', to: 't' }));
  return convert(text);
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
