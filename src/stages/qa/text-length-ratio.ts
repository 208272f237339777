import { finding, type SegmentRule } from './qa-rule.js';

/**
 * English length implausible for the Chinese: a dropped clause or a sentence pasted twice.
 * Length is English characters per Chinese character, counting a Han character as 1 and a
 * digit or Latin letter in the Chinese as ½ (spaces and punctuation not counted).
 * Calibrated on the human references in shared/heldout (segments of ≥ 10 units): the 0.5th
 * and 99.5th percentiles are 3.38–7.65 (rural_poverty_news), 2.36–5.58 (un_sdg), 2.59–7.52
 * (wmt20), 2.68–7.53 (wmt21), 2.90–7.93 (wmt19); medians 4.1–5.0. The band [2.0, 9.0] lies
 * outside all of them, so the rule fires on well under 1% of careful human translations.
 */
export const LENGTH_RATIO_BAND = { min: 2.0, max: 9.0, minSourceUnits: 10 } as const;

export function sourceUnits(source: string): number {
  const compact = source.replace(/\s/g, '');
  const han = (compact.match(/\p{Script=Han}/gu) ?? []).length;
  const other = compact.length - han - (compact.match(/\p{P}|\p{S}/gu) ?? []).length;
  return han + other * 0.5;
}

/**
 * The English without parenthesised explanations the Chinese does not have (the glossary's
 * "first" forms explain slogans: the "five guarantees" (food, clothing, …)), which would
 * otherwise make a faithful translation look padded.
 */
export function withoutGlosses(target: string, source: string): string {
  if (/[（(]/.test(source)) return target;
  let out = target;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\s*\([^()]*\)/g, '');
  }
  return out;
}

export const textLengthRatio: SegmentRule = {
  id: 'text/length-ratio',
  category: 'text',
  severity: 'warning',
  scope: 'segment',
  description: 'The English is implausibly short or long for the Chinese.',
  check(pair) {
    const units = sourceUnits(pair.source);
    const target = withoutGlosses(pair.target, pair.source).trim();
    if (units < LENGTH_RATIO_BAND.minSourceUnits || target === '') return [];
    const ratio = target.length / units;
    if (ratio >= LENGTH_RATIO_BAND.min && ratio <= LENGTH_RATIO_BAND.max) return [];
    const short = ratio < LENGTH_RATIO_BAND.min;
    return [
      finding(this, pair, {
        reason: `The English is ${short ? 'short' : 'long'} for the Chinese: ${ratio.toFixed(1)} characters per Chinese character.`,
        expected: `${LENGTH_RATIO_BAND.min}–${LENGTH_RATIO_BAND.max}`,
        actual: ratio.toFixed(1),
        hint: short ? 'Check for a dropped clause.' : 'Check for repeated or added text.',
      }),
    ];
  },
};
