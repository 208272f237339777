import { extractChineseNumbers, extractEnglishNumbers, type ChineseNumber, type EnglishNumber } from '../numbers/index.js';
import type { Lexicon } from './lexicon.js';
import { nameTrie } from './name-trie.js';

/**
 * Anchor tokens shared by both languages without a model: figures after localisation (`#930`),
 * sentence punctuation (`?`, `!`, quotes, brackets) and names, where a capitalised English word
 * spells the pinyin of Chinese characters (`py:zhanming` for 展明). Equal tokens on the two
 * sides count as matched words when beads are scored.
 */
const ZH_PUNCT: ReadonlyArray<readonly [RegExp, string]> = [
  [/[？?]/u, 'p:?'], [/[！!]/u, 'p:!'], [/[“”「」"]/u, 'p:"'], [/[（(]/u, 'p:('],
];
const EN_PUNCT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\?/u, 'p:?'], [/!/u, 'p:!'], [/["“”]/u, 'p:"'], [/\(/u, 'p:('],
];

export function chineseAnchors(text: string, lexicon: Pick<Lexicon, 'readings'>, names: ReadonlySet<string>): string[] {
  // concat, not push(...): a 20,000-character "sentence" has more name tokens than the stack has room for arguments.
  return chineseFigureAnchors(text).concat(chinesePinyinNames(text, lexicon, names));
}

/** The anchors of a Chinese sentence that need no English: punctuation and figures (chineseAnchors without names). */
export function chineseFigureAnchors(text: string): string[] {
  const out = punctuationAnchors(text, ZH_PUNCT);
  for (const n of extractChineseNumbers(text)) out.push(...numberTokens(n));
  return out;
}

/** The `py:` anchors of a Chinese sentence: names of the English text (`names`) its characters spell. */
export function chinesePinyinNames(text: string, lexicon: Pick<Lexicon, 'readings'>, names: ReadonlySet<string>): string[] {
  return names.size > 0 ? pinyinNames(text, lexicon, names) : [];
}

export function englishAnchors(text: string, syllables: ReadonlySet<string>): string[] {
  const out = punctuationAnchors(text, EN_PUNCT);
  for (const n of extractEnglishNumbers(text)) out.push(...numberTokens(n));
  for (const name of englishPinyinNames(text, syllables)) out.push(`py:${name}`);
  return out;
}

/** `#value` of a figure; a date gives its year and day, which survive any date format. */
function numberTokens(n: ChineseNumber | EnglishNumber): string[] {
  if (n.kind !== 'date' || !n.date) return [`#${n.value}`];
  const out: string[] = [];
  if (n.date.year !== undefined) out.push(`#${n.date.year}`);
  if (n.date.day !== undefined) out.push(`#${n.date.day}`);
  return out;
}

function punctuationAnchors(text: string, table: ReadonlyArray<readonly [RegExp, string]>): string[] {
  return table.filter(([re]) => re.test(text)).map(([, token]) => token);
}

/** Capitalised words (not sentence-initial) of four or more letters that split into pinyin syllables. */
export function englishPinyinNames(text: string, syllables: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<=[\p{L},;:] )\p{Lu}\p{Ll}{3,}\b/gu)) {
    const word = m[0].toLowerCase();
    if (splitsIntoSyllables(word, syllables)) names.push(word);
  }
  return names;
}

/**
 * Whether the word splits into syllables of up to six letters, decided from its end backwards: a
 * word of any length costs no stack (the recursion this replaces overflowed on a 200,000-letter word).
 */
function splitsIntoSyllables(word: string, syllables: ReadonlySet<string>): boolean {
  const splits = new Uint8Array(word.length + 1);
  splits[word.length] = 1;
  for (let from = word.length - 1; from >= 0; from--) {
    for (let end = Math.min(word.length, from + 6); end > from && !splits[from]; end--) {
      if (splits[end] && syllables.has(word.slice(from, end))) splits[from] = 1;
    }
  }
  return splits[0] === 1;
}

/** `py:` tokens for runs of 1–3 Chinese characters whose pinyin spells one of `names`. */
function pinyinNames(text: string, lexicon: Pick<Lexicon, 'readings'>, names: ReadonlySet<string>): string[] {
  const trie = nameTrie(names);
  const chars = [...text];
  // Each character's readings, looked up once (a run reads each character up to three times).
  const readingsAt = chars.map((c) => lexicon.readings(c));
  const out: string[] = [];
  // The first MAX_SPELLINGS spellings of the run, as trie nodes, in reading order.
  let spellings = new Int32Array(MAX_SPELLINGS);
  let next = new Int32Array(MAX_SPELLINGS);
  for (let i = 0; i < chars.length; i++) {
    let count = 1;
    spellings[0] = 0;
    for (let k = i; k < Math.min(chars.length, i + 3); k++) {
      const readings = readingsAt[k]!;
      if (readings.length === 0) break;
      let made = 0;
      for (let s = 0; s < count && made < MAX_SPELLINGS; s++) {
        for (let r = 0; r < readings.length && made < MAX_SPELLINGS; r++) next[made++] = trie.extend(spellings[s]!, readings[r]!);
      }
      [spellings, next, count] = [next, spellings, made];
      let continues = false;
      for (let s = 0; s < count; s++) {
        const name = trie.nameAt(spellings[s]!);
        if (name !== undefined) out.push(`py:${name}`);
        continues ||= trie.continues(spellings[s]!);
      }
      // No name begins with any of these spellings: longer runs cannot spell one either.
      if (!continues) break;
    }
  }
  return out;
}

const MAX_SPELLINGS = 16;
