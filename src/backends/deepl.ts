import { COMMON_BACKEND_KEYS, readBackendSettings } from './backend-settings.js';
import { ensureDeeplGlossary } from './deepl-glossary.js';
import { readApiKey } from './read-api-key.js';
import { readEnvName, readString, readUrl, rejectUnknownKeys } from './read-backend-config.js';
import { requestJson } from './request-json.js';
import type { BackendFactory, BackendFailure, BackendTranslation, TranslationBackend } from './types.js';

const KEYS = ['baseUrl', 'apiKeyEnv', 'targetLang', 'glossaryName', ...COMMON_BACKEND_KEYS];

/**
 * The DeepL API v2 (`/v2/translate`, `/v2/glossaries`). The project glossary is uploaded once
 * as a DeepL glossary named with its content hash and reused while unchanged, so DeepL itself
 * applies the terms. Free-plan keys (ending in `:fx`) use the free endpoint unless baseUrl is set.
 */
export const createDeeplBackend: BackendFactory = (config, deps, source) => {
  rejectUnknownKeys(config, KEYS, source);
  const apiKeyEnv = readEnvName(config, 'apiKeyEnv', source, 'DEEPL_API_KEY');
  const apiKey = readApiKey(apiKeyEnv, deps.env, source, true)!;
  const defaultUrl = apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
  const baseUrl = readUrl(config, 'baseUrl', source, defaultUrl).replace(/\/v2$/, '');
  const targetLang = readString(config, 'targetLang', source, 'EN-US').toUpperCase();
  const glossaryName = readString(config, 'glossaryName', source, 'duizhao');
  const { batchSize } = readBackendSettings(config, source, { batchSize: 25 });
  const headers = { authorization: `DeepL-Auth-Key ${apiKey}` };
  const client = { fetch: deps.fetch, baseUrl, headers, secrets: [apiKey] };
  let glossaryId: Promise<string | undefined> | undefined;

  const backend: TranslationBackend = {
    name: 'deepl',
    maxBatchSegments: Math.min(batchSize, 50),
    acceptsFeedback: false,
    hints: {
      unavailable: `DeepL (${baseUrl}) did not answer; check the network or https://www.deeplstatus.com, then run the command again; drafts already received are kept.`,
      unauthorized: `Check the key in ${apiKeyEnv}; free-plan keys end in :fx and use https://api-free.deepl.com.`,
      badRequest: `Check backends.deepl.targetLang ("${targetLang}") and your plan's character quota (HTTP 456 means it is used up).`,
    },
    async translate(batch, { signal }) {
      glossaryId ??= ensureDeeplGlossary(client, glossaryName, deps.glossary, signal);
      let id: string | undefined;
      try {
        id = await glossaryId;
      } catch (error) {
        glossaryId = undefined;
        throw error;
      }
      const first = batch[0]?.context.before;
      const last = batch[batch.length - 1]?.context.after;
      const body = {
        text: batch.map((s) => s.source),
        source_lang: 'ZH',
        target_lang: targetLang,
        ...(id ? { glossary_id: id } : {}),
        ...(first || last ? { context: [first, last].filter(Boolean).join('\n') } : {}),
      };
      const reply = (await requestJson(deps.fetch, `${baseUrl}/v2/translate`, { body, headers, signal, secrets: [apiKey] })) as
        | { translations?: Array<{ text?: string }> }
        | undefined;
      const texts = reply?.translations ?? [];
      const translations: BackendTranslation[] = [];
      const failures: BackendFailure[] = [];
      batch.forEach((segment, i) => {
        const text = texts[i]?.text;
        if (typeof text === 'string') translations.push({ id: segment.id, target: text.trim() });
        else failures.push({ id: segment.id, reason: `DeepL returned ${texts.length} translations for ${batch.length} texts` });
      });
      return { translations, failures, usage: { requests: 1, characters: batch.reduce((n, s) => n + s.source.length, 0) } };
    },
  };
  return backend;
};
