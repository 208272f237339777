import { relative, resolve } from 'node:path';
import { alignFiles, DEFAULT_MIN_SCORE, formatPairsTsv } from '../../app/align-files.js';
import { assertNotProjectData, writeOutputFile } from '../../app/guard-output-path.js';
import { findProjectRoot } from '../../app/project.js';
import { AppError, EXIT_CODES } from '../../errors.js';
import { formatDiagnostic } from '../../model/diagnostic.js';
import type { RegisterCommand } from '../context.js';

interface AlignCommandOptions {
  into?: string;
  out?: string;
  minScore: string;
  report?: string;
  split: string;
}
const SPLITS = ['auto', 'lines', 'sentences'] as const;
/** Unpaired-mark warnings printed before "… and N more". */
const MAX_SHOWN = 10;

export const registerAlignCommand: RegisterCommand = (program, ctx) => {
  program
    .command('align')
    .description('align an existing Chinese text with its English version, sentence by sentence, for review or into the memory')
    .argument('<zh-file>', 'Chinese file (UTF-8 text or Markdown)')
    .argument('<en-file>', 'English file (UTF-8 text or Markdown)')
    .option('--into <target>', 'import the pairs; the only target is "memory" (translations/memory/memory.jsonl)')
    .option('--out <file>', 'write the pairs as TSV (score, zh indices, en indices, zh, en); "-" for stdout')
    .option('--min-score <s>', 'pairs scoring below this (0–1) are imported as drafts flagged align/low-confidence', String(DEFAULT_MIN_SCORE))
    .option('--report <slug>', 'report slug recorded on imported entries')
    .option('--split <how>', 'plain text: "lines" (each line is one sentence), "sentences" (split the text), or "auto": one sentence per line when both files look so', 'auto')
    .action(async (zhFile: string, enFile: string, opts: AlignCommandOptions) => {
      const minScore = Number(opts.minScore);
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new AppError('usage/bad-min-score', `--min-score must be a number from 0 to 1, not "${opts.minScore}".`);
      }
      if (opts.into !== undefined && opts.into !== 'memory') {
        throw new AppError('usage/bad-into', `--into takes "memory", not "${opts.into}".`, { hint: 'Use --out pairs.tsv to write the pairs for review instead.' });
      }
      const split = SPLITS.find((s) => s === opts.split);
      if (!split) throw new AppError('usage/bad-split', `--split takes auto, lines or sentences, not "${opts.split}".`);
      const out = opts.out ?? (opts.into ? undefined : '-');
      if (out !== undefined && out !== '-') assertNotProjectData(out, ctx.io.cwd);
      const memoryRoot = opts.into ? ctx.projectRoot() : undefined;
      // Glossary terms anchor the alignment inside a project; --out alone also works outside one.
      const glossaryRoot = memoryRoot ?? findProjectRoot(ctx.io.cwd);
      const result = await alignFiles({
        zhFile: resolve(ctx.io.cwd, zhFile),
        enFile: resolve(ctx.io.cwd, enFile),
        minScore,
        split,
        ...(memoryRoot ? { memoryRoot } : {}),
        ...(glossaryRoot ? { glossaryRoot } : {}),
        ...(opts.report ? { report: opts.report } : {}),
      });
      if (out === '-') ctx.io.stdout(formatPairsTsv(result.pairs));
      else if (out !== undefined) await writeOutputFile(out, ctx.io.cwd, formatPairsTsv(result.pairs));
      const full = result.pairs.filter((p) => p.zh.length > 0 && p.en.length > 0);
      const low = full.filter((p) => p.score < minScore).length;
      ctx.io.stderr(
        `aligned ${result.zhSentences} Chinese and ${result.enSentences} English sentences: ${full.length} pairs ` +
          `(${low} below ${minScore}), ${result.pairs.length - full.length} unmatched sentences` +
          `${result.paragraphBeads > 0 ? `, via ${result.paragraphBeads} paragraph pairs` : ''}\n`,
      );
      for (const d of result.diagnostics.slice(0, MAX_SHOWN)) ctx.io.stderr(`${formatDiagnostic({ ...d, file: relative(ctx.io.cwd, d.file ?? '') })}\n`);
      if (result.diagnostics.length > MAX_SHOWN) ctx.io.stderr(`… and ${result.diagnostics.length - MAX_SHOWN} more ${result.diagnostics[0]!.ruleId} warnings\n`);
      const imported = result.imported;
      if (imported) {
        ctx.io.stderr(`memory: ${imported.added} added, ${imported.updated} updated, ${imported.unchanged} unchanged, ${imported.lowConfidence} flagged ${'align/low-confidence'}\n`);
        for (const conflict of imported.conflicts) ctx.io.stderr(`conflict: ${conflict}\n`);
        if (imported.conflicts.length > 0) ctx.setExit(EXIT_CODES.findings);
      }
    });
};
