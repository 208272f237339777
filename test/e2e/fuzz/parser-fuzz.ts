import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGlossaryExchangeFile } from '../../../src/app/glossary/import-glossary.js';
import { parseBilingualEdition } from '../../../src/app/sync/parse-bilingual-edition.js';
import { parseProjectConfig } from '../../../src/config/load-project-config.js';
import { isAppError } from '../../../src/errors.js';
import { parseGlossaryFile } from '../../../src/stores/glossary/parse-glossary-file.js';
import { readImportFile } from '../../../src/stores/memory-import-file.js';
import { loadMemory } from '../../../src/stores/memory-jsonl.js';

/** One parser under fuzzing: the file the seed comes from in the base project, and how to feed it text. */
export interface FuzzTarget {
  name: string;
  seed: string;
  /** Parses `text`; may throw only an AppError with exit code 2. */
  parse(text: string, dir: string): Promise<unknown>;
}

const viaFile = (name: string, read: (path: string) => Promise<unknown>) => async (text: string, dir: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return read(path);
};

export const FUZZ_TARGETS: FuzzTarget[] = [
  { name: 'TMX (memory import)', seed: 'exports/memory.tmx', parse: viaFile('in.tmx', readImportFile) },
  { name: 'XLIFF (memory import)', seed: 'exports/licheng.xlf', parse: viaFile('in.xlf', readImportFile) },
  { name: 'CSV (memory import)', seed: 'exports/memory.csv', parse: viaFile('in.csv', readImportFile) },
  { name: 'JSONL (memory import)', seed: 'exports/memory.jsonl', parse: viaFile('in.jsonl', readImportFile) },
  { name: 'TBX (glossary import)', seed: 'exports/glossary.tbx', parse: viaFile('in.tbx', readGlossaryExchangeFile) },
  { name: 'CSV (glossary import)', seed: 'exports/glossary.csv', parse: viaFile('in.csv', readGlossaryExchangeFile) },
  {
    name: 'memory.jsonl (the memory itself)', seed: 'translations/memory/memory.jsonl',
    parse: async (text, dir) => {
      await mkdir(join(dir, 'translations', 'memory'), { recursive: true });
      await writeFile(join(dir, 'translations', 'memory', 'memory.jsonl'), text);
      return loadMemory(dir);
    },
  },
  { name: 'bilingual Markdown edition (sync)', seed: 'translations/licheng.zh-en.md', parse: async (text) => parseBilingualEdition(text, 'translations/licheng.zh-en.md') },
  { name: 'duizhao.yaml (config loader)', seed: 'duizhao.yaml', parse: async (text) => parseProjectConfig(text) },
  { name: 'glossary YAML', seed: 'glossary/slogans.yaml', parse: async (text) => parseGlossaryFile(text, 'glossary/slogans.yaml') },
];

/** Runs the parser; returns undefined when it parsed or refused with an input error, else what went wrong. */
export async function fuzzOnce(target: FuzzTarget, text: string, dir: string): Promise<string | undefined> {
  try {
    await target.parse(text, dir);
    return undefined;
  } catch (error) {
    if (isAppError(error) && error.exitCode === 2 && !/internal/i.test(error.message)) return undefined;
    return `${target.name}: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`;
  }
}

export async function withScratchDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'duizhao-fuzz-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
