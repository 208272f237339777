import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-backends/fake-openai.js';
import { lostOrChanged, readMemoryLines } from '../../helpers/memory-file.js';
import { assertBuilt, spawnBin } from '../../helpers/real-bin.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';
import { createCrashBase, IMPORT_ENTRIES, longReport, reviewEveryMissing } from './crash-project.js';

/** kill -9 runs per command: half at a time after start, half the moment the memory lock is taken (the write window). */
export const KILL_RUNS = { 'memory import': 8, sync: 6, translate: 8 } as const;
export const KILL_RUNS_TOTAL = Object.values(KILL_RUNS).reduce((a, b) => a + b, 0);

let base: TempProject;
let server: FakeOpenAi;
beforeAll(async () => {
  assertBuilt();
  base = await createCrashBase();
  server = await startFakeOpenAi();
});
afterAll(async () => {
  await server.close();
  await base.dispose();
});

/** Spawns the real bin, kills it with SIGKILL after `delayMs` (if still running), then checks the memory. */
async function killAndCheck(project: TempProject, argv: string[], delayMs: number): Promise<{ before: Map<string, string>; after: Map<string, string> }> {
  const before = await readMemoryLines(project.root);
  const run = spawnBin(['-C', project.root, ...argv], project.root);
  const kill = () => run.child.kill('SIGKILL');
  const timer = delayMs >= 0 ? setTimeout(kill, delayMs) : killWhenLocked(project.root, -delayMs, kill);
  const result = await run.done;
  clearInterval(timer);
  expect(result.code === null || result.code === 0, `${result.code} ${result.signal}\n${result.out}${result.err}`).toBe(true);
  const after = await readMemoryLines(project.root); // throws on a torn, corrupted or duplicated line
  expect(lostOrChanged(before, after), 'entries lost or changed by the kill').toEqual([]);
  return { before, after };
}

/** Polls for the memory lock folder; kills `afterMs` after it appears (inside the locked save). */
function killWhenLocked(root: string, afterMs: number, kill: () => void): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (!existsSync(join(root, 'translations', 'memory.lock'))) return;
    clearInterval(timer);
    setTimeout(kill, afterMs);
  }, 2);
  return timer;
}

/** Spread the kills over the run: from before the memory is read to the final save. */
const delays = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? -Math.floor(Math.random() * 40) - 1 : Math.round(from + ((to - from) * (i + 0.5)) / n + Math.random() * 60)));

describe(`kill -9 at any moment never loses or corrupts a memory entry (${KILL_RUNS_TOTAL} kills)`, () => {
  it.each(delays(KILL_RUNS['memory import'], 300, 2600))('memory import of 2,000 entries, killed at %i ms (negative: that many ms into the locked save)', async (delay) => {
    const project = await createTempProject({ copyOf: base.root });
    try {
      const { before, after } = await killAndCheck(project, ['memory', 'import', 'exports/villages.jsonl'], delay);
      expect([before.size, before.size + IMPORT_ENTRIES]).toContain(after.size);
      const again = await project.cli('memory', 'import', join(project.root, 'exports/villages.jsonl'));
      expect(again.code, again.err).toBe(0);
      expect((await readMemoryLines(project.root)).size).toBe(before.size + IMPORT_ENTRIES);
    } finally {
      await project.dispose();
    }
  }, 60_000);

  it.each(delays(KILL_RUNS.sync, 300, 1800))('sync of a reviewed edition, killed at %i ms (negative: that many ms into the locked save)', async (delay) => {
    const project = await createTempProject({ copyOf: base.root });
    try {
      const edition = join(project.root, 'translations', 'licheng.zh-en.md');
      await writeFile(edition, reviewEveryMissing(await readFile(edition, 'utf8')));
      const { before, after } = await killAndCheck(project, ['sync', 'licheng'], delay);
      expect([before.size, before.size + 6]).toContain(after.size);
      if (after.size === before.size) {
        const again = await project.cli('sync', 'licheng');
        expect(again.code, again.err).toBe(0);
      }
      const final = await readMemoryLines(project.root);
      expect([...final.values()].filter((l) => l.includes('Reviewed English number'))).toHaveLength(6);
    } finally {
      await project.dispose();
    }
  }, 60_000);

  it.each(delays(KILL_RUNS.translate, 400, 2400))('translate against a fake back-end, killed at %i ms (negative: that many ms into the locked save)', async (delay) => {
    const project = await createTempProject({ copyOf: base.root });
    try {
      await writeFile(join(project.root, 'long.txt'), longReport(120));
      expect((await project.cli('add', join(project.root, 'long.txt'), '--id', 'long')).code).toBe(0);
      await writeFile(join(project.root, 'duizhao.yaml'), `backends:\n  openai:\n    baseUrl: ${server.baseUrl}\n    model: qwen2.5:7b\n    batchSize: 4\n    concurrency: 2\n    timeoutMs: 5000\n    maxRetries: 1\n`);
      await killAndCheck(project, ['translate', 'long', '--backend', 'openai'], delay);
      const again = await project.cli('translate', 'long', '--backend', 'openai');
      expect(again.code, again.err).toBe(0);
      const final = await readMemoryLines(project.root);
      expect([...final.values()].filter((l) => l.includes('"state":"draft"')).length).toBeGreaterThanOrEqual(120);
    } finally {
      await project.dispose();
    }
  }, 60_000);
});
