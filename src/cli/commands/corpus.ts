import type { Command } from 'commander';
import { addReport } from '../../app/add-report.js';
import { resolveReports } from '../../app/corpus.js';
import { ingestReport, type IngestReportResult } from '../../app/ingest-report.js';
import { isAppError } from '../../errors.js';
import type { CommandContext, RegisterCommand } from '../context.js';
import { formatAppError } from '../report/format-error.js';
import { summariseByRule } from '../report/diagnostics.js';
import { formatNeedALook } from '../report/need-a-look.js';

function printIngest(ctx: CommandContext, result: IngestReportResult, details: boolean): void {
  const warnings = result.diagnostics.filter((d) => d.severity !== 'info').length;
  ctx.io.stdout(
    `${result.slug}: ${result.blocks.length} blocks, ${result.diagnostics.length} repairs and findings (${warnings} need a look), ${result.format === 'text' ? '' : `${result.format}, `}${result.encoding}${result.changed ? ', zh.md updated' : ''}\n`,
  );
  for (const line of summariseByRule(result.diagnostics)) ctx.io.stdout(`${line}\n`);
  for (const line of formatNeedALook(result.diagnostics, details)) ctx.io.stdout(`${line}\n`);
}

/** Why a report was skipped, in a few words for the summary (the full message is printed above it). */
const SKIP_REASONS: Record<string, string> = {
  'corpus/zh-edited': 'zh.md was edited by hand',
};

function skipReason(error: { code: string; message: string }): string {
  const missing = error.code === 'corpus/source-missing' ? /\/(source\.\w+) is missing/.exec(error.message) : null;
  return missing ? `${missing[1]} is missing` : (SKIP_REASONS[error.code] ?? error.message);
}

export const registerCorpusCommands: RegisterCommand = (program: Command, ctx) => {
  program
    .command('add')
    .description('add a report: copy <file> to corpus/<id>/source.<ext> unchanged, guess report.yaml, ingest it')
    .argument('<file>', 'the report as received: text (UTF-8, UTF-16, GB18030/GBK, Big5), HTML (.html/.htm page or fragment), Word (.docx) or PDF; the format is read from the content')
    .requiredOption('--id <slug>', 'report id: lower-case letters, digits, hyphens (e.g. qinxian-2020-overview)')
    .option('--details', 'list every repair, not only those that need a look')
    .addHelpText('after', '\nThe repairs are also written to corpus/<id>/repairs.txt; for HTML, Word and PDF the text read is written to\ncorpus/<id>/extracted.txt, and line numbers refer to it. Check report.yaml afterwards: its fields are guesses.')
    .action(async (file: string, opts: { id: string; details?: boolean }) => {
      printIngest(ctx, await addReport(ctx.projectRoot(), file, opts.id), Boolean(opts.details));
    });

  program
    .command('ingest')
    .description('re-ingest reports: corpus/<slug>/source.<ext> (+ overrides.yaml) → zh.md and repairs.txt (+ extracted.txt)')
    .argument('[slugs...]', 'reports to ingest (default: all)')
    .option('--details', 'list every repair, not only those that need a look')
    .option('--force', 'overwrite a zh.md that was edited by hand')
    .addHelpText('after', '\nCorrections that ingest cannot make itself (mojibake, a caption taken for a heading) go in\ncorpus/<slug>/overrides.yaml; see the README section "Overrides".')
    .action(async (slugs: string[], opts: { details?: boolean; force?: boolean }) => {
      const root = ctx.projectRoot();
      const reports = await resolveReports(root, slugs);
      let total = 0;
      const skipped: string[] = [];
      for (const slug of reports) {
        // One bad report (a stale override, a hand-edited zh.md) must not stop the others.
        try {
          const result = await ingestReport(root, slug, { force: Boolean(opts.force) });
          total += result.diagnostics.length;
          printIngest(ctx, result, Boolean(opts.details));
        } catch (error) {
          if (!isAppError(error)) throw error;
          ctx.io.stderr(formatAppError(error, ctx.debug()));
          ctx.setExit(error.exitCode);
          skipped.push(`${slug}: ${skipReason(error)}`);
        }
      }
      const ingested = reports.length - skipped.length;
      ctx.io.stdout(`${ingested} report${ingested === 1 ? '' : 's'} ingested${skipped.length ? `, ${skipped.length} skipped (${skipped.join('; ')})` : ''}, ${total} repairs and findings listed in corpus/*/repairs.txt\n`);
    });
};
