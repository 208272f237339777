import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN } from '../helpers/real-bin.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

// Prints every file the real bin loads: ES modules through a loader hook, CommonJS through
// Module._load (a require() from a bundled or external package, e.g. opencc's tables).
const HOOKS = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const file = Module._resolveFilename(request, parent, isMain);
  process.stderr.write('LOADED ' + (file.startsWith('/') ? pathToFileURL(file).href : 'node:' + file.replace(/^node:/, '')) + '\\n');
  return load.apply(this, arguments);
};`;

/** Which modules (repository-relative, as bundled) each chunk of dist/bundle/ holds: written by scripts/bundle-cli.mjs. */
const CHUNK_INPUTS = (): Record<string, string[]> => JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'inputs.json'), 'utf8')) as Record<string, string[]>;

interface Loaded {
  /** Repository-relative files (or node:… built-ins) the process loaded. */
  files: string[];
  /** What ran: the modules of the bundle chunks it loaded (src/…, node_modules/…), and every other file it loaded. */
  modules: string[];
  code: number | null;
  out: string;
}

function modulesLoadedBy(argv: string[]): Loaded {
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...argv], { encoding: 'utf8' });
  const files = [...new Set(run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7))
    .map((url) => (url.startsWith('file:') ? relative(REPO_ROOT, fileURLToPath(url)) : url)))];
  const chunks = CHUNK_INPUTS();
  const modules = files.flatMap((f) => (f.startsWith('dist/bundle/') ? chunks[f.slice('dist/bundle/'.length)] ?? [`${f} (not in inputs.json)`] : [f]));
  return { files, modules, code: run.status, out: run.stdout };
}

const FOREIGN_TO_LOOKUP = /node_modules\/(remark|unified|mdast|hast|i18next|docx|pdfjs-dist|mammoth|jszip|pg|fast-xml-parser|gettext-parser|ajv|cli-progress|american-british|proper-lockfile|graceful-fs|write-file-atomic|opencc-js)\/|src\/(stages\/(qa\/(?!qa-rule-ids|house-spelling)|numbers|ingest|segment|render|align|glossary-match)|backends|review)\//;

describe('what a command loads at start-up (the real bin)', () => {
  let project: TempProject;
  beforeAll(async () => {
    assertBuilt();
    project = await createTempProject();
    const pairs = join(project.root, 'pairs.jsonl');
    await writeFile(pairs, `${JSON.stringify({ zh: '沁县小米。', en: 'Qinxian millet.' })}\n${JSON.stringify({ zh: '沁县小米产业。', en: 'The Qinxian millet industry.' })}\n`);
    expect((await project.cli('memory', 'import', pairs)).code).toBe(0);
  });
  afterAll(() => project.dispose());

  it('runs from the bundle: bin/duizhao.js loads dist/bundle/ chunks, no module of dist/ compiled one by one', () => {
    const { files, code, out } = modulesLoadedBy(['--version']);
    expect([code, out.trim()]).toEqual([0, '0.1.0']);
    expect(files.filter((f) => f.startsWith('dist/') || f.startsWith('bin/'))).toContain('dist/bundle/main.js');
    expect(files.filter((f) => (f.startsWith('dist/') && !f.startsWith('dist/bundle/')) || f.includes('node_modules/'))).toEqual([]);
    // A fresh clone builds the bundle with `npm ci`: prepare runs tsc and then the bundler.
    const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect([scripts['prepare'], scripts['build']]).toEqual(['npm run build', 'tsc -p tsconfig.build.json && node scripts/bundle-cli.mjs']);
  });

  it('--version loads no command and nothing beyond the CLI itself', () => {
    const { modules } = modulesLoadedBy(['--version']);
    expect(modules.filter((f) => f.startsWith('src/') && !/^src\/(cli\/(main|program|io|context|commands\/index)|errors)\.ts$/.test(f) && !f.startsWith('src/cli/report/'))).toEqual([]);
    expect(modules.filter((f) => f.includes('node_modules/') && !f.includes('node_modules/commander/'))).toEqual([]);
  });

  it('memory lookup loads neither the QA rules, the number readers, the format converters, the lock nor the other commands’ libraries', () => {
    const { modules, code, out } = modulesLoadedBy(['--project', project.root, 'memory', 'lookup', '沁县小米。']);
    expect(code).not.toBe(70);
    expect(out).toContain('exact (translated, import): Qinxian millet.');
    expect(modules.filter((f) => FOREIGN_TO_LOOKUP.test(f))).toEqual([]);
    expect(modules.filter((f) => f.startsWith('src/')).length).toBeLessThan(75);
    // commander's executable subcommands are never used: the bundle requires child_process on use.
    expect(modules.filter((f) => f.startsWith('node:child_process'))).toEqual([]);
  });

  it('a Traditional query loads opencc’s Traditional→Simplified tables alone, not its full build', () => {
    const { modules, code, out } = modulesLoadedBy(['--project', project.root, 'memory', 'lookup', '沁縣小米產業。']);
    expect([code, out]).toEqual([0, expect.stringContaining('exact (translated, import): The Qinxian millet industry.')]);
    expect(modules.filter((f) => f.includes('opencc-js/'))).toEqual(['node_modules/opencc-js/dist/umd/t2cn.js']);
  });
});
