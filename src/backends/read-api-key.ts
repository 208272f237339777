import { ConfigError } from '../errors.js';
import type { ConfigSource } from './types.js';

/**
 * The API key from the environment variable named in the config. Keys live only in the
 * environment: never in duizhao.yaml, never in logs (see maskSecrets).
 */
export function readApiKey(envName: string | undefined, env: Record<string, string | undefined>, source: ConfigSource, required: boolean): string | undefined {
  if (envName === undefined) {
    if (!required) return undefined;
    throw new ConfigError('config/missing-api-key', `${source.locate()}: ${source.path}.apiKeyEnv is missing.`, {
      hint: `Name the environment variable that holds the key, e.g. apiKeyEnv: DEEPL_API_KEY under ${source.path}.`,
    });
  }
  const value = env[envName]?.trim();
  if (!value) {
    throw new ConfigError('config/missing-api-key', `${source.locate('apiKeyEnv')}: the environment variable ${envName} named by ${source.path}.apiKeyEnv is not set.`, {
      hint: `Export it before running: export ${envName}=<your key>. Keys are read only from the environment.`,
    });
  }
  return value;
}
