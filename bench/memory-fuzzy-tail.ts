// The fuzzy index's lookup tail at scale, in one process (no PostgreSQL): the memory-postgres
// bench's keys (segmentKey of each unique source with a target) and lookups (threshold 75, limit 6,
// as ServerMemoryIndex asks its main index), timed per query with the process's CPU time, and the
// slowest queries listed with what the search did for them. Checks every answer's best score
// against brute force on the slowest queries (--check N) to keep the search lossless.
//   node --max-old-space-size=16000 --import tsx bench/memory-fuzzy-tail.ts [--sizes 1000000,3000000] [--check 20] [--slowest 10]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bruteForceSearch, FuzzyIndex } from '../src/stages/memory-lookup/fuzzy-index.js';
import { segmentKey } from '../src/text/segment-key.js';
import { ensureTmData, readPo, readPoFile } from './lib/tm-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const SIZES = option('--sizes', '1000000,3000000').split(',').map(Number);
const CHECK = Number(option('--check', '20'));
const SLOWEST = Number(option('--slowest', '10'));
const ROUNDS = Number(option('--rounds', '2'));
const THRESHOLD = 75;
const LIMIT = 6;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(((sorted.length - 1) * p) / 100))]!;

function keysOf(path: string): string[] {
  const seen = new Set<string>();
  for (const u of readPoFile(path)) if (u.target) seen.add(segmentKey(u.source));
  return [...seen];
}

const dir = ensureTmData([10000, 100000, 1000000, ...SIZES.filter((s) => s > 1000000)].filter((s, i, all) => all.indexOf(s) === i).sort((a, b) => a - b));
const queries = readPo(readFileSync(join(dir, 'queries.po'), 'utf8')).map((u) => segmentKey(u.source));
for (const size of SIZES) {
  let keys = keysOf(join(dir, `tm_${size}.po`));
  const t0 = performance.now();
  const index = new FuzzyIndex(keys);
  const buildS = (performance.now() - t0) / 1000;
  const keySet = new Set(keys);
  // Exact keys are answered by the key index before the fuzzy search, as in the bench.
  const fuzzy = queries.filter((q) => !keySet.has(q));
  let wall: number[] = [];
  let cpu: number[] = [];
  let found = 0;
  const best: (number | undefined)[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    wall = [];
    cpu = [];
    found = 0;
    best.length = 0;
    for (const q of fuzzy) {
      const c = process.cpuUsage();
      const t = performance.now();
      const hit = index.search(q, { threshold: THRESHOLD, limit: LIMIT })[0];
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      best.push(hit?.score);
      if (hit) found++;
    }
  }
  const sw = [...wall].sort((a, b) => a - b);
  const sc = [...cpu].sort((a, b) => a - b);
  const exact = queries.length - fuzzy.length;
  console.log(`\n${size.toLocaleString('en')} keys (${keys.length.toLocaleString('en')} unique), build ${buildS.toFixed(1)} s; ${fuzzy.length} fuzzy lookups (+${exact} exact), round ${ROUNDS} of ${ROUNDS}`);
  console.log(`  wall p50 ${percentile(sw, 50).toFixed(3)} ms, p90 ${percentile(sw, 90).toFixed(2)}, p99 ${percentile(sw, 99).toFixed(2)} ms, max ${sw.at(-1)!.toFixed(2)} ms, mean ${(sw.reduce((a, b) => a + b, 0) / sw.length).toFixed(3)} ms; CPU p50 ${percentile(sc, 50).toFixed(3)}, p99 ${percentile(sc, 99).toFixed(2)} ms; found ≥ ${THRESHOLD}: ${found + exact}`);
  const slow = [...fuzzy.keys()].sort((a, b) => wall[b]! - wall[a]!);
  for (const i of slow.slice(0, SLOWEST)) console.log(`  ${wall[i]!.toFixed(2)} ms  len ${fuzzy[i]!.length}  best ${best[i] ?? '-'}  ${fuzzy[i]!.slice(0, 40)}`);
  let same = 0;
  const checked = slow.slice(0, CHECK);
  for (const i of checked) if (bruteForceSearch(keys, fuzzy[i]!, { threshold: THRESHOLD, limit: 1 })[0]?.score === best[i]) same++;
  console.log(`  same best score as brute force on the ${checked.length} slowest: ${same}/${checked.length}`);
  keys = [];
}
