import type { RegisterCommand } from '../context.js';

/** Every top-level command, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [];
