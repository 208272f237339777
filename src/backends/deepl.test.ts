import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDeepl, type FakeDeepl } from '../../test/helpers/fake-backends/fake-deepl.js';
import { createConfigSource } from './config-source.js';
import { CONTRACT_BATCH, describeBackend } from '../../test/helpers/backend-contract.js';
import { createDeeplBackend } from './deepl.js';
import { deeplGlossaryName, glossaryTsv } from './deepl-glossary.js';
import type { GlossaryPair } from './types.js';

const SECRET = 'f00dcafe-1234-5678-9abc-def012345678:fx';
const GLOSSARY: GlossaryPair[] = [
  { zh: '精准扶贫', en: 'targeted poverty alleviation' },
  { zh: '精準扶貧', en: 'targeted poverty alleviation' },
  { zh: '精准脱贫', en: 'targeted poverty elimination' },
  { zh: '黎城县', en: 'Licheng County' },
];
const source = createConfigSource('duizhao.yaml', 'backends.deepl');

function create(server: FakeDeepl, glossary = GLOSSARY) {
  return createDeeplBackend({ baseUrl: server.url, apiKeyEnv: 'DEEPL_API_KEY' }, { fetch, env: { DEEPL_API_KEY: SECRET }, glossary }, source);
}

describeBackend('deepl', async () => {
  const server = await startFakeDeepl(SECRET);
  return { backend: create(server), fault: (f) => void server.faults.push(f), secret: SECRET, close: () => server.close() };
});

describe('deepl back-end', () => {
  let server: FakeDeepl;
  const signal = () => new AbortController().signal;
  afterEach(async () => server?.close());

  it('writes the glossary as sorted TSV, one line per Chinese form, skipping pairs DeepL would reject', () => {
    const tsv = glossaryTsv([...GLOSSARY, { zh: '扶贫\t办', en: 'poverty office' }, { zh: '黎城县', en: 'Licheng' }]);
    expect(tsv.split('\n')).toEqual(['精准扶贫\ttargeted poverty alleviation', '精准脱贫\ttargeted poverty elimination', '精準扶貧\ttargeted poverty alleviation', '黎城县\tLicheng County']);
    expect(deeplGlossaryName('duizhao', tsv)).toMatch(/^duizhao-[0-9a-f]{12}$/);
  });

  it('uploads the glossary once, sends its id with source_lang ZH, and uses the DeepL-Auth-Key header', async () => {
    server = await startFakeDeepl(SECRET);
    const backend = create(server);
    await backend.translate(CONTRACT_BATCH, { signal: signal() });
    await backend.translate(CONTRACT_BATCH.slice(0, 1), { signal: signal() });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v2/glossaries', 'POST /v2/glossaries', 'POST /v2/translate', 'POST /v2/translate']);
    const create1 = server.requests[1]!.body as Record<string, string>;
    expect(create1).toMatchObject({ source_lang: 'zh', target_lang: 'en', entries_format: 'tsv', entries: glossaryTsv(GLOSSARY) });
    const translate = server.requests[2]!.body as Record<string, unknown>;
    expect(translate).toMatchObject({ source_lang: 'ZH', target_lang: 'EN-US', glossary_id: 'gl-1', text: CONTRACT_BATCH.map((s) => s.source) });
    expect(server.requests[2]!.headers.authorization).toBe(`DeepL-Auth-Key ${SECRET}`);
  });

  it('reuses an unchanged glossary across runs and replaces a stale one with the same prefix', async () => {
    server = await startFakeDeepl(SECRET);
    await create(server).translate(CONTRACT_BATCH, { signal: signal() });
    await create(server).translate(CONTRACT_BATCH, { signal: signal() });
    expect([...server.glossaries.keys()]).toEqual(['gl-1']);
    const changed = [...GLOSSARY, { zh: '脱贫攻坚', en: 'the fight against poverty' }];
    await create(server, changed).translate(CONTRACT_BATCH, { signal: signal() });
    expect(server.deleted).toEqual(['gl-1']);
    expect([...server.glossaries.values()].map((g) => [g.glossary_id, g.name, g.entry_count])).toEqual([['gl-2', deeplGlossaryName('duizhao', glossaryTsv(changed)), 5]]);
  });

  it('leaves glossaries of other prefixes alone', async () => {
    server = await startFakeDeepl(SECRET);
    await createDeeplBackend({ baseUrl: server.url, glossaryName: 'other-project' }, { fetch, env: { DEEPL_API_KEY: SECRET }, glossary: GLOSSARY }, source)
      .translate(CONTRACT_BATCH, { signal: signal() });
    await create(server).translate(CONTRACT_BATCH, { signal: signal() });
    expect(server.deleted).toEqual([]);
    expect(server.glossaries.size).toBe(2);
  });

  it('needs the key in the environment', () => {
    expect(() => createDeeplBackend({}, { fetch, env: {}, glossary: [] }, source)).toThrow(/DEEPL_API_KEY .* is not set/);
  });
});
