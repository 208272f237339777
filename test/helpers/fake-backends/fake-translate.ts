/**
 * The fake servers' "translation engine": deterministic English that keeps every figure
 * (localised: 16.5万 → 165,000) and renders each glossary term it is told about, so drafts pass
 * verification unless a fault is scripted. Sentences in `dictionary` get their fixed English.
 */
export interface FakeTerm {
  zh: string;
  en: string;
}

const FIGURE = /(\d+(?:\.\d+)?)(亿|万)?(%)?/g;

export function fakeTranslate(zh: string, terms: readonly FakeTerm[], dictionary: Readonly<Record<string, string>> = {}): string {
  const fixed = dictionary[zh];
  if (fixed !== undefined) return fixed;
  const parts: string[] = [];
  // Placeholders (LibreTranslate) pass through untouched, as a good engine keeps them.
  for (const m of zh.matchAll(/⟦T\d+⟧/g)) parts.push(m[0]);
  for (const term of terms) if (zh.includes(term.zh)) parts.push(term.en);
  for (const m of zh.replace(/⟦T\d+⟧/g, ' ').matchAll(FIGURE)) parts.push(localise(m[1]!, m[2], m[3]));
  const body = parts.length ? parts.join('; ') : 'text';
  return `Draft: ${body}.`;
}

function localise(digits: string, scale: string | undefined, percent: string | undefined): string {
  if (percent) return `${digits}%`;
  if (!scale) return digits.length > 4 && !digits.includes('.') ? Number(digits).toLocaleString('en-US') : digits;
  const value = Number(digits) * (scale === '亿' ? 100_000_000 : 10_000);
  return Math.round(value).toLocaleString('en-US');
}

/** Scripted corruption of a draft: drop the first glossary rendering, or change the first figure. */
export function corruptDraft(draft: string, fault: 'drop-term' | 'change-number', terms: readonly FakeTerm[]): string {
  if (fault === 'drop-term') {
    const term = terms.find((t) => draft.includes(t.en));
    return term ? draft.split(term.en).join('poverty relief') : draft;
  }
  return draft.replace(/\d[\d,]*/, (n) => (Number(n.replace(/,/g, '')) + 1).toLocaleString('en-US'));
}
