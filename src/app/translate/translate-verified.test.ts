import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/helpers/fake-backends/fake-openai.js';
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../../../test/helpers/fake-backends/fake-libretranslate.js';
import { createConfigSource } from '../../backends/config-source.js';
import { createConnector } from '../../backends/connector.js';
import { CONTRACT_BATCH, verifyContractDraft as verify } from '../../../test/helpers/backend-contract.js';
import { createLibreTranslateBackend } from '../../backends/libretranslate.js';
import { createOpenAiBackend } from '../../backends/openai.js';
import type { TranslationBackend } from '../../backends/types.js';
import { translateVerified } from './translate-verified.js';

const connector = createConnector({ name: 'test', concurrency: 1, timeoutMs: 2000, maxRetries: 0 });

describe('translateVerified with openai (feedback)', () => {
  let server: FakeOpenAi;
  let backend: TranslationBackend;
  beforeEach(async () => {
    server = await startFakeOpenAi();
    backend = createOpenAiBackend({ baseUrl: server.baseUrl, model: 'm' }, { fetch, env: {}, glossary: [] }, createConfigSource('duizhao.yaml', 'backends.openai'));
  });
  afterEach(async () => server.close());

  it('sends a failing draft back with its problems and keeps the corrected one', async () => {
    server.faults.push({ kind: 'drop-term' });
    const result = await translateVerified(CONTRACT_BATCH, { backend, connector, verify, maxFixAttempts: 2 });
    expect(server.batches.map((b) => b.map((s) => s.id))).toEqual([['a1', 'a2', 'a3'], ['a1']]);
    expect(server.batches[1]![0]!.fix).toEqual(['term/missing: "精准扶贫" is not rendered as the glossary says; expected "targeted poverty alleviation"']);
    expect(result.drafts.map((d) => [d.id, d.flags])).toEqual([['a1', []], ['a2', []], ['a3', []]]);
    expect(result.usage.requests).toBe(2);
  });

  it('gives up after maxFixAttempts and keeps the draft flagged', async () => {
    server.faults.push({ kind: 'change-number' }, { kind: 'change-number' }, { kind: 'change-number' });
    const result = await translateVerified([CONTRACT_BATCH[2]!], { backend, connector, verify, maxFixAttempts: 2 });
    expect(server.batches).toHaveLength(3);
    expect(result.drafts[0]!.flags).toEqual(['number/mismatch: The figure 3601户 appears as "3,602" in the English; expected "3,601 households"']);
  });

  it('asks again only for the segments left out of a reply', async () => {
    server.faults.push({ kind: 'omit-id' });
    const result = await translateVerified(CONTRACT_BATCH, { backend, connector, verify, maxFixAttempts: 1 });
    expect(server.batches.map((b) => b.map((s) => s.id))).toEqual([['a1', 'a2', 'a3'], ['a1']]);
    expect(result.failed).toEqual([]);
    expect(result.drafts).toHaveLength(3);
  });

  it('reports segments still unanswered as failed', async () => {
    server.faults.push({ kind: 'malformed' }, { kind: 'malformed' });
    const result = await translateVerified(CONTRACT_BATCH.slice(0, 1), { backend, connector, verify, maxFixAttempts: 1 });
    expect(result.drafts).toEqual([]);
    expect(result.failed).toEqual([{ id: 'a1', reason: expect.stringMatching(/^the reply is not valid JSON/) }]);
  });
});

describe('translateVerified: an empty reply is a failure, not a draft', () => {
  it.each([['empty', ''], ['whitespace only', ' \n\t ']])('%s English for a segment: failed with its id, asked again first', async (_, en) => {
    const server = await startFakeOpenAi({ [CONTRACT_BATCH[1]!.source]: en });
    try {
      const backend = createOpenAiBackend({ baseUrl: server.baseUrl, model: 'm' }, { fetch, env: {}, glossary: [] }, createConfigSource('duizhao.yaml', 'backends.openai'));
      const result = await translateVerified(CONTRACT_BATCH, { backend, connector, verify, maxFixAttempts: 1 });
      expect(result.drafts.map((d) => d.id)).toEqual(['a1', 'a3']);
      expect(result.failed).toEqual([{ id: 'a2', reason: 'the back-end returned no English' }]);
      expect(server.batches.map((b) => b.map((s) => s.id))).toEqual([['a1', 'a2', 'a3'], ['a2']]);
    } finally {
      await server.close();
    }
  });
});

describe('translateVerified with libretranslate (no feedback)', () => {
  let server: FakeLibreTranslate;
  afterEach(async () => server.close());

  it('stores a lost placeholder flagged, without asking again', async () => {
    server = await startFakeLibreTranslate();
    const backend = createLibreTranslateBackend({ baseUrl: server.url }, { fetch, env: {}, glossary: [] }, createConfigSource('duizhao.yaml', 'backends.libretranslate'));
    server.faults.push({ kind: 'drop-term' });
    const result = await translateVerified(CONTRACT_BATCH, { backend, connector, verify, maxFixAttempts: 2 });
    expect(server.requests).toHaveLength(1);
    expect(result.drafts[0]!.flags).toEqual([
      'placeholder/lost: ⟦T1⟧ for 精准扶贫 ("targeted poverty alleviation") is missing from the translation',
      'term/missing: "精准扶贫" is not rendered as the glossary says; expected "targeted poverty alleviation"',
    ]);
  });
});
