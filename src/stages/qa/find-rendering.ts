import { acceptedForms, type GlossaryEntry } from '../../model/glossary-entry.js';

export { acceptedForms };
import type { Span } from '../numbers/index.js';
import { foldEnglish } from '../../text/fold-english.js';

const cache = new Map<string, RegExp>();

/**
 * A regular expression for one English form: case-insensitive, whole words, any run of
 * whitespace between words, hyphen or space alike, and a plural or possessive ending tolerated
 * on the last word (village → villages, village's, villages').
 */
export function renderingPattern(form: string): RegExp {
  let re = cache.get(form);
  if (!re) {
    const words = foldEnglish(form).trim().split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const last = words.pop() ?? '';
    const start = /^\w/.test(form.trim()) ? '\\b' : '';
    let tail = last;
    if (/[^aeiou]y$/.test(last)) tail = `${last.slice(0, -1)}(?:y(?:'s)?|ies'?)\\b`; // secretary → secretaries
    else if (/\w$/.test(last)) tail = `${last}(?:s|es|'s|s')?\\b`;
    const body = [...words, tail].join('[\\s-]+');
    re = new RegExp(`${start}${body}`, 'g');
    cache.set(form, re);
  }
  return re;
}

/** Spans of every occurrence of `form` in `text`. */
export function findForm(text: string, form: string): Span[] {
  const folded = foldEnglish(text);
  const re = renderingPattern(form);
  return [...folded.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
}


/** The first accepted form of `entry` present in `text`, with its spans, or undefined. */
export function findRendering(text: string, entry: GlossaryEntry): { form: string; spans: Span[] } | undefined {
  for (const form of acceptedForms(entry)) {
    const spans = findForm(text, form);
    if (spans.length > 0) return { form, spans };
  }
  return undefined;
}
