import { corruptDraft, fakeTranslate, type FakeTerm } from './fake-translate.js';
import { ServedCounter, type Fault } from './faults.js';
import { startFakeServer, type FakeServer, type RecordedRequest, type Reply } from './fake-server.js';

export interface FakeOpenAi extends FakeServer {
  /** Base URL as configured (`…/v1`). */
  baseUrl: string;
  faults: Fault[];
  served: ServedCounter;
  /** Every chat request's segments as the fake read them. */
  batches: PromptSegment[][];
  /** Requests after which the server dies (simulates a crash mid-run). */
  dieAfter?: number;
  /** When set, every request must carry `Authorization: Bearer <apiKey>` (else 401). */
  apiKey?: string;
}

interface PromptSegment {
  id: string;
  zh: string;
  glossary?: FakeTerm[];
  fix?: string[];
}

/** A fake OpenAI-compatible chat-completions server on 127.0.0.1 with scripted faults. */
export async function startFakeOpenAi(dictionary: Record<string, string> = {}): Promise<FakeOpenAi> {
  let handled = 0;
  let fake: FakeOpenAi | undefined;
  const server = await startFakeServer(async (request) => {
    handled += 1;
    if (fake!.dieAfter !== undefined && handled > fake!.dieAfter) return { die: true };
    const next = fake!.faults[0];
    if (next?.kind === 'slow') {
      fake!.faults.shift();
      await new Promise((resolve) => setTimeout(resolve, next.ms));
    }
    return answer(request, fake!, dictionary);
  });
  fake = Object.assign(server, { faults: [] as Fault[], served: new ServedCounter(), batches: [] as PromptSegment[][], baseUrl: `${server.url}/v1` });
  return fake;
}

function answer(request: RecordedRequest, fake: FakeOpenAi, dictionary: Record<string, string>): Reply {
  if (request.path !== '/v1/chat/completions') return { status: 404, json: { error: { message: `no route ${request.path}` } } };
  if (fake.apiKey && request.headers.authorization !== `Bearer ${fake.apiKey}`) {
    return { status: 401, json: { error: { message: `Incorrect API key provided: ${String(request.headers.authorization)}` } } };
  }
  const body = request.body as { messages?: Array<{ content: string }>; response_format?: { type: string } };
  const fault = fake.faults.shift();
  if (fault?.kind === 'status') return { status: fault.status, text: fault.body ?? '', headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : {} };
  if (fault?.kind === 'hang') return { hang: true };
  if (fault?.kind === 'die') return { die: true };
  if (fault?.kind === 'reject-json-schema' && body.response_format?.type === 'json_schema') {
    fake.faults.unshift(fault);
    return { status: 400, json: { error: { message: 'response_format json_schema is not supported' } } };
  }
  const segments = (JSON.parse(body.messages?.[1]?.content ?? '{}') as { segments?: PromptSegment[] }).segments ?? [];
  fake.batches.push(segments);
  if (fault?.kind === 'malformed') return chat('{"translations": [{"id": "' + (segments[0]?.id ?? '') + '", "en": "unterminated');
  let corrupted = false;
  const items = segments.map((s) => {
    let en = fakeTranslate(s.zh, s.glossary ?? [], dictionary);
    // The first segment the fault can change (one with a term, or a figure) gets it.
    if (!corrupted && (fault?.kind === 'drop-term' || fault?.kind === 'change-number')) {
      const bad = corruptDraft(en, fault.kind, s.glossary ?? []);
      corrupted = bad !== en;
      en = bad;
    }
    return { id: s.id, en, zh: s.zh };
  });
  const kept = fault?.kind === 'omit-id' ? items.slice(1) : items;
  for (const item of kept) fake.served.add(item.zh);
  const json = JSON.stringify({ translations: kept.map(({ id, en }) => ({ id, en })) });
  return chat(fault?.kind === 'fenced' ? `Here you are:\n\`\`\`json\n${json}\n\`\`\`` : json);
}

function chat(content: string): Reply {
  return {
    status: 200,
    json: { id: 'chatcmpl-fake', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 100, completion_tokens: 50 } },
  };
}
