// The seeded TM benchmark data of ../shared/bench (make-tm-data.py), generated once per generator
// version and size list under the temp dir, and a tiny PO reader for it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench');

export interface PoUnit { source: string; target: string }

/** The folder holding tm_<N>.po and queries.po for these sizes (generated on first use). */
export function ensureTmData(sizes: readonly number[]): string {
  const script = join(SHARED, 'make-tm-data.py');
  const key = createHash('sha256').update(readFileSync(script)).update(sizes.join(',')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `duizhao-tm-bench-${key}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const files = (JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, { bytes: number }> }).files;
    if (Object.entries(files).every(([f, m]) => existsSync(join(dir, f)) && statSync(join(dir, f)).size === m.bytes)) return dir;
  }
  mkdirSync(dir, { recursive: true });
  console.log(`generating TM data in ${dir} (once) …`);
  const run = spawnSync('python3', [script, '--out', dir, '--sizes', sizes.join(',')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`make-tm-data.py failed (exit ${run.status})`);
  return dir;
}

/** A tiny PO reader: msgid/msgstr with continuation lines and C escapes; the header is skipped. */
export function readPo(text: string): PoUnit[] {
  const units: PoUnit[] = [];
  let current: PoUnit | undefined;
  let field: 'source' | 'target' | undefined;
  const unquote = (s: string): string => s.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
  const flush = (): void => {
    if (current && current.source !== '') units.push(current);
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('msgid ')) {
      flush();
      current = { source: unquote(line.slice(6).trim()), target: '' };
      field = 'source';
    } else if (line.startsWith('msgstr ') && current) {
      current.target = unquote(line.slice(7).trim());
      field = 'target';
    } else if (line.startsWith('"') && current && field) current[field] += unquote(line.trim());
  }
  flush();
  return units;
}

/** The units of a PO file read in pieces cut at blank lines (tm_3000000.po is longer than a string may be). */
export function* readPoFile(path: string): Generator<PoUnit> {
  const bytes = readFileSync(path);
  for (let start = 0; start < bytes.length;) {
    const cut = bytes.indexOf('\n\n', Math.min(bytes.length, start + (64 << 20)));
    const end = cut === -1 ? bytes.length : cut + 2;
    yield* readPo(bytes.toString('utf8', start, end));
    start = end;
  }
}
