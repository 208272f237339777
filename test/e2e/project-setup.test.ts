import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { SEEDS } from '../helpers/paths.js';

const SEED = join(SEEDS, '004_7bea98d680bfecd6.txt');

async function cli(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await run(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Every file under `dir` with its content, for "nothing else changed" checks (the derived index cache aside). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (path.slice(dir.length + 1).startsWith('.duizhao-cache')) continue;
    out[path.slice(dir.length + 1)] = entry.isFile() ? await readFile(path, 'utf8') : '<dir>';
  }
  return out;
}

const NEEDS_PROJECT: string[][] = [
  ['status'], ['build'], ['add', SEED, '--id', 'fang'], ['ingest'], ['segments', 'fang'], ['check'], ['sync'],
  ['translate'], ['memory', 'stats'], ['memory', 'lookup', '脱贫攻坚'], ['glossary', 'list'], ['glossary', 'lint'],
  ['xliff', 'export', 'fang'], ['align', SEED, SEED, '--into', 'memory'],
];

describe('outside a project', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duizhao-noproject-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it.each(NEEDS_PROJECT.map((argv) => [argv.join(' '), argv]))('%s fails with exit 2 and writes nothing', async (_, argv) => {
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    const result = await cli(dir, ...(argv as string[]));
    expect(result.code).toBe(2);
    expect(result.err).toContain('duizhao: not a duizhao project (no duizhao.yaml here or above)');
    expect(result.err).toContain('hint: Run `duizhao init`');
    expect(result.out).toBe('');
    expect(await snapshot(dir)).toEqual({ 'notes.txt': 'mine\n' });
  });

  it('-C to a folder without duizhao.yaml fails the same way, naming the folder', async () => {
    const result = await cli(tmpdir(), '-C', dir, 'status');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`not a duizhao project (no duizhao.yaml here or above): ${dir}`);
  });

  it('init creates a project that every command accepts, and the empty glossary lints clean', async () => {
    const result = await cli(dir, 'init');
    expect(result.code).toBe(0);
    const files = await snapshot(dir);
    expect(Object.keys(files).sort()).toEqual([
      '.gitignore', 'corpus', 'duizhao.yaml', 'glossary', 'glossary/general.yaml', 'glossary/schema.json', 'translations', 'translations/memory',
    ]);
    expect(files['duizhao.yaml']).toMatch(/^# duizhao project configuration/);
    expect(files['.gitignore']).toContain('translations/memory.lock/\n');
    expect(files['.gitignore']).toContain('translations/memory/memory.jsonl.*\n');
    const lint = await cli(dir, 'glossary', 'lint');
    expect(lint.err).toBe('');
    expect(lint.code).toBe(0);
    expect((await cli(dir, 'status')).code).toBe(0);
    expect((await cli(dir, 'add', SEED, '--id', 'fang')).code).toBe(0);
    expect((await cli(dir, 'build')).code).toBe(0);
    expect((await cli(dir, 'check')).code).toBeLessThan(2);
  });

  it('init [dir] creates the folder; a second init refuses and changes nothing', async () => {
    const target = join(dir, 'reports');
    expect((await cli(dir, 'init', 'reports')).code).toBe(0);
    await writeFile(join(target, 'duizhao.yaml'), 'check:\n  rules:\n    text/length-ratio: off\n');
    await writeFile(join(target, '.gitignore'), 'mine/\n');
    const before = await snapshot(target);
    const again = await cli(dir, 'init', 'reports');
    expect(again.code).toBe(2);
    expect(again.err).toContain(`${join(target, 'duizhao.yaml')} already exists`);
    expect(await snapshot(target)).toEqual(before);
  });

  it('-C <dir> init initialises that folder', async () => {
    expect((await cli(tmpdir(), '-C', join(dir, 'other'), 'init')).code).toBe(0);
    expect(await readFile(join(dir, 'other', 'duizhao.yaml'), 'utf8')).toMatch(/^# duizhao project configuration/);
  });

  it('init keeps an existing .gitignore and adds only the missing entries', async () => {
    await writeFile(join(dir, '.gitignore'), 'node_modules/\ntranslations/memory.lock/\n');
    expect((await cli(dir, 'init')).code).toBe(0);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\ntranslations/memory.lock/\ntranslations/memory.lock.pid\ntranslations/memory/memory.jsonl.*\n.duizhao-cache/\n/publish/\n');
  });
});

const BAD_CONFIGS: Array<[string, string, string]> = [
  ['a list', '- backends\n- check\n', 'duizhao.yaml:1:1: the configuration must be a mapping'],
  ['a plain sentence', 'this is not a config\n', 'duizhao.yaml:1:1: the configuration must be a mapping'],
  ['malformed YAML', 'backends:\n  openai: [1\ncheck: x\n', 'duizhao.yaml:'],
  ['check as a number', 'check: 5\n', 'duizhao.yaml:1:1: "check" must be a mapping'],
  ['an unknown check rule', 'check:\n  rules:\n    text/nope: off\n', 'duizhao.yaml:3:5: check.rules names an unknown rule "text/nope"'],
  ['a bad severity', 'check:\n  rules:\n    text/length-ratio: loud\n', 'duizhao.yaml:3:5: check.rules.text/length-ratio must be error, warning or off'],
];
const COMMANDS: string[][] = [['status'], ['build'], ['check'], ['translate'], ['memory', 'stats'], ['glossary', 'lint'], ['segments', 'x']];

describe('an invalid duizhao.yaml: one verdict for every command', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createTempProject();
  });
  afterEach(async () => project.dispose());

  const cases = BAD_CONFIGS.flatMap(([name, text, message]) => COMMANDS.map((argv) => [argv.join(' '), name, text, message, argv] as const));
  it.each(cases)('%s with %s: exit 2, file:line and what is wrong', async (_, __, text, message, argv) => {
    await writeFile(join(project.root, 'duizhao.yaml'), text);
    const result = await project.cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('--out never lands on project data', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createTempProject();
    expect((await project.cli('add', SEED, '--id', 'fang')).code).toBe(0);
    await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
    await writeFile(join(project.root, 'translations', 'memory', 'memory.jsonl'), '');
    await mkdir(join(project.root, 'glossary'));
    await writeFile(join(project.root, 'glossary', 'general.yaml'), '[]\n');
  });
  afterEach(async () => project.dispose());

  it.each([
    [['memory', 'export', '--format', 'jsonl', '--out', 'translations/memory/memory.jsonl'], 'the translation memory'],
    [['memory', 'export', '--format', 'tmx', '--out', 'corpus/fang/zh.md'], 'the corpus'],
    [['xliff', 'export', 'fang', '--out', 'duizhao.yaml'], 'the project configuration'],
    [['glossary', 'export', '--format', 'csv', '--out', 'glossary/general.yaml'], 'the glossary'],
  ])('%j is refused with exit 2 and nothing changes', async (argv, what) => {
    const before = await snapshot(project.root);
    const io = memoryIo(project.root);
    const code = await run(['--project', project.root, ...argv], { ...io, cwd: project.root });
    expect(code).toBe(2);
    expect(io.err.join('')).toContain(`would overwrite ${what}`);
    expect(await snapshot(project.root)).toEqual(before);
  });
});
