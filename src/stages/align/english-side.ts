import { chinesePinyinNames, englishAnchors } from './anchors.js';
import { englishStem, englishStems } from './english-words.js';
import type { Lexicon } from './lexicon.js';
import { chineseNameSounds, englishNameSounds } from './name-sounds.js';

/**
 * The sentence features that start from the English text: each English sentence's tokens (stems,
 * anchors, name sounds), and the name tokens of each Chinese sentence, which can only be read once
 * the English names are known (`py:` and `nm:` tokens). Apart from the rest of the features so it
 * can run on a second thread (english-side-thread.ts): it needs only the pinyin readings, not the
 * whole lexicon, and gives back typed arrays and one list of token strings, not an object graph.
 */
export interface EnglishSideInput {
  en: readonly string[];
  zh: readonly string[];
  /** Every pinyin syllable (lexicon.syllables). */
  syllables: ReadonlySet<string>;
  /** Pinyin readings by character (lexicon.readingTable). */
  readings: ReadonlyMap<string, readonly string[]>;
}

export interface EnglishSide {
  /** Token strings by this result's own ids, numbered in the order they first occur (English sentences first). */
  tokens: string[];
  /** English sentence k's distinct ids (in the order they first occur) are enIds[enOffsets[k]] … enIds[enOffsets[k + 1]]. */
  enIds: Int32Array<ArrayBuffer>;
  enOffsets: Int32Array<ArrayBuffer>;
  /** Chinese sentence k's `py:` then `nm:` ids, as found (not made distinct): zhIds[zhOffsets[k]] … */
  zhIds: Int32Array<ArrayBuffer>;
  zhOffsets: Int32Array<ArrayBuffer>;
}

/** Sentences between calls of `progress` (the thread's sign of life). */
const PROGRESS_EVERY = 1024;

export function englishSide(input: EnglishSideInput, progress: () => void = () => {}): EnglishSide {
  const tokens: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = tokens.push(token) - 1));
    return id;
  };
  const en = new IdLists();
  const names = new Set<string>();
  const sounds = new Set<string>();
  input.en.forEach((s, k) => {
    for (const list of [englishStems(s), englishAnchors(s, input.syllables), englishNameSounds(s, isStopWord)]) {
      for (const t of list) {
        if (t.startsWith('py:')) names.add(t.slice(3));
        else if (t.startsWith('nm:')) sounds.add(t);
        en.addDistinct(idOf(t), k);
      }
    }
    en.end();
    if (k % PROGRESS_EVERY === 0) progress();
  });
  const readings = { readings: (char: string): readonly string[] => input.readings.get(char) ?? [] };
  const zh = new IdLists();
  input.zh.forEach((s, k) => {
    for (const t of chinesePinyinNames(s, readings, names)) zh.add(idOf(t));
    if (sounds.size > 0) for (const t of chineseNameSounds(s, readings, sounds)) zh.add(idOf(t));
    zh.end();
    if (k % PROGRESS_EVERY === 0) progress();
  });
  return { tokens, enIds: en.ids(), enOffsets: en.offsets(), zhIds: zh.ids(), zhOffsets: zh.offsets() };
}

const isStopWord = (word: string): boolean => englishStem(word) === undefined;

/** Lists of ids packed end to end in one growing Int32Array, with their offsets. */
class IdLists {
  private values = new Int32Array(1 << 16);
  private ends: number[] = [0];
  private seen = new Int32Array(0);
  size = 0;

  add(id: number): void {
    if (this.size === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = id;
  }

  /** Adds the id unless list `stamp` has it already (marked in `seen` with the list's number, so nothing is cleared between lists). */
  addDistinct(id: number, stamp: number): void {
    if (id >= this.seen.length) {
      const grown = new Int32Array(Math.max(id + 1, this.seen.length * 2)).fill(-1);
      grown.set(this.seen);
      this.seen = grown;
    }
    if (this.seen[id] === stamp) return;
    this.seen[id] = stamp;
    this.add(id);
  }

  end(): void {
    this.ends.push(this.size);
  }

  ids(): Int32Array<ArrayBuffer> {
    return this.values.slice(0, this.size);
  }

  offsets(): Int32Array<ArrayBuffer> {
    return Int32Array.from(this.ends);
  }
}
