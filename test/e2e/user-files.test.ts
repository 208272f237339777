import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

let project: TempProject;
const MEMORY = '{"key":"沁县。","source":"沁县。","target":"Qin County.","state":"translated","origin":"manual","reports":[],"created":"2025-01-01T00:00:00.000Z","updated":"2025-01-01T00:00:00.000Z"}\n';
beforeAll(async () => {
  project = await createTempProject();
  await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
  await writeFile(join(project.root, 'translations', 'memory', 'memory.jsonl'), MEMORY);
});
afterAll(async () => project.dispose());

/** Every file under the project (inputs/ excluded) with its content hash. */
async function snapshot(dir = project.root): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !relative(project.root, path).startsWith('inputs')) files[relative(project.root, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return files;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
const TU = '<tu><tuv xml:lang="zh-Hans"><seg>甲&e;</seg></tuv><tuv xml:lang="en"><seg>A.</seg></tuv></tu>';
const ENTITY = (root: string): string => `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n  <!ENTITY e SYSTEM "file:///etc/passwd">\n]>\n`;
const TMX = `${ENTITY('tmx')}<tmx version="1.4"><header/><body>${TU}</body></tmx>\n`;
const XLIFF = `${ENTITY('xliff')}<xliff version="1.2"><file original="corpus/x/zh.md" source-language="zh" datatype="plaintext"><body><trans-unit id="a"><source>甲&e;</source><target>A.</target></trans-unit></body></file></xliff>\n`;
const TBX = `${ENTITY('tbx')}<tbx><text><body><conceptEntry><langSec xml:lang="zh"><termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>\n`;
const MB = 1024 * 1024;

type Case = [name: string, file: string, content: string | Buffer | number, argv: (file: string) => string[], message: RegExp, hint: RegExp];
const CASES: Case[] = [
  ['memory import: unclosed CSV quote', 'pairs.csv', 'zh,en\n甲。,"A. unclosed\n乙。,B.\n', (f) => ['memory', 'import', f], /pairs\.csv:2: a quoted field opens on this line and is never closed/, /Close the quote/],
  ['glossary import: unclosed CSV quote', 'terms.csv', 'zh,en\n扶贫,"poverty\n脱贫,exit\n', (f) => ['glossary', 'import', f], /terms\.csv:2: a quoted field opens/, /Close the quote/],
  ['glossary import: an .xlsx', 'terms.xlsx', ZIP, (f) => ['glossary', 'import', f], /terms\.xlsx is a ZIP archive \(an \.xlsx/, /CSV UTF-8/],
  ['glossary import: an .xlsx renamed .csv', 'terms2.csv', ZIP, (f) => ['glossary', 'import', f], /terms2\.csv is a ZIP archive/, /CSV UTF-8/],
  ['memory import: an .xlsx renamed .csv', 'pairs2.csv', ZIP, (f) => ['memory', 'import', f], /pairs2\.csv is a ZIP archive/, /CSV UTF-8/],
  ['memory import: TMX with a SYSTEM entity', 'evil.tmx', TMX, (f) => ['memory', 'import', f], /evil\.tmx:3: the DOCTYPE declares entities/, /Delete the <!DOCTYPE/],
  ['memory import: XLIFF with a SYSTEM entity', 'evil.xlf', XLIFF, (f) => ['memory', 'import', f], /evil\.xlf:3: the DOCTYPE declares entities/, /Delete the <!DOCTYPE/],
  ['xliff import: a SYSTEM entity', 'evil2.xlf', XLIFF, (f) => ['xliff', 'import', f], /evil2\.xlf:3: the DOCTYPE declares entities/, /Delete the <!DOCTYPE/],
  ['glossary import: TBX with a SYSTEM entity', 'evil.tbx', TBX, (f) => ['glossary', 'import', f], /evil\.tbx:3: the DOCTYPE declares entities/, /Delete the <!DOCTYPE/],
  ['memory import: 151 MB', 'big.tmx', 151 * MB, (f) => ['memory', 'import', f], /big\.tmx is 151 MB; this command reads files up to 150 MB/, /Split it/],
  ['xliff import: 151 MB', 'big.xlf', 151 * MB, (f) => ['xliff', 'import', f], /big\.xlf is 151 MB; this command reads files up to 150 MB/, /one report per XLIFF/],
  ['glossary import: 51 MB', 'big.csv', 51 * MB, (f) => ['glossary', 'import', f], /big\.csv is 51 MB; this command reads files up to 50 MB/, /split it/],
  ['align: 51 MB', 'big.txt', 51 * MB, (f) => ['align', f, f], /big\.txt is 51 MB; this command reads files up to 50 MB/, /one report at a time/],
];

describe('commands refuse unreadable user files with exit 2, file:line and a hint, changing nothing', () => {
  it.each(CASES)('%s', async (_name, name, content, argv, message, hint) => {
    const file = join(project.root, 'inputs', name);
    await mkdir(join(project.root, 'inputs'), { recursive: true });
    if (typeof content === 'number') {
      await writeFile(file, '');
      await truncate(file, content);
    } else await writeFile(file, content);
    const before = await snapshot();
    const result = await project.cli(...argv(file));
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(hint);
    expect(result.code).toBe(2);
    expect(result.err).not.toMatch(/internal error|\n\s+at /);
    expect(await snapshot()).toEqual(before);
  });
});
