// Runs every benchmark in bench/ one after another (each prints its own ratios against a peer
// measured in the same run). `npm run bench -- <name>` runs only the benchmarks whose file name
// contains <name>.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && f.includes(filter)).sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== bench/${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, bench)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
