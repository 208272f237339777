import type { GlossaryEntry } from '../model/glossary-entry.js';
import { toTraditional } from '../text/script.js';

export type I18nextBundle = Record<string, { glossary: Record<string, string> }>;

/**
 * The key of an entry in the `glossary` namespace: its zh, with the characters i18next treats as
 * separators (`.` key, `:` namespace) made full-width, so `t('glossary:精准扶贫')` works with
 * default options. Stable as long as the zh does not change.
 */
export function glossaryKey(zh: string): string {
  return zh.replace(/\./g, '．').replace(/:/g, '：');
}

/**
 * An i18next resource bundle `{ en, zh-Hans, zh-Hant: { glossary: { key: text } } }`. `first`
 * and `short` forms are i18next contexts: `t('glossary:精准扶贫', { context: 'first' })`, which
 * falls back to the plain rendering. Deprecated entries are left out; keys are sorted.
 */
export function exportI18nextBundle(entries: readonly GlossaryEntry[]): I18nextBundle {
  const en: Record<string, string> = {};
  const hans: Record<string, string> = {};
  const hant: Record<string, string> = {};
  for (const entry of [...entries].sort((a, b) => (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0))) {
    if (entry.status === 'deprecated') continue;
    const key = glossaryKey(entry.zh);
    en[key] = entry.en;
    if (entry.first) en[`${key}_first`] = entry.first;
    if (entry.short) en[`${key}_short`] = entry.short;
    hans[key] = entry.zh;
    hant[key] = toTraditional(entry.zh);
  }
  return { en: { glossary: en }, 'zh-Hans': { glossary: hans }, 'zh-Hant': { glossary: hant } };
}
