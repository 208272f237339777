// The memory on PostgreSQL: duizhao's in-process fuzzy index loaded from the server (and kept
// current by the change cursor) against pg_trgm similarity inside PostgreSQL itself (the Weblate
// way: GIN gin_trgm_ops, `key % q` at threshold 0.3, exact character similarity re-checked on the
// candidates), same server, same data (../shared/bench, 1,000 queries), same run.
//   node --import tsx bench/memory-postgres.ts [--sizes 1000000[,3000000]] [--threshold 0.3] [--skip-peer]
// Starts a throwaway cluster (Debian's postgresql, see test/helpers/pg-cluster.ts) and removes it.
// Cold start is measured twice, each in a process of its own as a user starts one: the first process
// ever (every row read from the server, the local snapshot saved), and a second process starting
// from that snapshot. The bench's own process holds none of its push data while they run.
import { distance } from 'fastest-levenshtein';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ReplicaSnapshot } from '../src/app/memory-server/replica-snapshot.js';
import { ServerMemoryIndex } from '../src/app/memory-server/server-memory-index.js';
import type { MemoryEntry } from '../src/model/memory-entry.js';
import { segmentKey } from '../src/text/segment-key.js';
import { migrateMemorySchema } from '../src/stores/postgres/memory-schema.js';
import { PgMemoryStore } from '../src/stores/postgres/pg-memory-store.js';
import { startPgCluster } from '../test/helpers/pg-cluster.js';
import { ensureTmData, readPo, readPoFile } from './lib/tm-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const SIZES = option('--sizes', '1000000').split(',').map(Number);
const TRGM = Number(option('--threshold', '0.3'));
/** Only duizhao's rows (a rerun after a change to the loader; the peer's figures come from a full run). */
const SKIP_PEER = args.includes('--skip-peer');
const MIN_SCORE = 75;
const STAMP = '2026-01-01T00:00:00.000Z';

const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(((times.length - 1) * p) / 100))]!;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const score = (a: string, b: string) => 100 * (1 - distance(a, b) / Math.max(a.length, b.length));

/** The best score for query `q` in `index` (an exact match counts as 100), as every duizhao row measures it. */
function bestScore(index: ServerMemoryIndex, q: string): number | undefined {
  const key = segmentKey(q);
  return index.exact(key) ? 100 : index.search(key, { threshold: MIN_SCORE, limit: 5 })[0]?.score;
}

interface Timed { p50: number; p99: number; found: number; cpuP50: number; cpuP99: number }

/** Wall time per lookup, and the process's CPU time per lookup (less moved by other jobs on a loaded machine). */
function timeQueries(queries: string[], lookup: (q: string) => number | undefined): Timed & { best: (number | undefined)[] } {
  const times: number[] = [];
  const cpu: number[] = [];
  const best: (number | undefined)[] = [];
  for (const q of queries) {
    const t = performance.now();
    const c = process.cpuUsage();
    best.push(lookup(q));
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99), found: best.filter((b) => b !== undefined).length, best };
}

async function timeAsync(queries: string[], lookup: (q: string) => Promise<number | undefined>): Promise<Timed & { best: (number | undefined)[] }> {
  const times: number[] = [];
  const best: (number | undefined)[] = [];
  for (const q of queries) {
    const t = performance.now();
    best.push(await lookup(q));
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: NaN, cpuP99: NaN, found: best.filter((b) => b !== undefined).length, best };
}

/** Fills the server with the benchmark's TM (the push is timed); the entries are garbage once it returns. */
async function pushTm(url: string, dir: string, size: number): Promise<number> {
  const seen = new Set<string>();
  const entries: MemoryEntry[] = [];
  for (const u of readPoFile(join(dir, `tm_${size}.po`))) {
    const key = segmentKey(u.source);
    if (seen.has(key) || !u.target) continue;
    seen.add(key);
    entries.push({ key, source: u.source, target: u.target, state: 'translated', origin: 'import', reports: [], created: STAMP, updated: STAMP });
  }
  const writer = new PgMemoryStore(url, { who: 'bench', command: 'bench' });
  const t = performance.now();
  const conflicts = await writer.write(entries, entries.map(() => 0));
  if (conflicts.length) throw new Error(`unexpected conflicts: ${conflicts.length}`);
  await writer.close();
  return (performance.now() - t) / 1000;
}

async function benchSize(url: string, dir: string, size: number, queries: string[]): Promise<string[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await migrateMemorySchema(admin);
  const pushS = await pushTm(url, dir, size);
  // Both cold starts in processes of their own, as a user starts them: the first with an empty
  // project (every row read from the server, the snapshot saved), the second from that snapshot.
  const project = mkdtempSync(join(tmpdir(), 'duizhao-bench-snapshot-'));
  const first = startProcess(url, project, join(dir, 'queries.po'));
  const warm = startProcess(url, project, join(dir, 'queries.po'));
  // This process opens the index from the snapshot too, then times the ways of keeping it current.
  const store = new PgMemoryStore(url, { who: 'bench', command: 'bench' }, new ReplicaSnapshot(project));
  const index = await ServerMemoryIndex.open(store);
  index.warm();
  rmSync(project, { recursive: true, force: true });
  const best = (q: string) => bestScore(index, q);
  const ours = timeQueries(queries, best);
  await index.watch();
  const oursListening = await timeAsync(queries, async (q) => (await index.current(), best(q)));
  await index.close();
  const oursFresh = await timeAsync(queries, async (q) => (await index.refresh(), best(q)));
  const n = size.toLocaleString('en');
  const rows = [
    `| ${n} | duizhao, first process ever (no snapshot) | ${ms(first.p50)} | ${ms(first.p99)} | ${first.found} | cold start ${first.coldS.toFixed(1)} s (${first.fetched.toLocaleString('en')} rows read from the server in ${first.loadS.toFixed(1)} s and the snapshot saved, + index, + warm-up ${first.warmS.toFixed(1)} s), process CPU ${first.cpuS.toFixed(1)} s, RSS ${first.rssMiB.toFixed(0)} MiB; push ${pushS.toFixed(0)} s; CPU per lookup p50 ${ms(first.cpuP50)} ms, p99 ${ms(first.cpuP99)} ms |`,
    `| ${n} | duizhao, second process (from the snapshot) | ${ms(warm.p50)} | ${ms(warm.p99)} | ${warm.found} | cold start ${warm.coldS.toFixed(1)} s (${warm.fetched.toLocaleString('en')} rows read from the server, warm-up ${warm.warmS.toFixed(1)} s), process CPU ${warm.cpuS.toFixed(1)} s, RSS ${warm.rssMiB.toFixed(0)} MiB; CPU per lookup p50 ${ms(warm.cpuP50)} ms, p99 ${ms(warm.cpuP99)} ms |`,
    `| ${n} | duizhao, the bench process (index from the snapshot) | ${ms(ours.p50)} | ${ms(ours.p99)} | ${ours.found} | CPU per lookup p50 ${ms(ours.cpuP50)} ms, p99 ${ms(ours.cpuP99)} ms |`,
    `| ${n} | duizhao, kept current by LISTEN/NOTIFY | ${ms(oursListening.p50)} | ${ms(oursListening.p99)} | ${oursListening.found} | |`,
    `| ${n} | duizhao, + change-cursor query per lookup | ${ms(oursFresh.p50)} | ${ms(oursFresh.p99)} | ${oursFresh.found} | |`,
  ];
  if (SKIP_PEER) {
    await admin.end();
    await store.close();
    return rows;
  }
  const t = performance.now();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await admin.query('CREATE INDEX memory_entry_key_trgm ON memory_entry USING gin (key gin_trgm_ops)');
  const ginS = (performance.now() - t) / 1000;
  const ginMiB = Number((await admin.query("SELECT pg_relation_size('memory_entry_key_trgm') AS b")).rows[0].b) / 2 ** 20;
  const tableMiB = Number((await admin.query("SELECT pg_relation_size('memory_entry') AS b")).rows[0].b) / 2 ** 20;
  await admin.query(`SET pg_trgm.similarity_threshold = ${TRGM}`);
  const peer = await timeAsync(queries, async (q) => {
    const key = segmentKey(q);
    const { rows } = await admin.query<{ key: string }>({ name: 'trgm', text: 'SELECT key FROM memory_entry WHERE key % $1 ORDER BY similarity(key, $1) DESC LIMIT 10', values: [key] });
    const scores = rows.map((r) => score(key, r.key)).filter((s) => s + 1e-9 >= MIN_SCORE);
    return scores.length ? Math.max(...scores) : undefined;
  });
  const sameBest = peer.best.filter((b, i) => b !== undefined && ours.best[i] !== undefined && Math.abs(b - ours.best[i]!) < 0.01).length;
  await admin.end();
  await store.close();
  return [
    ...rows,
    `| ${n} | pg_trgm % ${TRGM}, exact re-check | ${ms(peer.p50)} | ${ms(peer.p99)} | ${sameBest} | GIN build ${ginS.toFixed(0)} s, ${ginMiB.toFixed(0)} MiB (table ${tableMiB.toFixed(0)} MiB) |`,
  ];
}

interface Started extends Timed { coldS: number; loadS: number; warmS: number; cpuS: number; fetched: number; rssMiB: number }

/** A process of its own on `project`: from the snapshot an earlier one saved, or from the server's rows when there is none. */
function startProcess(url: string, project: string, queriesFile: string): Started {
  const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--start', url, project, queriesFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Started;
}

async function startChild(url: string, project: string, queries: string[]): Promise<void> {
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const store = new PgMemoryStore(url, { who: 'bench', command: 'bench' }, new ReplicaSnapshot(project));
  await store.snapshot();
  const loadS = (performance.now() - t) / 1000;
  const index = await ServerMemoryIndex.open(store);
  // As the review page does before it serves (primeServerMemory): its first users do not pay for warming.
  const w = performance.now();
  index.warm();
  const warmS = (performance.now() - w) / 1000;
  const coldS = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  const timed = timeQueries(queries, (q) => bestScore(index, q));
  await store.close();
  console.log(JSON.stringify({ p50: timed.p50, p99: timed.p99, cpuP50: timed.cpuP50, cpuP99: timed.cpuP99, found: timed.found, coldS, loadS, warmS, cpuS: (cpu.user + cpu.system) / 1e6, fetched: store.fetched, rssMiB }));
}

if (args.includes('--start')) {
  const at = args.indexOf('--start');
  await startChild(args[at + 1]!, args[at + 2]!, readPo(readFileSync(args[at + 3]!, 'utf8')).map((u) => u.source));
  process.exit(0);
}

const dir = ensureTmData([10000, 100000, 1000000, ...SIZES.filter((s) => s > 1000000)].filter((s, i, all) => all.indexOf(s) === i).sort((a, b) => a - b));
const queries = readPo(readFileSync(join(dir, 'queries.po'), 'utf8')).map((u) => u.source);
const cluster = await startPgCluster();
try {
  console.log(`\nMemory on PostgreSQL ${cluster.binDir.split('/').at(-2)}: ${queries.length} queries, best match ≥ ${MIN_SCORE} (exact counts as 100)\n`);
  console.log('| TM entries | lookup | p50 ms | p99 ms | queries with a ≥ 75 match found (same best score for the peer) | notes |');
  console.log('|---:|---|---:|---:|---:|---|');
  // Each size's rows as soon as they are measured (3M takes long).
  for (const size of SIZES) for (const row of await benchSize(cluster.createDatabase(`bench${size}`), dir, size, queries)) console.log(row);
} finally {
  cluster.stop();
}
