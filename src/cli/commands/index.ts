import type { RegisterCommand } from '../context.js';

export interface CommandModule {
  /** The top-level command names the module registers. */
  names: readonly string[];
  load(): Promise<RegisterCommand>;
}

/**
 * Every top-level command, in the order `--help` lists them, each loaded only when needed: a run
 * of one command imports that command's modules alone (`memory lookup` starts in a fraction of the
 * time it took to load all ~460 modules). index.test.ts checks `names` against what each registers.
 */
export const COMMAND_MODULES: CommandModule[] = [
  { names: ['init'], load: async () => (await import('./init.js')).registerInitCommand },
  { names: ['add', 'ingest'], load: async () => (await import('./corpus.js')).registerCorpusCommands },
  { names: ['segments'], load: async () => (await import('./segments.js')).registerSegmentsCommand },
  { names: ['build'], load: async () => (await import('./build.js')).registerBuildCommand },
  { names: ['status'], load: async () => (await import('./status.js')).registerStatusCommand },
  { names: ['check'], load: async () => (await import('./check.js')).registerCheckCommand },
  { names: ['memory'], load: async () => (await import('./memory.js')).registerMemoryCommands },
  { names: ['sync'], load: async () => (await import('./sync.js')).registerSyncCommand },
  { names: ['review'], load: async () => (await import('./review.js')).registerReviewCommand },
  { names: ['glossary'], load: async () => (await import('./glossary.js')).registerGlossaryCommands },
  { names: ['align'], load: async () => (await import('./align.js')).registerAlignCommand },
  { names: ['translate'], load: async () => (await import('./translate.js')).registerTranslateCommand },
  { names: ['xliff'], load: async () => (await import('./xliff.js')).registerXliffCommands },
  { names: ['db'], load: async () => (await import('./db.js')).registerDbCommands },
  { names: ['publish'], load: async () => (await import('./publish.js')).registerPublishCommand },
  { names: ['style'], load: async () => (await import('./style.js')).registerStyleCommands },
  { names: ['po'], load: async () => (await import('./po.js')).registerPoCommands },
];

/** The modules a run needs: the one naming `argv`'s command, none for --version, or all (help, unknown command). */
export function commandModulesFor(argv: readonly string[]): CommandModule[] {
  const name = commandName(argv);
  if (name === undefined && (argv.includes('-V') || argv.includes('--version'))) return [];
  const one = COMMAND_MODULES.find((m) => name !== undefined && m.names.includes(name));
  return one ? [one] : COMMAND_MODULES;
}

/** The first word that is not a global option (-C/--project take a value). */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-C' || arg === '--project') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
