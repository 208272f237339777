import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { totalIngest } from '../../bench/lib/ingest-table.js';
import { runIngestFixtures, type FixtureRun } from '../../bench/lib/run-ingest-fixtures.js';
import { REPO_ROOT } from '../helpers/paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'ingest');
/** Once the converter registry is in, every format must score: nothing is "unsupported here". */
const REGISTRY = join(REPO_ROOT, 'src', 'stages', 'ingest', 'formats', 'convert-source.ts');

describe('ingest fixtures (npm run bench:ingest): the whole pipeline against hand-checked zh.md', () => {
  let runs: FixtureRun[];
  beforeAll(async () => {
    runs = await runIngestFixtures(FIXTURES);
  }, 120_000);

  it('scores every fixture folder, at least the eight text-* ones, and none fails', () => {
    expect(runs.filter((r) => r.name.startsWith('text-')).length).toBeGreaterThanOrEqual(8);
    expect(runs.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`)).toEqual([]);
    expect(runs.filter((r) => r.format === 'txt' && !r.score).map((r) => r.name)).toEqual([]);
    if (existsSync(REGISTRY)) expect(runs.filter((r) => r.unsupported).map((r) => r.name)).toEqual([]);
  });

  it('loses and invents no Chinese character and leaves no furniture in a segment', () => {
    const scored = runs.filter((r) => r.score);
    expect(scored.filter((r) => r.score!.lost > 0).map((r) => `${r.name}: ${r.score!.lost} lost`)).toEqual([]);
    expect(scored.filter((r) => r.score!.invented > 0).map((r) => `${r.name}: ${r.score!.invented} invented`)).toEqual([]);
    expect(scored.flatMap((r) => r.score!.furniture.map((f) => `${r.name}: ${f}`))).toEqual([]);
  });

  it('gets block kinds, titles and paragraph boundaries right above the thresholds', () => {
    const totals = totalIngest(runs);
    expect(totals.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(totals.titleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(totals.boundaryF1).toBeGreaterThanOrEqual(0.95);
    const text = runs.filter((r) => r.name.startsWith('text-') && r.score);
    expect(text.filter((r) => !r.score!.titleRight).map((r) => r.name)).toEqual([]);
  });
});
