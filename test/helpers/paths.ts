import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the shared folder CI puts beside the clone. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const SEEDS = resolve(SHARED, 'seeds');
