import { ConfigError } from '../errors.js';
import type { BackendFactory } from './types.js';

/**
 * Back-ends registered by name, as i18next registers plugins by type. Built-in back-ends are
 * added by registerBuiltinBackends(); a program embedding duizhao can register its own.
 */
const FACTORIES = new Map<string, BackendFactory>();

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function registerBackend(name: string, factory: BackendFactory): void {
  if (!NAME.test(name)) throw new TypeError(`Back-end name "${name}" must be a kebab-case token.`);
  FACTORIES.set(name, factory);
}

export function backendNames(): string[] {
  return [...FACTORIES.keys()].sort();
}

/** The factory registered under `name`; a ConfigError listing the known names otherwise. */
export function getBackendFactory(name: string): BackendFactory {
  const factory = FACTORIES.get(name);
  if (factory) return factory;
  throw new ConfigError('backend/unknown', `Unknown translation back-end "${name}".`, {
    hint: `Known back-ends: ${backendNames().join(', ') || '(none registered)'}.`,
  });
}
