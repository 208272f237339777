// Fuzzy translation-memory lookup: duizhao's FuzzyIndex against translate-toolkit's matcher (the
// peer, run in the same session) and against our own brute-force scan, on the seeded TM data of
// ../shared/bench (10k, 100k, 1M entries; 1,000 queries, 500 at 1M). Prints a Markdown table.
//   node --import tsx bench/memory-fuzzy.ts [--sizes 10000,100000,1000000] [--with-peer-1m] [--no-peer]
// The peer at 1M takes ~7 minutes for 500 queries, so it runs only with --with-peer-1m; otherwise
// its README figures are shown, marked as not measured in this run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bruteForceSearch, FuzzyIndex } from '../src/stages/memory-lookup/fuzzy-index.js';
import { ensureTmData, readPo, SHARED } from './lib/tm-data.js';

const args = process.argv.slice(2);
const SIZES = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10000,100000,1000000').split(',').map(Number);
const WITH_PEER_1M = args.includes('--with-peer-1m');
const NO_PEER = args.includes('--no-peer');
const THRESHOLD = 75;
/** translate-toolkit compares only the first 200 characters (LevenshteinComparer.MAX_LEN) and skips sources under 2. */
const PEER_MAX_LEN = 200;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peer figures from ../shared/bench/README.md, shown when the peer is not run at that size. */
const PEER_README: Record<number, PeerRun> = {
  10000: { loadS: 0.2, queryS: 6.55, qps: 153, p50: 6.9, p99: 12.6, rssMiB: 42, matched: 512, measured: false },
  100000: { loadS: 2.42, queryS: 72.8, qps: 13.7, p50: 75.9, p99: 137.7, rssMiB: 274, matched: 512, measured: false },
  1000000: { loadS: 35.0, queryS: 380, qps: 1.3, p50: 784, p99: 1415, rssMiB: 2590, matched: 264, measured: false },
};

interface PeerRun { loadS: number; queryS: number; qps: number; p50: number; p99: number; rssMiB: number; matched: number; measured: boolean }

function percentile(sorted: number[], p: number): number {
  const k = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (k - lo);
}

/** translate-toolkit's similarity (LevenshteinComparer.similarity_real), to explain score differences. */
function peerSimilarity(a: string, b: string, distance: (x: string, y: string) => number): number {
  let [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let penalty = 0;
  if (l.length > PEER_MAX_LEN) {
    l = l.slice(0, PEER_MAX_LEN);
    penalty += 7;
    if (s.length > PEER_MAX_LEN) (s = s.slice(0, PEER_MAX_LEN)), (penalty += 7);
  }
  const d = distance(s, l);
  return 100 - (100 * d) / l.length - (d !== 0 ? 0 : penalty);
}

function readPeerBest(file: string): Map<number, { score: number | undefined; tmIndex: number }> {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  return new Map(rows.map((c) => [Number(c[0]), { score: c[2] ? Number(c[2]) : undefined, tmIndex: Number(c[3]) }]));
}

function runPeer(dir: string, size: number, limit: number): PeerRun {
  const out = join(dir, `peer-${size}.tsv`);
  const argv = [join(SHARED, 'bench-ttk-matcher.py'), join(dir, `tm_${size}.po`), join(dir, 'queries.po'), out, ...(limit < 1000 ? ['--limit', String(limit)] : [])];
  console.log(`peer: translate-toolkit on tm_${size} (${limit} queries) …`);
  const run = spawnSync('/usr/bin/python3', argv, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench-ttk-matcher.py failed: ${run.stderr}`);
  const s = JSON.parse(run.stdout) as Record<string, number>;
  return { loadS: s.load_total_s!, queryS: s.query_phase_s!, qps: s.qps!, p50: s.p50_ms!, p99: s.p99_ms!, rssMiB: s.peak_rss_mb!, matched: s.matched_ge_sim!, measured: true };
}

interface OurRun {
  size: number; queries: number; buildS: number; heapMiB: number; rssMiB: number; peakRssMiB: number; qps: number; p50: number; p99: number; matched: number;
  sameAsPeer: number; peerTruncated: number; otherDiffs: string[]; brute?: { qps: number; sample: number; same: number };
}

function measure(dir: string, size: number, queries: string[], peerFile: string, distance: (a: string, b: string) => number): OurRun {
  const tm = readPo(readFileSync(join(dir, `tm_${size}.po`), 'utf8')).map((u) => u.source);
  gc();
  const before = process.memoryUsage();
  let t = performance.now();
  const index = new FuzzyIndex(tm);
  const buildS = (performance.now() - t) / 1000;
  gc();
  const after = process.memoryUsage();
  const times: number[] = [];
  const best: Array<{ index: number; score: number } | undefined> = [];
  const start = performance.now();
  for (const q of queries) {
    t = performance.now();
    best.push(index.search(q, { threshold: THRESHOLD, limit: 1 })[0]);
    times.push(performance.now() - t);
  }
  const qps = queries.length / ((performance.now() - start) / 1000);
  const peer = readPeerBest(peerFile);
  let sameAsPeer = 0;
  let peerTruncated = 0;
  const otherDiffs: string[] = [];
  best.forEach((hit, qid) => {
    const p = peer.get(qid);
    if (p === undefined) return;
    if ((hit === undefined && p.score === undefined) || (hit && p.score !== undefined && Math.abs(hit.score - p.score) < 0.005 + 1e-9)) return void sameAsPeer++;
    // The peer scores strings over 200 characters on their first 200 only: recompute its score for both answers.
    const q = queries[qid]!;
    const long = q.length > PEER_MAX_LEN || (hit && tm[hit.index]!.length > PEER_MAX_LEN) || (p.tmIndex >= 0 && tm[p.tmIndex]!.length > PEER_MAX_LEN);
    if (long) peerTruncated++;
    else otherDiffs.push(`query ${qid}: ours ${hit?.score ?? '-'} (tm ${hit?.index ?? -1}), peer ${p.score ?? '-'} (tm ${p.tmIndex}, our scoring ${p.tmIndex >= 0 ? peerSimilarity(q, tm[p.tmIndex]!, distance).toFixed(2) : '-'})`);
  });
  const sorted = [...times].sort((a, b) => a - b);
  const run: OurRun = {
    // The posting lists are typed arrays, outside the JS heap: count array buffers with it.
    size, queries: queries.length, buildS, heapMiB: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20,
    rssMiB: (after.rss - before.rss) / 2 ** 20, peakRssMiB: process.resourceUsage().maxRSS / 1024,
    qps, p50: percentile(sorted, 50), p99: percentile(sorted, 99), matched: best.filter(Boolean).length, sameAsPeer, peerTruncated, otherDiffs,
  };
  if (size <= 100000) run.brute = measureBrute(tm, queries, best, size === 10000 ? queries.length : 100);
  return run;
}

/** Our brute-force scan on the same queries (all at 10k, the first 100 at 100k): speed and agreement. */
function measureBrute(tm: string[], queries: string[], best: Array<{ score: number } | undefined>, sample: number): OurRun['brute'] {
  let same = 0;
  const start = performance.now();
  for (let i = 0; i < sample; i++) {
    const hit = bruteForceSearch(tm, queries[i]!, { threshold: THRESHOLD, limit: 1 })[0];
    if (hit?.score === best[i]?.score) same++;
  }
  return { qps: sample / ((performance.now() - start) / 1000), sample, same };
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTable(ours: OurRun[], peers: Map<number, PeerRun>): void {
  console.log('\n| TM entries | queries | build | index heap + buffers | RSS Δ | peak RSS (process) | peer peak RSS | queries/s | p50 | p99 | matches ≥ 75 | same best score as peer | peer queries/s | peer p50 | speed-up vs peer (q/s) | brute force q/s | speed-up vs brute force |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of ours) {
    const p = peers.get(r.size);
    const mark = p && !p.measured ? '*' : '';
    const same = `${r.sameAsPeer}/${r.queries}${r.peerTruncated ? ` (+${r.peerTruncated} where the peer truncates at 200 chars)` : ''}`;
    console.log(`| ${r.size.toLocaleString('en-GB')} | ${r.queries} | ${fmt(r.buildS, 2)} s | ${fmt(r.heapMiB, 0)} MiB | ${fmt(r.rssMiB, 0)} MiB | ${fmt(r.peakRssMiB, 0)} MiB | ${p ? `${fmt(p.rssMiB, 0)} MiB${mark}` : '–'} | ${fmt(r.qps, 0)} | ${fmt(r.p50, 3)} ms | ${fmt(r.p99, 2)} ms | ${r.matched} | ${same} | ${p ? `${fmt(p.qps)}${mark}` : '–'} | ${p ? `${fmt(p.p50)} ms${mark}` : '–'} | ${p ? `${fmt(r.qps / p.qps, 0)}×${mark}` : '–'} | ${r.brute ? `${fmt(r.brute.qps, 1)} (${r.brute.sample} q, ${r.brute.same} same)` : '–'} | ${r.brute ? `${fmt(r.qps / r.brute.qps, 0)}×` : '–'} |`);
  }
  if ([...peers.values()].some((p) => !p.measured)) console.log('\n\\* peer figures from ../shared/bench/README.md, not measured in this run (pass --with-peer-1m to measure at 1M).');
  for (const r of ours) for (const d of r.otherDiffs.slice(0, 10)) console.log(`  ${r.size}: ${d}`);
}

async function main(): Promise<void> {
  const dir = ensureTmData(SIZES);
  const { distance } = await import('fastest-levenshtein');
  const allQueries = readPo(readFileSync(join(dir, 'queries.po'), 'utf8')).map((u) => u.source);
  const ours: OurRun[] = [];
  const peers = new Map<number, PeerRun>();
  for (const size of SIZES) {
    const queries = size >= 1000000 ? allQueries.slice(0, 500) : allQueries;
    const peerFile = size >= 1000000 ? join(SHARED, 'ttk-best-matches-1000000-queries_first500.tsv') : join(SHARED, `ttk-best-matches-${size}.tsv`);
    const run = measure(dir, size, queries, peerFile, distance);
    ours.push(run);
    console.log(`ours tm_${size}: build ${fmt(run.buildS, 2)} s, ${fmt(run.qps, 0)} q/s, p50 ${fmt(run.p50, 3)} ms, p99 ${fmt(run.p99, 2)} ms, same best score as peer ${run.sameAsPeer}/${run.queries}`);
    const runPeerHere = !NO_PEER && existsSync('/usr/bin/python3') && (size < 1000000 || WITH_PEER_1M);
    const peer = runPeerHere ? runPeer(dir, size, queries.length) : PEER_README[size];
    if (peer) peers.set(size, peer);
  }
  printTable(ours, peers);
  if (ours.some((r) => r.otherDiffs.length)) process.exitCode = 1;
}

await main();
