import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../../../test/helpers/pg-cluster.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { bruteForceSearch } from '../../stages/memory-lookup/fuzzy-index.js';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { migrateMemorySchema } from '../../stores/postgres/memory-schema.js';
import { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import { indexServerMemory } from './index-server-memory.js';
import { REPLICA_INDEX_FILE, REPLICA_SNAPSHOT_DIR, ReplicaSnapshot } from './replica-snapshot.js';
import { ServerMemoryIndex } from './server-memory-index.js';

const entry = (key: string, target: string): MemoryEntry => ({
  key, source: key, target, state: 'translated', origin: 'manual', reports: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
});
const BASE = ['全县贫困人口全部脱贫。', '全县贫困村全部退出。', '农村居民人均可支配收入增长百分之九。', '易地扶贫搬迁安置点建成十二个。', '建档立卡贫困户全部实现两不愁三保障。'];
const LATER = '全县贫困人口全部脱贫了。';

describe('ReplicaSnapshot: the server memory cached between processes', () => {
  let cluster: PgCluster;
  let root: string;
  const open: Array<{ close(): Promise<void> }> = [];
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    cluster?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function database(name: string): Promise<{ url: string; admin: pg.Client }> {
    const url = cluster.createDatabase(name);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    open.push({ close: () => admin.end() });
    await migrateMemorySchema(admin);
    return { url, admin };
  }

  /** A process: a store on `url` whose replica cache is the project's snapshot, and what the cache said. */
  async function start(url: string, projectRoot = root): Promise<{ store: PgMemoryStore; index: ServerMemoryIndex; cache: ReplicaSnapshot; notices: string[] }> {
    const notices: string[] = [];
    const cache = new ReplicaSnapshot(projectRoot, (m) => notices.push(m));
    const store = new PgMemoryStore(url, { who: 'translator', command: 'test' }, cache);
    open.push(store);
    return { store, index: await ServerMemoryIndex.open(store), cache, notices };
  }

  async function serverKeys(admin: pg.Client): Promise<string[]> {
    return (await admin.query<{ key: string }>("SELECT key FROM memory_entry WHERE target <> '' ORDER BY key")).rows.map((r) => r.key);
  }

  async function expectSameAsServer(index: ServerMemoryIndex, admin: pg.Client): Promise<void> {
    const all = await serverKeys(admin);
    for (const query of ['全县贫困村全部退出了。', '易地扶贫搬迁安置点建成十四个。', '全县贫困人口全部脱贫。']) {
      const expected = bruteForceSearch(all, query, { threshold: 60, limit: 10 }).filter((h) => all[h.index] !== query)
        .map((h) => [all[h.index], h.score]).sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0]! < b[0]! ? -1 : 1));
      expect(index.search(query, { threshold: 60, limit: 10 }).map((m) => [m.entry.key, m.score])).toEqual(expected);
    }
  }

  it('process A caches; B changes, adds and deletes rows (in SQL too); A restarts from the snapshot, reads only those and sees them', async () => {
    root = await mkdtemp(join(tmpdir(), 'duizhao-replica-'));
    const { url, admin } = await database('snap');
    const writer = new PgMemoryStore(url, { who: 'writer', command: 'test' });
    open.push(writer);
    await writer.update('/p', (m) => BASE.forEach((k, i) => m.upsert(entry(k, `base ${i}`))), {});

    const a = await start(url);
    expect([a.cache.outcome, a.store.fetched, a.notices]).toEqual(['missing', 5, []]);
    expect(await readFile(join(root, REPLICA_SNAPSHOT_DIR, MEMORY_FILE), 'utf8')).toContain('"target":"base 4"');
    // Once saved, the first process reads its rows from the snapshot too, not from the entries it fetched.
    expect(a.store.replica().cached).toBe(true);
    expect(a.index.exact(BASE[4]!)?.target).toBe('base 4');
    await expectSameAsServer(a.index, admin);

    await writer.update('/p', (m) => {
      m.upsert(entry(BASE[1]!, 'changed English'));
      m.upsert(entry(LATER, 'later'));
    }, {});
    await admin.query('DELETE FROM memory_entry WHERE key = $1', [BASE[0]]);
    await admin.query("UPDATE memory_entry SET target = 'edited in SQL' WHERE key = $1", [BASE[2]]);

    const cacheStat = await stat(join(root, REPLICA_INDEX_FILE));
    const again = await start(url);
    expect([again.cache.outcome, again.notices]).toEqual(['used', []]);
    // The cache saved with the rows is used as it is: not hashed against the rows file and rewritten.
    expect((await stat(join(root, REPLICA_INDEX_FILE))).mtimeMs).toBe(cacheStat.mtimeMs);
    expect(again.store.fetched).toBe(4); // two written rows, one edited in SQL, one tombstone
    expect(again.index.exact(BASE[0]!)).toBeUndefined();
    expect(again.index.exact(BASE[1]!)?.target).toBe('changed English');
    expect(again.index.exact(BASE[2]!)).toMatchObject({ target: 'edited in SQL' });
    expect(again.index.exact(LATER)?.target).toBe('later');
    expect((await again.store.loadEntries()).map((e) => e.key).sort()).toEqual([...BASE.slice(1), LATER].sort());
    expect(again.index.search(BASE[0]!, { threshold: 90, limit: 5 }).map((m) => m.entry.key)).toEqual([LATER]);
    // The deleted key is still in the snapshot's index, and the best hit there: a search for one looks past it.
    expect(again.index.search('全县贫困人口全部脱贫！', { threshold: 60, limit: 1 }).map((m) => m.entry.key)).toEqual([LATER]);
    await expectSameAsServer(again.index, admin);
    // A key deleted and added again after the snapshot is present, with the new row's version.
    await admin.query('DELETE FROM memory_entry WHERE key = $1', [BASE[3]]);
    await writer.update('/p', (m) => void m.upsert(entry(BASE[3]!, 'back again')), {});
    const third = await start(url);
    expect(third.index.exact(BASE[3]!)?.target).toBe('back again');
    expect((await third.store.snapshot()).get(BASE[3]!)?.version).toBe(1);
    await expectSameAsServer(third.index, admin);
  });

  it.each([
    ['damaged rows', async (dir: string) => {
      const file = join(dir, MEMORY_FILE);
      await writeFile(file, (await readFile(file, 'utf8')).replace('base 4', 'base 5'));
    }, /is damaged \(checksum mismatch\)/],
    ['an unreadable snapshot.json', (dir: string) => writeFile(join(dir, 'snapshot.json'), '{"format": 1, "serv'), /is damaged \(snapshot\.json unreadable\)/],
    ['a row-version list that does not match the rows', async (dir: string) => {
      const meta = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')) as { versions: number[] };
      await writeFile(join(dir, 'snapshot.json'), JSON.stringify({ ...meta, versions: meta.versions.slice(1) }));
    }, /is damaged \(row count\)/],
    ['a cursor ahead of the server (restored from a backup)', async (dir: string) => {
      const meta = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')) as { cursor: string };
      await writeFile(join(dir, 'snapshot.json'), JSON.stringify({ ...meta, cursor: '999999' }));
    }, /is ahead of the server/],
  ])('does not use a snapshot with %s: says so, reads every row and saves a good one', async (_label, spoil, message) => {
    const url = cluster.url('snap');
    await spoil(join(root, REPLICA_SNAPSHOT_DIR));
    const spoilt = await start(url);
    expect(spoilt.notices).toEqual([expect.stringMatching(message)]);
    expect(spoilt.store.fetched).toBe(5);
    expect(spoilt.index.exact(BASE[1]!)?.target).toBe('changed English');
    const next = await start(url);
    expect([next.cache.outcome, next.store.fetched, next.notices]).toEqual(['used', 0, []]);
  });

  /** The index cache's key text (section 11) or posting lists (section 12), every byte flipped. */
  async function spoilCacheSection(section: 11 | 12): Promise<Buffer> {
    const cacheFile = join(root, REPLICA_INDEX_FILE);
    const bytes = await readFile(cacheFile);
    const [offset, length] = [bytes.readDoubleLE(104 + 16 * section), bytes.readDoubleLE(112 + 16 * section) * (section === 11 ? 2 : 4)];
    for (let i = offset; i < offset + length; i++) bytes.writeUInt8(bytes.readUInt8(i) ^ 0xff, i);
    await writeFile(cacheFile, bytes);
    return bytes;
  }

  async function admin(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    open.push({ close: () => client.end() });
    return client;
  }

  it.each([
    ['keys', 11],
    ['posting lists', 12],
  ] as const)('rebuilds an index cache with damaged %s at load (every byte is checked then): the rows are used, the cache never trusted', async (_what, section) => {
    const url = cluster.url('snap');
    const spoilt = await spoilCacheSection(section);
    const next = await start(url);
    expect([next.cache.outcome, next.store.fetched, next.notices]).toEqual(['used', 0, []]);
    expect((await readFile(join(root, REPLICA_INDEX_FILE))).equals(spoilt)).toBe(false);
    expect(next.index.exact(BASE[1]!)?.target).toBe('changed English');
    await expectSameAsServer(next.index, await admin(url));
    const { lookup } = await indexServerMemory(root, next.store, 60);
    expect(lookup.fuzzy('全县贫困村全部退出了。', 1).map((m) => m.entry.key)).toEqual([BASE[1]]);
    expect(lookup.suggestions('全县贫困村全部退出了。')[0]?.entry.key).toBe(BASE[1]);
  });

  it('a process keeps reading its own snapshot when another process replaces it or the folder is deleted', async () => {
    const url = cluster.url('snap');
    const running = await start(url);
    expect(running.cache.outcome).toBe('used');
    await rm(join(root, REPLICA_SNAPSHOT_DIR), { recursive: true, force: true });
    const fresh = await start(url);
    expect(fresh.cache.outcome).toBe('missing');
    // Rows not read before the files were replaced are read now, from the files the process opened.
    for (const key of BASE.slice(1)) expect(running.index.exact(key)?.target).toBe(fresh.index.exact(key)?.target);
    expect(running.index.search('全县贫困村全部退出了。', { threshold: 60, limit: 1 }).map((m) => m.entry.key)).toEqual([BASE[1]]);
  });

  it('does not use the snapshot of another server: a project pointed at another database starts afresh', async () => {
    const other = await database('other');
    const writer = new PgMemoryStore(other.url, { who: 'writer', command: 'test' });
    open.push(writer);
    await writer.update('/p', (m) => void m.upsert(entry('另一个服务器的条目。', 'other server')), {});
    const copy = await mkdtemp(join(tmpdir(), 'duizhao-replica-'));
    await cp(join(root, REPLICA_SNAPSHOT_DIR), join(copy, REPLICA_SNAPSHOT_DIR), { recursive: true });
    const moved = await start(other.url, copy);
    expect(moved.cache.outcome).toBe('foreign');
    expect(moved.notices).toEqual([expect.stringMatching(/was taken from another server or database; reading every entry from the server/)]);
    expect((await moved.store.loadEntries()).map((e) => e.key)).toEqual(['另一个服务器的条目。']);
    expect(moved.index.exact(BASE[1]!)).toBeUndefined();
    await rm(copy, { recursive: true, force: true });
  });
});
