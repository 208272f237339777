import { englishLemma } from './english-lemma.js';

/**
 * English content words for lexical anchors: lower-cased, stop words (including archaic KJV
 * forms) removed, lemmatised ("gave" → give, "sons" → son) and cut to a five-letter prefix so
 * "create", "created" and "creation" meet.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto upon unto up down out over under ' +
    'as than then so if be is am are was were been being do does did done have has had having will would shall ' +
    'should can could may might must it its this that these those there here which who whom whose what when where ' +
    'why how all any some no not only also very such own same other each every both few more most much many ' +
    'i me my mine we us our ours you your yours he him his she her hers they them their theirs one ones ' +
    'thee thou thy thine ye hath saith doth art shalt wilt didst hast unto wherefore thereof therein ' +
    'about after before again against between through during above below off further once s t just now ' +
    'etc something someone somebody oneself used person thing things sth sb abbr ' +
    'said say says let make made get got go went come came'
  ).split(' '),
);

export const PREFIX_LENGTH = 5;

/** The comparison form of one English word, or undefined for stop words and non-words. */
export function englishStem(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (!/^\p{L}[\p{L}'’-]*$/u.test(lower) || lower.length < 2 || STOP_WORDS.has(lower)) return undefined;
  return englishLemma(lower).slice(0, PREFIX_LENGTH);
}

/** Content-word stems of an English text, in order (repeats kept). */
export function englishStems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const stem = cachedStem(match[0]);
    if (stem !== undefined) out.push(stem);
  }
  return out;
}

// Words repeat: the lexicon's 120,000 entries and a text's sentences stem each one once.
const stems = new Map<string, string | null>();
const STEM_CACHE_SIZE = 200_000;

function cachedStem(word: string): string | undefined {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(word, (stem = englishStem(word) ?? null));
  }
  return stem ?? undefined;
}
