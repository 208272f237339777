import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFraction, readNumberWords, wordValue } from './english-number-words.js';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

/** The plain reading by own properties of the tables (Object.prototype's names are no number words). */
const own = (table: Record<string, number>, key: string): boolean => Object.hasOwn(table, key);
function referenceWordValue(word: string): { value: number; ordinal: boolean } | undefined {
  const [a = '', b, ...rest] = word.toLowerCase().split('-');
  if (rest.length > 0) return undefined;
  if (b === undefined) {
    if (own(SMALL, a)) return { value: SMALL[a] ?? 0, ordinal: false };
    if (own(ORDINAL, a)) return { value: ORDINAL[a] ?? 0, ordinal: true };
    return undefined;
  }
  const tens = own(SMALL, a) ? SMALL[a] : undefined;
  if (tens === undefined || tens < 20 || tens % 10 !== 0) return undefined;
  if (own(SMALL, b) && (SMALL[b] ?? 10) < 10) return { value: tens + (SMALL[b] ?? 0), ordinal: false };
  if (own(ORDINAL, b) && (ORDINAL[b] ?? 10) < 10) return { value: tens + (ORDINAL[b] ?? 0), ordinal: true };
  return undefined;
}

const NUMBER_WORDS = [...Object.keys(SMALL), ...Object.keys(ORDINAL), 'a', 'and', 'half', 'quarters', 'thirds', 'hundred', 'million', 'constructor', 'toString'];
const word = fc.oneof(
  fc.constantFrom(...NUMBER_WORDS),
  fc.tuple(fc.constantFrom(...NUMBER_WORDS), fc.constantFrom(...NUMBER_WORDS)).map(([x, y]) => `${x}-${y}`),
  fc.constantFrom(...NUMBER_WORDS).map((w) => w.toUpperCase()),
  fc.string({ maxLength: 8 }),
);

describe('wordValue', () => {
  it('reads every word as the plain table reading does', () => {
    fc.assert(fc.property(word, (w) => {
      expect(wordValue(w)).toEqual(referenceWordValue(w));
    }), { numRuns: 3000 });
  });

  it('reads compounds and ordinals', () => {
    expect(wordValue('Thirty-Two')).toEqual({ value: 32, ordinal: false });
    expect(wordValue('twenty-first')).toEqual({ value: 21, ordinal: true });
    expect(wordValue('twelve-one')).toBeUndefined();
    expect(wordValue('lord')).toBeUndefined();
  });

  it('reads none of Object.prototype\'s names as a number (they once gave "function Object()" as a value)', () => {
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'twenty-constructor']) expect(wordValue(name), name).toBeUndefined();
    expect(readNumberWords(['constructor', 'two'], 0)).toBeUndefined();
  });
});

describe('number word runs', () => {
  it('reads runs and fractions', () => {
    expect(readNumberWords(['two', 'hundred', 'and', 'fifty', 'thousand'], 0)).toEqual({ value: 250000, ordinal: false, length: 5 });
    expect(readNumberWords(['a', 'dozen', 'eggs'], 0)).toEqual({ value: 12, ordinal: false, length: 2 });
    expect(readFraction(['two', 'thirds'], 0)?.value).toBeCloseTo(2 / 3, 12);
    expect(readFraction(['a', 'quarter'], 0)).toEqual({ value: 0.25, ordinal: false, length: 2 });
    expect(readFraction(['one', 'quarters'], 0)).toBeUndefined();
  });
});
