/**
 * Values of the figures in an English sentence: digits (1,200 · 3.5 · 2020) with a following
 * scale word (3.2 million), and number words (nine hundred and thirty, twelve thousand).
 * Temporary: replace with extractEnglishNumbers from src/stages/numbers when it lands.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, score: 20,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD = /\d[\d,]*(?:\.\d+)?|[a-z]+/giu;

export function englishNumberValues(text: string): number[] {
  const values: number[] = [];
  let total = 0;
  let current = 0;
  let active = false;
  const flush = (): void => {
    if (active) values.push(total + current);
    total = 0;
    current = 0;
    active = false;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (/^\d/u.test(word)) {
      flush();
      current = Number(word.replace(/,/gu, ''));
      active = Number.isFinite(current);
    } else if (word in UNITS && !(word === 'score' && !active)) {
      if (word === 'score') current = Math.max(current, 1) * 20;
      else current += UNITS[word]!;
      active = true;
    } else if (word in SCALES && active) {
      const scale = SCALES[word]!;
      if (scale === 100) current = Math.max(current, 1) * 100;
      else {
        total += Math.max(current, 1) * scale;
        current = 0;
      }
    } else if (!(word === 'and' && active)) {
      flush();
    }
  }
  flush();
  return values.map((v) => Math.round(v * 1000) / 1000);
}
