import { resolve } from 'node:path';
import type { MemoryFormat } from '../../app/export-memory.js';
import { AppError, EXIT_CODES } from '../../errors.js';
import { isUnitState, UNIT_STATES, type UnitState } from '../../model/unit.js';
import { lookupMemory } from '../../app/lookup-memory.js';
import { memoryStats } from '../../app/memory-stats.js';
import type { RegisterCommand } from '../context.js';
import { writeOutputFile } from '../../app/guard-output-path.js';
import { registerMemoryDoctor } from './memory-doctor.js';
import { registerMemoryTransfer } from './memory-transfer.js';

export const registerMemoryCommands: RegisterCommand = (program, ctx) => {
  const memory = program.command('memory').description('look up, count and import translation-memory entries (translations/memory/memory.jsonl)');

  memory
    .command('lookup')
    .description('exact and fuzzy matches for a Chinese segment (Simplified or Traditional)')
    .argument('<zh>', 'Chinese text')
    .option('--threshold <n>', 'minimum fuzzy score 0–100 (default: memory.fuzzyThreshold in duizhao.yaml, else 75)')
    .option('--json', 'print JSON')
    .action(async (zh: string, opts: { threshold?: string; json?: boolean }) => {
      const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold);
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) throw new AppError('usage/bad-threshold', `--threshold must be a number from 0 to 100, not "${opts.threshold}".`);
      const { key, exact, fuzzy } = await lookupMemory(ctx.projectRoot(), zh, { threshold });
      if (opts.json) {
        ctx.io.stdout(`${JSON.stringify({ key, exact: exact ?? null, fuzzy }, null, 2)}\n`);
      } else {
        ctx.io.stdout(exact ? `exact (${exact.state}, ${exact.origin}): ${exact.target}\n` : 'no exact match\n');
        for (const m of fuzzy) ctx.io.stdout(`${String(Math.floor(m.score)).padStart(3)}%  ${m.entry.source}\n      ${m.entry.target}\n`);
      }
      if (!exact && fuzzy.length === 0) ctx.setExit(EXIT_CODES.findings);
    });

  memory
    .command('stats')
    .description('entries by state and origin')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const stats = await memoryStats(ctx.projectRoot());
      const { byState, byOrigin } = stats;
      if (opts.json) return void ctx.io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
      ctx.io.stdout(`${stats.entries} entries, ${stats.flagged} flagged for review\n`);
      for (const [state, n] of Object.entries(byState)) if (n) ctx.io.stdout(`  ${state.padEnd(12)} ${n}\n`);
      for (const [origin, n] of Object.entries(byOrigin).sort()) ctx.io.stdout(`  ${origin.padEnd(12)} ${n}\n`);
    });

  memory
    .command('import')
    .description('import translation pairs: JSONL ({"zh","en","note"} per line), CSV (zh,en[,note] header), TMX or XLIFF')
    .argument('<file>', 'file to import')
    .option('--state <state>', 'state for imported entries (draft, translated, reviewed, approved)', 'translated')
    .option('--origin <origin>', 'origin recorded on the entries (manual for the team’s own translations)', 'import')
    .option('--report <slug>', 'report the pairs belong to')
    .option('--overwrite', 'replace different translated or reviewed English (at the same or a higher state); approved English is never replaced by an import')
    .option('--dry-run', 'report what would change without writing')
    .addHelpText('after', [
      '',
      'The key is always derived from the Chinese (a "key" field in the file is ignored). English identical',
      'to the memory’s changes nothing (a higher state in the file raises the state). Different English',
      'where the memory has a human state (translated, reviewed, approved) is a conflict: listed with both',
      'texts, not replaced, exit 1. --overwrite replaces translated and reviewed English, never at a lower',
      'state; approved English stays a conflict even then: change it in the bilingual edition (sync) or the',
      'review page, where one segment is changed at a time.',
    ].join('\n'))
    .action(async (file: string, opts: { state: string; origin: string; report?: string; overwrite?: boolean; dryRun?: boolean }) => {
      if (!isUnitState(opts.state) || opts.state === 'empty') throw new AppError('usage/bad-state', `--state must be draft, translated, reviewed or approved, not "${opts.state}".`);
      // Imported when run, like export and doctor below: `memory lookup` loads none of their parsers.
      const { importMemory } = await import('../../app/import-memory.js');
      const result = await importMemory(ctx.projectRoot(), resolve(ctx.io.cwd, file), {
        state: opts.state as UnitState, origin: opts.origin, ...(opts.report ? { report: opts.report } : {}), overwrite: Boolean(opts.overwrite), dryRun: Boolean(opts.dryRun),
      });
      const conflicts = `${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}`;
      ctx.io.stdout(`${opts.dryRun ? 'would import' : 'imported'}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${conflicts}, ${result.skipped.length} skipped\n`);
      for (const line of [...result.conflicts, ...result.skipped]) ctx.io.stdout(`  ${line}\n`);
      if (result.conflicts.length || result.skipped.length) ctx.setExit(EXIT_CODES.findings);
    });

  memory
    .command('export')
    .description('the whole memory as TMX 1.4b, CSV or JSONL (memory import reads each back losslessly)')
    .requiredOption('--format <format>', 'tmx, csv or jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; out?: string }) => {
      const { exportMemory, MEMORY_FORMATS } = await import('../../app/export-memory.js');
      if (!(MEMORY_FORMATS as readonly string[]).includes(opts.format)) throw new AppError('usage/bad-format', `--format must be tmx, csv or jsonl, not "${opts.format}".`);
      const result = await exportMemory(ctx.projectRoot(), opts.format as MemoryFormat);
      if (!opts.out) return void ctx.io.stdout(result.text);
      await writeOutputFile(opts.out, ctx.io.cwd, result.text);
      ctx.io.stdout(`wrote ${opts.out}: ${result.entries} entries\n`);
    });

  registerMemoryDoctor(memory, ctx);
  registerMemoryTransfer(memory, ctx);
};
