import type { MemoryKeyTable } from '../../stages/memory-lookup/memory-key-table.js';
import type { VersionedEntry } from '../../stores/postgres/memory-rows.js';
import type { RowSource } from '../../stores/postgres/replica-rows.js';

/** Closes the files of rows no longer reachable (a store replaced without close: tests run many in one process). */
const release = new FinalizationRegistry<{ close(): Promise<void> }>((files) => void files.close().catch(() => undefined));

/**
 * The replica snapshot's rows as a RowSource: the key table (from the snapshot's index cache)
 * finds a key's line in the rows file and reads only that line; versions come from snapshot.json.
 * Rows read are kept, so a key looked up again (an exact match, a hit re-read) is not read twice.
 */
export class SnapshotRows implements RowSource {
  private readonly read = new Map<number, VersionedEntry>();

  /**
   * `files`: what opened the table. Held for as long as the rows are: the table reads through the
   * memory file's descriptor, which Node closes (and may hand to another file) once its FileHandle
   * is garbage-collected.
   */
  constructor(private readonly table: MemoryKeyTable, private readonly versions: readonly number[], readonly withEnglish: number, readonly files: { close(): Promise<void> }) {
    release.register(this, files);
  }

  get size(): number {
    return this.table.size;
  }

  find(key: string): number {
    return this.table.find(key);
  }

  row(i: number): VersionedEntry {
    let row = this.read.get(i);
    if (!row) this.read.set(i, (row = { entry: this.table.entry(i), version: this.versions[i]! }));
    return row;
  }

  /** Whether the snapshot's fuzzy index holds `key` (the snapshot had English for it). */
  indexes(key: string): boolean {
    const i = this.table.find(key);
    return i !== -1 && Boolean(this.row(i).entry.target);
  }
}
