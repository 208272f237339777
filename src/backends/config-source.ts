import type { ConfigSource } from './types.js';

/**
 * Where a back-end block lives. `position(keyPath)` gives `line:column` of a key when the
 * config loader knows it; messages then read `duizhao.yaml:12:5: backends.openai.model …`.
 */
export function createConfigSource(file: string, path: string, position?: (keyPath: string[]) => string | undefined): ConfigSource {
  const segments = path.split('.');
  return {
    file,
    path,
    locate(key?: string): string {
      const at = position?.(key ? [...segments, key] : segments) ?? (key ? position?.(segments) : undefined);
      return at ? `${file}:${at}` : file;
    },
  };
}
