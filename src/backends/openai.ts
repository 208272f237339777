import { COMMON_BACKEND_KEYS, readBackendSettings } from './backend-settings.js';
import { HttpError } from './http-error.js';
import { buildMessages, REPLY_SCHEMA } from './openai-prompt.js';
import { parseOpenAiReply } from './parse-openai-reply.js';
import { readApiKey } from './read-api-key.js';
import { readEnvName, readInteger, readString, readUrl, rejectUnknownKeys } from './read-backend-config.js';
import { requestJson } from './request-json.js';
import type { BackendFactory, TranslateBatch, TranslateOptions, TranslateResult, TranslationBackend } from './types.js';

const KEYS = ['baseUrl', 'model', 'apiKeyEnv', 'temperature', ...COMMON_BACKEND_KEYS];

type ResponseMode = 'json_schema' | 'json_object';

interface ChatReply {
  choices?: Array<{ message?: { content?: string | null } }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

/**
 * Any OpenAI-compatible chat-completions server: vLLM, Ollama, llama.cpp server, LM Studio or
 * a hosted API. Several segments go in one request, with their glossary terms and neighbours;
 * the reply is structured JSON (`json_schema`, falling back once to `json_object` for servers
 * that reject schemas). Takes feedback, so failing drafts are retried with their problems.
 */
export const createOpenAiBackend: BackendFactory = (config, deps, source) => {
  rejectUnknownKeys(config, KEYS, source);
  const baseUrl = readUrl(config, 'baseUrl', source);
  const model = readString(config, 'model', source);
  const apiKeyEnv = readEnvName(config, 'apiKeyEnv', source);
  const apiKey = readApiKey(apiKeyEnv, deps.env, source, false);
  const temperature = readInteger(config, 'temperature', source, 0, 0, 2);
  const { batchSize } = readBackendSettings(config, source);
  const url = `${baseUrl}/chat/completions`;
  let mode: ResponseMode = 'json_schema';

  const send = async (batch: TranslateBatch, options: TranslateOptions): Promise<ChatReply> => {
    const body = {
      model,
      temperature,
      messages: buildMessages(batch, options.feedback),
      response_format: mode === 'json_schema' ? { type: 'json_schema', json_schema: REPLY_SCHEMA } : { type: 'json_object' },
    };
    const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
    return (await requestJson(deps.fetch, url, { body, headers, signal: options.signal, secrets: [apiKey] })) as ChatReply;
  };

  const backend: TranslationBackend = {
    name: 'openai',
    maxBatchSegments: batchSize,
    acceptsFeedback: true,
    hints: {
      unavailable: `Check that the server at ${baseUrl} is running (for Ollama: ollama serve; for vLLM: vllm serve ${model}), then run the command again; drafts already received are kept.`,
      unauthorized: apiKeyEnv ? `Check the key in ${apiKeyEnv}.` : `The server wants a key: set backends.openai.apiKeyEnv to the name of an environment variable holding it.`,
      badRequest: `Check backends.openai.model ("${model}") and baseUrl (${baseUrl}, usually ending in /v1).`,
    },
    async translate(batch, options): Promise<TranslateResult> {
      let reply: ChatReply;
      let requests = 1;
      try {
        reply = await send(batch, options);
      } catch (error) {
        if (mode !== 'json_schema' || !(error instanceof HttpError) || (error.status !== 400 && error.status !== 422)) throw error;
        mode = 'json_object';
        requests += 1;
        reply = await send(batch, options);
      }
      const content = reply?.choices?.[0]?.message?.content ?? '';
      const parsed = parseOpenAiReply(content, batch.map((s) => s.id));
      return {
        ...parsed,
        usage: {
          requests,
          characters: batch.reduce((n, s) => n + s.source.length, 0),
          inputTokens: reply?.usage?.prompt_tokens,
          outputTokens: reply?.usage?.completion_tokens,
        },
      };
    },
  };
  return backend;
};
