import { chineseAnchors, englishAnchors } from './anchors.js';
import { englishStem, englishStems } from './english-words.js';
import type { GlossaryAnchors } from './glossary-anchors.js';
import type { Lexicon } from './lexicon.js';
import { textLength } from './length-model.js';
import { chineseNameSounds, englishNameSounds } from './name-sounds.js';

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

export function buildSentenceFeatures(zh: readonly string[], en: readonly string[], lexicon: Lexicon, glossary?: GlossaryAnchors): SentenceFeatures {
  const vocabulary = new Map<string, number>();
  const idOf = (token: string): number => {
    let id = vocabulary.get(token);
    if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
    return id;
  };
  const enTokens = en.map((s) => [...englishStems(s), ...englishAnchors(s, lexicon.syllables), ...englishNameSounds(s, isStopWord), ...(glossary?.english(s) ?? [])]);
  const names = new Set<string>();
  const sounds = new Set<string>();
  for (const tokens of enTokens) {
    for (const t of tokens) {
      if (t.startsWith('py:')) names.add(t.slice(3));
      else if (t.startsWith('nm:')) sounds.add(t);
    }
  }
  const enIds = enTokens.map((tokens) => tokens.map(idOf));
  const seen = new Int32Array(vocabulary.size).fill(-1);
  const enFeatures = en.map((s, k) => ({ ids: distinctIds(enIds[k]!, seen, k), length: textLength(s) }));
  // A dictionary word's glosses are one array in the lexicon: their ids are looked up once.
  const wordIds = new Map<readonly string[], number[]>();
  const idsOf = (glosses: readonly string[]): number[] => {
    let ids = wordIds.get(glosses);
    if (ids === undefined) wordIds.set(glosses, (ids = glosses.map(idOf)));
    return ids;
  };
  const zhFeatures = zh.map((s) => {
    const groups = chineseWords(s, lexicon).map(idsOf);
    const single = [...chineseAnchors(s, lexicon, names), ...chineseNameSounds(s, lexicon, sounds), ...(glossary?.chinese(s) ?? [])].map(idOf);
    return packGroups(groups, single, textLength(s));
  });
  return { zh: zhFeatures, en: enFeatures, vocabularySize: vocabulary.size };
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

const isStopWord = (word: string): boolean => englishStem(word) === undefined;

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

/** The ids in the order they first occur, each once (marked with `stamp` in `seen`, not put in a set). */
function distinctIds(ids: readonly number[], seen: Int32Array, stamp: number): Int32Array {
  const out = new Int32Array(ids.length);
  let kept = 0;
  for (const id of ids) {
    if (seen[id] === stamp) continue;
    seen[id] = stamp;
    out[kept++] = id;
  }
  return out.slice(0, kept);
}
