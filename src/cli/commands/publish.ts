import { Option } from 'commander';
import { DEFAULT_PUBLISH_DIR, PUBLISH_FORMATS, publishEditions, shownOutDir, type PublishFormat } from '../../app/publish-editions.js';
import type { RegisterCommand } from '../context.js';
import { formatAppError } from '../report/format-error.js';

export const registerPublishCommand: RegisterCommand = (program, ctx) => {
  program
    .command('publish')
    .description('publish editions as a static HTML folder or as Word files, for readers and publishers')
    .argument('[slugs...]', 'reports to publish (default: all)')
    .addOption(new Option('--format <format>', 'html: index, English page and side-by-side page per report; docx: English edition and bilingual table').choices(PUBLISH_FORMATS as unknown as string[]).makeOptionMandatory())
    .option('--out <dir>', `output folder (default: ${DEFAULT_PUBLISH_DIR}/ in the project)`)
    .addHelpText('after', `\nWrites <slug>.en.html, <slug>.zh-en.html and index.html, or <slug>.en.docx and <slug>.zh-en.docx, into ${DEFAULT_PUBLISH_DIR}/ (or --out). The pages load nothing from outside; print them from a browser (A4). Files whose bytes are unchanged are not rewritten.`)
    .action(async (slugs: string[], opts: { format: PublishFormat; out?: string }) => {
      const root = ctx.projectRoot();
      const result = await publishEditions(root, slugs, { format: opts.format, out: opts.out, cwd: ctx.io.cwd });
      const where = shownOutDir(root, result.outDir);
      for (const { error } of result.failed) {
        ctx.io.stderr(formatAppError(error, ctx.debug()));
        ctx.setExit(error.exitCode);
      }
      const unchanged = result.unchanged.length ? `, ${result.unchanged.length} unchanged` : '';
      ctx.io.stdout(`${where}: wrote ${result.written.length} file${result.written.length === 1 ? '' : 's'}${unchanged}${result.written.length ? ` (${result.written.join(', ')})` : ''}\n`);
    });
};
