import type { Diagnostic } from '../../model/diagnostic.js';
import { segmentKey } from '../../text/segment-key.js';
import { acceptedForms, findForm } from './find-rendering.js';
import { finding, uniqueEntries, type CheckedPair, type CorpusRule } from './qa-rule.js';

/** Source folded past the memory key: no punctuation, spaces or quote marks, so near-identical keys meet. */
export function looseSourceKey(pair: CheckedPair): string {
  return (pair.key ?? segmentKey(pair.source)).replace(/[\p{P}\p{S}\s]/gu, '');
}

export function looseTarget(target: string): string {
  return target.toLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * One Chinese text rendered several ways across the reports. The memory stores one English per
 * key, so identical keys cannot disagree there; what can is (a) keys that differ only in
 * punctuation, spacing or quote marks (“精准扶贫” vs 精准扶贫, a half-width comma) and (b) a
 * glossary term rendered with different approved forms in different segments (en in one,
 * an `accepted` variant in another). Grammatical variants of one form (see contentWords) are one
 * rendering. Each other rendering is reported against the most common.
 */
export const consistencySource: CorpusRule = {
  id: 'consistency/source',
  category: 'consistency',
  severity: 'warning',
  scope: 'corpus',
  description: 'The same Chinese (or glossary term) is rendered in several ways across the reports.',
  check(pairs) {
    return [...nearIdenticalKeys(this, pairs), ...termForms(this, pairs)];
  },
};

function nearIdenticalKeys(rule: CorpusRule, pairs: readonly CheckedPair[]): Diagnostic[] {
  const groups = groupBy(pairs.filter((p) => p.target.trim() !== ''), looseSourceKey);
  return [...groups.values()].flatMap((group) => {
    const byTarget = groupBy(group, (p) => looseTarget(p.target));
    if (byTarget.size < 2) return [];
    const [common] = [...byTarget.values()].sort((a, b) => b.length - a.length);
    const expected = common?.[0]?.target ?? '';
    return group
      .filter((p) => looseTarget(p.target) !== looseTarget(expected))
      .map((p) => finding(rule, p, { reason: `The same Chinese is rendered ${byTarget.size} ways across the reports.`, expected, actual: p.target }));
  });
}

function termForms(rule: CorpusRule, pairs: readonly CheckedPair[]): Diagnostic[] {
  const uses = new Map<string, Array<{ pair: CheckedPair; form: string; surface: string }>>();
  for (const pair of pairs) {
    for (const m of uniqueEntries(pair.matches)) {
      const target = withoutForm(pair.target, m.entry.first);
      const forms = acceptedForms(m.entry).filter((f) => f !== m.entry.first);
      const form = forms.find((f) => findForm(target, f).length > 0);
      if (form) uses.set(m.entry.zh, [...(uses.get(m.entry.zh) ?? []), { pair, form, surface: m.surface }]);
    }
  }
  return [...uses.values()].flatMap((list) => {
    const byForm = groupBy(list, (u) => contentWords(u.form));
    if (byForm.size < 2) return [];
    const [common] = [...byForm.values()].sort((a, b) => b.length - a.length);
    const expected = common?.[0]?.form ?? '';
    return list
      .filter((u) => contentWords(u.form) !== contentWords(expected))
      .map((u) => finding(rule, u.pair, { reason: `"${u.surface}" is rendered ${byForm.size} ways across the reports.`, expected, actual: u.form }));
  });
}

/**
 * The target with every occurrence of the entry's `first` form blanked out, so the explained
 * first mention is not read as a second rendering when an accepted form matches inside it or
 * differs from it only in case ("Secretary of the County Party Committee", "Chinese People's
 * Political Consultative Conference" inside the CPPCC first form).
 */
function withoutForm(target: string, first: string | undefined): string {
  if (!first) return target;
  let text = target;
  for (const [start, end] of findForm(target, first)) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return text;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'as', 'for', 'in', 'to', 'and', 'on', 'by', 'county', 'city', 'township', 'town', 'village', 'province']);

/** A function word, in the singular or the plural (villages, townships, counties). */
function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || FUNCTION_WORDS.has(word.replace(/ies$/, 'y').replace(/s$/, ''));
}

/**
 * The content words of a form, crudely stemmed and sorted, so grammatical variants the glossary
 * accepts (registered poor / registered as poor, removal / removed from the poverty list, poor
 * village / poor villages, Huguan / Huguan County) count as one rendering.
 */
export function contentWords(form: string): string {
  const words = form.toLowerCase().match(/[a-z]+/g) ?? [];
  const stems = words.filter((w) => !isFunctionWord(w)).map((w) => (w.length > 4 ? w.replace(/(?:ing|ion|ions|ed|al|es|s|e)$/, '') : w));
  return [...new Set(stems)].sort().join(' ');
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
