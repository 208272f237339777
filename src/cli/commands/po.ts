import { resolve } from 'node:path';
import { exportReportPo, importPo } from '../../app/po-exchange.js';
import { writeOutputFile } from '../../app/guard-output-path.js';
import type { RegisterCommand } from '../context.js';
import { printEditedImport } from './xliff.js';

export const registerPoCommands: RegisterCommand = (program, ctx) => {
  const po = program.command('po').description('exchange a report with Weblate, Pootle, poedit or translate-toolkit as a gettext PO file');

  po.command('export')
    .description('msgctxt = segment id, msgid = Chinese, msgstr = English; drafts and memory suggestions fuzzy, glossary terms as translator comments')
    .argument('<slug>', 'report id')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (slug: string, opts: { out?: string }) => {
      const result = await exportReportPo(ctx.projectRoot(), slug);
      if (!opts.out) return void ctx.io.stdout(result.text);
      await writeOutputFile(opts.out, ctx.io.cwd, result.text);
      ctx.io.stdout(`wrote ${opts.out}: ${result.units} messages, ${result.withTarget} with English\n`);
    });

  po.command('import')
    .description('bring edited msgstr English back into the memory (the rules of xliff import: conflicts are listed, never overwritten)')
    .argument('<file>', 'PO file written by duizhao po export and translated')
    .option('--dry-run', 'report what would change without writing')
    .option('--report <slug>', 'the report, for a file whose header has no X-Duizhao-Report')
    .addHelpText('after', [
      '',
      'Each message carries what was exported in an extracted comment (#. duizhao: state=… base=…). A message',
      'unchanged since the export changes nothing; one edited while the memory’s English changed since is a',
      'conflict (exit 1). Fuzzy messages come in as drafts; a memory suggestion still marked fuzzy, empty',
      'messages and the header change nothing.',
    ].join('\n'))
    .action(async (file: string, opts: { dryRun?: boolean; report?: string }) => {
      const result = await importPo(ctx.projectRoot(), resolve(ctx.io.cwd, file), { dryRun: Boolean(opts.dryRun), ...(opts.report ? { report: opts.report } : {}) });
      printEditedImport(ctx, result, Boolean(opts.dryRun));
    });
};
