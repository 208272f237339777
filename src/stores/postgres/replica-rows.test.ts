import { describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import type { VersionedEntry } from './memory-rows.js';
import { ReplicaRows, type RowSource } from './replica-rows.js';

const row = (key: string, target: string, version = 1): VersionedEntry => ({
  entry: { key, source: key, target, state: 'translated', origin: 'manual', reports: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' } satisfies MemoryEntry,
  version,
});

/** A sorted array as the snapshot's rows, counting the rows it is asked to read. */
function source(rows: VersionedEntry[]): RowSource & { reads: number } {
  const sorted = [...rows].sort((a, b) => (a.entry.key < b.entry.key ? -1 : 1));
  return {
    reads: 0,
    size: sorted.length,
    withEnglish: sorted.filter((r) => r.entry.target).length,
    find: (key) => sorted.findIndex((r) => r.entry.key === key),
    row(i) {
      this.reads++;
      return sorted[i]!;
    },
  };
}

describe('ReplicaRows', () => {
  it('reads a base row only when asked for it, and counts rows and rows with English without reading any', () => {
    const base = source([row('甲', 'A'), row('乙', ''), row('丙', 'C')]);
    const rows = ReplicaRows.over(base);
    expect([rows.size, rows.withEnglish, base.reads]).toEqual([3, 2, 0]);
    expect(rows.get('丙')?.entry.target).toBe('C');
    expect(rows.get('丁')).toBeUndefined();
    expect(base.reads).toBe(1);
  });

  it('puts changes and deletions over the base; a copy taken before does not see them', () => {
    const rows = ReplicaRows.over(source([row('甲', 'A'), row('乙', ''), row('丙', 'C')]));
    const before = rows.copy();
    rows.set('乙', row('乙', 'B', 2));
    rows.set('丁', row('丁', '', 1));
    expect(rows.delete('甲')).toBe(true);
    expect(rows.delete('甲')).toBe(false);
    expect(rows.delete('戊')).toBe(false);
    expect([rows.size, rows.withEnglish]).toEqual([3, 2]);
    expect(rows.get('甲')).toBeUndefined();
    expect(rows.get('乙')).toEqual(row('乙', 'B', 2));
    expect(new Map(rows)).toEqual(new Map([['乙', row('乙', 'B', 2)], ['丁', row('丁', '', 1)], ['丙', row('丙', 'C')]]));
    expect([...rows.changedKeys()].sort()).toEqual(['丁', '乙', '甲'].sort());
    // A key deleted and written again is back, with the new row.
    rows.set('甲', row('甲', 'A again', 3));
    expect([rows.size, rows.withEnglish, rows.get('甲')?.version]).toEqual([4, 3, 3]);
    expect([before.size, before.withEnglish, before.get('乙')?.entry.target, before.has('甲'), before.has('丁')]).toEqual([3, 2, '', true, false]);
  });

  it('without a base holds exactly what was set', () => {
    const rows = ReplicaRows.empty();
    rows.set('甲', row('甲', 'A'));
    rows.set('乙', row('乙', ''));
    rows.delete('甲');
    expect([rows.size, rows.withEnglish, [...rows.keys()], [...rows.changedKeys()]]).toEqual([1, 0, ['乙'], ['乙']]);
  });
});
