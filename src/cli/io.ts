/** Everything the CLI touches of the outside world, so commands run in-process in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is an interactive terminal (progress bars, colours). */
  isTTY: boolean;
  /** Registered by long-running commands (review server) so tests can stop them. */
  onShutdown?: (stop: () => Promise<void>) => void;
}

export function processIo(): CliIo {
  // A closed pipe (duizhao segments x | head) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** An in-memory IO for tests: collects output. */
export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    cwd,
    env,
    isTTY: false,
  };
}
