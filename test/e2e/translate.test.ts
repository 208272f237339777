import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { startFakeDeepl } from '../helpers/fake-backends/fake-deepl.js';
import { startFakeLibreTranslate } from '../helpers/fake-backends/fake-libretranslate.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-backends/fake-openai.js';
import { configureOpenAi, createLichengProject, createLichengWithOpenAi, distinctSources } from '../helpers/fake-backends/licheng-project.js';
import type { TempProject } from '../helpers/temp-project.js';

describe('duizhao translate (openai, fake server)', () => {
  let project: TempProject;
  let server: FakeOpenAi;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ project, server, dispose } = await createLichengWithOpenAi());
  });
  afterEach(() => dispose());

  it('--dry-run counts segments, characters and requests without sending anything', async () => {
    const result = await project.cli('translate', '--backend', 'openai', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('licheng: 8 segments to draft');
    expect(result.out).toMatch(/^8 segments, 1\d\d characters, about 3 requests/m);
    expect(server.requests).toEqual([]);
  });

  it('fills every segment with a verified draft, each sentence sent once', async () => {
    const result = await project.cli('translate', '--backend', 'openai');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('openai: 8 drafts saved (8 clean, 0 flagged for review), 0 failed, 3 requests.');
    const memory = await loadMemory(project.root);
    const units = documentUnits(await loadSegmentedReport(project.root, 'licheng'));
    for (const unit of units) {
      expect(memory.get(unit.key)).toMatchObject({ state: 'draft', origin: 'mt:openai', reports: ['licheng'] });
      expect(memory.get(unit.key)?.flags).toBeUndefined();
    }
    expect(memory.get('黎城县坚持“精准扶贫、精准脱贫”基本方略。')?.target).toBe('Draft: Licheng County; targeted poverty alleviation; targeted poverty elimination.');
    for (const source of await distinctSources(project)) expect(server.served.get(source)).toBe(1);
    // A second run finds nothing to do.
    const again = await project.cli('translate');
    expect(again.out).toContain('Nothing to translate');
    expect(server.requests).toHaveLength(3);
  });

  it('never replaces a human translation and never sends it', async () => {
    const memory = await loadMemory(project.root);
    const key = '脱贫攻坚，是当前最大的政治任务。';
    memory.upsert({ key, source: key, target: 'The fight against poverty is the foremost political task.', state: 'translated', origin: 'manual', reports: ['licheng'] });
    await memory.save();
    expect((await project.cli('translate')).code).toBe(0);
    expect((await loadMemory(project.root)).get(key)).toMatchObject({ state: 'translated', origin: 'manual', target: 'The fight against poverty is the foremost political task.' });
    expect(server.served.get(key)).toBe(0);
    expect(server.served.total).toBe(7);
  });

  it('retries a draft that drops a glossary term with the problem fed back, then stores it clean', async () => {
    server.faults.push({ kind: 'drop-term' });
    await project.cli('translate');
    const fix = server.batches.find((b) => b.some((s) => s.fix));
    expect(fix?.[0]?.fix).toEqual(['term/missing: "脱贫攻坚" is not rendered as the glossary says; expected "the fight against poverty"']);
    expect((await loadMemory(project.root)).entries().filter((e) => e.flags)).toEqual([]);
  });

  it('stores a draft that stays wrong after maxFixAttempts, flagged with the reasons', async () => {
    await configureOpenAi(project, server, { maxFixAttempts: 1, batchSize: 8 });
    server.faults.push({ kind: 'change-number' }, { kind: 'change-number' });
    const result = await project.cli('translate');
    expect(result.out).toContain('(7 clean, 1 flagged for review)');
    const flagged = (await loadMemory(project.root)).entries().filter((e) => e.flags);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ state: 'draft', origin: 'mt:openai' });
    expect(flagged[0]!.flags!.every((f) => f.startsWith('number/'))).toBe(true);
  });

  it('a refused key stops at once with exit 2 and does not print the key', async () => {
    server.apiKey = 'sk-live-abcdefghijklmnop1234';
    await configureOpenAi(project, server, { apiKeyEnv: 'DUIZHAO_TEST_KEY' });
    const io = memoryIo(project.root, { DUIZHAO_TEST_KEY: 'sk-wrong-key-0000000000001111' });
    const code = await run(['--project', project.root, 'translate'], io);
    const err = io.err.join('');
    expect(code).toBe(2);
    expect(err).toContain('refused the credentials (HTTP 401)');
    expect(err).toContain('Check the key in DUIZHAO_TEST_KEY.');
    expect(err).not.toContain('sk-wrong-key-0000000000001111');
    expect(err).toContain('Bearer ****');
    expect(server.requests).toHaveLength(1);
  });

  it('config errors name the file, line and key (exit 2)', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), `backends:\n  openai:\n    baseUrl: ${server.baseUrl}\n    modle: qwen\n`);
    const result = await project.cli('translate');
    expect(result.code).toBe(2);
    expect(result.err).toContain('duizhao.yaml:4:5: backends.openai.modle is not a known option.');
  });
});

describe('duizhao translate: empty replies', () => {
  it('an empty English is reported as failed by segment id, not counted or stored as a draft', async () => {
    const project = await createLichengProject();
    const empty = '10个贫困村全部退出。';
    const server = await startFakeOpenAi({ [empty]: '   ' });
    try {
      await configureOpenAi(project, server, { maxFixAttempts: 1 });
      const result = await project.cli('translate', '--backend', 'openai');
      expect(result.code).toBe(1);
      expect(result.out).toContain('openai: 7 drafts saved (7 clean, 0 flagged for review), 1 failed');
      const unit = documentUnits(await loadSegmentedReport(project.root, 'licheng')).find((u) => u.key === empty)!;
      expect(result.err).toContain(`failed: ${unit.id} ${empty}: the back-end returned no English`);
      expect((await loadMemory(project.root)).get(empty)).toBeUndefined();
    } finally {
      await server.close();
      await project.dispose();
    }
  });
});

describe('duizhao translate with deepl and libretranslate (fake servers)', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createLichengProject();
  });
  afterEach(async () => project.dispose());

  async function cli(env: Record<string, string>, ...argv: string[]) {
    const io = memoryIo(project.root, env);
    const code = await run(['--project', project.root, ...argv], io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  }

  it('deepl: uploads the project glossary once and fills every segment', async () => {
    const key = 'e2e-deepl-key-0000:fx';
    const server = await startFakeDeepl(key);
    try {
      await writeFile(join(project.root, 'duizhao.yaml'), `backends:\n  deepl:\n    baseUrl: ${server.url}\n    apiKeyEnv: MY_DEEPL_KEY\n    maxRetries: 0\n`);
      const result = await cli({ MY_DEEPL_KEY: key }, 'translate', '--backend', 'deepl');
      expect(result.err).toBe('');
      expect(result.out).toContain('deepl: 8 drafts saved (8 clean, 0 flagged for review), 0 failed, 1 request.');
      expect([...server.glossaries.values()].map((g) => g.entry_count)).toEqual([4]);
      const memory = await loadMemory(project.root);
      expect(memory.get('黎城县坚持“精准扶贫、精准脱贫”基本方略。')).toMatchObject({ origin: 'mt:deepl', target: 'Draft: targeted poverty alleviation; targeted poverty elimination; Licheng County.' });
    } finally {
      await server.close();
    }
  });

  it('libretranslate: restores glossary English from placeholders and fills every segment', async () => {
    const server = await startFakeLibreTranslate();
    try {
      await writeFile(join(project.root, 'duizhao.yaml'), `backends:\n  libretranslate:\n    baseUrl: ${server.url}\n`);
      const result = await cli({}, 'translate');
      expect(result.out).toContain('libretranslate: 8 drafts saved (8 clean, 0 flagged for review)');
      expect((server.requests[0]!.body as { q: string[] }).q).toContain('⟦T1⟧坚持“⟦T2⟧、⟦T3⟧”基本方略。');
      const memory = await loadMemory(project.root);
      expect(memory.get('黎城县坚持“精准扶贫、精准脱贫”基本方略。')?.target).toBe('Draft: Licheng County; targeted poverty alleviation; targeted poverty elimination.');
    } finally {
      await server.close();
    }
  });
});
