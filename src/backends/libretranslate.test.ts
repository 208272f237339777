import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../../test/helpers/fake-backends/fake-libretranslate.js';
import { createConfigSource } from './config-source.js';
import { CONTRACT_BATCH, describeBackend } from '../../test/helpers/backend-contract.js';
import { createLibreTranslateBackend } from './libretranslate.js';

const SECRET = 'lt-key-0123456789abcdefQRST';
const source = createConfigSource('duizhao.yaml', 'backends.libretranslate');

function create(server: FakeLibreTranslate, env: Record<string, string> = { LT_API_KEY: SECRET }) {
  return createLibreTranslateBackend({ baseUrl: server.url, apiKeyEnv: 'LT_API_KEY' }, { fetch, env, glossary: [] }, source);
}

describeBackend('libretranslate', async () => {
  const server = await startFakeLibreTranslate();
  server.apiKey = SECRET;
  return { backend: create(server), fault: (f) => void server.faults.push(f), secret: SECRET, close: () => server.close() };
});

describe('libretranslate back-end', () => {
  let server: FakeLibreTranslate;
  afterEach(async () => server?.close());

  it('sends placeholders for glossary terms, zh→en as text, with the api_key', async () => {
    server = await startFakeLibreTranslate();
    const result = await create(server).translate(CONTRACT_BATCH, { signal: new AbortController().signal });
    expect(server.requests[0]!.body).toEqual({
      q: ['坚持“⟦T1⟧、⟦T2⟧”基本方略。', '⟦T1⟧总人口16.5万。', '贫困人口3601户8055人，贫困发生率为6.2%。'],
      source: 'zh', target: 'en', format: 'text', api_key: SECRET,
    });
    expect(result.translations[0]!.target).toBe('Draft: targeted poverty alleviation; targeted poverty elimination.');
  });

  it('flags a placeholder the translator lost', async () => {
    server = await startFakeLibreTranslate();
    server.faults.push({ kind: 'drop-term' });
    const result = await create(server).translate(CONTRACT_BATCH, { signal: new AbortController().signal });
    expect(result.translations[0]!.problems).toEqual(['placeholder/lost: ⟦T1⟧ for 精准扶贫 ("targeted poverty alleviation") is missing from the translation']);
  });

  it('works without a key for an open server', async () => {
    server = await startFakeLibreTranslate();
    const backend = createLibreTranslateBackend({ baseUrl: server.url }, { fetch, env: {}, glossary: [] }, source);
    await backend.translate(CONTRACT_BATCH.slice(2), { signal: new AbortController().signal });
    expect(server.requests[0]!.body).not.toHaveProperty('api_key');
  });
});
