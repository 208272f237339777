import { buildEditions } from '../../app/build-editions.js';
import { EXIT_CODES } from '../../errors.js';
import type { RegisterCommand } from '../context.js';
import { formatAppError } from '../report/format-error.js';

export const registerBuildCommand: RegisterCommand = (program, ctx) => {
  program
    .command('build')
    .description('build the English and bilingual editions of reports into translations/ (the main job)')
    .argument('[slugs...]', 'reports to build (default: all)')
    .option('--strict', 'exit 1 when any segment is untranslated or only has a fuzzy suggestion')
    .addHelpText('after', '\nWrites translations/<slug>.en.md and translations/<slug>.zh-en.md. Unchanged files are not rewritten.')
    .action(async (slugs: string[], opts: { strict?: boolean }) => {
      const result = await buildEditions(ctx.projectRoot(), slugs);
      let open = 0;
      for (const r of result.reports) {
        const c = r.coverage;
        open += c.fuzzy + c.missing;
        const extra = [c.draft && `${c.draft} drafts`, c.fuzzy && `${c.fuzzy} fuzzy`, c.missing && `${c.missing} missing`].filter(Boolean).join(', ');
        ctx.io.stdout(`${r.slug}: ${c.translated}/${c.total} translated${extra ? ` (${extra})` : ''}${r.written.length ? `; wrote ${r.written.join(', ')}` : '; unchanged'}\n`);
      }
      for (const { error } of result.failed) {
        ctx.io.stderr(formatAppError(error, ctx.debug()));
        ctx.setExit(error.exitCode);
      }
      const notBuilt = result.failed.length ? `, ${result.failed.length} not built (${result.failed.map((f) => f.slug).join(', ')})` : '';
      ctx.io.stdout(`${result.reports.length} report${result.reports.length === 1 ? '' : 's'} built${notBuilt}${open ? `, ${open} segments still need a translation` : ''}\n`);
      if (opts.strict && open > 0) ctx.setExit(EXIT_CODES.findings);
    });
};
