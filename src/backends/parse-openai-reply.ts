import type { BackendFailure, BackendTranslation } from './types.js';

export interface ParsedReply {
  translations: BackendTranslation[];
  failures: BackendFailure[];
}

/**
 * Reads `{ "translations": [{ "id", "en" }] }` from a model's reply, tolerating what models do:
 * code fences, prose around the object, a bare array, numeric ids, `target`/`translation`
 * instead of `en`. Ids that were asked for and not answered become failures (so only those are
 * retried); ids never asked for are ignored.
 */
export function parseOpenAiReply(content: string, expectedIds: readonly string[]): ParsedReply {
  const items = extractItems(content);
  if (typeof items === 'string') {
    return { translations: [], failures: expectedIds.map((id) => ({ id, reason: items })) };
  }
  const byId = new Map<string, string>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const id = typeof record.id === 'number' ? String(record.id) : record.id;
    const text = [record.en, record.target, record.translation].find((v) => typeof v === 'string');
    if (typeof id === 'string' && typeof text === 'string' && !byId.has(id)) byId.set(id, text.trim());
  }
  const translations: BackendTranslation[] = [];
  const failures: BackendFailure[] = [];
  for (const id of expectedIds) {
    const target = byId.get(id);
    if (target === undefined) failures.push({ id, reason: 'the reply has no translation for this segment id' });
    else translations.push({ id, target });
  }
  return { translations, failures };
}

/** The list of items, or a reason why there is none. */
function extractItems(content: string): unknown[] | string {
  const text = stripFences(content);
  const start = text.search(/[[{]/);
  if (start < 0) return `the reply is not JSON: ${excerpt(content)}`;
  const close = text[start] === '{' ? '}' : ']';
  const end = text.lastIndexOf(close);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch {
    return `the reply is not valid JSON: ${excerpt(content)}`;
  }
  if (Array.isArray(value)) return value;
  const list = (value as Record<string, unknown>).translations;
  return Array.isArray(list) ? list : `the reply has no "translations" list: ${excerpt(content)}`;
}

function stripFences(text: string): string {
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(text);
  return fenced ? fenced[1]! : text;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat || '(empty)';
}
