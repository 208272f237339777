import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/helpers/fake-backends/fake-openai.js';
import { ConfigError } from '../errors.js';
import { createConfigSource } from './config-source.js';
import { CONTRACT_BATCH, describeBackend } from '../../test/helpers/backend-contract.js';
import { createOpenAiBackend } from './openai.js';

const SECRET = 'sk-test-0123456789abcdefXYZW';
const source = createConfigSource('duizhao.yaml', 'backends.openai');

function create(server: FakeOpenAi, extra: Record<string, unknown> = {}) {
  return createOpenAiBackend({ baseUrl: server.baseUrl, model: 'qwen2.5:7b', apiKeyEnv: 'OPENAI_API_KEY', ...extra }, { fetch, env: { OPENAI_API_KEY: SECRET }, glossary: [] }, source);
}

describeBackend('openai', async () => {
  const server = await startFakeOpenAi();
  server.apiKey = SECRET;
  return { backend: create(server), fault: (f) => void server.faults.push(f), secret: SECRET, close: () => server.close() };
});

describe('openai back-end', () => {
  let server: FakeOpenAi;
  const signal = () => new AbortController().signal;
  afterEach(async () => server?.close());

  it('sends the model, a json_schema response format, the key, and each segment with its glossary and neighbours', async () => {
    server = await startFakeOpenAi();
    await create(server).translate(CONTRACT_BATCH, { signal: signal(), feedback: new Map([['a2', ['term/missing: 黎城县 should be "Licheng County"']]]) });
    const body = server.requests[0]!.body as { model: string; response_format: { type: string }; messages: Array<{ role: string; content: string }> };
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(body.model).toBe('qwen2.5:7b');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const segments = JSON.parse(body.messages[1]!.content).segments;
    expect(segments[0]).toEqual({
      id: 'a1', zh: '坚持“精准扶贫、精准脱贫”基本方略。', after: '黎城县总人口16.5万。',
      glossary: [{ zh: '精准扶贫', en: 'targeted poverty alleviation', never: ['precise poverty alleviation'] }, { zh: '精准脱贫', en: 'targeted poverty elimination' }],
    });
    expect(segments[1].fix).toEqual(['term/missing: 黎城县 should be "Licheng County"']);
  });

  it('falls back to json_object once when the server rejects json_schema, and stays there', async () => {
    server = await startFakeOpenAi();
    server.faults.push({ kind: 'reject-json-schema' });
    const backend = create(server);
    const first = await backend.translate(CONTRACT_BATCH, { signal: signal() });
    await backend.translate(CONTRACT_BATCH, { signal: signal() });
    const formats = server.requests.map((r) => (r.body as { response_format: { type: string } }).response_format.type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(first.translations).toHaveLength(3);
    expect(first.usage.requests).toBe(2);
  });

  it('reads a reply wrapped in a code fence', async () => {
    server = await startFakeOpenAi();
    server.faults.push({ kind: 'fenced' });
    const result = await create(server).translate(CONTRACT_BATCH, { signal: signal() });
    expect(result.translations.map((t) => t.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('turns malformed JSON into a failure for every id of the batch', async () => {
    server = await startFakeOpenAi();
    server.faults.push({ kind: 'malformed' });
    const result = await create(server).translate(CONTRACT_BATCH, { signal: signal() });
    expect(result.translations).toEqual([]);
    expect(result.failures.map((f) => f.id)).toEqual(['a1', 'a2', 'a3']);
    expect(result.failures[0]!.reason).toMatch(/^the reply is not valid JSON/);
  });

  it.each([
    [{ model: 'm' }, /backends\.openai\.baseUrl is missing/],
    [{ baseUrl: 'localhost:11434', model: 'm' }, /backends\.openai\.baseUrl must be an http\(s\) URL, got "localhost:11434"/],
    [{ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', apiKeyEnv: 'sk-123' }, /must name an environment variable/],
    [{ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', apiKeyEnv: 'MISSING_KEY' }, /MISSING_KEY .* is not set/],
    [{ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', baseURL: 'x' }, /backends\.openai\.baseURL is not a known option/],
    [{ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', batchSize: 0 }, /batchSize must be a whole number from 1 to 200, got 0/],
  ])('rejects bad config %j with a clear message', (config, message) => {
    const make = () => createOpenAiBackend(config, { fetch, env: {}, glossary: [] }, source);
    expect(make).toThrow(ConfigError);
    expect(make).toThrow(message);
  });
});
