import { ConfigError } from '../errors.js';
import { MEMORY_FILE, type DuplicateKey, type MemoryFileScan } from './memory-file.js';

const DOCTOR = 'duizhao memory doctor';

/**
 * Throws when memory.jsonl cannot be used as it is: git conflict markers, lines that are not
 * entries, or one key with different entries on two lines (loading would keep one and the next
 * save would drop the other). Identical duplicate lines are harmless and pass.
 */
export function assertUsableMemory(scan: MemoryFileScan): void {
  if (scan.markers.length) {
    throw new ConfigError('memory/merge-conflict', `${MEMORY_FILE}:${scan.markers[0]}: git merge conflict markers (<<<<<<<, =======, >>>>>>>) on line${scan.markers.length > 1 ? 's' : ''} ${scan.markers.join(', ')}.`, {
      hint: `Run ${DOCTOR} --fix: it removes the markers keeping both sides' entries, then resolves the duplicates it can and lists the rest for you to choose.`,
    });
  }
  if (scan.bad.length) {
    throw new ConfigError('memory/invalid', `${MEMORY_FILE} has ${scan.bad.length} invalid line${scan.bad.length > 1 ? 's' : ''}.`, {
      details: scan.bad.slice(0, 50).map((b) => `${MEMORY_FILE}:${b.line}: ${b.reason}`),
      hint: 'Fix or remove these lines (git diff shows what changed); every line is one JSON entry.',
    });
  }
  const conflicting = scan.duplicates.filter((d) => !d.identical);
  if (conflicting.length) {
    throw new ConfigError('memory/duplicate-keys', `${MEMORY_FILE} has ${conflicting.length} key${conflicting.length > 1 ? 's' : ''} on more than one line with different entries; nothing is saved until each keeps one line.`, {
      details: conflicting.slice(0, 20).flatMap(describeDuplicate),
      hint: `Run ${DOCTOR} to see them and resolve them (--fix keeps the human translation where one side would be a downgrade; --keep <line> chooses).`,
    });
  }
}

/** One line per side: file:line, state, origin and the English. */
export function describeDuplicate(duplicate: DuplicateKey): string[] {
  return [
    `"${duplicate.lines[0]!.entry.source}" (key ${JSON.stringify(duplicate.key)}) is on lines ${duplicate.lines.map((l) => l.line).join(', ')}:`,
    ...duplicate.lines.map(({ line, entry }) => `  ${MEMORY_FILE}:${line}: [${entry.state}, ${entry.origin}] ${JSON.stringify(entry.target)}`),
  ];
}
