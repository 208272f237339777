import { corruptDraft, fakeTranslate, type FakeTerm } from './fake-translate.js';
import { ServedCounter, type Fault } from './faults.js';
import { startFakeServer, type FakeServer, type RecordedRequest, type Reply } from './fake-server.js';

interface StoredGlossary {
  glossary_id: string;
  name: string;
  source_lang: string;
  target_lang: string;
  ready: boolean;
  entry_count: number;
  terms: FakeTerm[];
}

export interface FakeDeepl extends FakeServer {
  apiKey: string;
  faults: Fault[];
  served: ServedCounter;
  glossaries: Map<string, StoredGlossary>;
  /** Glossary ids deleted, in order. */
  deleted: string[];
  dieAfter?: number;
}

/**
 * A fake DeepL API v2: /v2/translate (applying an uploaded glossary), /v2/glossaries (list,
 * create from TSV, delete), `Authorization: DeepL-Auth-Key <key>`, scripted faults on translate.
 */
export async function startFakeDeepl(apiKey = 'fake-deepl-key-0123456789:fx', dictionary: Record<string, string> = {}): Promise<FakeDeepl> {
  let fake: FakeDeepl | undefined;
  let handled = 0;
  let nextId = 1;
  const server = await startFakeServer((request) => {
    handled += 1;
    const f = fake!;
    if (f.dieAfter !== undefined && handled > f.dieAfter) return { die: true };
    if (request.headers.authorization !== `DeepL-Auth-Key ${f.apiKey}`) return { status: 403, json: { message: 'Wrong endpoint or invalid authentication key' } };
    if (request.path === '/v2/glossaries' && request.method === 'GET') return { status: 200, json: { glossaries: [...f.glossaries.values()].map(({ terms: _t, ...info }) => info) } };
    if (request.path === '/v2/glossaries' && request.method === 'POST') return createGlossary(request, f, `gl-${nextId++}`);
    const del = /^\/v2\/glossaries\/([^/]+)$/.exec(request.path);
    if (del && request.method === 'DELETE') {
      f.deleted.push(del[1]!);
      return f.glossaries.delete(del[1]!) ? { status: 204 } : { status: 404, json: { message: 'Glossary not found' } };
    }
    if (request.path === '/v2/translate' && request.method === 'POST') return translate(request, f, dictionary);
    return { status: 404, json: { message: `no route ${request.method} ${request.path}` } };
  });
  fake = Object.assign(server, { apiKey, faults: [] as Fault[], served: new ServedCounter(), glossaries: new Map<string, StoredGlossary>(), deleted: [] as string[] });
  return fake;
}

function createGlossary(request: RecordedRequest, fake: FakeDeepl, id: string): Reply {
  const body = request.body as { name?: string; source_lang?: string; target_lang?: string; entries?: string; entries_format?: string };
  if (!body?.name || body.entries_format !== 'tsv' || typeof body.entries !== 'string') return { status: 400, json: { message: 'Bad request' } };
  const terms = body.entries.split('\n').map((line) => line.split('\t')).filter((p) => p.length === 2).map(([zh, en]) => ({ zh: zh!, en: en! }));
  const glossary = { glossary_id: id, name: body.name, source_lang: body.source_lang ?? '', target_lang: body.target_lang ?? '', ready: true, entry_count: terms.length, terms };
  fake.glossaries.set(id, glossary);
  const { terms: _t, ...info } = glossary;
  return { status: 201, json: info };
}

function translate(request: RecordedRequest, fake: FakeDeepl, dictionary: Record<string, string>): Reply {
  const body = request.body as { text?: string[]; source_lang?: string; target_lang?: string; glossary_id?: string };
  const fault = fake.faults.shift();
  if (fault?.kind === 'status') return { status: fault.status, text: fault.body ?? '', headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : {} };
  if (fault?.kind === 'hang') return { hang: true };
  if (fault?.kind === 'die') return { die: true };
  if (fault?.kind === 'malformed') return { status: 200, text: '{"translations": [' };
  if (!Array.isArray(body?.text) || !body.target_lang) return { status: 400, json: { message: 'Value for "text" not supported.' } };
  if (body.glossary_id && body.source_lang !== 'ZH') return { status: 400, json: { message: "Parameter 'source_lang' required with glossary" } };
  const glossary = body.glossary_id ? fake.glossaries.get(body.glossary_id) : undefined;
  if (body.glossary_id && !glossary) return { status: 404, json: { message: 'Glossary not found' } };
  const terms = glossary?.terms ?? [];
  let corrupted = false;
  const texts = body.text.map((zh) => {
    let text = fakeTranslate(zh, terms, dictionary);
    if (!corrupted && (fault?.kind === 'drop-term' || fault?.kind === 'change-number')) {
      const bad = corruptDraft(text, fault.kind, terms.filter((t) => zh.includes(t.zh)));
      corrupted = bad !== text;
      text = bad;
    }
    return { zh, text };
  });
  const kept = fault?.kind === 'omit-id' ? texts.slice(0, -1) : texts;
  for (const t of kept) fake.served.add(t.zh);
  return { status: 200, json: { translations: kept.map((t) => ({ detected_source_language: 'ZH', text: t.text })) } };
}
