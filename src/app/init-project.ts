import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { GLOSSARY_SCHEMA_URL } from '../stores/glossary/glossary-schema.js';
import { CONFIG_FILE, projectPaths } from './project.js';

const CONFIG_TEMPLATE = `# duizhao project configuration. Every key is optional; see README "Configuration".
#
# backends:                               # machine drafts with \`duizhao translate\`
#   openai:                               # any OpenAI-compatible chat-completions server
#     baseUrl: http://127.0.0.1:11434/v1
#     model: qwen2.5:7b
#     # apiKeyEnv: OPENAI_API_KEY         # the name of an environment variable, never the key
#     batchSize: 8
#     concurrency: 2
#
# check:
#   rules:                                # error | warning | off, per rule of \`duizhao check\`
#     text/length-ratio: warning
`;

const GLOSSARY_TEMPLATE = `# yaml-language-server: $schema=./schema.json
# General terms: one entry per term, e.g.
# - zh: 脱贫攻坚
#   en: the fight against poverty
#   kind: general
#   status: approved
[]
`;

/** What git should not track in a project: the memory lock, temp files of interrupted writes, the memory's index cache, duizhao publish's output. */
export const GITIGNORE_ENTRIES = ['translations/memory.lock/', 'translations/memory.lock.pid', 'translations/memory/memory.jsonl.*', '.duizhao-cache/', '/publish/'];

export interface InitProjectResult {
  root: string;
  /** Project-relative paths created or changed, in order. */
  created: string[];
}

/**
 * `duizhao init [dir]`: duizhao.yaml (commented defaults), corpus/, glossary/ (an empty file that
 * lints clean, and the schema for editors), translations/memory/ and .gitignore entries. Refuses
 * to touch a folder that already has duizhao.yaml; an existing .gitignore only gains lines.
 */
export async function initProject(root: string): Promise<InitProjectResult> {
  const paths = projectPaths(root);
  if (existsSync(paths.config)) {
    throw new AppError('project/exists', `${paths.config} already exists: this is a duizhao project already.`, {
      hint: 'Nothing was changed. Edit duizhao.yaml by hand, or run init in another folder.',
    });
  }
  const created: string[] = [];
  for (const [dir, name] of [[paths.corpus, 'corpus/'], [paths.glossary, 'glossary/'], [paths.memory, 'translations/memory/']] as const) {
    if (!existsSync(dir)) created.push(name);
    await mkdir(dir, { recursive: true });
  }
  if (!existsSync(join(paths.glossary, 'general.yaml')) && !(await hasYaml(paths.glossary))) {
    await writeFile(join(paths.glossary, 'general.yaml'), GLOSSARY_TEMPLATE, { flag: 'wx' });
    created.push('glossary/general.yaml');
  }
  if (!existsSync(join(paths.glossary, 'schema.json'))) {
    await copyFile(GLOSSARY_SCHEMA_URL, join(paths.glossary, 'schema.json'));
    created.push('glossary/schema.json');
  }
  if (await addGitignoreEntries(join(root, '.gitignore'))) created.push('.gitignore');
  // Last, with wx: a concurrent init cannot be overwritten either.
  await writeFile(paths.config, CONFIG_TEMPLATE, { flag: 'wx' });
  created.unshift(CONFIG_FILE);
  return { root, created };
}

async function hasYaml(dir: string): Promise<boolean> {
  return (await readdir(dir)).some((name) => /\.ya?ml$/.test(name));
}

/** Appends the entries .gitignore lacks; true when the file changed. */
async function addGitignoreEntries(path: string): Promise<boolean> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : '';
  const lines = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE_ENTRIES.filter((entry) => !lines.has(entry));
  if (missing.length === 0) return false;
  const prefix = current === '' || current.endsWith('\n') ? current : `${current}\n`;
  await writeFile(path, `${prefix}${missing.join('\n')}\n`);
  return true;
}
