// Runs every benchmark in bench/ one after another (each prints its own ratios against a peer
// measured in the same run). `npm run bench -- <name>` runs only the benchmarks whose file name
// contains <name>.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && f.includes(filter)).sort();
console.log(`${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · load ${loadavg().map((l) => l.toFixed(2)).join(' ')} · node ${process.version}`);
console.log('(bench/tune/ holds the weight and calibration fits; they are not run here.)');
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== bench/${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, bench)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
