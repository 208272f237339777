import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { readUserFile } from './read-user-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dz-user-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { maxBytes: 2 * 1024 * 1024, sizeHint: 'Split it.', textHint: 'Save as CSV UTF-8.' };

async function refusal(name: string, bytes: Uint8Array): Promise<InputError> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const error = await readUserFile(path, OPTIONS).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toContain(path);
  return error as InputError;
}

describe('readUserFile', () => {
  it.each([
    ['terms.xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], 'input/binary', 'a ZIP archive (an .xlsx, .ods or .docx document?)'],
    ['terms.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'input/binary', 'an OLE document (an .xls or .doc file?)'],
    ['utf16.csv', [...iconv.encode('\uFEFFzh,en\n', 'utf16-le')], 'input/binary', 'UTF-16 text'],
    ['nul.csv', [0x7a, 0x68, 0x2c, 0x00, 0x65, 0x6e], 'input/binary', 'binary (it contains NUL bytes)'],
    ['gbk.csv', [...iconv.encode('zh,en\n沁县。,Qin County.\n', 'gbk')], 'input/not-utf8', 'not valid UTF-8'],
  ])('refuses %s with exit 2 and the hint', async (name, bytes, code, what) => {
    const error = await refusal(name, Uint8Array.from(bytes));
    expect(error).toMatchObject({ code, exitCode: 2 });
    expect(error.message).toContain(what);
    expect(error.hint).toContain('Save as CSV UTF-8.');
  });

  it('refuses a file over the limit before reading it, naming size, limit and what to do', async () => {
    const path = join(dir, 'huge.tmx');
    await writeFile(path, '');
    await truncate(path, 3 * 1024 * 1024);
    const error = await readUserFile(path, OPTIONS).then(() => undefined, (e: unknown) => e as InputError);
    expect(error).toMatchObject({ code: 'input/too-large', exitCode: 2, hint: 'Split it.', message: `${path} is 3 MB; this command reads files up to 2 MB.` });
  });

  it('refuses a folder and a missing file', async () => {
    await mkdir(join(dir, 'folder'));
    await expect(readUserFile(join(dir, 'folder'), OPTIONS)).rejects.toMatchObject({ code: 'input/unreadable', exitCode: 2 });
    await expect(readUserFile(join(dir, 'missing.csv'), OPTIONS)).rejects.toMatchObject({ code: 'input/unreadable', exitCode: 2 });
  });

  it('reads UTF-8 text without its byte-order mark', async () => {
    const path = join(dir, 'ok.csv');
    await writeFile(path, '\uFEFFzh,en\r\n沁县。,Qin County.\r\n');
    expect(await readUserFile(path, OPTIONS)).toBe('zh,en\r\n沁县。,Qin County.\r\n');
  });
});
