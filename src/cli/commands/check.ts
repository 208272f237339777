import { Option } from 'commander';
import { checkReports } from '../../app/check-reports.js';
import { FINDINGS_FORMATS, formatFindings, type FindingsFormat } from '../../app/check/format-findings.js';
import { EXIT_CODES } from '../../errors.js';
import type { RegisterCommand } from '../context.js';

export const registerCheckCommand: RegisterCommand = (program, ctx) => {
  program
    .command('check')
    .description('run the quality checks (terms, numbers, untranslated text, punctuation, names, consistency) on translated segments')
    .argument('[slugs...]', 'reports (default: all)')
    .addOption(new Option('--format <format>', 'output format').choices(FINDINGS_FORMATS as string[]).default('text'))
    .option('--strict', 'exit 1 on warnings too')
    .addHelpText('after', '\nRule severities can be changed in duizhao.yaml:\n  check:\n    rules:\n      text/length-ratio: off\n      term/first-mention: error\n')
    .action(async (slugs: string[], opts: { format: FindingsFormat; strict?: boolean }) => {
      const result = await checkReports(ctx.projectRoot(), slugs);
      ctx.io.stdout(formatFindings(result, opts.format));
      if (result.errors > 0 || (opts.strict && result.warnings > 0)) ctx.setExit(EXIT_CODES.findings);
    });
};
