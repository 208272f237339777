import type { Command } from 'commander';
import { memoryDoctor } from '../../app/memory-doctor.js';
import { AppError, EXIT_CODES } from '../../errors.js';
import type { CommandContext } from '../context.js';

const collectLine = (value: string, previous: number[] = []): number[] => {
  const line = Number(value);
  if (!Number.isInteger(line) || line < 1) throw new AppError('usage/bad-keep', `--keep takes a line number of memory.jsonl, not "${value}".`);
  return [...previous, line];
};

/** `duizhao memory doctor [--fix] [--keep <line>…]`: exit 0 when nothing is left for a person, else 1. */
export function registerMemoryDoctor(memory: Command, ctx: CommandContext): void {
  memory
    .command('doctor')
    .description('list problems in memory.jsonl (merge conflicts, duplicate keys, bad lines, keys not matching their Chinese, orphan temp files); --fix repairs what is mechanical')
    .option('--fix', 'remove conflict markers and temp files, collapse identical duplicates, keep the human line over a lower one, re-derive keys')
    .option('--keep <line>', 'for a key on several lines with different English, keep this line (repeatable; implies --fix)', collectLine)
    .action(async (opts: { fix?: boolean; keep?: number[] }) => {
      const result = await memoryDoctor(ctx.projectRoot(), { fix: Boolean(opts.fix), ...(opts.keep ? { keep: opts.keep } : {}) });
      const fixing = Boolean(opts.fix) || Boolean(opts.keep?.length);
      for (const repair of result.repairs) ctx.io.stdout(`${fixing ? 'fixed' : 'fixable'}: ${repair}\n`);
      for (const problem of result.problems) ctx.io.stdout(`needs you: ${problem}\n`);
      if (!result.repairs.length && !result.problems.length) return void ctx.io.stdout('memory.jsonl: no problems found\n');
      if (!fixing && result.repairs.length) ctx.io.stdout('Run duizhao memory doctor --fix to apply the fixable repairs.\n');
      if (result.problems.length || (!fixing && result.repairs.length)) ctx.setExit(EXIT_CODES.findings);
    });
}
