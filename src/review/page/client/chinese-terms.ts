import type { ReviewTerm } from '../../../app/review/review-types.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** The Chinese with each glossary term marked; hovering shows the entry (English, note, status). */
export function renderChinese(source: string, terms: readonly ReviewTerm[]): HTMLElement {
  const out = h('div', { class: 'zh', lang: 'zh' });
  let at = 0;
  for (const term of [...terms].sort((a, b) => a.start - b.start)) {
    if (term.start < at) continue;
    if (term.start > at) out.append(source.slice(at, term.start));
    out.append(h('mark', { class: 'term', title: termTitle(term), 'data-zh': term.zh }, source.slice(term.start, term.end)));
    at = term.end;
  }
  if (at < source.length) out.append(source.slice(at));
  return out;
}

function termTitle(term: ReviewTerm): string {
  const lines = [`${term.zh} = ${term.en}`];
  if (term.note) lines.push(term.note);
  lines.push(`${term.kind}, ${term.status}`);
  return lines.join('\n');
}

/** Distinct terms of a report for the filter, sorted by their Chinese. */
export function termOptions(terms: Iterable<ReviewTerm>): HTMLOptionElement[] {
  const byZh = new Map<string, string>();
  for (const term of terms) byZh.set(term.zh, term.en);
  const options = [...byZh].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([zh, en]) => h('option', { value: zh }, `${zh} — ${en}`));
  return [h('option', { value: '' }, t('filters.allTerms')), ...options];
}
