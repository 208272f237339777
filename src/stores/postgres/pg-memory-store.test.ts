import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../../../test/helpers/pg-cluster.js';
import { AppError } from '../../errors.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { migrateMemorySchema } from './memory-schema.js';
import { PgMemoryStore } from './pg-memory-store.js';

const entry = (key: string, target: string, state: MemoryEntry['state'] = 'translated', reports: string[] = ['licheng']): MemoryEntry => ({
  key, source: key, target, state, origin: state === 'draft' ? 'mt:openai' : 'manual', reports, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
});

describe('PgMemoryStore', () => {
  let cluster: PgCluster;
  let url: string;
  let n = 0;
  const stores: PgMemoryStore[] = [];
  const open = (who = 'lin') => {
    const store = new PgMemoryStore(url, { who, command: 'test' });
    stores.push(store);
    return store;
  };
  const query = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    cluster?.stop();
  });
  const freshDatabase = async () => {
    url = cluster.createDatabase(`m${++n}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrateMemorySchema(client).finally(() => client.end());
  };

  it('db migrate applies the schema once and refuses a newer one', async () => {
    url = cluster.createDatabase('migrate');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await migrateMemorySchema(client)).toEqual({ from: 0, to: 2 });
      expect(await migrateMemorySchema(client)).toEqual({ from: 2, to: 2 });
      await client.query('UPDATE duizhao_schema SET version = 99');
      await expect(migrateMemorySchema(client)).rejects.toMatchObject({ code: 'memory/schema-newer', exitCode: 2 });
      await expect(open().loadEntries()).rejects.toMatchObject({ code: 'memory/schema-newer' });
    } finally {
      await client.end();
    }
  });

  it('a database never migrated is refused with the command to run', async () => {
    url = cluster.createDatabase('unmigrated');
    await expect(open().loadEntries()).rejects.toThrow(/schema version 0; this duizhao needs 2/);
  });

  it('writes entries with their fields, and records who changed what in the audit table', async () => {
    await freshDatabase();
    const store = open('wang');
    const note = { ...entry('脱贫攻坚', 'poverty alleviation'), note: 'check with 李', footnote: 'A campaign.', flags: ['term/missing: 精准扶贫'] };
    await store.update('/p', (memory) => void memory.upsert(note), {});
    expect(await open().loadEntries()).toEqual([note]);
    await store.update('/p', (memory) => void memory.upsert({ ...note, target: 'eliminating poverty', state: 'reviewed' }), {});
    const audit = await query('SELECT who, command, key, version, old_state, new_state, old_target, new_target FROM memory_audit ORDER BY id');
    expect(audit).toEqual([
      { who: 'wang', command: 'test', key: '脱贫攻坚', version: 1, old_state: null, new_state: 'translated', old_target: null, new_target: 'poverty alleviation' },
      { who: 'wang', command: 'test', key: '脱贫攻坚', version: 2, old_state: 'translated', new_state: 'reviewed', old_target: 'poverty alleviation', new_target: 'eliminating poverty' },
    ]);
  });

  it('a machine draft saved on top of human English keeps the English (wouldDowngrade), and merges the report list', async () => {
    await freshDatabase();
    const human = open();
    await human.update('/p', (memory) => void memory.upsert(entry('乡村振兴', 'rural revitalisation', 'reviewed')), {});
    const stored = await open().saveChanges([entry('乡村振兴', 'village rejuvenation', 'draft', ['pingshun']), entry('新', 'new', 'draft')]);
    expect(stored.map((e) => [e.key, e.target, e.state, e.reports])).toEqual([
      ['乡村振兴', 'rural revitalisation', 'reviewed', ['licheng', 'pingshun']],
      ['新', 'new', 'draft', ['licheng']],
    ]);
  });

  it('a row changed since it was read is a conflict: nothing of the batch is written', async () => {
    await freshDatabase();
    const a = open('a');
    const b = open('b');
    await a.update('/p', (memory) => void memory.upsert(entry('甲', 'A1')), {});
    const seen = await a.snapshot();
    await b.update('/p', (memory) => void memory.upsert(entry('甲', 'B2')), {});
    expect(await a.write([entry('甲', 'A2'), entry('乙', 'new')], [seen.get('甲')!.version, 0])).toEqual(['甲']);
    expect((await open().loadEntries()).map((e) => [e.key, e.target])).toEqual([['甲', 'B2']]);
  });

  it('update decides again on the fresh entry after a concurrent change, and stops with a conflict (exit 1) when it keeps changing', async () => {
    await freshDatabase();
    const a = open('a');
    const b = open('b');
    await a.update('/p', (memory) => void memory.upsert(entry('丙', 'first')), {});
    const seenTargets: string[] = [];
    await a.update('/p', async (memory) => {
      seenTargets.push(memory.get('丙')!.target);
      if (seenTargets.length === 1) await b.update('/p', (m) => void m.upsert(entry('丙', 'by b')), {});
      memory.upsert(entry('丙', `${memory.get('丙')!.target} + a`));
    }, {});
    expect(seenTargets).toEqual(['first', 'by b']);
    expect((await open().loadEntries())[0]!.target).toBe('by b + a');
    let tries = 0;
    const error = await a.update('/p', async (memory) => {
      tries++;
      await b.update('/p', (m) => void m.upsert(entry('丙', `b${tries}`)), {});
      memory.upsert(entry('丙', 'a'));
    }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'memory/conflict', exitCode: 1, details: ['key 丙'] });
    expect(tries).toBe(3);
    expect((await open().loadEntries())[0]!.target).toBe('b3');
  });

  it('the change cursor brings in what other writers changed, without reloading', async () => {
    await freshDatabase();
    const a = open('a');
    await a.update('/p', (memory) => void memory.upsert(entry('一', 'one')), {});
    expect(await a.refresh()).toEqual([]);
    await open('b').update('/p', (memory) => { memory.upsert(entry('二', 'two')); memory.upsert(entry('一', 'One')); }, {});
    expect((await a.refresh()).sort()).toEqual(['一', '二']);
    expect((await a.loadEntries()).map((e) => e.target)).toEqual(['One', 'two']);
  });
});
