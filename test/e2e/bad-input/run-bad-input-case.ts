import { readFile, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { runBin } from '../../helpers/real-bin.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';
import { diffSnapshots, snapshotProject, undocumentedChanges } from '../../helpers/project-snapshot.js';
import type { BadInputCase, FileChange } from './bad-input-case.js';

export interface CaseRun {
  code: number;
  out: string;
  err: string;
  /** Files added (+), removed (-) or changed (~) by the command. */
  changes: string[];
}

/** Clones the base project, applies the case's changes, runs the command (in-process, or the real bin), and reports what it did. */
export async function runBadInputCase(base: TempProject, c: BadInputCase, via: 'in-process' | 'bin' = 'in-process'): Promise<CaseRun> {
  const project = await createTempProject({ copyOf: base.root });
  try {
    for (const change of c.changes) await applyChange(project.root, change);
    const before = await snapshotProject(project.root);
    const argv = c.argv.map((a) => (a.startsWith('@') ? join(project.root, a.slice(1)) : a));
    const result = via === 'bin' ? await runRealBin(project.root, argv) : await project.cli(...argv);
    const changes = diffSnapshots(before, await snapshotProject(project.root));
    return { ...result, changes };
  } finally {
    await project.dispose();
  }
}

async function runRealBin(root: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, out, err } = await runBin(['-C', root, ...argv], root);
  return { code: code ?? -1, out, err };
}

async function applyChange(root: string, change: FileChange): Promise<void> {
  const path = join(root, change.path);
  if ('remove' in change) return rm(path, { recursive: true, force: true });
  if ('growTo' in change) return truncate(path, change.growTo);
  await mkdir(dirname(path), { recursive: true });
  const content = 'edit' in change ? change.edit(await readFile(path, 'utf8')) : change.content;
  await writeFile(path, content);
}

/** The assertions every case makes. */
export function expectCaseOutcome(c: BadInputCase, run: CaseRun): void {
  const output = `${run.out}${run.err}`;
  const shown = `exit ${run.code}\n${output}\nchanged: ${run.changes.join(', ')}`;
  expect(run.code, shown).not.toBe(70);
  expect(output, 'no stack trace without --debug').not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(output, 'no internal error').not.toMatch(/internal error/);
  expect(run.code, shown).toBe(c.exit);
  if (c.exit === 0 || c.exit === 1) expect(undocumentedChanges(run.changes, c.writes ?? []), shown).toEqual([]);
  else expect(run.changes, `${shown}\na refused input must leave every file untouched`).toEqual([]);
  if (c.exit !== 0) {
    const names = c.names ?? c.changes[0]!.path;
    expect(output, `${shown}\nthe message must name ${names}`).toContain(names);
    if (c.line !== undefined) expect(output, shown).toMatch(new RegExp(`${escape(names)}:${c.line}\\b`));
  }
  if (c.exit === 2) expect(output, `${shown}\nthe message must say what to do`).toMatch(WHAT_TO_DO);
  if (c.says) expect(output, shown).toMatch(c.says);
}

/** A `hint:` line, or (in a diagnostic line) a sentence that tells the reader what to do. */
const WHAT_TO_DO = /^hint: \S|[.:] (?:Add|Use|Fix|Check|Remove|Write|Save|Run|Restore|Correct|Quote|Close|Export|Split|Choose|Set|Delete|Mark|Put|Resolve|Build|Keep|See|Start)\b/m;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
