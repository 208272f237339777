import { findEnglishDates } from './english-dates.js';
import { readFraction, readNumberWords, SCALES, wordValue } from './english-number-words.js';
import type { Approx, EnglishNumber, NumberKind } from './number-types.js';

interface Token { text: string; lower: string; start: number; end: number; digits: boolean; suffix: string }

/** Digits with an optional glued suffix: ordinal (6th), decade (1980s, 80’s), unit (762.59m, 14kg, 3525mu, 42.5x). */
const TOKEN = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(st|nd|rd|th|['’]?s|km|kg|cm|mm|mu|kw|kv|kW|kV|m|t|x|ha|bn|pcs)?(?![A-Za-z\d])|[A-Za-z]+(?:-[A-Za-z]+)*|%/g;
const CURRENCY = /(?:USD|US|RMB|CNY|HKD|HK|EUR|GBP|JPY|A|C|NZ|S)\$?$|\$$/;
const TIME = /\b(\d{1,2}):(\d{2})(?::\d{2})?\b/g;
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)/gi;
const SLASH_FRACTION = /(?<![\d/])(\d)\/(\d{1,2})(?=\s+of\b)/g;
const ISO_DATE = /\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b/g;
const HEDGES: ReadonlyArray<readonly [RegExp, Approx]> = [
  [/\b(?:more than|over|upwards of|in excess of|at least|exceeding|above)\s*$/i, 'more-than'],
  [/\b(?:nearly|almost|close to|just under|approaching)\s*$/i, 'nearly'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|or so)\s*$/i, 'about'],
  [/\b(?:less than|fewer than|under|below|up to)\s*$/i, 'less-than'],
];
const RANGE_GAP = /^\s*(?:to|-|–|—|~|and)\s*$/;

/**
 * Figures in English text: 32,000 · 32 thousand · thirty-two thousand · a dozen · 150 million ·
 * 1.5 billion · 10% / 10 percent / 10 per cent · 24.5 percentage points · July 4, 2017 /
 * 4 July 2017 · years · 12:00 · ordinals (6th, sixth) · ranges (3 to 5, 10-20%) · hedges
 * (more than, nearly, about). Digits glued to letters (5G, COVID-19, CCTV-2) are not figures.
 */
export function extractEnglishNumbers(text: string): EnglishNumber[] {
  const found: EnglishNumber[] = [];
  for (const d of findEnglishDates(text)) {
    const { year = 0, month = 0, day = 0 } = d.date;
    found.push({ value: year * 10_000 + month * 100 + day, kind: 'date', date: d.date, start: d.start, end: d.end, surface: text.slice(d.start, d.end) });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const start = m.index ?? 0;
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    found.push({ value: date.year * 10_000 + date.month * 100 + date.day, kind: 'date', date, start, end: start + m[0].length, surface: m[0] });
  }
  for (const m of text.matchAll(TIME)) {
    const start = m.index ?? 0;
    if (Number(m[1]) >= 24) continue; // a score, 25:19
    if (/^\s*pm\b/i.test(text.slice(start + m[0].length)) && Number(m[1]) < 12) m[1] = String(Number(m[1]) + 12);
    found.push({ value: Number(m[1]) * 60 + Number(m[2]), kind: 'time', start, end: start + m[0].length, surface: m[0] });
  }
  for (const m of text.matchAll(CLOCK)) {
    const start = m.index ?? 0;
    if (found.some((n) => n.start <= start && start < n.end) || Number(m[1]) > 12) continue;
    const pm = /^p/i.test(m[3] ?? '') && Number(m[1]) < 12 ? 720 : 0;
    found.push({ value: Number(m[1]) * 60 + Number(m[2] ?? 0) + pm, kind: 'time', start, end: start + m[0].length, surface: m[0] });
  }
  for (const m of text.matchAll(SLASH_FRACTION)) {
    const start = m.index ?? 0;
    if (Number(m[1]) < Number(m[2])) found.push({ value: Number((Number(m[1]) / Number(m[2])).toPrecision(12)), kind: 'fraction', start, end: start + m[0].length, surface: m[0] });
  }
  const taken = found.map((n) => [n.start, n.end] as const);
  const tokens = tokenize(text).filter((t) => !taken.some(([s, e]) => s <= t.start && t.end <= e));
  // The words as number-word readers see them, made once: per token it made reading a sentence quadratic.
  const lower = tokens.map((t) => (t.digits ? '' : t.lower));
  for (let i = 0; i < tokens.length; ) {
    const read = readAt(text, tokens, lower, i);
    if (!read) { i++; continue; }
    found.push(read.number);
    i = read.next;
  }
  return mergeRanges(text, found.sort((a, b) => a.start - b.start));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    if (m[1] !== undefined) {
      const before = text.slice(Math.max(0, start - 4), start);
      if (/[A-Za-z]-?$/.test(before) && !CURRENCY.test(before)) continue; // CCTV-2, COVID-19, G20 (not USD11)
      tokens.push({ text: m[1], lower: m[1], start, end: start + m[0].length, digits: true, suffix: (m[2] ?? '').toLowerCase() });
    } else if (m[0].includes('-') && wordValue(m[0]) === undefined) {
      let offset = start; // five-year, million-mu: read the parts
      for (const part of m[0].split('-')) {
        tokens.push({ text: part, lower: part.toLowerCase(), start: offset, end: offset + part.length, digits: false, suffix: '' });
        offset += part.length + 1;
      }
    } else {
      tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, digits: false, suffix: '' });
    }
  }
  return tokens;
}

function readAt(text: string, tokens: readonly Token[], lower: readonly string[], i: number): { number: EnglishNumber; next: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  let value: number;
  let next = i + 1;
  const ordinal = /^(?:st|nd|rd|th)$/.test(token.suffix);
  let kind: NumberKind = ordinal ? 'ordinal' : /s$/.test(token.suffix) ? 'decade' : 'count';
  let scaled = token.suffix === 'bn';
  if (token.digits) {
    value = Number(token.text.replace(/,/g, '')) * (scaled ? 1e9 : 1);
    for (let s = SCALES[tokens[next]?.lower ?? '']; s !== undefined && kind === 'count'; s = SCALES[tokens[next]?.lower ?? '']) {
      value = Number((value * s).toPrecision(12));
      scaled = true;
      next++;
    }
  } else {
    const fraction = readFraction(lower, i);
    const words = fraction ?? readNumberWords(lower, i);
    if (!words) return undefined;
    if (fraction) kind = 'fraction';
    value = words.value;
    if (words.ordinal) kind = 'ordinal';
    next = i + words.length;
  }
  const after = (k: number) => tokens[next + k]?.lower;
  if (after(0) === 'decades' && kind === 'count') value *= 10; // seven decades: 70 years
  if (after(0) === '%' || after(0) === 'percent') { kind = 'percent'; next++; }
  else if (after(0) === 'per' && after(1) === 'cent') { kind = 'percent'; next += 2; }
  else if (after(0) === 'percentage' && /^points?$/.test(after(1) ?? '')) { kind = 'percentage-point'; next += 2; }
  else if (token.digits && kind === 'count' && !scaled && /^(?:19|20)\d\d$/.test(token.text)) kind = 'year';
  const start = token.start;
  const end = tokens[next - 1]?.end ?? token.end;
  const number: EnglishNumber = { value, kind, start, end, surface: text.slice(start, end) };
  if (!token.digits) number.words = true;
  if (scaled) number.scaled = true;
  const approx = hedgeBefore(text, start);
  if (approx) number.approx = approx;
  return { number, next };
}

function hedgeBefore(text: string, start: number): Approx | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  return HEDGES.find(([re]) => re.test(before))?.[1];
}

/** "3 to 5 years", "10-20%", "30 to 50 million": one range, the first end taking the second's scale and unit. */
function mergeRanges(text: string, numbers: EnglishNumber[]): EnglishNumber[] {
  const out: EnglishNumber[] = [];
  for (const n of numbers) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, n.start) : '';
    const between = !gap.includes('and') || /\bbetween\s+$/i.test(text.slice(Math.max(0, (prev?.start ?? 0) - 9), prev?.start ?? 0));
    if (!prev || !RANGE_GAP.test(gap) || !between || prev.kind === 'date' || prev.kind === 'time' || n.kind === 'date' || n.kind === 'time' || prev.kind === 'range' || (prev.kind !== 'count' && prev.kind !== n.kind)) {
      out.push(n);
      continue;
    }
    let low = prev.value;
    if (!prev.scaled && n.scaled) for (const f of [1e12, 1e9, 1e6, 1e3]) if (n.value >= f && low * f < n.value) { low *= f; break; }
    if (!(low < n.value)) { out.push(n); continue; }
    out[out.length - 1] = { ...prev, value: low, high: n.value, kind: 'range', rangeOf: n.kind === 'count' ? prev.kind : n.kind, end: n.end, surface: text.slice(prev.start, n.end) };
  }
  return out;
}
