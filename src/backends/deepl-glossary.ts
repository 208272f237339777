import { createHash } from 'node:crypto';
import { requestJson } from './request-json.js';
import type { GlossaryPair } from './types.js';

export interface DeeplGlossaryClient {
  fetch: typeof fetch;
  baseUrl: string;
  headers: Record<string, string>;
  secrets: readonly (string | undefined)[];
}

interface GlossaryInfo {
  glossary_id: string;
  name: string;
  ready?: boolean;
  source_lang?: string;
  target_lang?: string;
}

/**
 * The project glossary as DeepL glossary entries (TSV, one `zh<TAB>en` per line): sorted, one
 * line per Chinese form, without tabs or line breaks (DeepL rejects them). The same glossary
 * always gives the same text, so its hash names the uploaded glossary.
 */
export function glossaryTsv(pairs: readonly GlossaryPair[]): string {
  const byZh = new Map<string, string>();
  for (const { zh, en } of pairs) {
    const z = zh.trim();
    const e = en.trim();
    if (!z || !e || /[\t\r\n]/.test(z + e) || byZh.has(z)) continue;
    byZh.set(z, e);
  }
  return [...byZh].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([z, e]) => `${z}\t${e}`).join('\n');
}

export function deeplGlossaryName(prefix: string, tsv: string): string {
  return `${prefix}-${createHash('sha256').update(tsv, 'utf8').digest('hex').slice(0, 12)}`;
}

/**
 * Makes sure DeepL holds the current glossary and returns its id: lists the account's
 * glossaries, reuses the one named with the current content hash, deletes stale ones with the
 * same prefix (an older version of this project's glossary), and uploads it when missing.
 */
export async function ensureDeeplGlossary(client: DeeplGlossaryClient, prefix: string, pairs: readonly GlossaryPair[], signal: AbortSignal): Promise<string | undefined> {
  const tsv = glossaryTsv(pairs);
  if (!tsv) return undefined;
  const name = deeplGlossaryName(prefix, tsv);
  const call = (path: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown) =>
    requestJson(client.fetch, `${client.baseUrl}${path}`, { method, body, headers: client.headers, signal, secrets: client.secrets });
  const listed = ((await call('/v2/glossaries', 'GET')) as { glossaries?: GlossaryInfo[] } | undefined)?.glossaries ?? [];
  let current: string | undefined;
  for (const glossary of listed) {
    const ours = glossary.name === name && glossary.source_lang === 'zh' && glossary.target_lang === 'en' && glossary.ready !== false;
    if (ours && current === undefined) current = glossary.glossary_id;
    else if (glossary.name.startsWith(`${prefix}-`)) await call(`/v2/glossaries/${encodeURIComponent(glossary.glossary_id)}`, 'DELETE');
  }
  if (current) return current;
  const created = (await call('/v2/glossaries', 'POST', { name, source_lang: 'zh', target_lang: 'en', entries: tsv, entries_format: 'tsv' })) as GlossaryInfo;
  return created.glossary_id;
}
