import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import { openProjectRoot } from '../app/project.js';
import { useProjectMemoryStore } from '../app/memory-server/use-project-memory-store.js';
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
  const program = await createProgram({
    io,
    projectRoot: () => (root ??= openProject(program.opts<{ project?: string }>().project, io, argv)),
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

/**
 * The project root (or an error outside one), with duizhao.yaml validated: one verdict for every
 * command. A project whose memory is on a server gets its store here, for every command to use
 * (the review page's saves too, long after run() returned; idle connections never keep the
 * process alive).
 */
function openProject(option: string | undefined, io: CliIo, argv: readonly string[]): string {
  const { root, config } = openProjectRoot(io.cwd, option === undefined ? undefined : resolve(io.cwd, option));
  useProjectMemoryStore(root, config, io.env, argv, (message) => io.stderr(`duizhao: ${message}\n`));
  return root;
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  return run(argv, processIo());
}
