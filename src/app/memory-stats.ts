import { UNIT_STATES, type UnitState } from '../model/unit.js';
import { loadMemory } from '../stores/memory-jsonl.js';

export interface MemoryStats {
  entries: number;
  byState: Record<UnitState, number>;
  /** By origin family (`memory-fuzzy:87` counts as `memory-fuzzy`). */
  byOrigin: Record<string, number>;
  /** Entries with flags for review. */
  flagged: number;
}

/** `memory stats`: the memory's entries by state and origin. */
export async function memoryStats(root: string): Promise<MemoryStats> {
  const entries = (await loadMemory(root)).entries();
  const byState = Object.fromEntries(UNIT_STATES.map((s) => [s, entries.filter((e) => e.state === s).length])) as Record<UnitState, number>;
  const byOrigin: Record<string, number> = {};
  for (const e of entries) {
    const family = e.origin.replace(/:\d+$/, '');
    byOrigin[family] = (byOrigin[family] ?? 0) + 1;
  }
  return { entries: entries.length, byState, byOrigin, flagged: entries.filter((e) => e.flags?.length).length };
}
