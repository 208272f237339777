import type { MemoryEntry } from '../model/memory-entry.js';

/**
 * Memory fields an exchange file may carry (duizhao's own exports do): used instead of the
 * defaults. Never `key`: the key is always derived from the Chinese.
 */
export type PairFields = Partial<Pick<MemoryEntry, 'state' | 'origin' | 'reports' | 'created' | 'updated' | 'flags' | 'footnote'>>;

/** One pair read from an exchange file: Chinese, English and an optional note. */
export interface ImportedPair {
  zh: string;
  en: string;
  note?: string;
  /** Where it came from, for messages: file:line. */
  at: string;
  entry?: PairFields;
}
