import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPgCluster, type PgCluster } from '../../../test/helpers/pg-cluster.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { bruteForceSearch } from '../../stages/memory-lookup/fuzzy-index.js';
import { migrateMemorySchema } from '../../stores/postgres/memory-schema.js';
import { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import { ReplicaRows } from '../../stores/postgres/replica-rows.js';
import { indexServerMemory } from './index-server-memory.js';
import { serverMemoryIndex } from './lookup-on-server.js';
import { ServerMemoryIndex } from './server-memory-index.js';

const entry = (key: string, target: string): MemoryEntry => ({
  key, source: key, target, state: 'translated', origin: 'manual', reports: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
});
const BASE = ['全县贫困人口全部脱贫。', '全县贫困村全部退出。', '农村居民人均可支配收入增长百分之九。', '易地扶贫搬迁安置点建成十二个。', '建档立卡贫困户全部实现两不愁三保障。'];
const LATER = ['全县贫困人口全部脱贫了。', '全市贫困村全部退出。', '易地扶贫搬迁安置点建成十三个。'];

describe('ServerMemoryIndex', () => {
  let cluster: PgCluster;
  const stores: PgMemoryStore[] = [];
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    cluster?.stop();
  });

  /** A fresh migrated database with two stores on it: one reads (the index), one writes. */
  async function readerAndWriter(name: string): Promise<{ reader: PgMemoryStore; writer: PgMemoryStore }> {
    const url = cluster.createDatabase(name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrateMemorySchema(client).finally(() => client.end());
    const reader = new PgMemoryStore(url, { who: 'reader', command: 'test' });
    const writer = new PgMemoryStore(url, { who: 'writer', command: 'test' });
    stores.push(reader, writer);
    return { reader, writer };
  }

  it.each([
    ['in a delta index beside the main one', 1, 3],
    ['after folding the additions into the main index', 0.05, 0],
  ])('finds what another writer added after it was built (%s), exactly as a brute-force scan of all keys does', async (_label, share, delta) => {
    const { reader, writer } = await readerAndWriter(`index${delta}`);
    await writer.update('/p', (m) => BASE.forEach((k, i) => m.upsert(entry(k, `base ${i}`))), {});
    const index = await ServerMemoryIndex.open(reader, share);
    await writer.update('/p', (m) => {
      LATER.forEach((k, i) => m.upsert(entry(k, `later ${i}`)));
      m.upsert(entry(BASE[1]!, 'changed English'));
    }, {});
    expect(index.exact(LATER[0]!)).toBeUndefined();
    expect(await index.refresh()).toBe(4);
    expect(index.exact(LATER[0]!)?.target).toBe('later 0');
    expect([index.size, index.deltaSize]).toEqual([8, delta]);
    const all = [...BASE, ...LATER];
    for (const query of ['全县贫困村全部退出了。', '易地扶贫搬迁安置点建成十四个。', '全县贫困人口全部脱贫。']) {
      const expected = bruteForceSearch(all, query, { threshold: 60, limit: 10 }).filter((h) => all[h.index] !== query)
        .map((h) => [all[h.index], h.score]).sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0]! < b[0]! ? -1 : 1));
      expect(index.search(query, { threshold: 60, limit: 10 }).map((m) => [m.entry.key, m.score])).toEqual(expected);
    }
    expect(index.search('全县贫困村全部退出了。', { threshold: 90, limit: 1 })[0]!.entry.target).toBe('changed English');
  });

  it('while it listens (LISTEN/NOTIFY) it asks the server only after a committed write, and then sees it', async () => {
    const { reader, writer } = await readerAndWriter('listen');
    await writer.update('/p', (m) => void m.upsert(entry(BASE[0]!, 'one')), {});
    const index = await ServerMemoryIndex.open(reader);
    await index.watch();
    try {
      const refresh = vi.spyOn(reader, 'refresh');
      await index.current();
      expect(refresh).not.toHaveBeenCalled();
      await writer.update('/p', (m) => void m.upsert(entry(LATER[0]!, 'later')), {});
      await vi.waitFor(async () => {
        await index.current();
        expect(index.exact(LATER[0]!)?.target).toBe('later');
      }, { timeout: 5000, interval: 20 });
      expect(refresh).toHaveBeenCalledTimes(1);
    } finally {
      await index.close();
    }
  });

  it('takes in what its own store read when a save refreshed it (the review page saving a segment), not only its own refreshes', async () => {
    const { reader, writer } = await readerAndWriter('ownsave');
    await writer.update('/p', (m) => BASE.forEach((k, i) => m.upsert(entry(k, `base ${i}`))), {});
    const index = await ServerMemoryIndex.open(reader, 1);
    // Another writer commits, then a save through the index's own store reads that change and its own.
    await writer.update('/p', (m) => void m.upsert(entry(LATER[1]!, 'from the other writer')), {});
    await reader.update('/p', (m) => void m.upsert(entry(LATER[2]!, 'saved here')), {});
    expect(await index.refresh()).toBe(2);
    expect(index.deltaSize).toBe(2);
    expect(index.search('全市贫困村全部退出了。', { threshold: 80, limit: 1 }).map((m) => m.entry.target)).toEqual(['from the other writer']);
    expect(index.search('易地扶贫搬迁安置点建成十三个', { threshold: 80, limit: 1 }).map((m) => m.entry.target)).toEqual(['saved here']);
  });

  it('warms itself with lookups of near variants of its own keys, and answers the same afterwards', async () => {
    const { reader, writer } = await readerAndWriter('warm');
    await writer.update('/p', (m) => [...BASE, ...LATER].forEach((k, i) => m.upsert(entry(k, `english ${i}`))), {});
    const index = await ServerMemoryIndex.open(reader);
    const before = index.search('全县贫困村全部退出了。', { threshold: 60, limit: 10 });
    const search = vi.spyOn(index, 'search');
    index.warm(5);
    const all = [...BASE, ...LATER];
    const nearVariant = (q: string) => all.some((k) => [...k].some((_, i) => k.slice(0, i) + k.slice(i + 1) === q));
    expect(search.mock.calls.map(([q]) => nearVariant(q))).toEqual([true, true, true, true, true]);
    expect(index.search('全县贫困村全部退出了。', { threshold: 60, limit: 10 })).toEqual(before);
  });

  it('fills from the kept index without reading every entry: the sorted entries are made only when a command asks for them', async () => {
    const { reader, writer } = await readerAndWriter('lazy');
    // Enough entries that one more goes to the delta index (a rebuild would read every row).
    const many = [...BASE, ...Array.from({ length: 40 }, (_, i) => `第${i + 1}个安置点已建成。`)];
    await writer.update('/p', (m) => many.forEach((k, i) => m.upsert(entry(k, `base ${i}`))), {});
    await serverMemoryIndex(reader);
    await writer.update('/p', (m) => void m.upsert(entry(LATER[1]!, 'later')), {});
    const values = vi.spyOn(ReplicaRows.prototype, 'values');
    try {
      const loaded = await indexServerMemory('/p', reader, 80);
      expect(loaded.lookup.get(BASE[0]!)?.target).toBe('base 0');
      expect(loaded.lookup.fuzzy('全市贫困村全部退出了。', 1).map((m) => m.entry.target)).toEqual(['later']);
      expect(values).not.toHaveBeenCalled();
      expect(loaded.memory.entries().map((e) => e.key)).toEqual([...many, LATER[1]!].sort());
      expect(values).toHaveBeenCalledTimes(1);
    } finally {
      values.mockRestore();
    }
  });
});
