import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { findUnresolvedAlias, unresolvedAliasMessage } from '../stores/find-unresolved-alias.js';
import { readConfigSections, type ProjectConfigSections } from './read-config-sections.js';
import { keyPosition } from './yaml-positions.js';

export const PROJECT_CONFIG_FILE = 'duizhao.yaml';

export interface ProjectConfig extends ProjectConfigSections {
  /** Project-relative file the config came from (`duizhao.yaml`). */
  file: string;
  /** Whether the file exists (a project without one runs on defaults). */
  exists: boolean;
  /** The whole parsed document, for sections other modules own. */
  raw: Record<string, unknown>;
  /** Problems that do not stop anything, e.g. unknown keys, as `duizhao.yaml:3:1: …`. */
  warnings: string[];
  /** `line:column` of a key path, for messages about values the caller validates. */
  position(path: readonly string[]): string | undefined;
}

/**
 * Reads the project configuration `duizhao.yaml` (absent → defaults). Malformed YAML and wrong
 * shapes throw one ConfigError (exit 2) listing every problem as `duizhao.yaml:line:col: …`;
 * unknown keys come back as warnings, so a typo is visible without blocking the run.
 */
export async function loadProjectConfig(root: string): Promise<ProjectConfig> {
  return loadProjectConfigSync(root);
}

/**
 * The same verdict, synchronously: the CLI runs it once for every command that opens the
 * project, so an invalid duizhao.yaml stops `status` exactly as it stops `translate`.
 */
export function loadProjectConfigSync(root: string): ProjectConfig {
  let text: string;
  try {
    text = readFileSync(join(root, PROJECT_CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: PROJECT_CONFIG_FILE, exists: false, raw: {}, warnings: [], position: () => undefined };
    throw new ConfigError('config/unreadable', `${PROJECT_CONFIG_FILE} cannot be read: ${(error as Error).message}`, { cause: error, hint: 'Check the file permissions.' });
  }
  return parseProjectConfig(text);
}

export function parseProjectConfig(text: string, file = PROJECT_CONFIG_FILE): ProjectConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const details = doc.errors.map((e) => {
      const { line, col } = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
      return `${file}:${line}:${col}: ${e.message.split('\n')[0]}`;
    });
    throw new ConfigError('config/invalid-yaml', `${file} is not valid YAML.`, { details, hint: 'Fix the lines listed; YAML indentation uses spaces, not tabs.' });
  }
  const alias = findUnresolvedAlias(doc, text);
  if (alias) throw new ConfigError('config/invalid-yaml', unresolvedAliasMessage(file, alias), { hint: `Write the value itself, or define &${alias.alias} first.` });
  const value: unknown = doc.toJS() ?? {};
  const position = (path: readonly string[]) => keyPosition(doc, lines, path);
  const where = (path: readonly string[]) => `${file}:${position(path) ?? '1:1'}`;
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new ConfigError('config/invalid', `${file}:1:1: the configuration must be a mapping of keys (backends:, check:), got ${Array.isArray(value) ? 'a list' : typeof value}.`, {
      hint: 'See README "Configuration" for the keys.',
    });
  }
  const raw = value as Record<string, unknown>;
  const { sections, errors, warnings } = readConfigSections(raw, where);
  if (errors.length) {
    throw new ConfigError('config/invalid', `${file} has ${errors.length} problem${errors.length > 1 ? 's' : ''}.`, { details: errors, hint: 'See README "Configuration" for the keys and their values.' });
  }
  return { ...sections, file, exists: true, raw, warnings, position };
}
