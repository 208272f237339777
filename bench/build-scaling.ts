// `duizhao build` at scale: 5, 50, 100 and 500 reports (the five seeds of corpus/ and variants of
// them with some figures and sentences changed, written under the temp dir) with a 1M-entry memory
// (the seeded TM data of ../shared/bench plus the project's real memory). Each row is a fresh
// project whose index cache is current, then one `duizhao build` as a user starts it (wall, CPU
// and peak RSS from /usr/bin/time), then a second build of the same project as a user runs it (no
// edition to write; when the first build recorded new report slugs in the memory, the index cache
// is stale and is rebuilt), then a third (the steady state: cache current, nothing to record).
//   node --import tsx bench/build-scaling.ts [--reports 0,5,50,100,500] [--memory 1000000] [--quick]
// --quick (or DUIZHAO_BENCH_QUICK=1): a 10k memory and 0/5/50 reports, for a dry run.
// The reference is our own build of 5 reports scaled linearly (its per-report cost × N plus the
// start-up of a build of 0 reports): "growth" is the measured CPU over that, 1.00 being linear.
// The five seed editions of every row must equal the repository's translations/ byte for byte.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureBaseMemory, makeBuildProject, REPO, SEEDS } from './lib/build-project.js';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick') || process.env.DUIZHAO_BENCH_QUICK === '1';
const option = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const REPORTS = option('--reports', QUICK ? '0,5,50' : '0,5,50,100,500').split(',').map(Number);
const MEMORY = Number(option('--memory', QUICK ? '10000' : '1000000'));
/** Issue 18's goal: 100 reports in ≤ 10 s with the 1M memory loaded. */
const GOAL_100_S = 10;

interface Run { wallS: number; cpuS: number; rssMiB: number; out: string }
interface Row { n: number; first: Run; again: Run; steady: Run }

function duizhao(project: string, ...argv: string[]): Run {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, join(REPO, 'bin', 'duizhao.js'), '--project', project, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = run.stderr.split('\n').find((l) => l.startsWith('TIME '));
  if (!line || ![0, 1].includes(run.status ?? -1)) throw new Error(`duizhao ${argv.join(' ')} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const [wall, user, sys, kb] = line.slice(5).split(' ').map(Number) as [number, number, number, number];
  return { wallS: wall, cpuS: user + sys, rssMiB: kb / 1024, out: run.stdout };
}

/** The seed editions this build wrote differ from the repository's: their names. */
function seedEditionsDiffering(project: string, reports: number): string[] {
  const names = SEEDS.slice(0, reports).flatMap((slug) => [`${slug}.en.md`, `${slug}.zh-en.md`]);
  return names.filter((name) => readFileSync(join(project, 'translations', name), 'utf8') !== readFileSync(join(REPO, 'translations', name), 'utf8'));
}

const f = (n: number, d = 2): string => (Number.isFinite(n) ? n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');

function main(): void {
  const base = ensureBaseMemory(MEMORY);
  duizhao(base, 'memory', 'lookup', '脱贫攻坚'); // builds the base memory's index cache (once)
  console.log(`memory: ${MEMORY.toLocaleString('en-GB')} TM entries + the project's memory; load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows: Row[] = [];
  let differing = 0;
  for (const n of REPORTS) {
    const project = makeBuildProject(n, base);
    duizhao(project, 'memory', 'lookup', '脱贫攻坚'); // the copied cache is re-stamped: current before the timed build
    const first = duizhao(project, 'build');
    const again = duizhao(project, 'build');
    const steady = duizhao(project, 'build');
    const bad = seedEditionsDiffering(project, n);
    differing += bad.length;
    rows.push({ n, first, again, steady });
    console.log(`${n} reports: build ${f(first.wallS)} s (CPU ${f(first.cpuS)} s, ${f(first.rssMiB, 0)} MiB); again ${f(again.wallS)} s (CPU ${f(again.cpuS)} s); steady ${f(steady.wallS)} s (CPU ${f(steady.cpuS)} s, ${f(steady.rssMiB, 0)} MiB)${bad.length ? `; seed editions differ: ${bad.join(', ')}` : ''}`);
    rmSync(project, { recursive: true, force: true });
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${availableParallelism()} cores)`);
  printTable(rows);
  if (differing) console.log(`\n${differing} seed editions differ from translations/: the build's output changed.`);
  process.exitCode = differing ? 1 : 0;
}

function printTable(rows: Row[]): void {
  const zero = rows.find((r) => r.n === 0)?.first;
  const five = rows.find((r) => r.n === 5)?.first;
  const start = zero?.cpuS ?? 0;
  const perReport5 = five ? (five.cpuS - start) / 5 : Number.NaN;
  console.log('\n| reports | `build` wall | CPU | peak RSS | reports/s | CPU per report (after start-up) | linear from 5 reports (CPU) | growth (measured ÷ linear) | second `build` wall (CPU) | third `build` wall (CPU) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { n, first, again, steady } of rows) {
    const linear = start + perReport5 * n;
    const perReport = n ? (first.cpuS - start) / n : Number.NaN;
    console.log(`| ${n} | ${f(first.wallS)} s | ${f(first.cpuS)} s | ${f(first.rssMiB, 0)} MiB | ${n ? f(n / first.wallS, 1) : '–'} | ${n ? `${f(perReport * 1000, 0)} ms` : '–'} | ${f(linear)} s | ${n ? `${f(first.cpuS / linear)}` : '–'} | ${f(again.wallS)} s (${f(again.cpuS)} s) | ${f(steady.wallS)} s (${f(steady.cpuS)} s) |`);
  }
  const hundred = rows.find((r) => r.n === 100);
  if (hundred && MEMORY >= 1_000_000) {
    const verdict = (r: Run): string => `${f(r.wallS)} s wall (${r.wallS <= GOAL_100_S ? 'met' : 'not met'})`;
    console.log(`\n100 reports with the 1M memory, goal ≤ ${GOAL_100_S} s: first build ${verdict(hundred.first)}, steady state ${verdict(hundred.steady)}.`);
  }
}

main();
