import type { Element, ElementContent } from 'hast';
import type { TranslationUnit } from '../../model/unit.js';
import { findRendering } from '../qa/find-rendering.js';

interface Span {
  start: number;
  end: number;
  wrap(text: string): Element;
}

/** `text` as hast nodes with each span wrapped; a span overlapping an earlier one is skipped. */
export function markSpans(text: string, spans: readonly Span[]): ElementContent[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ElementContent[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start) continue;
    if (span.start > at) out.push({ type: 'text', value: text.slice(at, span.start) });
    out.push(span.wrap(text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

const element = (tagName: string, className: string, title: string, value: string): Element => ({
  type: 'element',
  tagName,
  properties: { className: [className], title },
  children: [{ type: 'text', value }],
});

/** The Chinese of a unit with each glossary term as <abbr class=term title="English">. */
export function markedSource(unit: TranslationUnit): ElementContent[] {
  const spans = (unit.terms ?? []).map((t) => ({ start: t.start, end: t.end, wrap: (s: string) => element('abbr', 'term', t.entry.en, s) }));
  return markSpans(unit.source, spans);
}

/** English with the glossary renderings of the unit's terms as <mark class=term title="Chinese">. */
export function markedEnglish(english: string, unit: TranslationUnit): ElementContent[] {
  const spans: Span[] = [];
  for (const term of unit.terms ?? []) {
    const found = findRendering(english, term.entry);
    for (const [start, end] of found?.spans ?? []) spans.push({ start, end, wrap: (s) => element('mark', 'term', term.entry.zh, s) });
  }
  return markSpans(english, spans);
}
