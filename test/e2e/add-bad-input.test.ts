import { readFileSync } from 'node:fs';
import { writeFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { SEEDS } from '../helpers/paths.js';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject();
});
afterAll(async () => project.dispose());

const seedText = ['000_b3943f8056338c7e.txt', '004_7bea98d680bfecd6.txt'].map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');

describe('duizhao add with bad or unusual input', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /is empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binary/],
    ['punctuation.txt', Buffer.from('，。！？\n……\n', 'utf8'), /no Chinese text/],
  ])('%s: exit 2 with a clear message and nothing left behind', async (name, bytes, message) => {
    const file = join(project.root, name);
    await writeFile(file, bytes);
    const result = await project.cli('add', file, '--id', name.replace('.txt', ''));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/hint:/);
    expect(await readdir(join(project.root))).not.toContain('corpus');
  });

  it('a GB18030 report is decoded, and its source.txt kept byte for byte', async () => {
    const file = join(project.root, 'gbk.txt');
    const bytes = iconv.encode(seedText, 'gb18030');
    await writeFile(file, bytes);
    const result = await project.cli('add', file, '--id', 'gbk-report');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/gb18030/);
    expect((await readFile(join(project.root, 'corpus', 'gbk-report', 'source.txt'))).equals(bytes)).toBe(true);
    expect(await readFile(join(project.root, 'corpus', 'gbk-report', 'zh.md'), 'utf8')).toContain('对基础设施');
  });

  it('a file mixing UTF-8 and GB18030 lines is read, and each odd line reported', async () => {
    const file = join(project.root, 'mixed.txt');
    await writeFile(file, Buffer.concat([Buffer.from(seedText, 'utf8'), iconv.encode('\n县委书记调研基础设施建设\n', 'gb18030')]));
    const result = await project.cli('add', file, '--id', 'mixed', '--details');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/source\.txt:\d+: warning ingest\/mixed-encoding: line is not UTF-8; decoded as gb18030/);
  });

  it('a 20 MB report ingests; a file over the 50 MB limit is refused', async () => {
    let big = '';
    while (Buffer.byteLength(big) < 20 * 1024 * 1024) big += `${seedText}\n`;
    const file = join(project.root, 'big.txt');
    await writeFile(file, big);
    const result = await project.cli('add', file, '--id', 'big');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/big: \d{5,} blocks/);
    const huge = join(project.root, 'huge.txt');
    await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 0x41));
    const refused = await project.cli('add', huge, '--id', 'huge');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/limited to 50 MB/);
  }, 120_000);
});
