import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import { createTempProject, type TempProject } from '../../test/helpers/temp-project.js';
import { openIndexCache } from '../stages/memory-lookup/index-cache-file.js';
import { INDEX_CACHE_FILE } from '../stages/memory-lookup/open-memory-index.js';
import { MEMORY_FILE } from '../stores/memory-file.js';
import { buildEditions } from './build-editions.js';

// Counts whole-file scans of memory.jsonl (parsing every line is most of a build's time at 1M entries).
const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../stores/memory-file.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../stores/memory-file.js')>();
  return { ...real, scanMemoryBytes: (bytes: Buffer) => (scans.count++, real.scanMemoryBytes(bytes)) };
});

const SLUG = 'huguan-2019-taihang';
let project: TempProject;
beforeEach(async () => {
  project = await createTempProject({ withCorpus: true });
});
afterEach(async () => project.dispose());

const edition = (root: string, name: string): Promise<string> => readFile(join(root, 'translations', name), 'utf8');

/** Waits past the index cache's racy window (100 ms), so the cache built now is trusted by stat. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

describe('buildEditions on the index cache', () => {
  it('never scans memory.jsonl whole while the index cache is current, and writes the same editions', async () => {
    await buildEditions(project.root, [SLUG]); // builds the index cache
    await settle();
    await buildEditions(project.root, [SLUG]); // the cache's stat is now trusted: re-stamped, not rebuilt
    await rm(join(project.root, 'translations', `${SLUG}.en.md`));
    scans.count = 0;
    const result = await buildEditions(project.root, [SLUG]);
    expect(scans.count).toBe(0);
    expect(result.reports[0]!.written).toEqual([`translations/${SLUG}.en.md`]);
    expect(await edition(project.root, `${SLUG}.en.md`)).toBe(await edition(REPO_ROOT, `${SLUG}.en.md`));
  });

  it('records a new report on exactly the entries found in it, every other line of memory.jsonl unchanged', async () => {
    await cp(join(project.root, 'corpus', SLUG), join(project.root, 'corpus', 'huguan-copy'), { recursive: true });
    const before = (await readFile(join(project.root, MEMORY_FILE), 'utf8')).split('\n');
    await buildEditions(project.root, ['huguan-copy']);
    const after = (await readFile(join(project.root, MEMORY_FILE), 'utf8')).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]).map((line) => JSON.parse(line) as { reports: string[] });
    const inHuguan = before.filter((line) => line.includes(`"${SLUG}"`)).length;
    expect(changed).toHaveLength(inHuguan);
    for (const entry of changed) expect(entry.reports).toEqual(expect.arrayContaining([SLUG, 'huguan-copy']));
  });

  it('rebuilds a damaged index cache and builds the same editions', async () => {
    // A sentence the memory has only a fuzzy match for, so the build searches the fuzzy index.
    const zh = join(project.root, 'corpus', SLUG, 'zh.md');
    const text = await readFile(zh, 'utf8');
    const near = text.split('\n').find((line) => line.includes('全力打造“红色、绿色、蓝色、本色”'))!.replace('全力', '全面');
    await writeFile(zh, `${text}\n${near}\n`);
    await buildEditions(project.root, [SLUG]);
    const fresh = await edition(project.root, `${SLUG}.zh-en.md`);
    expect(fresh).toMatch(/^### `[0-9a-f]{10}` fuzzy$/m);
    const cache = join(project.root, INDEX_CACHE_FILE);
    const bytes = await readFile(cache);
    // Every byte of the posting lists (the last section; its offset and length are in the header's
    // section table), so any fuzzy search meets a list that fails its CRC-32.
    const [offset, length] = [bytes.readDoubleLE(104 + 16 * 12), bytes.readDoubleLE(112 + 16 * 12)];
    for (let at = offset; at < offset + 4 * length; at++) bytes[at] = bytes[at]! ^ 0xff;
    await writeFile(cache, bytes);
    await rm(join(project.root, 'translations', `${SLUG}.zh-en.md`));
    const result = await buildEditions(project.root, [SLUG]);
    expect(result.reports[0]!.written).toEqual([`translations/${SLUG}.zh-en.md`]);
    expect(await edition(project.root, `${SLUG}.zh-en.md`)).toBe(fresh);
    expect(await openIndexCache(cache, { preload: true })).not.toHaveProperty('unusable');
  });
});
