import type { DateParts } from './number-types.js';

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
/** Month-first (July 4, 2017 · July 26th · July 2017) and day-first (4 July 2017 · 4th of July). */
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}(?:\s+${DAY}(?!\d|:))?(?:,?\s+${YEAR})?\b`, 'g');
const DAY_FIRST = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?\b`, 'g');
const MAY_CONTEXT = /\b(?:in|late|early|mid|since|by|until|from|of|end|before|after|during|last|next|this)[\s-]*$/i;

export interface EnglishDate {
  date: DateParts;
  start: number;
  end: number;
}

/** Dates in English text; "May" alone counts as a month only after in/late/since … */
export function findEnglishDates(text: string): EnglishDate[] {
  const found: EnglishDate[] = [];
  for (const m of text.matchAll(DAY_FIRST)) push(found, m, m[2], m[1], m[3]);
  for (const m of text.matchAll(MONTH_FIRST)) {
    const bareMay = /^May$/.test(m[1] ?? '') && m[2] === undefined && m[3] === undefined;
    if (bareMay && !MAY_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    push(found, m, m[1], m[2], m[3]);
  }
  return found.sort((a, b) => a.start - b.start);
}

function push(found: EnglishDate[], m: RegExpMatchArray, month?: string, day?: string, year?: string): void {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  if (found.some((d) => d.start < end && start < d.end)) return;
  const date: DateParts = { month: monthNumber(month ?? '') };
  if (day !== undefined) {
    if (Number(day) < 1 || Number(day) > 31) return;
    date.day = Number(day);
  }
  if (year !== undefined) date.year = Number(year);
  found.push({ date, start, end });
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower);
  if (full !== -1) return full + 1;
  return ABBREVIATIONS.indexOf(lower.slice(0, 3)) + 1;
}
