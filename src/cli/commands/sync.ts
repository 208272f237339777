import { formatConflict, syncBilingual, type SyncChange } from '../../app/sync/sync-bilingual.js';
import { EXIT_CODES } from '../../errors.js';
import type { RegisterCommand } from '../context.js';

export const registerSyncCommand: RegisterCommand = (program, ctx) => {
  program
    .command('sync')
    .description('read reviewers\' edits in translations/<slug>.zh-en.md back into the memory')
    .argument('[slugs...]', 'reports (default: every report with a bilingual edition)')
    .option('--dry-run', 'show what would change without writing the memory')
    .addHelpText('after', [
      '',
      'Edit the English under a segment (it becomes "translated"), or change the status word after',
      'its id to reviewed or approved; add, edit or delete a "*Translator\'s note:* …" line for a',
      'footnote in the English edition. Unchanged segments are left alone. If the Chinese changed',
      'since the edition was built, or the file was mangled, nothing is written and the conflicts',
      'are listed (exit 1); so is a segment the review page saved while sync ran. Editions over',
      '20 MB are refused (exit 2).',
    ].join('\n'))
    .action(async (slugs: string[], opts: { dryRun?: boolean }) => {
      const result = await syncBilingual(ctx.projectRoot(), slugs, { dryRun: opts.dryRun });
      const out = ctx.io.stdout;
      if (result.conflicts.length > 0) {
        ctx.io.stderr(`duizhao sync: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}; nothing was written.\n`);
        for (const c of result.conflicts) ctx.io.stderr(`  ${formatConflict(c)}\n`);
        ctx.setExit(EXIT_CODES.findings);
        return;
      }
      for (const change of result.changes) out(formatChange(change));
      const n = result.changes.length;
      const what = `${n} segment${n === 1 ? '' : 's'}`;
      if (opts.dryRun) out(`dry run: ${what} would change in ${result.files.length} file${result.files.length === 1 ? '' : 's'}; the memory was not written\n`);
      else out(n ? `synced ${what} into the memory\n` : `no changes in ${result.files.length} file${result.files.length === 1 ? '' : 's'}\n`);
    });
};

function formatChange(c: SyncChange): string {
  const note = c.footnote === undefined ? '' : c.footnote ? `    translator's note: ${c.footnote}\n` : "    translator's note removed\n";
  const head = `${c.file}:${c.line} ${c.id}: ${c.from.status} → ${c.to.state}${c.englishChanged ? ' (English edited)' : ''}\n`;
  if (!c.englishChanged) return head + note;
  return `${head}    - ${c.from.english || '(none)'}\n    + ${c.to.english}\n${note}`;
}
