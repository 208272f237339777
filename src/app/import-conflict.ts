import type { MemoryEntry } from '../model/memory-entry.js';
import type { UnitState } from '../model/unit.js';

/** The incoming side of an import conflict, as the file has it. */
export interface IncomingTranslation {
  target: string;
  state?: UnitState | undefined;
  origin?: string | undefined;
}

/**
 * One import conflict as printed: where the incoming record is (file:line or file: unit id), why it
 * was not taken, then the stored and the incoming English with their states and origins, so the
 * person deciding sees both texts without opening the memory.
 */
export function formatImportConflict(at: string, reason: string, current: Pick<MemoryEntry, 'target' | 'state' | 'origin'>, incoming: IncomingTranslation): string {
  const side = [incoming.state, incoming.origin].filter(Boolean).join(', ');
  return [
    `${at}: ${reason}`,
    `    memory (${current.state}, ${current.origin}): ${current.target}`,
    `    file   (${side || 'no state'}): ${incoming.target}`,
  ].join('\n');
}
