/** `memory:` in duizhao.yaml. */
export interface MemorySection {
  /** Minimum score (1–100) for a memory entry to count as a fuzzy match; default 75. */
  fuzzyThreshold?: number;
}

const KNOWN = ['fuzzyThreshold'];

/** Checks `memory:`; problems go to `errors`, unknown keys to `warnings`. */
export function readMemorySection(memory: Record<string, unknown>, where: (path: readonly string[]) => string, errors: string[], warnings: string[]): MemorySection {
  for (const key of Object.keys(memory)) {
    if (!KNOWN.includes(key)) warnings.push(`${where(['memory', key])}: unknown key "memory.${key}" is ignored (known: ${KNOWN.join(', ')}).`);
  }
  const threshold = memory.fuzzyThreshold;
  if (threshold === undefined || threshold === null) return {};
  if (typeof threshold !== 'number' || !(threshold >= 1 && threshold <= 100)) {
    errors.push(`${where(['memory', 'fuzzyThreshold'])}: memory.fuzzyThreshold must be a number from 1 to 100 (a score in percent), got ${JSON.stringify(threshold)}.`);
    return {};
  }
  return { fuzzyThreshold: threshold };
}
