import { compareNumbers, type Span } from '../stages/numbers/index.js';
import type { TermConstraint } from './types.js';
import { allowedRenderings } from './verify-draft.js';

/**
 * The number check for machine drafts, on the number stage's compareNumbers: every Chinese
 * figure must reappear in the English after localisation (3.2万 ≡ 32,000), and no new figure may
 * appear. Figures inside glossary terms (十三五 → 13th Five-Year Plan) are left to the term check.
 */
export function checkDraftNumbers(zh: string, en: string, terms: readonly TermConstraint[]): string[] {
  const exclude = spansOf(zh, terms.map((t) => t.zh), false);
  const excludeEnglish = spansOf(en, terms.flatMap(allowedRenderings), true);
  const { missing, extra } = compareNumbers(zh, en, { exclude, excludeEnglish });
  return [
    ...missing.map((n) => `number/missing: ${n.surface} is not in the English`),
    ...extra.map((n) => `number/extra: ${n.surface} is not in the Chinese`),
  ];
}

function spansOf(text: string, needles: readonly string[], ignoreCase: boolean): Span[] {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const spans: Span[] = [];
  for (const needle of needles) {
    const n = ignoreCase ? needle.toLowerCase() : needle;
    if (!n) continue;
    for (let at = haystack.indexOf(n); at >= 0; at = haystack.indexOf(n, at + n.length)) spans.push([at, at + n.length]);
  }
  return spans;
}
