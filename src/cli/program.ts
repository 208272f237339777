import { Command } from 'commander';
import { EXIT_CODE_HELP } from '../errors.js';
import type { CommandContext } from './context.js';
import { COMMANDS } from './commands/index.js';

export function createProgram(ctx: CommandContext): Command {
  const program = new Command('duizhao')
    .description('Turn Chinese reports into aligned Chinese–English Markdown editions,\nwith a terminology glossary and a translation memory.')
    .version('0.1.0')
    .option('-C, --project <dir>', 'project folder holding duizhao.yaml (default: the nearest one at or above the current folder)')
    .option('--debug', 'print stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\n${EXIT_CODE_HELP}\n`)
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  // Subcommands inherit output routing and the exit override so usage errors exit 2 in-process.
  applyRecursively(program, (cmd) => {
    cmd.exitOverride().configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
    });
    if (cmd !== program) cmd.addHelpText('after', `\n${EXIT_CODE_HELP}\n`);
  });
  return program;
}

function applyRecursively(cmd: Command, fn: (cmd: Command) => void): void {
  fn(cmd);
  for (const sub of cmd.commands) applyRecursively(sub, fn);
}
