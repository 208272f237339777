import type { Command } from 'commander';
import type { CliIo } from './io.js';
import type { ExitCode } from '../errors.js';

/** Shared by every command: where the project is, how to print, and how to report an exit code. */
export interface CommandContext {
  io: CliIo;
  /** Resolved project root (from --project, or cwd). */
  projectRoot(): string;
  /** Raise the exit code (never lowers it: findings in one report are not hidden by a clean one). */
  setExit(code: ExitCode): void;
  debug(): boolean;
}

/** Every command module exports one of these; program.ts registers them all. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
