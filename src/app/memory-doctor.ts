import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { segmentKey } from '../text/segment-key.js';
import { writeTextAtomic } from '../stores/atomic-write.js';
import { withLock } from '../stores/lock.js';
import { MEMORY_FILE, orphanTempFiles, removeOrphanTempFiles, scanMemoryFile, type MemoryFileScan } from '../stores/memory-file.js';
import { describeDuplicate } from '../stores/memory-file-problems.js';
import { resolveDuplicate } from '../stores/memory-duplicates.js';
import { compareKeys } from '../stores/key-order.js';
import { serialiseMemory } from '../stores/memory-jsonl.js';

export interface MemoryDoctorOptions {
  /** Rewrite the memory with every mechanical fix (and the --keep choices). */
  fix?: boolean;
  /** Line numbers to keep where one key has different entries (implies fix). */
  keep?: number[];
}

export interface MemoryDoctorResult {
  /** Problems left for a person: each line says where and what to do. */
  problems: string[];
  /** What was (or, without fix, would be) repaired mechanically. */
  repairs: string[];
  /** True when memory.jsonl or the temp files were changed. */
  changed: boolean;
}

/**
 * Lists what is wrong with translations/memory/memory.jsonl — git conflict markers, invalid lines,
 * one key on several lines, keys that do not match their Chinese, orphan temp files — and with
 * `fix` repairs what is mechanical, under the memory lock. Nothing a person wrote is dropped
 * without a rule (`resolveDuplicate`) or their choice; unresolved duplicates stay in the file.
 */
export async function memoryDoctor(root: string, options: MemoryDoctorOptions = {}): Promise<MemoryDoctorResult> {
  const fix = Boolean(options.fix) || Boolean(options.keep?.length);
  const run = async (): Promise<MemoryDoctorResult> => {
    const scan = (await scanMemoryFile(root)) ?? { entries: [], bad: [], markers: [], duplicates: [] };
    const plan = planRepairs(scan, new Set(options.keep ?? []));
    const orphans = await orphanTempFiles(root);
    plan.repairs.push(...orphans.map((f) => `${f}: orphan temp file of an interrupted write (deleted)`));
    let changed = false;
    if (fix && orphans.length) changed = (await removeOrphanTempFiles(root)).length > 0;
    if (fix && plan.rewrite && !scan.bad.length) {
      await writeTextAtomic(join(root, MEMORY_FILE), serialiseMemory(plan.entries));
      changed = true;
    }
    return { problems: plan.problems, repairs: plan.repairs, changed };
  };
  return fix ? withLock(join(root, 'translations', 'memory'), run) : run();
}

interface RepairPlan {
  entries: MemoryEntry[];
  problems: string[];
  repairs: string[];
  rewrite: boolean;
}

function planRepairs(scan: MemoryFileScan, keep: ReadonlySet<number>): RepairPlan {
  const plan: RepairPlan = { entries: [], problems: [], repairs: [], rewrite: false };
  checkKeepLines(scan, keep);
  if (scan.markers.length) {
    plan.repairs.push(`${MEMORY_FILE}: git conflict markers on lines ${scan.markers.join(', ')} (dropping the markers keeps the entries of both sides)`);
    plan.rewrite = true;
  }
  for (const bad of scan.bad) plan.problems.push(`${MEMORY_FILE}:${bad.line}: ${bad.reason} Fix or remove the line by hand; nothing else is rewritten until then.`);
  const duplicated = new Set(scan.duplicates.map((d) => d.key));
  plan.entries = scan.entries.filter((l) => !duplicated.has(l.entry.key)).map((l) => l.entry);
  for (const duplicate of scan.duplicates) {
    const resolved = resolveDuplicate(duplicate, keep);
    if (resolved) {
      plan.entries.push(resolved.entry);
      plan.repairs.push(`${MEMORY_FILE}: "${duplicate.lines[0]!.entry.source}": ${resolved.how}`);
      plan.rewrite = true;
    } else {
      plan.entries.push(...duplicate.lines.map((l) => l.entry));
      plan.problems.push([...describeDuplicate(duplicate), `  choose one: --keep ${duplicate.lines.map((l) => l.line).join(' or --keep ')}`].join('\n'));
    }
  }
  rekey(plan);
  plan.entries.sort((a, b) => compareKeys(a.key, b.key));
  return plan;
}

/** Entries whose key is not their Chinese's key get it, unless another entry already has it. */
function rekey(plan: RepairPlan): void {
  const keys = new Set(plan.entries.map((e) => e.key));
  plan.entries = plan.entries.map((entry) => {
    const key = segmentKey(entry.source);
    if (key === entry.key) return entry;
    if (keys.has(key)) {
      plan.problems.push(`${MEMORY_FILE}: key ${JSON.stringify(entry.key)} does not match its Chinese "${entry.source}", whose key ${JSON.stringify(key)} another entry has. Remove the line you do not want.`);
      return entry;
    }
    keys.add(key);
    plan.repairs.push(`${MEMORY_FILE}: key ${JSON.stringify(entry.key)} re-derived from its Chinese as ${JSON.stringify(key)}`);
    plan.rewrite = true;
    return { ...entry, key };
  });
}

function checkKeepLines(scan: MemoryFileScan, keep: ReadonlySet<number>): void {
  const duplicateLines = new Map(scan.duplicates.flatMap((d) => d.lines.map((l) => [l.line, d.key] as const)));
  for (const line of keep) {
    if (!duplicateLines.has(line)) {
      throw new AppError('usage/bad-keep', `--keep ${line}: line ${line} of ${MEMORY_FILE} is not one of the duplicate lines.`, { hint: 'Run duizhao memory doctor first and pass one of the line numbers it lists.' });
    }
  }
  for (const d of scan.duplicates) {
    const chosen = d.lines.filter((l) => keep.has(l.line));
    if (chosen.length > 1) throw new AppError('usage/bad-keep', `--keep ${chosen.map((l) => l.line).join(' and ')}: both are "${d.lines[0]!.entry.source}"; keep one.`);
  }
}
