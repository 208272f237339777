import type { SegmentRequest, TranslateBatch } from './types.js';
import { acceptedForms } from '../model/glossary-entry.js';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export const SYSTEM_PROMPT = [
  'You translate Chinese government reports on poverty alleviation into clear, formal English for an international readership.',
  'Translate each segment in "segments" on its own, faithfully and completely; "before" and "after" are the neighbouring sentences, given only for context: do not translate them.',
  'Glossary: every term listed under a segment\'s "glossary" must be rendered exactly as its "en" (or one of its "also" forms); never use a form listed under "never".',
  'Keep every figure, year, date and percentage; write numbers with Arabic digits and thousands separators, converting 万 and 亿 (3.2万 → 32,000; 1.5亿 → 150 million).',
  'Leave no Chinese characters in the English. Give pinyin only for names the glossary does not cover.',
  'When a segment has "fix", an earlier draft had those problems: correct them.',
  'Answer with one JSON object only: {"translations": [{"id": "<segment id>", "en": "<English>"}]}, one entry per segment, ids exactly as given.',
].join('\n');

/** The JSON schema of the reply, for `response_format: { type: "json_schema" }`. */
export const REPLY_SCHEMA = {
  name: 'translations',
  strict: true,
  schema: {
    type: 'object',
    properties: {
      translations: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, en: { type: 'string' } },
          required: ['id', 'en'],
          additionalProperties: false,
        },
      },
    },
    required: ['translations'],
    additionalProperties: false,
  },
} as const;

/** The user message: the batch as JSON, each segment with its glossary terms, context and fixes. */
export function buildMessages(batch: TranslateBatch, feedback?: ReadonlyMap<string, readonly string[]>): ChatMessage[] {
  const segments = batch.map((segment) => promptSegment(segment, feedback?.get(segment.id)));
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: JSON.stringify({ segments }, null, 1) },
  ];
}

function promptSegment(segment: SegmentRequest, fix: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { id: segment.id, zh: segment.source };
  if (segment.context.before) out.before = segment.context.before;
  if (segment.context.after) out.after = segment.context.after;
  if (segment.terms.length) {
    out.glossary = segment.terms.map((term) => {
      const also = acceptedForms(term).filter((form) => form !== term.en);
      return { zh: term.zh, en: term.en, ...(also.length ? { also } : {}), ...(term.forbidden?.length ? { never: term.forbidden } : {}) };
    });
  }
  if (fix?.length) out.fix = fix;
  return out;
}
