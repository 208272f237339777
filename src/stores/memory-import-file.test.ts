import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { readImportFile } from './memory-import-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dz-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function rejection(path: string): Promise<InputError> {
  const error = await readImportFile(path).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readImportFile: CSV', () => {
  it('rejects an unclosed quote at the line where it opened instead of merging rows', async () => {
    const path = await fileWith('unclosed.csv', 'zh,en\n甲。,"A. unclosed\n乙。,B.\n');
    const error = await rejection(path);
    expect(error.message).toContain(`${path}:2: a quoted field opens on this line and is never closed`);
    expect(error.hint).toContain('Close the quote');
    expect(error.exitCode).toBe(2);
  });

  it('names the line a row starts on, after a quoted field with a line break', async () => {
    const path = await fileWith('lines.csv', 'zh,en,state\n甲。,"A.\nstill A.",translated\n乙。,B.,finished\n');
    const error = await rejection(path);
    expect(error.details).toEqual([`${path}:4: "state" must be one of empty, draft, translated, reviewed, approved, not "finished".`]);
  });

  it('reads quoted commas, doubled quotes and a BOM', async () => {
    const path = await fileWith('ok.csv', '\uFEFFzh,en,note\r\n沁县。,"Qin County, ""Shanxi"".",n\r\n');
    expect(await readImportFile(path)).toEqual([{ zh: '沁县。', en: 'Qin County, "Shanxi".', note: 'n', at: `${path}:2`, entry: {} }]);
  });
});

describe('readImportFile: JSONL', () => {
  it('accepts a byte-order mark on the first line', async () => {
    const path = await fileWith('bom.jsonl', '\uFEFF{"zh":"沁县。","en":"Qin County."}\n');
    expect(await readImportFile(path)).toEqual([{ zh: '沁县。', en: 'Qin County.', at: `${path}:1`, entry: {} }]);
  });

  it('reports a bad line as file:line with the reason', async () => {
    const path = await fileWith('bad.jsonl', '{"zh":"沁县。","en":"Qin County."}\n{"zh":"壶关。",\n');
    const error = await rejection(path);
    expect(error.details).toHaveLength(1);
    expect(error.details[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON \\(.+\\)\\.$`));
  });
});
