// Runs every benchmark in bench/ one after another (each prints its own ratios against a peer
// measured in the same run), then a summary: which ran, their exit status and time, and the total.
//   npm run bench [-- <name>…] [-- --quick]
// <name>: run only the benchmarks whose file name contains one of the names (`npm run bench -- build`).
// --quick (or DUIZHAO_BENCH_QUICK=1): a dry run at small sizes (10k-entry memories, 10k alignment
// sentences per side, 0/5/50 reports), passed on as each benchmark's own size options; the figures are not the
// README's. A full run measures translate-toolkit at 1M too (`--with-peer-1m`, about 8 minutes more),
// so every ratio in the README's tables comes from one run. Exits 1 when any benchmark failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const QUICK = args.includes('--quick') || process.env.DUIZHAO_BENCH_QUICK === '1';
const filters = args.filter((a) => !a.startsWith('--'));
/** Each benchmark's small sizes for --quick (a benchmark not listed runs as it is). */
const QUICK_ARGS: Record<string, string[]> = {
  'memory-fuzzy.ts': ['--sizes', '10000'],
  'memory-cold-start.ts': ['--sizes', '10000'],
  'memory-postgres.ts': ['--sizes', '10000'],
  'memory-fuzzy-tail.ts': ['--sizes', '10000'],
  'align.ts': ['--scale', '10000'],
  'align-cli.ts': ['--scale', '10000'],
  'build-scaling.ts': ['--quick'],
};

/** Each benchmark's extra options in a full run: the peer is measured at 1M as well. */
const FULL_ARGS: Record<string, string[]> = {
  'memory-fuzzy.ts': ['--with-peer-1m'],
  'memory-cold-start.ts': ['--with-peer-1m'],
};

const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && (filters.length === 0 || filters.some((name) => f.includes(name))))
  .sort();
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · load ${load()} · node ${process.version}${QUICK ? ' · --quick (small sizes: not the README figures)' : ''}`);
console.log('(bench/tune/ holds the weight and calibration fits; they are not run here.)');

const ran: Array<{ bench: string; status: string; seconds: number }> = [];
const started = performance.now();
for (const bench of benches) {
  const t0 = performance.now();
  const extra = (QUICK ? QUICK_ARGS[bench] : FULL_ARGS[bench]) ?? [];
  console.log(`\n=== bench/${bench}${extra.length ? ` ${extra.join(' ')}` : ''}`);
  const env = QUICK ? { ...process.env, DUIZHAO_BENCH_QUICK: '1' } : process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, bench), ...extra], { stdio: 'inherit', env });
  const status = result.error ? `failed to start (${result.error.message})` : result.status === 0 ? 'ok' : result.signal ? `killed (${result.signal})` : `exit ${result.status}`;
  ran.push({ bench, status, seconds: (performance.now() - t0) / 1000 });
}

const minutes = (s: number): string => (s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);
console.log(`\n=== summary${QUICK ? ' (--quick)' : ''}: ${ran.length} benchmark${ran.length === 1 ? '' : 's'} in ${minutes((performance.now() - started) / 1000)}, load ${load()}`);
console.log('| benchmark | status | time |\n|---|---|---:|');
for (const r of ran) console.log(`| bench/${r.bench} | ${r.status} | ${minutes(r.seconds)} |`);
const failed = ran.filter((r) => r.status !== 'ok');
if (failed.length) console.log(`${failed.length} failed: ${failed.map((r) => r.bench).join(', ')}`);
if (ran.length === 0) console.log(`no benchmark matches ${filters.join(', ')}`);
process.exitCode = failed.length || ran.length === 0 ? 1 : 0;
