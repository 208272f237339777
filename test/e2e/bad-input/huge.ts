import { FILE_SIZE_LIMITS } from '../../../src/stores/read-user-file.js';
import type { FileChange } from './bad-input-case.js';

/** The documented caps (README "Limits"), one past each. */
export const CAPS = { ...FILE_SIZE_LIMITS, edition: FILE_SIZE_LIMITS.syncEdition } as const;

/**
 * Grows a file one byte past `cap` (sparse: no data is written, the tail reads as NUL bytes), so
 * a missing cap shows as a wrong message rather than a test that fills the disk or the heap.
 */
export function pastCap(path: string, cap: number): FileChange {
  return { path, growTo: cap + 1 };
}
