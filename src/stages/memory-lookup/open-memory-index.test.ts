import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { MEMORY_FILE, serialiseMemory } from '../../stores/memory-jsonl.js';
import { bruteForceSearch } from './fuzzy-index.js';
import { IndexCacheDamaged, openIndexCache, restampIndexCache } from './index-cache-file.js';
import { lookupMemory } from '../../app/lookup-memory.js';
import { INDEX_CACHE_FILE, openMemoryIndex, type OpenMemoryIndexOptions } from './open-memory-index.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-index-cache-'));
  await mkdir(join(root, 'translations', 'memory'), { recursive: true });
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const entry = (key: string, target: string): MemoryEntry => ({
  key, source: key, target, state: target ? 'translated' : 'empty', origin: 'manual', reports: [], created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z',
});
/** Entries sorted as the memory writes them (the file is what a save leaves). */
const writeMemory = (entries: MemoryEntry[]) => writeFile(join(root, MEMORY_FILE), serialiseMemory([...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))));
/** As if read 10 s after the file last changed: past the racy window, so the stat alone decides. */
const later: OpenMemoryIndexOptions = { now: () => Date.now() + 10_000 };
const cachePath = () => join(root, INDEX_CACHE_FILE);

/** The identity (stat, hash, read time) the index cache recorded for the memory file. */
async function cacheIdentity() {
  const opened = await openIndexCache(cachePath());
  if ('unusable' in opened) throw new Error(opened.unusable);
  await opened.close();
  return opened.cache.identity;
}

/** What `memory lookup` answers, through the opened index: exact entry and fuzzy hits as keys and scores. */
async function answers(queries: string[], options: OpenMemoryIndexOptions = later) {
  const opened = await openMemoryIndex(root, options);
  try {
    return {
      how: opened.how,
      results: queries.map((q) => ({
        exact: opened.table?.get(q)?.target,
        fuzzy: opened.index.search(q, { threshold: 60, limit: 3 }).map((h) => ({ key: opened.keyOf(h.index), target: opened.table!.get(opened.keyOf(h.index))!.target, score: h.score })),
      })),
    };
  } finally {
    await opened.close();
  }
}

/** The reference: brute force over the keys with English, in key order, as memoryLookupOf builds them. */
function reference(entries: MemoryEntry[], queries: string[]) {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const keys = [...byKey.keys()].filter((k) => byKey.get(k)!.target).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return queries.map((q) => ({
    exact: byKey.get(q)?.target,
    fuzzy: bruteForceSearch(keys, q, { threshold: 60, limit: 3 }).map((h) => ({ key: keys[h.index]!, target: byKey.get(keys[h.index]!)!.target, score: h.score })),
  }));
}

const SENTENCES = ['沁县179个贫困村全部退出。', '壶关县脱贫攻坚取得决定性胜利。', '全县农民人均可支配收入增长8.5%。', '扶贫资金投入5.6亿元。', '县委县政府高度重视。'];
const arbEntries = fc.uniqueArray(
  fc.record({ base: fc.constantFrom(...SENTENCES), edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('改', '新', '县', '9')), { maxLength: 4 }), english: fc.boolean() }).map(({ base, edits, english }) => {
    const chars = [...base];
    for (const [at, c] of edits) chars[at % chars.length] = c;
    return entry(chars.join(''), english ? `EN ${chars.join('')}` : '');
  }),
  { minLength: 1, maxLength: 40, selector: (e) => e.key },
);

describe('openMemoryIndex: the index cache', () => {
  it('answers through the cache exactly as a freshly built index and a brute-force scan do', async () => {
    await fc.assert(
      fc.asyncProperty(arbEntries, fc.array(fc.constantFrom(...SENTENCES, '完全无关的句子。'), { minLength: 1, maxLength: 5 }), async (entries, queries) => {
        await rm(cachePath(), { force: true });
        await writeMemory(entries);
        const built = await answers(queries);
        const cached = await answers(queries);
        expect([built.how, cached.how]).toEqual(['built', 'cache']);
        expect(cached.results).toEqual(reference(entries, queries));
        expect(built.results).toEqual(cached.results);
        // build, status and check: the whole file read and checked, the index preloaded from the cache.
        const preloaded = await openMemoryIndex(root, { ...later, readAll: true });
        expect(preloaded.how).toBe('cache');
        expect(queries.map((q) => preloaded.index.search(q, { threshold: 60, limit: 3 }).map((h) => preloaded.keyOf(h.index)))).toEqual(cached.results.map((r) => r.fuzzy.map((f) => f.key)));
        await preloaded.close();
      }),
      { numRuns: 40 },
    );
  });

  it('rebuilds when the memory was edited, and answers from the new file', async () => {
    await writeMemory([entry('沁县。', 'Qin County.')]);
    await answers(['沁县。']);
    await writeMemory([entry('沁县。', 'Qinxian.'), entry('壶关县。', 'Huguan.')]);
    const after = await answers(['沁县。', '壶关县。']);
    expect(after.how).toBe('built');
    expect(after.results.map((r) => r.exact)).toEqual(['Qinxian.', 'Huguan.']);
  });

  it('notices a damaged key block or posting list when it reads it, and memory lookup then rebuilds', async () => {
    const entries = SENTENCES.map((s) => entry(s, `EN ${s}`));
    await writeMemory(entries);
    await answers(SENTENCES);
    const bytes = await readFile(cachePath());
    // Keys and posting lists are the last two sections (the 12th entry of the header's table on).
    bytes.fill(0xaa, bytes.readDoubleLE(104 + 16 * 11), bytes.length);
    await writeFile(cachePath(), bytes);
    await expect(answers(SENTENCES)).rejects.toBeInstanceOf(IndexCacheDamaged);
    const looked = await lookupMemory(root, SENTENCES[0]!, { threshold: 60 });
    expect(looked.exact?.target).toBe(`EN ${SENTENCES[0]}`);
    expect((await answers(SENTENCES)).results).toEqual(reference(entries, SENTENCES));
  });

  it('preloaded, checks every posting list at open: damage in a long or a one-posting list is refused at once; read piecemeal, at the list\'s use', async () => {
    // 5,000 keys share the bigram 扶贫: its list is long; 沁县179… has lists of one posting.
    await writeMemory([...Array.from({ length: 5000 }, (_, i) => entry(`扶贫第${i}户`, `household ${i}`)), entry(SENTENCES[0]!, 'EN')]);
    await answers(SENTENCES);
    const pristine = await readFile(cachePath());
    const opened = await openIndexCache(cachePath());
    if ('unusable' in opened) throw new Error(opened.unusable);
    const { offsets } = opened.cache.fuzzy.postings;
    await opened.close();
    const lengths = Array.from({ length: offsets.length - 1 }, (_, g) => offsets[g + 1]! - offsets[g]!);
    const listsAt = pristine.readDoubleLE(104 + 16 * 12);
    const spoil = async (gram: number) => {
      const bytes = Buffer.from(pristine);
      const at = listsAt + 4 * offsets[gram]!;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
      await writeFile(cachePath(), bytes);
    };
    const long = lengths.indexOf(Math.max(...lengths));
    expect(lengths[long]).toBeGreaterThanOrEqual(5000);
    await spoil(long);
    expect(await openIndexCache(cachePath(), { preload: true })).toEqual({ unusable: 'index cache damaged' });
    const short = lengths.indexOf(1);
    await spoil(short);
    expect(await openIndexCache(cachePath(), { preload: true })).toEqual({ unusable: 'index cache damaged' });
    const piecemeal = await openIndexCache(cachePath());
    if ('unusable' in piecemeal) throw new Error(piecemeal.unusable);
    expect(piecemeal.cache.fuzzy.postings.list(long).length).toBe(lengths[long]);
    expect(() => piecemeal.cache.fuzzy.postings.list(short)).toThrow(IndexCacheDamaged);
    await piecemeal.close();
  });

  it('rebuilds a truncated, damaged or other-version cache, with the same answers', async () => {
    const entries = SENTENCES.map((s) => entry(s, `EN ${s}`));
    await writeMemory(entries);
    const first = await answers(SENTENCES);
    const damage = [
      async () => truncate(cachePath(), 700),
      async () => {
        const bytes = await readFile(cachePath());
        bytes[600] = bytes[600]! ^ 0xff;
        await writeFile(cachePath(), bytes);
      },
      async () => {
        const bytes = await readFile(cachePath());
        bytes.writeUInt32LE(bytes.readUInt32LE(8) + 1, 8);
        await writeFile(cachePath(), bytes);
      },
      async () => writeFile(cachePath(), 'not a cache'),
    ];
    for (const harm of damage) {
      await harm();
      const again = await answers(SENTENCES);
      expect(again.how).toBe('built');
      expect(again.results).toEqual(first.results);
      expect((await answers(SENTENCES)).how).toBe('cache');
    }
  });

  it('keeps the cache when only the stat changed (touched, same bytes): the content hash decides', async () => {
    await writeMemory([entry('沁县。', 'Qin County.')]);
    await answers(['沁县。']);
    await utimes(join(root, MEMORY_FILE), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const touched = await answers(['沁县。']);
    expect(touched.how).toBe('rehashed');
    expect(touched.results[0]!.exact).toBe('Qin County.');
    expect((await answers(['沁县。'])).how).toBe('cache');
  });

  it('does not trust the stat of a file changed just before the cache read it (a same-size edit in that tick)', async () => {
    await writeMemory([entry('沁县。', 'Qin County.')]);
    await answers(['沁县。']);
    // A cache whose stat matches the file but whose bytes were another same-size file's, read
    // right after the change: stat cannot tell, so the hash must.
    const identity = await cacheIdentity();
    const changedMs = Number(identity.mtimeNs / 1000000n);
    await writeFile(cachePath(), restampIndexCache(await readFile(cachePath()), { ...identity, sha256: '0'.repeat(64), readAtMs: changedMs + 5 }));
    expect((await answers(['沁县。'], {})).how).toBe('built');
  });

  it('allows 3 s for a file system with whole-second timestamps, 100 ms with finer ones', async () => {
    await writeMemory([entry('沁县。', 'Qin County.')]);
    await answers(['沁县。']);
    const identity = await cacheIdentity();
    const changedMs = Number((identity.mtimeNs > identity.ctimeNs ? identity.mtimeNs : identity.ctimeNs) / 1000000n);
    // A wrong hash shows whether the stat was trusted ('cache') or the bytes were checked ('built').
    const stamp = async (readAtMs: number, stat: { mtimeNs: bigint; ctimeNs: bigint } = identity) => {
      await writeFile(cachePath(), restampIndexCache(await readFile(cachePath()), { ...identity, mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, sha256: '0'.repeat(64), readAtMs }));
    };
    await stamp(changedMs + 1000);
    expect(identity.mtimeNs % 1_000_000_000n).not.toBe(0n);
    expect((await answers(['沁县。'], {})).how).toBe('cache');
    const wholeSecond = (identity.mtimeNs / 1_000_000_000n) * 1_000_000_000n;
    await utimes(join(root, MEMORY_FILE), Number(wholeSecond / 1_000_000n) / 1000, Number(wholeSecond / 1_000_000n) / 1000);
    const now = await stat(join(root, MEMORY_FILE), { bigint: true });
    expect(now.mtimeNs).toBe(wholeSecond);
    await stamp(Number(now.ctimeNs / 1_000_000n) + 1000, now);
    expect((await answers(['沁县。'], {})).how).toBe('built');
  });

  it('refuses a memory with conflict markers or different duplicate lines, whatever the cache holds', async () => {
    await writeMemory([entry('沁县。', 'Qin County.')]);
    await answers(['沁县。']);
    const line = JSON.stringify(entry('沁县。', 'Qin County.'));
    await writeFile(join(root, MEMORY_FILE), `<<<<<<< HEAD\n${line}\n=======\n${line.replace('Qin County.', 'Qinxian.')}\n>>>>>>> other\n`);
    await expect(openMemoryIndex(root, later)).rejects.toMatchObject({ code: 'memory/merge-conflict' });
    await writeFile(join(root, MEMORY_FILE), `${line}\n${line.replace('Qin County.', 'Qinxian.')}\n`);
    await expect(openMemoryIndex(root, later)).rejects.toMatchObject({ code: 'memory/duplicate-keys' });
  });

  it('lets several processes build at once: one whole cache remains, no temp files', async () => {
    const entries = SENTENCES.map((s) => entry(s, `EN ${s}`));
    await writeMemory(entries);
    const all = await Promise.all([1, 2, 3, 4].map(() => answers(SENTENCES)));
    for (const run of all) expect(run.results).toEqual(reference(entries, SENTENCES));
    expect(await readdir(join(root, '.duizhao-cache'))).toEqual(['memory-index.bin']);
    expect((await answers(SENTENCES)).how).toBe('cache');
  });

  it('has nothing to find without a memory file', async () => {
    expect(await answers(['沁县。'])).toEqual({ how: 'no-memory', results: [{ exact: undefined, fuzzy: [] }] });
  });
});
