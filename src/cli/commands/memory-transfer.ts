import type { Command } from 'commander';
import { EXIT_CODES } from '../../errors.js';
import type { CommandContext } from '../context.js';

/** `duizhao memory push` / `pull`: between the git file and the memory server; exit 1 when conflicts are listed. */
export function registerMemoryTransfer(memory: Command, ctx: CommandContext): void {
  for (const [name, description] of [
    ['push', 'copy translations/memory/memory.jsonl onto the memory server (new and machine entries; human English on the server is never replaced)'],
    ['pull', 'copy the memory server into translations/memory/memory.jsonl (a git snapshot; human English in the file is never replaced)'],
  ] as const) {
    memory.command(name).description(description).action(async () => {
      const { pushMemory, pullMemory } = await import('../../app/memory-server/transfer-memory.js');
      const result = await (name === 'push' ? pushMemory : pullMemory)(ctx.projectRoot());
      const conflicts = `${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}`;
      ctx.io.stdout(`${name === 'push' ? 'pushed' : 'pulled'}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${conflicts}\n`);
      for (const line of result.conflicts) ctx.io.stdout(`  ${line}\n`);
      if (result.conflicts.length) ctx.setExit(EXIT_CODES.findings);
    });
  }
}
