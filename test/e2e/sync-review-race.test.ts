import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { saveReviewSegment } from '../../src/app/review/save-review-segment.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

/**
 * A review-page save and `duizhao sync` writing the same segment at once. The memory lock is
 * wrapped so that the next writer to ask for it pauses *before* taking it, after it has read the
 * memory the way it always does: the other writer then runs in full, and the paused one resumes.
 * Whichever writes second must see the first one's change and refuse, never overwrite it.
 */
const gate = vi.hoisted(() => ({ pauseNext: false, reached: undefined as (() => void) | undefined, release: undefined as Promise<void> | undefined }));
vi.mock('../../src/stores/lock.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/stores/lock.js')>();
  return {
    ...real,
    withLock: async <T>(dir: string, fn: () => Promise<T>, waitMs?: number): Promise<T> => {
      if (gate.pauseNext) {
        gate.pauseNext = false;
        gate.reached?.();
        await gate.release;
      }
      return real.withLock(dir, fn, waitMs);
    },
  };
});

/** Makes the next writer pause before the lock; resolves `reached` when it gets there. */
function pauseNextWriter(): { reached: Promise<void>; resume: () => void } {
  let resume = () => {};
  gate.release = new Promise<void>((resolve) => (resume = resolve));
  const reached = new Promise<void>((resolve) => (gate.reached = resolve));
  gate.pauseNext = true;
  return { reached, resume };
}

const SLUG = 'fangxian-2020-secretary';
const EDITION = `translations/${SLUG}.zh-en.md`;
const MEMORY = 'translations/memory/memory.jsonl';
const FANG = '房县是国家重点贫困县、全省深度贫困县。';
const BUILT_ENGLISH = 'Fang County is a key county for national poverty alleviation and a deeply impoverished county in the province.';

let project: TempProject;
let segmentId: string;
const read = (path: string) => readFile(join(project.root, path), 'utf8');
const fangEntry = async () => (await loadMemory(project.root)).get(segmentKey(FANG));

/** The reviewer's edit in the bilingual edition: new English for the Fang County sentence. */
async function editEdition(english: string): Promise<void> {
  const edition = await read(EDITION);
  const edited = edition.replace(BUILT_ENGLISH, english);
  expect(edited).not.toBe(edition);
  await writeFile(join(project.root, EDITION), edited);
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  segmentId = documentUnits(await loadSegmentedReport(project.root, SLUG)).find((u) => u.source === FANG)!.id;
}, 60_000);
afterAll(async () => project.dispose());
beforeEach(async () => {
  const lines = (await read(MEMORY)).split('\n').map((line) =>
    line.startsWith(`{"key":"${FANG}"`) ? JSON.stringify({ ...JSON.parse(line), target: BUILT_ENGLISH, state: 'translated', origin: 'manual' }) : line);
  await writeFile(join(project.root, MEMORY), lines.join('\n'));
  expect((await project.cli('build', SLUG)).code).toBe(0);
  expect(await fangEntry()).toMatchObject({ target: BUILT_ENGLISH, state: 'translated' });
}, 60_000);

describe('review save and sync on the same segment at once', () => {
  it('sync paused between its read and its write: the page save wins, sync exits 1 listing the conflict', async () => {
    await editEdition('Fang County, as edited in the file.');
    const pause = pauseNextWriter();
    const sync = project.cli('sync', SLUG);
    await pause.reached;
    const saved = await saveReviewSegment(project.root, SLUG, segmentId, { target: 'Fang County, as saved on the page.', state: 'reviewed', expected: { target: BUILT_ENGLISH, state: 'translated' } });
    expect(saved).toMatchObject({ ok: true, written: true });
    pause.resume();
    const result = await sync;
    expect(result.code).toBe(1);
    expect(result.err).toContain('duizhao sync: 1 conflict; nothing was written.');
    expect(result.err).toMatch(new RegExp(`${EDITION.replace('.', '\\.')}:\\d+: ${segmentId}: was changed in the memory while sync ran \\(it now has reviewed: "Fang County, as saved on the page\\."\\)`));
    expect(await fangEntry()).toMatchObject({ target: 'Fang County, as saved on the page.', state: 'reviewed', origin: 'manual' });
  });

  it('page save paused between its read and its write: sync wins, the page gets 409 with what the memory has now', async () => {
    await editEdition('Fang County, as edited in the file.');
    const pause = pauseNextWriter();
    const save = saveReviewSegment(project.root, SLUG, segmentId, { target: 'Fang County, as saved on the page.', state: 'reviewed', expected: { target: BUILT_ENGLISH, state: 'translated' } });
    await pause.reached;
    const result = await project.cli('sync', SLUG);
    expect(result.err).toBe('');
    expect(result.out).toContain('synced 1 segment into the memory');
    pause.resume();
    expect(await save).toMatchObject({ ok: false, status: 409, current: { target: 'Fang County, as edited in the file.', state: 'translated' } });
    expect(await fangEntry()).toMatchObject({ target: 'Fang County, as edited in the file.', state: 'translated', origin: 'manual' });
  });
});

describe('memory import and a review save on the same segment at once', () => {
  it('import paused before its write: the page save in between is a listed conflict for the import, never overwritten', async () => {
    // The entry is a machine draft when the import starts, so on its own the import would replace it.
    const lines = (await read(MEMORY)).split('\n').map((line) =>
      line.startsWith(`{"key":"${FANG}"`) ? JSON.stringify({ ...JSON.parse(line), state: 'draft', origin: 'mt:openai' }) : line);
    await writeFile(join(project.root, MEMORY), lines.join('\n'));
    const file = join(project.root, 'incoming.jsonl');
    await writeFile(file, `${JSON.stringify({ zh: FANG, en: 'Fang County, as imported.', state: 'translated', origin: 'import' })}\n`);
    const pause = pauseNextWriter();
    const importing = project.cli('memory', 'import', file);
    await pause.reached;
    const saved = await saveReviewSegment(project.root, SLUG, segmentId, { target: 'Fang County, as saved on the page.', state: 'translated', expected: { target: BUILT_ENGLISH, state: 'draft' } });
    expect(saved).toMatchObject({ ok: true, written: true });
    pause.resume();
    const result = await importing;
    expect(result.code).toBe(1);
    expect(result.out).toContain('1 conflict');
    expect(result.out).toContain('memory (translated, manual): Fang County, as saved on the page.');
    expect(result.out).toContain('file   (translated, import): Fang County, as imported.');
    expect(await fangEntry()).toMatchObject({ target: 'Fang County, as saved on the page.', state: 'translated', origin: 'manual' });
  });
});
