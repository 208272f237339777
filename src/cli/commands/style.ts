import { applyHouseSpelling } from '../../app/apply-house-spelling.js';
import type { RegisterCommand } from '../context.js';

export const registerStyleCommands: RegisterCommand = (program, ctx) => {
  const style = program.command('style').description('the house style of the English (duizhao.yaml style:)');
  style
    .command('apply')
    .description('convert the glossary and memory English to the house spelling (style.spelling, default en-US)')
    .option('--dry-run', 'list what would change without writing')
    .addHelpText('after', '\nGlossary entries are edited in place (comments kept); memory entries keep their state and origin. Rebuild the editions afterwards with duizhao build.')
    .action(async (opts: { dryRun?: boolean }) => {
      const result = await applyHouseSpelling(ctx.projectRoot(), { dryRun: opts.dryRun });
      for (const c of [...result.glossary, ...result.memory]) ctx.io.stdout(`${c.where}\n    - ${c.before}\n    + ${c.after}\n`);
      const verb = opts.dryRun ? 'would convert' : 'converted';
      ctx.io.stdout(`${result.spelling}: ${verb} ${result.glossary.length} glossary entries and ${result.memory.length} memory entries\n`);
    });
};
