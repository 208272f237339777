import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths.js';

/**
 * The translators' tools the exchange tests run, all from Debian packages that
 * scripts/setup-test-env.mjs installs: OmegaT 3.6, translate-toolkit 3.8, gettext, xmllint, and
 * the OASIS XLIFF 1.2 schema as php-symfony-translation ships it.
 */
export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
export const GROOVY_JAR = '/usr/share/java/groovy-all.jar';
const SYMFONY_SCHEMAS = '/usr/share/php/Symfony/Component/Translation/Resources/schemas';
/** System Python: translate-toolkit is installed for it, not for a python3 earlier on PATH. */
export const PYTHON = '/usr/bin/python3';

const REQUIRED: Record<string, string> = {
  [OMEGAT_JAR]: 'omegat', [GROOVY_JAR]: 'groovy (with omegat)', '/usr/bin/pocount': 'translate-toolkit', '/usr/bin/po2xliff': 'translate-toolkit',
  '/usr/bin/msgfmt': 'gettext', '/usr/bin/xmllint': 'libxml2-utils', '/usr/bin/unzip': 'unzip', '/usr/bin/java': 'a Java runtime (with omegat)',
  [`${SYMFONY_SCHEMAS}/xliff-core-1.2-strict.xsd`]: 'php-symfony-translation',
};

/** Throws, naming the missing packages, unless every tool is installed: these tests never skip. */
export function requirePeerTools(): void {
  const missing = Object.entries(REQUIRED).filter(([path]) => !existsSync(path)).map(([path, pkg]) => `${path} (${pkg})`);
  if (missing.length) throw new Error(`peer-tool tests need: ${missing.join(', ')}. Run: node scripts/setup-test-env.mjs`);
}

export interface Ran {
  stdout: string;
  stderr: string;
}

/** Runs a tool; a non-zero exit rejects with its output. */
export async function runTool(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<Ran> {
  const { stdout, stderr } = await promisify(execFile)(command, args, { timeout: options.timeout ?? 120_000, maxBuffer: 64 << 20, ...(options.cwd ? { cwd: options.cwd } : {}) });
  return { stdout: String(stdout), stderr: String(stderr) };
}

export interface Schemas {
  /** TMX 1.4 DTD as OmegaT 3.6 ships it (OmegaT.jar: schemas/tmx14.dtd). */
  tmxDtd: string;
  /** TBX (2008 martif) schema as OmegaT 3.6 ships it (OmegaT.jar: schemas/tbx.xsd). */
  tbxXsd: string;
  /** OASIS XLIFF 1.2 strict schema (php-symfony-translation) + duizhao's extension attributes. */
  xliffXsd: string;
}

/** The schemas, copied into `dir` with their imports pointing at local copies (no network). */
export async function prepareSchemas(dir: string): Promise<Schemas> {
  await mkdir(dir, { recursive: true });
  const local = (xsd: string) => xsd.replace(/schemaLocation="(?:http:\/\/www\.w3\.org\/2001\/)?xml\.xsd"/, 'schemaLocation="xml.xsd"');
  await copyFile(`${SYMFONY_SCHEMAS}/xml.xsd`, join(dir, 'xml.xsd'));
  const fromJar = async (entry: string) => (await runTool('unzip', ['-p', OMEGAT_JAR, entry])).stdout;
  await writeFile(join(dir, 'tmx14.dtd'), await fromJar('schemas/tmx14.dtd'));
  await writeFile(join(dir, 'tbx.xsd'), local(await fromJar('schemas/tbx.xsd')));
  await writeFile(join(dir, 'xliff-core-1.2-strict.xsd'), local(await readFile(`${SYMFONY_SCHEMAS}/xliff-core-1.2-strict.xsd`, 'utf8')));
  await copyFile(join(REPO_ROOT, 'test/fixtures/xliff/duizhao-xliff-extension.xsd'), join(dir, 'duizhao-xliff-extension.xsd'));
  await writeFile(join(dir, 'xliff-duizhao.xsd'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    '  <xsd:import namespace="urn:oasis:names:tc:xliff:document:1.2" schemaLocation="xliff-core-1.2-strict.xsd"/>',
    '  <xsd:import namespace="urn:duizhao:xliff:1" schemaLocation="duizhao-xliff-extension.xsd"/>',
    '</xsd:schema>', '',
  ].join('\n'));
  return { tmxDtd: join(dir, 'tmx14.dtd'), tbxXsd: join(dir, 'tbx.xsd'), xliffXsd: join(dir, 'xliff-duizhao.xsd') };
}

/** pocount --csv for one file: translated, fuzzy and untranslated message counts. */
export async function pocount(file: string): Promise<{ translated: number; fuzzy: number; untranslated: number; total: number }> {
  const { stdout } = await runTool('pocount', ['--csv', file]);
  const row = stdout.trim().split('\n').at(-1)!.split(',').map((c) => c.trim());
  return { translated: Number(row[1]), fuzzy: Number(row[4]), untranslated: Number(row[6]), total: Number(row[8]) };
}
