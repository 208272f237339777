import type { SegmentRequest, TermConstraint } from './types.js';

/**
 * Compares the numbers of a Chinese source and an English draft; returns problems as text.
 * Gets the segment's glossary terms so figures inside terms (十三五) can be left out.
 */
export type NumberCheck = (zh: string, en: string, terms: readonly TermConstraint[]) => string[];

export interface VerifyDraftOptions {
  /** Injected so the number stage can be swapped (and absent in tests of the other checks). */
  checkNumbers?: NumberCheck;
}

/**
 * Checks a machine draft before it is stored. Returns review flags, each `<rule>: <detail>`
 * (the same tokens the QA checks use), and an empty list for a clean draft:
 * - `draft/empty` — nothing came back;
 * - `draft/han-left` — Chinese characters left in the English;
 * - `term/missing` — a glossary term not rendered as en, first, short or an accepted form;
 * - `term/forbidden` — a rendering the glossary forbids;
 * - `number/…` — from the injected number check.
 */
export function verifyDraft(request: Pick<SegmentRequest, 'source' | 'terms'>, target: string, options: VerifyDraftOptions = {}): string[] {
  if (target.trim() === '') return ['draft/empty: the back-end returned no English'];
  const problems: string[] = [];
  const han = target.match(/\p{Script=Han}+/gu);
  if (han) problems.push(`draft/han-left: ${[...new Set(han)].join('、')}`);
  const folded = foldEnglish(target);
  for (const term of dedupeTerms(request.terms)) problems.push(...checkTerm(term, folded));
  if (options.checkNumbers) problems.push(...options.checkNumbers(request.source, target, request.terms));
  return problems;
}

/** Every rendering the glossary allows for a term, longest first. */
export function allowedRenderings(term: TermConstraint): string[] {
  const forms = [term.en, term.first, term.short, ...(term.accepted ?? [])].filter((f): f is string => Boolean(f && f.trim()));
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

function checkTerm(term: TermConstraint, folded: string): string[] {
  const allowed = allowedRenderings(term).map(foldEnglish);
  const found = allowed.some((form) => folded.includes(form));
  const problems = found ? [] : [`term/missing: ${term.zh} should be "${term.en}"`];
  // Blank out the allowed renderings first, so a forbidden form inside one ("poverty relief" in
  // "targeted poverty relief") is not reported.
  let rest = folded;
  for (const form of allowed) rest = rest.split(form).join(' ');
  for (const bad of term.forbidden ?? []) {
    if (bad.trim() && rest.includes(foldEnglish(bad))) problems.push(`term/forbidden: ${term.zh} rendered as "${bad}"; use "${term.en}"`);
  }
  return problems;
}

/** Case, dash, quote and whitespace differences do not count. */
export function foldEnglish(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, '-')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ');
}

function dedupeTerms(terms: readonly TermConstraint[]): TermConstraint[] {
  const seen = new Map<string, TermConstraint>();
  for (const term of terms) if (!seen.has(term.zh)) seen.set(term.zh, term);
  return [...seen.values()];
}
