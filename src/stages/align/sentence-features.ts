import { chineseFigureAnchors } from './anchors.js';
import type { EnglishSide } from './english-side.js';
import { startEnglishSide } from './english-side-thread.js';
import type { GlossaryAnchors } from './glossary-anchors.js';
import type { Lexicon } from './lexicon.js';
import { textLength } from './length-model.js';

/**
 * What the aligner knows about each sentence. Tokens of both languages share one id space:
 * English stems, anchor tokens (glossary terms among them when a glossary is given). A Chinese sentence is a list of groups (one per dictionary word
 * or anchor), each the ids of its possible English renderings; an English sentence is a set of ids.
 */
export interface ZhFeatures {
  ids: Int32Array;
  /** Group g spans ids[offsets[g]] … ids[offsets[g + 1]]. */
  offsets: Int32Array;
  length: number;
}

export interface EnFeatures {
  /** Distinct token ids. */
  ids: Int32Array;
  length: number;
}

export interface SentenceFeatures {
  zh: ZhFeatures[];
  en: EnFeatures[];
  vocabularySize: number;
}

const HAN = /\p{Script=Han}/u;

export interface SentenceFeatureOptions {
  glossary?: GlossaryAnchors;
  /** Compute the English side on a worker thread; default: from THREAD_FROM sentences (english-side-thread.ts). */
  threaded?: boolean;
}

export function buildSentenceFeatures(zh: readonly string[], en: readonly string[], lexicon: Lexicon, options: SentenceFeatureOptions = {}): SentenceFeatures {
  const { glossary } = options;
  const englishSide = startEnglishSide({ en, zh, syllables: lexicon.syllables, readings: lexicon.readingTable }, options.threaded);
  // Meanwhile, what needs no English: dictionary words, figures, glossary terms.
  const zhWords = zh.map((s) => chineseWords(s, lexicon));
  const zhFigures = zh.map(chineseFigureAnchors);
  const zhTerms = glossary ? zh.map((s) => glossary.chinese(s)) : undefined;
  const enTerms = glossary ? en.map((s) => glossary.english(s)) : undefined;
  const side = englishSide();
  const { idOf, sideId, size } = vocabulary(side);
  const enFeatures = en.map((s, k): EnFeatures => {
    // The side's ids are distinct, and glossary tokens (gl:) are never side tokens: the list stays distinct.
    const terms = enTerms?.[k] ?? [];
    const from = side.enOffsets[k]!;
    const ids = new Int32Array(side.enOffsets[k + 1]! - from + terms.length);
    for (let t = 0; t < ids.length - terms.length; t++) ids[t] = sideId(side.enIds[from + t]!);
    terms.forEach((term, t) => (ids[ids.length - terms.length + t] = idOf(term)));
    return { ids, length: textLength(s) };
  });
  // A dictionary word's glosses are one array in the lexicon: their ids are looked up once.
  const wordIds = new Map<readonly string[], number[]>();
  const idsOf = (glosses: readonly string[]): number[] => {
    let ids = wordIds.get(glosses);
    if (ids === undefined) wordIds.set(glosses, (ids = glosses.map(idOf)));
    return ids;
  };
  const zhFeatures = zh.map((s, k) => {
    const groups = zhWords[k]!.map(idsOf);
    const single = zhFigures[k]!.map(idOf);
    for (let t = side.zhOffsets[k]!; t < side.zhOffsets[k + 1]!; t++) single.push(sideId(side.zhIds[t]!));
    for (const term of zhTerms?.[k] ?? []) single.push(idOf(term));
    return packGroups(groups, single, textLength(s));
  });
  return { zh: zhFeatures, en: enFeatures, vocabularySize: size() };
}

/**
 * Ids in the order the tokens first occur, English sentences first, as a single pass over the
 * sentences gives them: the side's own ids are renumbered as they are met.
 */
function vocabulary(side: EnglishSide): { idOf(token: string): number; sideId(local: number): number; size(): number } {
  const ids = new Map<string, number>();
  const idOf = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const renumbered = new Int32Array(side.tokens.length).fill(-1);
  const sideId = (local: number): number => {
    let id = renumbered[local]!;
    if (id < 0) renumbered[local] = id = idOf(side.tokens[local]!);
    return id;
  };
  return { idOf, sideId, size: () => ids.size };
}

/**
 * Gloss stems of the dictionary words of a Chinese sentence, by forward maximum matching (the
 * lexicon's own arrays: do not change them). One trie walk per position finds the longest word.
 */
export function chineseWords(text: string, lexicon: Lexicon): ReadonlyArray<readonly string[]> {
  const chars = [...text];
  const groups: Array<readonly string[]> = [];
  let i = 0;
  while (i < chars.length) {
    const word = lexicon.wordAt(chars, i);
    if (word !== undefined && HAN.test(chars[i]!)) {
      groups.push(word.value);
      i += word.length;
    } else i++;
  }
  return groups;
}

/** Word groups, then one group per single token, packed into the flat arrays (without an array per token). */
function packGroups(groups: readonly number[][], single: readonly number[], length: number): ZhFeatures {
  const offsets = new Int32Array(groups.length + single.length + 1);
  let size = single.length;
  for (const g of groups) size += g.length;
  const ids = new Int32Array(size);
  let at = 0;
  groups.forEach((g, k) => {
    for (const id of g) ids[at++] = id;
    offsets[k + 1] = at;
  });
  single.forEach((id, k) => {
    ids[at++] = id;
    offsets[groups.length + k + 1] = at;
  });
  return { ids, offsets, length };
}
