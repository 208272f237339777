import { resolve } from 'node:path';
import { importXliff, type ImportXliffResult } from '../../app/xliff-import.js';
import { exportReportXliff } from '../../app/xliff-export.js';
import { EXIT_CODES } from '../../errors.js';
import type { CommandContext, RegisterCommand } from '../context.js';
import { writeOutputFile } from '../../app/guard-output-path.js';

export const registerXliffCommands: RegisterCommand = (program, ctx) => {
  const xliff = program.command('xliff').description('exchange a report with CAT tools (OmegaT, Trados) as XLIFF 1.2');

  xliff
    .command('export')
    .description('one unit per segment: id, Chinese, the memory’s English and state, glossary terms as notes')
    .argument('<slug>', 'report id')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--copy-source', 'every <target> holds a copy of the Chinese (for OmegaT 3.6, whose XLIFF filter translates <target>; give it the memory as TMX in tm/auto)')
    .action(async (slug: string, opts: { out?: string; copySource?: boolean }) => {
      const result = await exportReportXliff(ctx.projectRoot(), slug, { copySource: Boolean(opts.copySource) });
      if (!opts.out) return void ctx.io.stdout(result.xml);
      await writeOutputFile(opts.out, ctx.io.cwd, result.xml);
      ctx.io.stdout(`wrote ${opts.out}: ${result.units} units, ${result.withTarget} with English\n`);
    });

  xliff
    .command('import')
    .description('bring edited English back into the memory by segment id (conflicts are listed, never overwritten)')
    .argument('<file>', 'XLIFF file written by duizhao xliff export and edited')
    .option('--dry-run', 'report what would change without writing')
    .option('--report <slug>', 'the report, for a file that names none (re-written by another tool, e.g. po2xliff)')
    .addHelpText('after', [
      '',
      'Each unit carries the base it was exported with (dz:base: the memory’s state and English then).',
      'A unit whose state and English are as exported changes nothing, so an old copy cannot revert newer',
      'English. A unit edited in the file whose memory English changed since the export is a conflict:',
      'listed with both texts, not imported, exit 1 — export again and re-apply the edit. A unit without',
      'dz:base never replaces different human English. Units are matched by id, else by their Chinese;',
      'units left empty or holding a copy of the Chinese, and units without Chinese, change nothing.',
    ].join('\n'))
    .action(async (file: string, opts: { dryRun?: boolean; report?: string }) => {
      const result = await importXliff(ctx.projectRoot(), resolve(ctx.io.cwd, file), { dryRun: Boolean(opts.dryRun), ...(opts.report ? { report: opts.report } : {}) });
      printEditedImport(ctx, result, Boolean(opts.dryRun));
    });
};

/** The summary of an xliff or po import, then each conflict; exit 1 when there are conflicts. */
export function printEditedImport(ctx: CommandContext, result: ImportXliffResult, dryRun: boolean): void {
  const conflicts = `${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}`;
  ctx.io.stdout(`${dryRun ? 'would import' : 'imported'} (${result.reports.join(', ')}): ${result.updated} updated, ${result.unchanged} unchanged, ${conflicts}\n`);
  for (const line of result.conflicts) ctx.io.stdout(`  ${line}\n`);
  if (result.conflicts.length) ctx.setExit(EXIT_CODES.findings);
}
