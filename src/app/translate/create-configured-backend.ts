import { readBackendSettings, type BackendSettings } from '../../backends/backend-settings.js';
import { registerBuiltinBackends } from '../../backends/builtin-backends.js';
import { createConfigSource } from '../../backends/config-source.js';
import { backendNames, getBackendFactory } from '../../backends/registry.js';
import type { BackendDeps, TranslationBackend } from '../../backends/types.js';
import type { ProjectConfig } from '../../config/load-project-config.js';
import { ConfigError } from '../../errors.js';

export interface ConfiguredBackend {
  backend: TranslationBackend;
  settings: BackendSettings;
}

const EXAMPLES: Record<string, string> = {
  openai: 'backends:\n  openai:\n    baseUrl: http://127.0.0.1:11434/v1\n    model: qwen2.5:7b',
  deepl: 'backends:\n  deepl:\n    apiKeyEnv: DEEPL_API_KEY',
  libretranslate: 'backends:\n  libretranslate:\n    baseUrl: http://127.0.0.1:5000',
};

/**
 * The back-end named on the command line, built from its `backends.<name>` block in
 * duizhao.yaml (validated by the back-end, errors naming file:line and key).
 */
export function createConfiguredBackend(name: string, config: ProjectConfig, deps: BackendDeps): ConfiguredBackend {
  registerBuiltinBackends();
  const factory = getBackendFactory(name);
  const raw = config.backends?.[name];
  if (raw === undefined) {
    const configured = Object.keys(config.backends ?? {});
    throw new ConfigError('config/missing-backend', `${config.file} has no backends.${name} section.`, {
      hint: `Add one, for example:\n${EXAMPLES[name] ?? `backends:\n  ${name}: {}`}\n${configured.length ? `Configured back-ends: ${configured.join(', ')}.` : `Known back-ends: ${backendNames().join(', ')}.`}`,
    });
  }
  const source = createConfigSource(config.file, `backends.${name}`, (path) => config.position(path));
  const backend = factory(raw, deps, source);
  const settings = readBackendSettings(raw, source, { batchSize: backend.maxBatchSegments });
  return { backend, settings: { ...settings, batchSize: Math.min(settings.batchSize, backend.maxBatchSegments) } };
}

/** The back-end to use: the one named, else the only one configured. */
export function resolveBackendName(name: string | undefined, config: ProjectConfig): string {
  if (name) return name;
  const configured = Object.keys(config.backends ?? {});
  if (configured.length === 1) return configured[0]!;
  throw new ConfigError('config/which-backend', configured.length
    ? `${config.file} configures several back-ends (${configured.join(', ')}); say which one to use.`
    : `No translation back-end is configured in ${config.file}.`, {
    hint: configured.length ? `Run duizhao translate --backend ${configured[0]}.` : `Add a backends section, for example:\n${EXAMPLES.openai}`,
  });
}

/**
 * For --dry-run: an environment in which every variable is set, so a back-end can be built
 * (and its config validated) without the user's secrets; nothing is ever sent with it.
 */
export function dryRunEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return new Proxy(env, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? 'dry-run-no-key') : undefined) });
}
