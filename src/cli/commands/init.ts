import type { Command } from 'commander';
import { resolve } from 'node:path';
import { initProject } from '../../app/init-project.js';
import type { RegisterCommand } from '../context.js';

export const registerInitCommand: RegisterCommand = (program, ctx) => {
  program
    .command('init')
    .description('make a folder a duizhao project: duizhao.yaml, corpus/, glossary/, translations/memory/, .gitignore')
    .argument('[dir]', 'project folder, created if missing (default: the current folder)')
    .addHelpText('after', '\nAn existing duizhao.yaml is never overwritten; an existing .gitignore only gains the missing lines.')
    .action(async (dir: string | undefined, _opts: unknown, command: Command) => {
      // `duizhao -C reports init` means the same as `duizhao init reports`.
      const project = command.optsWithGlobals<{ project?: string }>().project;
      const result = await initProject(resolve(ctx.io.cwd, dir ?? project ?? '.'));
      ctx.io.stdout(`Initialised a duizhao project in ${result.root}: ${result.created.join(', ')}\n`);
      ctx.io.stdout('Next: duizhao add <report.txt> --id <slug>, then duizhao build\n');
    });
};
