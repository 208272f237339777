const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** The tables as maps: a property lookup with each word of a text cost more than the reading itself. */
type Table = Readonly<Record<string, number>>;
const asMap = (table: Table): ReadonlyMap<string, number> => new Map(Object.entries(table));
const SMALL_MAP = asMap(SMALL);
const ORDINAL_MAP = asMap(ORDINAL);
const SCALES_MAP = asMap(SCALES);

/** Every word and compound with a value, read once: most words of a text have none. */
const WORD_VALUES = new Map(
  [...SMALL_MAP.keys(), ...ORDINAL_MAP.keys(), ...[...SMALL_MAP.keys()].flatMap((tens) => [...SMALL_MAP.keys(), ...ORDINAL_MAP.keys()].map((unit) => `${tens}-${unit}`))]
    .map((word) => [word, readWordValue(word)] as const)
    .filter((entry): entry is readonly [string, { value: number; ordinal: boolean }] => entry[1] !== undefined),
);

/** Value of one number word or hyphenated compound: seven → 7, thirty-two → 32, twenty-first → 21. */
export function wordValue(word: string): { value: number; ordinal: boolean } | undefined {
  const lower = word.toLowerCase();
  const known = WORD_VALUES.get(lower);
  return known ? { ...known } : undefined;
}

function readWordValue(word: string): { value: number; ordinal: boolean } | undefined {
  const parts = word.split('-');
  if (parts.length > 2) return undefined;
  const [a = '', b] = parts;
  const small = SMALL_MAP.get(b ?? a);
  const ordinal = ORDINAL_MAP.get(b ?? a);
  if (b === undefined) {
    if (small !== undefined) return { value: small, ordinal: false };
    return ordinal === undefined ? undefined : { value: ordinal, ordinal: true };
  }
  const tens = SMALL_MAP.get(a);
  if (tens === undefined || tens < 20 || tens % 10 !== 0) return undefined;
  if (small !== undefined && small < 10) return { value: tens + small, ordinal: false };
  if (ordinal !== undefined && ordinal < 10) return { value: tens + ordinal, ordinal: true };
  return undefined;
}

/** A run of number words read from `words` at `index`, or undefined. */
export interface WordNumber {
  value: number;
  ordinal: boolean;
  /** Number of words consumed (including "a", "and"). */
  length: number;
}

/**
 * Reads "thirty-two thousand", "one hundred and five", "a dozen", "a million", "ten thousand",
 * "two hundred and fifty thousand" from lower-case words. "a" only counts before a scale or dozen.
 */
export function readNumberWords(words: readonly string[], index: number): WordNumber | undefined {
  let total = 0;
  let current = 0;
  let consumed = 0;
  let seen = false;
  let ordinal = false;
  for (let i = index; i < words.length && !ordinal; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (word === 'a' && !seen && (SCALES_MAP.has(next) || next === 'dozen')) { current = 1; consumed++; continue; }
    if (word === 'and' && seen && current % 100 === 0 && wordValue(next) !== undefined) { consumed++; continue; }
    const scale = SCALES_MAP.get(word);
    if (scale !== undefined && (seen || current === 1)) {
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
      seen = true;
      consumed++;
      continue;
    }
    const small = wordValue(word);
    if (!small || (seen && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && small.value < 10))) break;
    if (word === 'dozen' && current === 1) current = 0;
    current += small.value;
    ordinal = small.ordinal;
    seen = true;
    consumed++;
  }
  if (!seen) return undefined;
  return { value: total + current, ordinal, length: consumed };
}

const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

const FRACTIONS_MAP = asMap(FRACTIONS);

/** "half", "a quarter", "one third", "two thirds", "three quarters" (needs a/one/two… before all but half). */
export function readFraction(words: readonly string[], index: number): WordNumber | undefined {
  const first = words[index] ?? '';
  if (first === 'half') return { value: 0.5, ordinal: false, length: 1 };
  const count = first === 'a' ? 1 : SMALL_MAP.get(first);
  const denominator = FRACTIONS_MAP.get(words[index + 1] ?? '');
  if (count === undefined || count < 1 || count > 9 || denominator === undefined) return undefined;
  if (count === 1 && /s$/.test(words[index + 1] ?? '')) return undefined;
  if (count > 1 && !/s$/.test(words[index + 1] ?? '')) return undefined;
  return { value: Number((count / denominator).toPrecision(12)), ordinal: false, length: 2 };
}
