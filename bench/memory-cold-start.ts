// What a user waits for: `duizhao memory lookup` and `memory import` as whole processes (one CLI
// run each, memory read from disk), on the seeded TM data of ../shared/bench at 10k / 100k / 1M
// entries, against translate-toolkit's `pretranslate --tm -s 75` on a one-query file (the peer).
// Import: the whole TM as one JSONL file into an empty memory (one run), then the same file again
// (every pair unchanged: the memory is read and checked, nothing is written).
//   node --import tsx bench/memory-cold-start.ts [--sizes 10000,100000,1000000] [--with-peer-1m] [--no-peer]
// Lookup "cold": no index cache (the first command after the memory changed builds it); "warm":
// the cache in .duizhao-cache/ is current (median of 3 runs). Wall and CPU seconds and peak RSS
// come from /usr/bin/time. Needs dist/ (npm ci builds it). The peer at 1M takes ~30 s and 2.4 GiB,
// so it runs only with --with-peer-1m; otherwise its figure from ../shared/bench/README.md is shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureTmData, readPo } from './lib/tm-data.js';

const REPO = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const SIZES = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10000,100000,1000000').split(',').map(Number);
const WITH_PEER_1M = args.includes('--with-peer-1m');
const NO_PEER = args.includes('--no-peer');
/** ../shared/bench/README.md, "Whole-process figures": pretranslate with the 1M TM, one query. */
const PEER_1M_README: Run = { wallS: 27, cpuS: Number.NaN, rssMiB: 2.4 * 1024, measured: false };

interface Run { wallS: number; cpuS: number; rssMiB: number; measured: boolean }

/** One process under /usr/bin/time: wall, user+sys CPU, peak RSS. */
function timed(argv: string[], expectCodes = [0, 1]): Run {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = run.stderr.split('\n').find((l) => l.startsWith('TIME '));
  if (!line || !expectCodes.includes(run.status ?? -1)) throw new Error(`${argv.join(' ')} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const [wall, user, sys, kb] = line.slice(5).split(' ').map(Number) as [number, number, number, number];
  return { wallS: wall, cpuS: user + sys, rssMiB: kb / 1024, measured: true };
}

const duizhao = (project: string, ...argv: string[]): Run => timed([process.execPath, join(REPO, 'bin', 'duizhao.js'), '--project', project, ...argv]);

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.wallS - b.wallS);
  return { ...sorted[Math.floor(sorted.length / 2)]!, rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
}

/** Imports the whole TM through the CLI in one run, then the same file again (nothing changes). */
function importTm(project: string, dir: string, size: number): { first: Run; again: Run } {
  const units = readPo(readFileSync(join(dir, `tm_${size}.po`), 'utf8'));
  const file = join(project, 'import.jsonl');
  writeFileSync(file, units.map((u) => JSON.stringify({ zh: u.source, en: u.target })).join('\n') + '\n');
  const first = duizhao(project, 'memory', 'import', file);
  const again = duizhao(project, 'memory', 'import', file);
  rmSync(file);
  return { first, again };
}

/** translate-toolkit's pretranslate of a one-unit PO file against the TM: the whole process. */
function peerLookup(dir: string, size: number, query: string, work: string): Run | undefined {
  if (NO_PEER || spawnSync('pretranslate', ['--version']).status !== 0) return undefined;
  if (size >= 1_000_000 && !WITH_PEER_1M) return PEER_1M_README;
  const input = join(work, 'query.po');
  writeFileSync(input, `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid ${JSON.stringify(query)}\nmsgstr ""\n`);
  return timed(['pretranslate', '--tm', join(dir, `tm_${size}.po`), '-s', '75', input, join(work, 'out.po')]);
}

const f = (n: number, d = 2): string => (Number.isNaN(n) ? '–' : n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }));
const cell = (r: Run | undefined): string => (r ? `${f(r.wallS)} s${r.measured ? '' : '*'} (CPU ${f(r.cpuS)} s), ${f(r.rssMiB, 0)} MiB` : '–');

function main(): void {
  const dir = ensureTmData(SIZES);
  const query = readPo(readFileSync(join(dir, 'queries.po'), 'utf8'))[0]!.source;
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows: string[] = [];
  for (const size of SIZES) {
    const project = mkdtempSync(join(tmpdir(), 'duizhao-cold-start-'));
    writeFileSync(join(project, 'duizhao.yaml'), '# benchmark project\n');
    const imported = importTm(project, dir, size);
    const cold = duizhao(project, 'memory', 'lookup', query);
    const warm = median([1, 2, 3].map(() => duizhao(project, 'memory', 'lookup', query)));
    const peer = peerLookup(dir, size, query, project);
    const ratio = peer ? `${f(peer.wallS / warm.wallS, 0)}×${peer.measured ? '' : '*'}` : '–';
    rows.push(`| ${size.toLocaleString('en-GB')} | ${cell(imported.first)} | ${cell(imported.again)} | ${cell(cold)} | ${cell(warm)} | ${cell(peer)} | ${ratio} |`);
    console.log(`tm_${size}: import ${cell(imported.first)}, again ${cell(imported.again)}; lookup cold ${cell(cold)}, warm ${cell(warm)}; peer ${cell(peer)}`);
    rmSync(project, { recursive: true, force: true });
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${availableParallelism()} cores)`);
  console.log('\n| TM entries | `memory import`, whole TM in one run (empty memory) | `memory import` again (all unchanged) | `memory lookup`, cold (builds the index cache) | `memory lookup`, warm (median of 3) | peer: `pretranslate --tm -s 75`, one query | peer ÷ warm lookup |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  if (!WITH_PEER_1M && SIZES.includes(1_000_000)) console.log('\n\\* peer figure from ../shared/bench/README.md (25–29 s, 2.4 GiB), not measured in this run (pass --with-peer-1m).');
}

main();
