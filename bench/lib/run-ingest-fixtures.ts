import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { addReport } from '../../src/app/add-report.js';
import { ingestReport } from '../../src/app/ingest-report.js';
import { isAppError } from '../../src/errors.js';
import { scoreFixture, type FixtureScore } from './score-ingest.js';

export interface FixtureRun {
  name: string;
  /** Extension of the fixture's source file (txt, html, docx, pdf …). */
  format: string;
  /** Set when the pipeline of this branch cannot read the format: reported, never skipped silently. */
  unsupported?: string;
  /** Set when ingest failed for another reason (or a fixture meant to be refused was not). */
  error?: string;
  /** Set when the fixture is meant to be refused (expected.error.txt) and was, with that error. */
  refused?: string;
  score?: FixtureScore;
  /** Uncertain decisions the ingest flagged (warnings), for the table. */
  needALook?: number;
}

/** Error codes that mean "this branch has no converter for the format", not "the converter failed". */
const UNSUPPORTED = /source-missing|unsupported|unknown-format/u;

/**
 * Runs the path a user runs over every fixture folder under `root`: `duizhao add` of the folder's
 * source.<ext> into a scratch project (format sniffed from the bytes), then, when the folder has an
 * overrides.yaml, `duizhao ingest --force` with it; the blocks are scored against expected.zh.md.
 */
export async function runIngestFixtures(root: string): Promise<FixtureRun[]> {
  const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const project = await mkdtemp(join(tmpdir(), 'duizhao-ingest-bench-'));
  try {
    await writeFile(join(project, 'duizhao.yaml'), '# ingest fixtures\n');
    const runs: FixtureRun[] = [];
    for (const name of names) runs.push(await runOne(root, project, name));
    return runs;
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

async function runOne(root: string, project: string, name: string): Promise<FixtureRun> {
  const dir = join(root, name);
  const files = await readdir(dir);
  const source = files.find((f) => /^source\.[a-z0-9]+$/iu.test(f));
  const refusal = files.includes('expected.error.txt');
  if (!source || !(files.includes('expected.zh.md') || refusal)) return { name, format: '?', error: 'needs source.<ext> and expected.zh.md (or expected.error.txt)' };
  const format = source.slice('source.'.length).toLowerCase();
  if (refusal) return expectRefusal(project, dir, name, source, format);
  try {
    let result = await addReport(project, join(dir, source), name);
    if (files.includes('overrides.yaml')) {
      await copyFile(join(dir, 'overrides.yaml'), join(project, 'corpus', name, 'overrides.yaml'));
      result = await ingestReport(project, name, { force: true });
    }
    const expected = await readFile(join(dir, 'expected.zh.md'), 'utf8');
    const score = scoreFixture(result.blocks, expected, await readMarkers(dir));
    return { name, format, score, needALook: result.diagnostics.filter((d) => d.severity !== 'info').length };
  } catch (error) {
    if (isAppError(error) && UNSUPPORTED.test(error.code)) return { name, format, unsupported: `${format} is not read by this build (${error.code})` };
    return { name, format, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A fixture that must be refused (a scanned PDF): expected.error.txt holds the error code on its
 * first line and a piece of the message on the second; `duizhao add` must fail with both.
 */
async function expectRefusal(project: string, dir: string, name: string, source: string, format: string): Promise<FixtureRun> {
  const [code = '', message = ''] = (await readFile(join(dir, 'expected.error.txt'), 'utf8')).split('\n').map((l) => l.trim());
  try {
    await addReport(project, join(dir, source), name);
    return { name, format, error: `was ingested, but should be refused with ${code}` };
  } catch (error) {
    if (isAppError(error) && error.code === code && error.message.includes(message)) return { name, format, refused: code };
    return { name, format, error: `refused with ${isAppError(error) ? error.code : ''} ${error instanceof Error ? error.message : String(error)}, expected ${code}` };
  }
}

/** fixture.yaml `furniture:` — strings that are furniture in this fixture and must not reach a segment. */
async function readMarkers(dir: string): Promise<string[]> {
  const file = join(dir, 'fixture.yaml');
  if (!existsSync(file)) return [];
  const data = parse(await readFile(file, 'utf8')) as { furniture?: unknown } | null;
  return Array.isArray(data?.furniture) ? data.furniture.filter((m): m is string => typeof m === 'string' && m !== '') : [];
}
