/** Chinese digits; 〇 and 零 are both zero, 两 is two. Traditional 兩 is folded before parsing. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = Object.keys(CHINESE_DIGITS).join('');

/** A run that may be a Chinese numeral, with an optional 点 decimal part. */
export const CHINESE_NUMERAL_RUN = `[${DIGIT_CHARS}十百千万亿]+(?:点[${DIGIT_CHARS}]+)?`;

/**
 * Value of a Chinese numeral written in Simplified characters: 十二 → 12, 两百 → 200,
 * 一百零五 → 105, 三万五千 → 35000, 十三亿 → 1.3e9, 二〇二〇 → 2020 (digit by digit), 三点五 → 3.5.
 * Undefined when the run is not a well-formed numeral (三四 "three or four", 万万).
 */
export function parseChineseNumeral(text: string): number | undefined {
  const [whole = '', fraction] = text.split('点');
  const byDigit = isDigitString(whole) && (whole.length > 2 || /[〇零]/.test(whole));
  const integer = byDigit ? digitByDigit(whole) : positional(whole);
  if (integer === undefined) return undefined;
  if (fraction === undefined) return integer;
  if (!isDigitString(fraction)) return undefined;
  return Number(`${integer}.${digitByDigit(fraction)}`);
}

function isDigitString(text: string): boolean {
  return text.length > 0 && [...text].every((c) => c in CHINESE_DIGITS);
}

function digitByDigit(text: string): number {
  return Number([...text].map((c) => CHINESE_DIGITS[c]).join(''));
}

function positional(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0; // completed 亿 part
  let tenThousands = 0; // completed 万 part
  let section = 0; // below 万
  let digit: number | undefined;
  let lastWasDigit = false;
  for (const c of text) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      if (lastWasDigit && digit !== 0 && d !== 0) return undefined; // 三四: "three or four"
      digit = d;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
    } else if (c === '万') {
      if (tenThousands !== 0 || section + (digit ?? 0) === 0) return undefined;
      tenThousands = (section + (digit ?? 0)) * 10_000;
      section = 0;
    } else if (c === '亿') {
      const below = tenThousands + section + (digit ?? 0);
      if (below === 0 && total === 0) return undefined;
      total = (total + below) * 100_000_000;
      tenThousands = 0;
      section = 0;
    } else {
      return undefined;
    }
    digit = undefined;
  }
  return total + tenThousands + section + (digit ?? 0);
}

/** Value of a multiplier suffix after a number: 万 → 1e4, 亿 → 1e8, 万亿 → 1e12, 千万 → 1e7, 百万 → 1e6. */
export function multiplierValue(text: string): number {
  let value = 1;
  for (const c of text) value *= c === '万' ? 10_000 : c === '亿' ? 100_000_000 : (SMALL_UNITS[c] ?? 1);
  return value;
}
