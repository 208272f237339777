import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMemoryLines } from '../../helpers/memory-file.js';
import { assertBuilt, spawnBin } from '../../helpers/real-bin.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';
import { createCrashBase, reviewEveryMissing, villagePairs } from './crash-project.js';

/** Rounds, each starting WRITERS real bin processes at once on one project. */
export const CONCURRENT_ROUNDS = 10;
/** Per round: four imports of different files and one sync. */
export const WRITERS = 5;
const PER_FILE = 150;

let base: TempProject;
beforeAll(async () => {
  assertBuilt();
  base = await createCrashBase();
  for (let f = 0; f < 4; f++) await writeFile(join(base.root, 'exports', `part-${f}.jsonl`), villagePairs(PER_FILE, 10_000 + f * PER_FILE));
  const edition = join(base.root, 'translations', 'licheng.zh-en.md');
  await writeFile(edition, reviewEveryMissing(await readFile(edition, 'utf8')));
});
afterAll(async () => base.dispose());

describe(`concurrent writers: ${CONCURRENT_ROUNDS} rounds of ${WRITERS} processes (4 imports and a sync) on one memory`, () => {
  it.each(Array.from({ length: CONCURRENT_ROUNDS }, (_, i) => i + 1))('round %i: every entry present once, every line whole', async () => {
    const project = await createTempProject({ copyOf: base.root });
    try {
      const before = await readMemoryLines(project.root);
      const runs = [
        ...[0, 1, 2, 3].map((f) => spawnBin(['-C', project.root, 'memory', 'import', `exports/part-${f}.jsonl`], project.root)),
        spawnBin(['-C', project.root, 'sync', 'licheng'], project.root),
      ];
      const results = await Promise.all(runs.map((r) => r.done));
      for (const r of results) expect(r.code, `${r.out}${r.err}`).toBe(0);
      const after = await readMemoryLines(project.root); // throws on a torn line or a duplicate key
      for (const key of before.keys()) expect(after.has(key)).toBe(true);
      const imported = [...after.values()].filter((l) => l.includes('finished its poverty task')).length;
      const synced = [...after.values()].filter((l) => l.includes('Reviewed English number')).length;
      expect({ imported, synced, total: after.size }).toEqual({ imported: 4 * PER_FILE, synced: 6, total: before.size + 4 * PER_FILE + 6 });
    } finally {
      await project.dispose();
    }
  }, 60_000);
});
