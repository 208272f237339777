import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { translateReports } from '../../src/app/translate-reports.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import type { FakeOpenAi } from '../helpers/fake-backends/fake-openai.js';
import type { TempProject } from '../helpers/temp-project.js';
import { createLichengWithOpenAi, distinctSources } from '../helpers/fake-backends/licheng-project.js';

async function draftedKeys(project: TempProject): Promise<string[]> {
  return (await loadMemory(project.root)).entries().filter((e) => e.state === 'draft').map((e) => e.key);
}

describe('duizhao translate: interrupted runs resume, each segment translated exactly once', () => {
  let project: TempProject;
  let server: FakeOpenAi;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ project, server, dispose } = await createLichengWithOpenAi({ batchSize: 3, concurrency: 1, maxRetries: 1 }));
  });
  afterEach(() => dispose());

  it('the server dies after the first batch: exit 3, that batch is kept, the rerun sends only the rest', async () => {
    server.dieAfter = 1;
    const first = await project.cli('translate', '--backend', 'openai');
    expect(first.code).toBe(3);
    expect(first.err).toMatch(/Back-end "openai" is unavailable after 2 attempts/);
    expect(first.err).toContain(`Check that the server at ${server.baseUrl} is running`);
    expect(await draftedKeys(project)).toHaveLength(3);

    server.dieAfter = undefined;
    await server.restart();
    const second = await project.cli('translate', '--backend', 'openai');
    expect(second.code).toBe(0);
    expect(second.out).toContain('openai: 5 drafts saved');
    const sources = await distinctSources(project);
    expect(await draftedKeys(project)).toHaveLength(sources.length);
    for (const source of sources) expect(server.served.get(source)).toBe(1);
    expect(server.served.repeated()).toEqual([]);
  });

  it('Ctrl-C after the first batch: batches in flight are saved, the rerun finishes the others', async () => {
    const stop = new AbortController();
    const first = await translateReports(project.root, {
      backend: 'openai', env: {}, stop: stop.signal,
      onEvent: (event) => {
        if (event.type === 'batch') stop.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.drafted).toBe(3);
    expect(await draftedKeys(project)).toHaveLength(3);

    const second = await translateReports(project.root, { backend: 'openai', env: {} });
    expect(second).toMatchObject({ interrupted: false, segments: 5, drafted: 5 });
    const units = documentUnits(await loadSegmentedReport(project.root, 'licheng'));
    const memory = await loadMemory(project.root);
    for (const unit of units) expect(memory.get(unit.key)?.state).toBe('draft');
    for (const source of await distinctSources(project)) expect(server.served.get(source)).toBe(1);
  });

  it('a hard abort mid-request keeps every batch saved before it', async () => {
    const abort = new AbortController();
    // The first batch is answered; the second request hangs until the abort.
    server.faults.push({ kind: 'none' }, { kind: 'hang' });
    const run = translateReports(project.root, {
      backend: 'openai', env: {}, signal: abort.signal,
      onEvent: (event) => {
        if (event.type === 'batch') setTimeout(() => abort.abort(new Error('interrupted')), 100);
      },
    });
    await expect(run).resolves.toMatchObject({ interrupted: true, drafted: 3 });
    expect(await draftedKeys(project)).toHaveLength(3);
    expect(server.requests).toHaveLength(2);
  });
});
