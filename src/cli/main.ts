import { CommanderError } from 'commander';
import { commandModulesFor } from './commands/index.js';
import { EXIT_CODES, isAppError, type ExitCode } from '../errors.js';
import { createProgram } from './program.js';
import { processIo, type CliIo } from './io.js';
import { formatAppError } from './report/format-error.js';

/**
 * Runs the CLI and returns its exit code. The only place that decides exit codes;
 * bin/duizhao.js assigns the result to process.exitCode.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_CODES.ok;
  let debug = argv.includes('--debug');
  let root: string | undefined;
  // Only a run of a command opens a project: --version and help load none of it.
  const opener = commandModulesFor(argv).length === 1 ? await import('./open-project.js') : undefined;
  const program = await createProgram({
    io,
    projectRoot: () => (root ??= opener!.openProject(program.opts<{ project?: string }>().project, io, argv)),
    setExit: (code) => {
      if (code > exitCode) exitCode = code;
    },
    debug: () => debug,
  }, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    debug = Boolean(program.opts<{ debug?: boolean }>().debug);
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function handleError(error: unknown, io: CliIo, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    if (error.exitCode === 0) return EXIT_CODES.ok;
    return EXIT_CODES.usage;
  }
  if (isAppError(error)) {
    io.stderr(formatAppError(error, debug));
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  io.stderr(`duizhao: internal error: ${err.message}\n`);
  io.stderr(debug ? `${err.stack ?? ''}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return EXIT_CODES.internal;
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  return run(argv, processIo());
}
