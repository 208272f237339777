import { createRequire } from 'node:module';
import { DEFAULT_HOUSE_SPELLING, HOUSE_SPELLINGS, type HouseSpelling } from './house-spelling.js';

export { DEFAULT_HOUSE_SPELLING, HOUSE_SPELLINGS, type HouseSpelling };

const require = createRequire(import.meta.url);
/**
 * The maintained American↔British word list (the tysto.com list, ~1,700 pairs with inflections) as
 * the american-british-english-translator package ships it: British form → American, and back.
 */
const BRITISH_TO_AMERICAN = require('american-british-english-translator/data/british_spellings.json') as Record<string, string>;
const AMERICAN_TO_BRITISH = require('american-british-english-translator/data/american_spellings.json') as Record<string, string>;

/**
 * American forms that are also right in British English with another sense, so en-GB never
 * flags them (a draft report, to tire, a computer program, a gas meter, to license, practice as a
 * noun, a ton, a dialog box, a check).
 */
const ALSO_BRITISH = new Set(['draft', 'drafts', 'drafted', 'drafting', 'tire', 'tires', 'tired', 'program', 'programs', 'meter', 'meters', 'license', 'licensed', 'licenses', 'licensing', 'practice', 'practices', 'ton', 'tons', 'dialog', 'dialogs', 'check', 'checks', 'story', 'stories', 'curb', 'curbs']);

/** en-GB here is Oxford spelling (-ize, as the editions were written): a pair differing only in -ize/-ise is not a difference. */
function onlyOxfordDifference(american: string, british: string): boolean {
  return american.replace(/iz/gu, 'is').replace(/yz/gu, 'ys') === british && !/yz/u.test(american);
}

/**
 * The house form of `word` when `word` is the other variety's spelling, else undefined. Case is
 * kept: Organisation → Organization, COLOUR → COLOR.
 */
export function houseForm(word: string, spelling: HouseSpelling): string | undefined {
  const lower = word.toLowerCase();
  let other: string | undefined;
  if (spelling === 'en-US') other = Object.hasOwn(BRITISH_TO_AMERICAN, lower) ? BRITISH_TO_AMERICAN[lower] : undefined;
  else if (Object.hasOwn(AMERICAN_TO_BRITISH, lower) && !ALSO_BRITISH.has(lower)) {
    const british = AMERICAN_TO_BRITISH[lower]!;
    other = onlyOxfordDifference(lower, british) ? undefined : british;
  }
  if (!other || other === lower) return undefined;
  if (word === word.toUpperCase() && word.length > 1) return other.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
}

const WORD = /[A-Za-z]+/gu;

/** A word that is part of a file name, path or address (programmes.yaml, a/b) is a name, not spelling. */
function inName(text: string, start: number, end: number): boolean {
  return /[./\\_@]/u.test(text[start - 1] ?? '') || /^[./\\_@][A-Za-z0-9]/u.test(text.slice(end, end + 2));
}

/** Each word of `text` spelt in the other variety: where it is and its house form. */
export function otherVarietyWords(text: string, spelling: HouseSpelling): Array<{ word: string; start: number; house: string }> {
  const out: Array<{ word: string; start: number; house: string }> = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const house = inName(text, start, start + m[0].length) ? undefined : houseForm(m[0], spelling);
    if (house) out.push({ word: m[0], start, house });
  }
  return out;
}

/** `text` with every word of the other variety in its house form (nothing else changes). */
export function toHouseSpelling(text: string, spelling: HouseSpelling): string {
  let out = '';
  let at = 0;
  for (const w of otherVarietyWords(text, spelling)) {
    out += text.slice(at, w.start) + w.house;
    at = w.start + w.word.length;
  }
  return out + text.slice(at);
}
