import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../i18n/locales/en/review.json' with { type: 'json' };
import zhHans from '../i18n/locales/zh-Hans/review.json' with { type: 'json' };
import { send, sendError } from './http-io.js';
import { INDEX_HTML } from './page/index-html.js';
import { STYLES_CSS } from './page/styles-css.js';

const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'page', 'client');
const LOCALES: Record<string, unknown> = { en, 'zh-Hans': zhHans };
const JS = 'text/javascript; charset=utf-8';
const cache = new Map<string, string>();

/**
 * The page: HTML and CSS from TS string modules, the client modules from page/client/ (compiled
 * .js next to this file in dist/, or the .ts transpiled on first request when run from src/),
 * i18next's browser build from node_modules, and the locale bundles from src/i18n.
 */
export async function servePageAsset(path: string, res: ServerResponse): Promise<void> {
  if (path === '/' || path === '/index.html') return send(res, 200, INDEX_HTML, 'text/html; charset=utf-8');
  if (path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
  if (path === '/app.css') return send(res, 200, STYLES_CSS, 'text/css; charset=utf-8');
  if (path === '/vendor/i18next.js') return send(res, 200, await cached(path, readI18next), JS);
  const locale = /^\/locales\/([A-Za-z-]+)\/review\.json$/.exec(path);
  if (locale && LOCALES[locale[1] ?? '']) return send(res, 200, JSON.stringify(LOCALES[locale[1] ?? '']), 'application/json; charset=utf-8');
  const module = /^\/app\/([a-z][a-z0-9-]*)\.js$/.exec(path);
  const name = module?.[1];
  if (name && (existsSync(join(CLIENT_DIR, `${name}.js`)) || existsSync(join(CLIENT_DIR, `${name}.ts`)))) {
    return send(res, 200, await cached(path, () => loadClientModule(name)), JS);
  }
  sendError(res, 404, `Not found: ${path}`);
}

async function cached(key: string, load: () => Promise<string>): Promise<string> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = await load();
  cache.set(key, text);
  return text;
}

async function readI18next(): Promise<string> {
  const pkg = createRequire(import.meta.url).resolve('i18next/package.json');
  return readFile(join(dirname(pkg), 'dist', 'esm', 'i18next.js'), 'utf8');
}

/** A client module as the browser loads it: bare `i18next` imports point at /vendor. */
async function loadClientModule(name: string): Promise<string> {
  const compiled = join(CLIENT_DIR, `${name}.js`);
  const code = existsSync(compiled) ? await readFile(compiled, 'utf8') : await transpile(join(CLIENT_DIR, `${name}.ts`));
  return code.replace(/from\s+['"]i18next['"]/g, "from '/vendor/i18next.js'").replace(/^\/\/# sourceMappingURL=.*$/m, '');
}

/** Only when running from src/ (tests, tsx): the TypeScript compiler is a development dependency. */
async function transpile(file: string): Promise<string> {
  const ts = (await import('typescript')).default;
  const source = await readFile(file, 'utf8');
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }, fileName: file }).outputText;
}
