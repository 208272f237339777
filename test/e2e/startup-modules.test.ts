import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN } from '../helpers/real-bin.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

// A loader hook that prints every module the real bin loads (ESM, and CommonJS a module imports).
const HOOKS = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** The repository-relative files (or node:… built-ins) the real bin loads for `argv`, and its output. */
function modulesLoadedBy(argv: string[]): { files: string[]; code: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...argv], { encoding: 'utf8' });
  const files = run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7))
    .map((url) => (url.startsWith('file:') ? relative(REPO_ROOT, fileURLToPath(url)) : url));
  return { files, code: run.status, out: run.stdout };
}

// (The server store's own modules are still loaded, for projects whose memory is on a server; pg is not.)
const FOREIGN_TO_LOOKUP = /node_modules\/(remark|unified|mdast|hast|i18next|docx|pdfjs-dist|mammoth|jszip|pg|fast-xml-parser|gettext-parser|ajv|cli-progress|american-british)\/|dist\/(stages\/(qa\/(?!qa-rule-ids|house-spelling)|numbers|ingest|segment|render|align|glossary-match)|backends|review)\//;

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

  it('--version loads no command and nothing beyond the CLI itself', () => {
    const { files, code, out } = modulesLoadedBy(['--version']);
    expect([code, out.trim()]).toEqual([0, '0.1.0']);
    expect(files.filter((f) => f.startsWith('dist/') && !/^dist\/(cli\/(main|program|io|context|commands\/index)|errors)\.js$/.test(f) && !f.startsWith('dist/cli/report/'))).toEqual([]);
    expect(files.filter((f) => f.includes('node_modules/') && !f.includes('node_modules/commander/'))).toEqual([]);
  });

  it('memory lookup loads neither the QA rules, the number readers, the format converters nor the other commands’ libraries', () => {
    const { files, code, out } = modulesLoadedBy(['--project', project.root, 'memory', 'lookup', '沁县小米。']);
    expect(code).not.toBe(70);
    expect(out).toContain('exact (translated, import): Qinxian millet.');
    expect(files.filter((f) => FOREIGN_TO_LOOKUP.test(f))).toEqual([]);
    // Simplified conversion needs only opencc's Traditional→Simplified tables, not the full build.
    expect(files.filter((f) => f.includes('opencc-js/')).map((f) => f.replace(/.*opencc-js\//, ''))).not.toContain('dist/esm/full.js');
  });
});
