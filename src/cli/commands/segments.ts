import { documentUnits, loadSegmentedReport, resolveReports } from '../../app/corpus.js';
import type { RegisterCommand } from '../context.js';

export const registerSegmentsCommand: RegisterCommand = (program, ctx) => {
  program
    .command('segments')
    .description('list the segments of a report: id, type, paragraph and Chinese text')
    .argument('<slug>', 'report id')
    .option('--json', 'print JSON (one array of units)')
    .action(async (slug: string, opts: { json?: boolean }) => {
      const root = ctx.projectRoot();
      await resolveReports(root, [slug]);
      const doc = await loadSegmentedReport(root, slug);
      const units = documentUnits(doc);
      if (opts.json) {
        const rows = units.map((u) => ({ id: u.id, kind: u.kind, paragraph: u.location.paragraph, line: u.location.line, key: u.key, source: u.source }));
        ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const u of units) ctx.io.stdout(`${u.id.padEnd(13)} ${u.kind.padEnd(8)} ¶${String(u.location.paragraph).padEnd(4)} ${u.source}\n`);
      ctx.io.stdout(`${units.length} segments in ${doc.paragraphs.length} paragraphs\n`);
    });
};
