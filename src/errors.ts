/**
 * Program problems (bad usage, unreadable input, unreachable back-end) are AppErrors.
 * Problems in the *text* are diagnostics, not exceptions (see model/diagnostic.ts).
 */

/** The one exit-code table; printed by `--help` and documented in the README. */
export const EXIT_CODES = {
  ok: 0,
  findings: 1,
  usage: 2,
  backendUnavailable: 3,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export const EXIT_CODE_HELP = [
  'Exit codes:',
  '  0   ok',
  '  1   finished with findings (quality errors, conflicts, untranslated segments with --strict)',
  '  2   usage, configuration or input error',
  '  3   translation back-end or memory server unavailable',
  '  70  internal bug (please report it, with --debug output)',
].join('\n');

export interface AppErrorOptions {
  hint?: string;
  cause?: unknown;
  exitCode?: ExitCode;
  /** Extra lines listed under the message, e.g. every validation problem at once. */
  details?: string[];
}

export class AppError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  readonly details: string[];

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_CODES.usage;
    this.details = options.details ?? [];
  }
}

/** Input files that cannot be read or decoded (exit 2). */
export class InputError extends AppError {
  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(code, message, { ...options, exitCode: EXIT_CODES.usage });
    this.name = 'InputError';
  }
}

/** Project configuration, glossary or memory files that are invalid (exit 2). */
export class ConfigError extends AppError {
  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(code, message, { ...options, exitCode: EXIT_CODES.usage });
    this.name = 'ConfigError';
  }
}

/** A translation back-end that stayed unavailable after retries (exit 3). */
export class BackendUnavailableError extends AppError {
  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(code, message, { ...options, exitCode: EXIT_CODES.backendUnavailable });
    this.name = 'BackendUnavailableError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
