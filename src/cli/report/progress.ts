import cliProgress from 'cli-progress';
import type { CliIo } from '../io.js';

export interface ProgressOptions {
  total: number;
  /** What is counted, e.g. `segments`. */
  unit: string;
  /** Plain-line mode: print a line at most every `every` items (and at the end). */
  every?: number;
}

export interface Progress {
  /** Sets how many are done; `note` shows beside the bar (TTY) or at the end of the line. */
  update(done: number, note?: string): void;
  /** A message that must not be overwritten by the bar (a retry, a warning). */
  log(line: string): void;
  stop(): void;
}

/**
 * A small progress reporter: a cli-progress bar with count, rate and ETA when stdout is a
 * terminal, plain `12/40 segments …` lines otherwise (logs, CI, tests).
 */
export function createProgress(io: CliIo, options: ProgressOptions): Progress {
  return io.isTTY ? createBar(io, options) : createLines(io, options);
}

function createBar(io: CliIo, options: ProgressOptions): Progress {
  const stream = { isTTY: true, columns: 100, write: (text: string) => (io.stdout(text), true) };
  const bar = new cliProgress.SingleBar({
    stream: stream as unknown as NodeJS.WritableStream,
    format: `{bar} {value}/{total} ${options.unit} | {rate}/min | ETA {eta_formatted} {note}`,
    gracefulExit: false,
    hideCursor: false,
    clearOnComplete: false,
    etaBuffer: 20,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  const payload = (done: number, note = '') => ({ note, rate: Math.round((done / Math.max(1, Date.now() - started)) * 60_000) });
  bar.start(options.total, 0, payload(0));
  return {
    update: (done, note) => bar.update(done, payload(done, note)),
    log: (line) => {
      // Clear the bar's line, print the message, and let the next update redraw the bar.
      io.stdout(`\r\x1b[2K${line}\n`);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}

function createLines(io: CliIo, options: ProgressOptions): Progress {
  const every = options.every ?? Math.max(1, Math.ceil(options.total / 20));
  let last = 0;
  return {
    update(done, note) {
      if (done - last < every && done !== options.total) return;
      last = done;
      io.stdout(`${done}/${options.total} ${options.unit}${note ? ` ${note}` : ''}\n`);
    },
    log: (line) => io.stdout(`${line}\n`),
    stop: () => undefined,
  };
}
