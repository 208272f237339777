import { memoryServerStatus, migrateMemoryServer } from '../../app/memory-server/migrate-memory-server.js';
import { EXIT_CODES } from '../../errors.js';
import type { RegisterCommand } from '../context.js';

export const registerDbCommands: RegisterCommand = (program, ctx) => {
  const db = program.command('db').description('the memory server (memory.backend: postgres in duizhao.yaml): schema migrations');

  db.command('migrate')
    .description('create or upgrade the memory server\'s schema (versioned; refuses a schema newer than this duizhao)')
    .action(async () => {
      const { server, from, to } = await migrateMemoryServer(ctx.projectRoot());
      ctx.io.stdout(from === to ? `${server}: schema is at version ${to}, nothing to do\n` : `${server}: schema migrated from version ${from} to ${to}\n`);
    });

  db.command('status')
    .description('the server\'s schema version against the one this duizhao needs (exit 1 when they differ)')
    .action(async () => {
      const { server, schema, expected } = await memoryServerStatus(ctx.projectRoot());
      ctx.io.stdout(`${server}: schema version ${schema}${schema === expected ? ' (current)' : `, this duizhao needs ${expected}${schema < expected ? ': run duizhao db migrate' : ''}`}\n`);
      if (schema !== expected) ctx.setExit(EXIT_CODES.findings);
    });
};
