import { reportStatus, type ReportStatus } from '../../app/report-status.js';
import type { RegisterCommand } from '../context.js';

const COLUMNS: Array<[keyof ReportStatus, string]> = [
  ['segments', 'segments'], ['translated', 'translated'], ['reviewed', 'reviewed'], ['approved', 'approved'],
  ['draft', 'draft'], ['fuzzy', 'fuzzy'], ['missing', 'missing'], ['glossaryHits', 'terms'],
];

export const registerStatusCommand: RegisterCommand = (program, ctx) => {
  program
    .command('status')
    .description('per report: segments translated / reviewed / approved / draft / fuzzy / missing, and glossary hits')
    .argument('[slugs...]', 'reports (default: all)')
    .option('--json', 'print JSON')
    .action(async (slugs: string[], opts: { json?: boolean }) => {
      const root = ctx.projectRoot();
      const rows = await reportStatus(root, slugs);
      if (opts.json) {
        ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(6, ...rows.map((r) => r.slug.length));
      ctx.io.stdout(`${'report'.padEnd(width)}  ${COLUMNS.map(([, h]) => h.padStart(10)).join('')}  done\n`);
      for (const r of rows) {
        const done = r.segments ? (r.translated + r.reviewed + r.approved) / r.segments : 1;
        const bar = '█'.repeat(Math.round(done * 20)).padEnd(20, '░');
        ctx.io.stdout(`${r.slug.padEnd(width)}  ${COLUMNS.map(([k]) => String(r[k] ?? '-').padStart(10)).join('')}  ${ctx.io.isTTY ? `${bar} ` : ''}${Math.floor(done * 100)}%\n`);
      }
    });
};
