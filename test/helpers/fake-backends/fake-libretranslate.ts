import { corruptDraft, fakeTranslate } from './fake-translate.js';
import { ServedCounter, type Fault } from './faults.js';
import { startFakeServer, type FakeServer, type RecordedRequest, type Reply } from './fake-server.js';

export interface FakeLibreTranslate extends FakeServer {
  faults: Fault[];
  served: ServedCounter;
  /** When set, requests must carry this api_key (else 403, as LibreTranslate answers). */
  apiKey?: string;
  dieAfter?: number;
}

/** A fake LibreTranslate server: POST /translate {q, source, target, format, api_key}. */
export async function startFakeLibreTranslate(dictionary: Record<string, string> = {}): Promise<FakeLibreTranslate> {
  let fake: FakeLibreTranslate | undefined;
  let handled = 0;
  const server = await startFakeServer((request) => {
    handled += 1;
    if (fake!.dieAfter !== undefined && handled > fake!.dieAfter) return { die: true };
    return answer(request, fake!, dictionary);
  });
  fake = Object.assign(server, { faults: [] as Fault[], served: new ServedCounter() });
  return fake;
}

function answer(request: RecordedRequest, fake: FakeLibreTranslate, dictionary: Record<string, string>): Reply {
  if (request.path !== '/translate' || request.method !== 'POST') return { status: 404, json: { error: 'Not Found' } };
  const body = request.body as { q?: string | string[]; source?: string; target?: string; format?: string; api_key?: string };
  if (fake.apiKey && body?.api_key !== fake.apiKey) return { status: 403, json: { error: `Invalid API key ${String(body?.api_key)}` } };
  const fault = fake.faults.shift();
  if (fault?.kind === 'status') return { status: fault.status, text: fault.body ?? '', headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : {} };
  if (fault?.kind === 'hang') return { hang: true };
  if (fault?.kind === 'die') return { die: true };
  if (fault?.kind === 'malformed') return { status: 200, text: '<html>502 Bad Gateway</html>' };
  if (body?.source !== 'zh' || body.target !== 'en' || body.q === undefined) return { status: 400, json: { error: 'Invalid request: missing q, source or target' } };
  const qs = Array.isArray(body.q) ? body.q : [body.q];
  let corrupted = false;
  const out = qs.map((q) => {
    let text = fakeTranslate(q, [], dictionary);
    // A translator that drops a term loses its placeholder.
    if (!corrupted && (fault?.kind === 'drop-term' || fault?.kind === 'change-number')) {
      const bad = fault.kind === 'drop-term' ? text.replace(/⟦T\d+⟧;? ?/, '') : corruptDraft(text, 'change-number', []);
      corrupted = bad !== text;
      text = bad;
    }
    fake.served.add(q);
    return text;
  });
  const kept = fault?.kind === 'omit-id' ? out.slice(0, -1) : out;
  return { status: 200, json: { translatedText: Array.isArray(body.q) ? kept : kept[0] } };
}
