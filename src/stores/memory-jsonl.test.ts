import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNIT_STATES, type UnitState } from '../model/unit.js';
import { withLock } from './lock.js';
import { compareKeys } from './key-order.js';
import { loadMemory, MEMORY_FILE, serialiseEntry, TranslationMemory } from './memory-jsonl.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-memory-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const clock = () => {
  let t = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString();
};
const entry = (key: string, target: string, state: UnitState, origin = 'manual') => ({ key, source: key, target, state, origin, reports: ['demo'] });

describe('TranslationMemory', () => {
  it.each([
    ['draft', 'translated', 'refused'],
    ['draft', 'reviewed', 'refused'],
    ['translated', 'reviewed', 'refused'],
    ['translated', 'translated', 'updated'],
    ['reviewed', 'translated', 'updated'],
    ['draft', 'draft', 'updated'],
  ] as const)('a %s write over a %s entry is %s', async (incoming, existing, outcome) => {
    const memory = await loadMemory(root, clock());
    memory.upsert(entry('精准扶贫。', 'Targeted poverty alleviation.', existing));
    expect(memory.upsert(entry('精准扶贫。', 'Precise poverty alleviation.', incoming, 'mt:openai'))).toBe(outcome);
    expect(memory.get('精准扶贫。')?.target).toBe(outcome === 'refused' ? 'Targeted poverty alleviation.' : 'Precise poverty alleviation.');
  });

  it('saves sorted JSONL with fixed field order and reloads it identically', async () => {
    const memory = await loadMemory(root, clock());
    memory.upsert(entry('乙。', 'B.', 'translated'));
    memory.upsert({ ...entry('甲。', 'A.', 'draft', 'mt:openai'), flags: ['term/missing: 精准扶贫'] });
    await memory.save();
    const text = await readFile(join(root, MEMORY_FILE), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).key)).toEqual(['乙。', '甲。'].sort());
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated']);
    const again = await loadMemory(root);
    expect(again.entries()).toEqual(memory.entries());
  });

  it('keeps a translator’s footnote through save and reload, in its fixed place after note', async () => {
    const memory = await loadMemory(root, clock());
    memory.upsert({ ...entry('下拨6万元。', 'It allocated 60,000 yuan.', 'translated'), note: 'checked against the print edition', footnote: 'A leading digit may be lost in the source.' });
    await memory.save();
    const line = (await readFile(join(root, MEMORY_FILE), 'utf8')).trimEnd();
    expect(Object.keys(JSON.parse(line))).toEqual(['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated', 'note', 'footnote']);
    const again = await loadMemory(root);
    expect(again.get('下拨6万元。')?.footnote).toBe('A leading digit may be lost in the source.');
  });

  it('keeps the footnote when a later write (sync, import) carries none, and drops it on an empty one', async () => {
    const memory = await loadMemory(root, clock());
    memory.upsert({ ...entry('甲。', 'A.', 'translated'), footnote: 'Reader note.' });
    expect(memory.upsert(entry('甲。', 'A, revised.', 'reviewed'))).toBe('updated');
    expect(memory.get('甲。')).toMatchObject({ target: 'A, revised.', footnote: 'Reader note.' });
    expect(memory.upsert({ ...entry('甲。', 'A, revised.', 'reviewed'), footnote: 'Better note.' })).toBe('updated');
    expect(memory.get('甲。')?.footnote).toBe('Better note.');
    memory.upsert({ ...entry('甲。', 'A, revised.', 'reviewed'), footnote: '' });
    expect(memory.get('甲。')).not.toHaveProperty('footnote');
    await memory.save();
    expect((await loadMemory(root)).get('甲。')).not.toHaveProperty('footnote');
  });

  it('rejects a footnote that is not a string', async () => {
    await mkdir(join(root, 'translations', 'memory'), { recursive: true });
    const bad = { key: '甲。', source: '甲。', target: 'A.', state: 'translated', origin: 'manual', reports: [], created: 'x', updated: 'x', footnote: 3 };
    await writeFile(join(root, MEMORY_FILE), `${JSON.stringify(bad)}\n`);
    await expect(loadMemory(root)).rejects.toMatchObject({ details: [expect.stringContaining('"footnote" must be a string')] });
  });

  it('keeps both commands’ work when two memories save one after the other', async () => {
    const a = await loadMemory(root, clock());
    const b = await loadMemory(root, clock());
    a.upsert(entry('甲。', 'A.', 'translated'));
    b.upsert(entry('乙。', 'B.', 'draft', 'mt:x'));
    b.upsert(entry('甲。', 'machine A.', 'draft', 'mt:x'));
    await a.save();
    await b.save();
    const final = await loadMemory(root);
    expect(final.get('甲。')?.target).toBe('A.');
    expect(final.get('乙。')?.target).toBe('B.');
  });

  it('refuses to save while another command holds the lock', async () => {
    const memory = await loadMemory(root, clock());
    memory.upsert(entry('甲。', 'A.', 'translated'));
    const dir = join(root, 'translations', 'memory');
    let release!: () => void;
    const held = withLock(dir, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((r) => setTimeout(r, 50));
    const { withLock: lockAgain } = await import('./lock.js');
    await expect(lockAgain(dir, async () => 1, 300)).rejects.toThrow(/locked by another duizhao command/);
    release();
    await held;
    expect(await memory.save()).toBe(1);
  });

  it('reports every invalid line with its number and loads nothing', async () => {
    await mkdir(join(root, 'translations', 'memory'), { recursive: true });
    await writeFile(join(root, MEMORY_FILE), '{"key":"a"}\nnot json\n');
    await expect(loadMemory(root)).rejects.toMatchObject({
      exitCode: 2,
      details: [expect.stringContaining('memory.jsonl:1'), expect.stringContaining('memory.jsonl:2: not valid JSON')],
    });
  });
});

describe('serialiseEntry', () => {
  it('writes exactly what JSON.stringify of the fields in their fixed order writes', () => {
    const order = ['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated', 'note', 'footnote', 'flags'] as const;
    const text = fc.string({ unit: fc.constantFrom('沁', '县', '"', '\\', '\n', '\u2028', 'a', ' ', '\u0000') });
    fc.assert(fc.property(
      fc.record({ key: text, source: text, target: text, state: fc.constantFrom(...UNIT_STATES), origin: text, reports: fc.array(text), created: text, updated: text, note: fc.option(text, { nil: undefined }), footnote: fc.option(text, { nil: undefined }), flags: fc.option(fc.array(text), { nil: undefined }) }),
      (entry) => {
        const ordered = Object.fromEntries(order.filter((f) => entry[f] !== undefined && !(f === 'flags' && entry.flags?.length === 0)).map((f) => [f, entry[f]]));
        expect(serialiseEntry(entry)).toBe(JSON.stringify(ordered));
      },
    ), { numRuns: 300 });
  });
});

describe('TranslationMemory.entries', () => {
  it('lists entries in compareKeys order for any keys (astral characters, surrogates and ASCII mixed)', () => {
    const keys = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '沁', '县', '。', '𠀀', '\uD800', '\uFFFF', 'é') }), { maxLength: 60 });
    fc.assert(fc.property(keys, (ks) => {
      const memory = new TranslationMemory('/nowhere', ks.map((key) => ({ key, source: key, target: 'x', state: 'draft' as const, origin: 'mt', reports: [], created: 't', updated: 't' })));
      expect(memory.entries().map((e) => e.key)).toEqual([...ks].sort(compareKeys));
    }));
  });
});
