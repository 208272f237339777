import type { RegisterCommand } from '../context.js';
import { registerCorpusCommands } from './corpus.js';
import { registerSegmentsCommand } from './segments.js';

/** Every top-level command, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [
  registerCorpusCommands,
  registerSegmentsCommand,
];
