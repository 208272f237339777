import { readInteger } from './read-backend-config.js';
import type { ConfigSource } from './types.js';

/** Options every back-end block accepts; the app uses them for batching, the connector and fixes. */
export interface BackendSettings {
  batchSize: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  maxFixAttempts: number;
}

export const COMMON_BACKEND_KEYS = ['batchSize', 'concurrency', 'timeoutMs', 'maxRetries', 'maxFixAttempts'] as const;

export const DEFAULT_SETTINGS: BackendSettings = {
  batchSize: 8,
  concurrency: 2,
  timeoutMs: 120_000,
  maxRetries: 4,
  maxFixAttempts: 2,
};

export function readBackendSettings(raw: Readonly<Record<string, unknown>>, source: ConfigSource, defaults: Partial<BackendSettings> = {}): BackendSettings {
  const d = { ...DEFAULT_SETTINGS, ...defaults };
  return {
    batchSize: readInteger(raw, 'batchSize', source, d.batchSize, 1, 200),
    concurrency: readInteger(raw, 'concurrency', source, d.concurrency, 1, 64),
    timeoutMs: readInteger(raw, 'timeoutMs', source, d.timeoutMs, 100, 3_600_000),
    maxRetries: readInteger(raw, 'maxRetries', source, d.maxRetries, 0, 20),
    maxFixAttempts: readInteger(raw, 'maxFixAttempts', source, d.maxFixAttempts, 0, 10),
  };
}
