import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export const BIN = join(REPO_ROOT, 'bin', 'duizhao.js');

/**
 * The real bin runs the CLI bundled from dist/ (dist/bundle/); fail early and say how to build it,
 * also when tsc ran after the bundle was made (the bin would run the older code).
 */
export function assertBuilt(): void {
  const [compiled, bundled] = [join(REPO_ROOT, 'dist', 'cli', 'main.js'), join(REPO_ROOT, 'dist', 'bundle', 'main.js')];
  if (!existsSync(compiled) || !existsSync(bundled)) {
    throw new Error('dist/ is missing: run `npm run build` (tsc, then the bundle) before the tests that spawn bin/duizhao.js.');
  }
  if (statSync(compiled).mtimeMs > statSync(bundled).mtimeMs) {
    throw new Error('dist/bundle/ is older than dist/: run `npm run build` (tsc, then the bundle) before the tests that spawn bin/duizhao.js.');
  }
}

export interface BinRun {
  child: ChildProcess;
  /** Resolves when the process has exited: its exit code (null when killed), signal and output. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

/** Starts `node bin/duizhao.js <argv>` in `cwd`. */
export function spawnBin(argv: readonly string[], cwd: string, env: Record<string, string> = {}): BinRun {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
  return { child, done };
}

/** Runs the real bin to the end. */
export async function runBin(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return spawnBin(argv, cwd, env).done;
}
