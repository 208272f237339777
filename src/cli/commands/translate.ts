import { InvalidArgumentError, Option } from 'commander';
import { translateReports, type TranslateEvent, type TranslateReportsResult } from '../../app/translate-reports.js';
import { EXIT_CODES } from '../../errors.js';
import type { CommandContext, RegisterCommand } from '../context.js';
import { createProgress, type Progress } from '../report/progress.js';

interface TranslateOpts {
  backend?: string;
  only?: 'missing' | 'fuzzy';
  dryRun?: boolean;
  concurrency?: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

export const registerTranslateCommand: RegisterCommand = (program, ctx) => {
  program
    .command('translate')
    .description('fill segments that have no human translation with machine drafts (state draft, origin mt:<backend>)')
    .argument('[slugs...]', 'reports to translate (default: all)')
    .option('-b, --backend <name>', 'back-end from backends: in duizhao.yaml (openai, deepl, libretranslate; default: the only one configured)')
    .addOption(new Option('--only <which>', 'missing: segments with no memory match at all; fuzzy: segments with only a fuzzy match').choices(['missing', 'fuzzy']))
    .option('--dry-run', 'print segments, characters and an estimated request count; send nothing')
    .option('--concurrency <n>', 'requests at once (overrides backends.<name>.concurrency)', positiveInt)
    .addHelpText('after', '\nDrafts are saved batch by batch: after Ctrl-C or a crash, run the same command again to resume.\nDrafts never replace a translated, reviewed or approved entry.')
    .action(async (slugs: string[], opts: TranslateOpts) => {
      // First Ctrl-C: finish the batches in flight and save them; second: abort them too.
      const stop = new AbortController();
      const abort = new AbortController();
      const onSigint = () => {
        if (!stop.signal.aborted) {
          stop.abort();
          ctx.io.stderr('\nStopping after the requests in flight (Ctrl-C again to abort them)…\n');
        } else abort.abort(new Error('interrupted'));
      };
      process.on('SIGINT', onSigint);
      let progress: Progress | undefined;
      try {
        const result = await translateReports(ctx.projectRoot(), {
          slugs, env: ctx.io.env, stop: stop.signal, signal: abort.signal,
          ...(opts.backend ? { backend: opts.backend } : {}), ...(opts.only ? { only: opts.only } : {}),
          ...(opts.dryRun ? { dryRun: true } : {}), ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
          onEvent: (event) => (progress = onEvent(ctx, event, progress)),
        });
        progress?.stop();
        report(ctx, result, Boolean(opts.dryRun));
      } finally {
        progress?.stop();
        process.removeListener('SIGINT', onSigint);
      }
    });
};

function onEvent(ctx: CommandContext, event: TranslateEvent, progress: Progress | undefined): Progress | undefined {
  if (event.type === 'start') return createProgress(ctx.io, { total: event.segments, unit: 'segments' });
  if (event.type === 'batch') progress?.update(event.done, event.flagged ? `(${event.flagged} flagged)` : '');
  if (event.type === 'retry') progress?.log(`retry ${event.attempt} in ${(event.delayMs / 1000).toFixed(1)} s: ${event.message}`);
  return progress;
}

function report(ctx: CommandContext, r: TranslateReportsResult, dryRun: boolean): void {
  for (const warning of r.warnings) ctx.io.stderr(`warning: ${warning}\n`);
  const n = (x: number) => x.toLocaleString('en-US');
  if (dryRun) {
    ctx.io.stdout(`Dry run with ${r.backend} (batches of ${r.batchSize}); nothing was sent.\n`);
    for (const slug of r.reports) ctx.io.stdout(`  ${slug}: ${n(r.perReport[slug] ?? 0)} segments to draft\n`);
    ctx.io.stdout(`${n(r.segments)} segments, ${n(r.characters)} characters, about ${n(r.estimatedRequests)} request${r.estimatedRequests === 1 ? '' : 's'} (more if drafts need fixing).\n`);
    return;
  }
  if (r.segments === 0) {
    ctx.io.stdout(`Nothing to translate: every segment of ${r.reports.join(', ') || 'the project'} has a draft or a translation.\n`);
    return;
  }
  ctx.io.stdout(`${r.backend}: ${n(r.drafted + r.flagged)} drafts saved (${n(r.drafted)} clean, ${n(r.flagged)} flagged for review), ${n(r.failed.length)} failed, ${n(r.requests)} request${r.requests === 1 ? '' : 's'}.\n`);
  for (const f of r.failed) ctx.io.stderr(`failed: ${f.id} ${f.key}: ${f.reason}\n`);
  if (r.interrupted) {
    ctx.io.stderr('Interrupted: the drafts above are saved. Run the same command again to resume.\n');
    ctx.setExit(EXIT_CODES.findings);
  } else if (r.failed.length) {
    ctx.io.stderr('Run the same command again to retry the failed segments.\n');
    ctx.setExit(EXIT_CODES.findings);
  }
}
