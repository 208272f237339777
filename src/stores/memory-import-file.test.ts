import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
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

describe('size limits by format', () => {
  // Sparse files: the size is checked before reading, so nothing of them is read or written to disk.
  const sparse = async (name: string, mb: number): Promise<string> => {
    const path = await fileWith(name, '');
    await truncate(path, mb * 1024 * 1024);
    return path;
  };

  it.each([
    ['a 151 MB JSONL file (a 1M-entry memory is ~280 MB) passes the size check', 'big.jsonl', 151, 'input/binary', 'contains NUL bytes'],
    ['a JSONL file over 600 MB is refused', 'huge.jsonl', 601, 'input/too-large', 'this command reads files up to 600 MB'],
    ['TMX stays at 150 MB (parsed as one document, ~20× its size in memory)', 'big.tmx', 151, 'input/too-large', 'this command reads files up to 150 MB'],
  ])('%s', async (_, name, mb, code, message) => {
    const error = await rejection(await sparse(name, mb));
    expect([error.code, error.message]).toEqual([code, expect.stringContaining(message)]);
  });

  it('a JSON line that is not an object is an invalid line, listed with its place', async () => {
    const error = await rejection(await fileWith('null.jsonl', '{"zh":"沁县。","en":"Qin County."}\nnull\n[1]\n'));
    expect([error.code, error.details]).toEqual(['input/invalid', [expect.stringMatching(/null\.jsonl:2: needs string fields "zh" and "en"\.$/), expect.stringMatching(/null\.jsonl:3: needs/)]]);
  });
});
