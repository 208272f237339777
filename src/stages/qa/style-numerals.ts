import { CHINESE_UNITS } from '../numbers/chinese-units.js';
import { acceptedForms } from './find-rendering.js';
import { finding, type SegmentRule } from './qa-rule.js';
import { toHouseSpelling } from './spelling-variants.js';

const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([...TEENS.map((w, i) => [w, 10 + i] as const), ...TENS.map((w, i) => [w, 20 + 10 * i] as const)]);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MEASURE_KINDS = new Set(['area', 'length', 'weight', 'money', 'percentage-point']);

/** Units after which a figure stays a figure (3 mu, 5 percent, 2 kilometers, 6 yuan, 1.5 million). */
const UNITS = [...new Set([
  ...CHINESE_UNITS.flatMap(([, u]) => (u.en && MEASURE_KINDS.has(u.kind) ? u.en.flatMap((e) => [e, toHouseSpelling(e, 'en-US')]) : [])),
  'percent', 'per cent', 'million', 'billion', 'trillion', 'yuan', 'mu', 'km', 'kg', 'ha', 'm', 'kW', 'kWh', 'a.m.', 'p.m.', 'years old', 'year-old', 'o\'clock',
])].sort((a, b) => b.length - a.length);
const UNIT_AFTER = new RegExp(`^\\s*(?:%|(?:${UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b)`, 'u');

/** A figure 1–9 standing alone: not part of a larger number, a decimal, a time, an id or a range. */
const SMALL_FIGURE = /(?<![\d.,:/–-]|\b(?:No\.|Phase|Group|Grade|Level|Class|Article|Chapter|Section|Line|Route|Room|Team|Building|Unit|Type|Batch|Step|Stage)\s?)\b[1-9]\b(?![\d.,:/–%-]\d|\.\d|\)|-)/gu;
const BIG_WORD = new RegExp(`\\b(?:${[...TENS.flatMap((t) => SMALL.map((s) => `${t}-${s}`)), ...TEENS, ...TENS].join('|')})\\b(?![- ](?:thousand|million|billion|hundred))`, 'giu');

/** Spans of quotations and of the glossary renderings in the target: set phrases stay as they are. */
function protectedSpans(target: string, forms: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [...target.matchAll(/["“][^"”]*["”]|[‘'][^’']*[’']/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const lower = target.toLowerCase();
  for (const form of forms) for (let i = lower.indexOf(form.toLowerCase()); i >= 0; i = lower.indexOf(form.toLowerCase(), i + 1)) spans.push([i, i + form.length]);
  return spans;
}

/** A figure 1–9 that the house rule wants as a word: no unit after it, no date, no range, no figure ≥ 10 in the same sentence. */
function smallFigures(target: string, inside: (at: number) => boolean): Array<{ actual: string; expected: string }> {
  const out: Array<{ actual: string; expected: string }> = [];
  for (const m of target.matchAll(SMALL_FIGURE)) {
    const at = m.index ?? 0;
    const before = target.slice(Math.max(0, at - 12), at);
    const after = target.slice(at + 1);
    const sentence = target.slice(target.lastIndexOf('. ', at) + 1, at + 1 + (after.search(/\.\s|$/u) + 1 || after.length));
    if (inside(at) || UNIT_AFTER.test(after) || new RegExp(`(?:${MONTHS})\\s*$`, 'u').test(before) || new RegExp(`^\\s+(?:${MONTHS})`, 'u').test(after)) continue;
    if (/(?:\d\s*(?:to|and|or|–|-)\s*)$/u.test(before) || /^\s*(?:to|and|or|–|-)\s*\d/u.test(after) || /\b(?:\d{2,}|\d{1,3}(?:,\d{3})+)\b/u.test(sentence)) continue;
    out.push({ actual: m[0], expected: SMALL[Number(m[0]) - 1]! });
  }
  return out;
}

/**
 * The house rule for numerals (README "Numerals"): words for one to nine, figures from 10.
 * Figures stay for 1–9 with a unit or percentage (3 mu, 5 percent), in dates and times, in ranges
 * (3–5) and in a sentence that also has a figure of 10 or more (5 towns and 227 villages); words
 * from ten stay in quotations, in glossary renderings (set phrases such as "Ten Major Projects") and at
 * the start of a sentence or headline.
 */
export const styleNumerals: SegmentRule = {
  id: 'style/numerals',
  category: 'style',
  severity: 'warning',
  scope: 'segment',
  description: 'A number is written against the house rule: words for one to nine, figures from 10.',
  check(pair) {
    const forms = pair.matches.flatMap((m) => acceptedForms(m.entry));
    const spans = protectedSpans(pair.target, forms);
    const inside = (at: number) => spans.some(([s, e]) => at >= s && at < e);
    const found = smallFigures(pair.target, inside);
    for (const m of pair.target.matchAll(BIG_WORD)) {
      // A sentence (or a headline) never begins with a figure: "Twelve efforts …".
      if (inside(m.index ?? 0) || /(?:^|[.!?:]\s+)["“(]?$/u.test(pair.target.slice(0, m.index ?? 0))) continue;
      const [tens, unit] = m[0].toLowerCase().split('-');
      found.push({ actual: m[0], expected: String((WORD_VALUE.get(tens!) ?? 0) + (unit ? SMALL.indexOf(unit) + 1 : 0)) });
    }
    return found.map((f) =>
      finding(this, pair, {
        reason: `"${f.actual}" should be written "${f.expected}": words for one to nine, figures from 10.`,
        expected: f.expected,
        actual: f.actual,
        hint: 'Follow the house rule (README "Numerals"), or justify the exception in the memory note.',
      }),
    );
  },
};
