import type { RegisterCommand } from '../context.js';
import { registerAlignCommand } from './align.js';
import { registerBuildCommand } from './build.js';
import { registerCheckCommand } from './check.js';
import { registerCorpusCommands } from './corpus.js';
import { registerGlossaryCommands } from './glossary.js';
import { registerInitCommand } from './init.js';
import { registerMemoryCommands } from './memory.js';
import { registerPoCommands } from './po.js';
import { registerReviewCommand } from './review.js';
import { registerSegmentsCommand } from './segments.js';
import { registerStatusCommand } from './status.js';
import { registerSyncCommand } from './sync.js';
import { registerTranslateCommand } from './translate.js';
import { registerXliffCommands } from './xliff.js';

/** Every top-level command, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [
  registerInitCommand,
  registerCorpusCommands,
  registerSegmentsCommand,
  registerBuildCommand,
  registerStatusCommand,
  registerCheckCommand,
  registerMemoryCommands,
  registerSyncCommand,
  registerReviewCommand,
  registerGlossaryCommands,
  registerAlignCommand,
  registerTranslateCommand,
  registerXliffCommands,
  registerPoCommands,
];
