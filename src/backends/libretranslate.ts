import { COMMON_BACKEND_KEYS, readBackendSettings } from './backend-settings.js';
import { protectTerms, restoreTerms } from './protect-terms.js';
import { readApiKey } from './read-api-key.js';
import { readEnvName, readUrl, rejectUnknownKeys } from './read-backend-config.js';
import { requestJson } from './request-json.js';
import type { BackendFactory, BackendFailure, BackendTranslation, TranslationBackend } from './types.js';

const KEYS = ['baseUrl', 'apiKeyEnv', ...COMMON_BACKEND_KEYS];

/**
 * A self-hosted LibreTranslate server (`POST /translate`). It has no glossary feature, so terms
 * are replaced by placeholders before sending and by the glossary English afterwards; a lost
 * placeholder becomes a review flag on the draft.
 */
export const createLibreTranslateBackend: BackendFactory = (config, deps, source) => {
  rejectUnknownKeys(config, KEYS, source);
  const baseUrl = readUrl(config, 'baseUrl', source);
  const apiKeyEnv = readEnvName(config, 'apiKeyEnv', source);
  const apiKey = readApiKey(apiKeyEnv, deps.env, source, false);
  const { batchSize } = readBackendSettings(config, source, { batchSize: 10 });

  const backend: TranslationBackend = {
    name: 'libretranslate',
    maxBatchSegments: batchSize,
    acceptsFeedback: false,
    hints: {
      unavailable: `Check that LibreTranslate is running at ${baseUrl} (e.g. docker run -p 5000:5000 libretranslate/libretranslate --load-only zh,en), then run the command again; drafts already received are kept.`,
      unauthorized: apiKeyEnv ? `Check the key in ${apiKeyEnv}.` : 'This server wants an API key: set backends.libretranslate.apiKeyEnv to the name of an environment variable holding it.',
      badRequest: `Check that the server at ${baseUrl} has the zh and en languages loaded.`,
    },
    async translate(batch, { signal }) {
      const protectedTexts = batch.map((s) => protectTerms(s.source, s.terms));
      const body = {
        q: protectedTexts.map((p) => p.text),
        source: 'zh',
        target: 'en',
        format: 'text',
        ...(apiKey ? { api_key: apiKey } : {}),
      };
      const reply = (await requestJson(deps.fetch, `${baseUrl}/translate`, { body, signal, secrets: [apiKey] })) as
        | { translatedText?: string | string[] }
        | undefined;
      const raw = reply?.translatedText;
      const texts = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
      const translations: BackendTranslation[] = [];
      const failures: BackendFailure[] = [];
      batch.forEach((segment, i) => {
        const text = texts[i];
        if (typeof text !== 'string') {
          failures.push({ id: segment.id, reason: `LibreTranslate returned ${texts.length} translations for ${batch.length} texts` });
          return;
        }
        const restored = restoreTerms(text, protectedTexts[i]!.slots);
        translations.push({ id: segment.id, target: restored.text, ...(restored.problems.length ? { problems: restored.problems } : {}) });
      });
      return { translations, failures, usage: { requests: 1, characters: body.q.reduce((n, q) => n + q.length, 0) } };
    },
  };
  return backend;
};
