#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts, everything it imports and the npm packages it uses) into
// dist/bundle/ with esbuild, run by `npm run build` and `prepare` after tsc. Why: a command used to
// resolve, read and compile each of its ~70 modules (and yaml's ~80 CommonJS files) one by one,
// about a third of a warm `memory lookup` (issue #18). Code-splitting keeps each command's lazy
// `import()`s lazy: a command loads the chunks it needs. Left out and loaded from node_modules when
// used: pdfjs-dist, pg and typescript (large, optional on the paths that need them), and opencc-js
// (script.ts requires its tables on first use).
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/**
 * A bundled module's `import.meta.url` is the URL of its tsc output in dist/ (e.g. dist/review/
 * page-assets.js), not of the chunk: modules that find files beside them (the glossary schema, the
 * review page's client modules, CC-CEDICT) keep finding them, and dist/ ships with the bundle.
 */
const importMetaOfTwin = {
  name: 'import-meta-of-dist-twin',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!path.startsWith(SRC + sep)) return undefined;
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const twin = relative(BUNDLE_DIR, join(ROOT, 'dist', relative(SRC, path))).replace(/\.ts$/, '.js').split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(twin)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * commander requires node:child_process at load, for git-style executable subcommands duizhao never
 * has; loading it costs Node 5–20 ms of every run. Required on use instead; a commander whose source
 * no longer has that line fails the build rather than silently keeping the cost.
 */
const LAZY_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const commanderWithoutChildProcess = {
  name: 'commander-child-process-on-use',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(LAZY_CHILD_PROCESS)) throw new Error(`${path}: the line to make lazy is gone (${LAZY_CHILD_PROCESS}); update scripts/bundle-cli.mjs`);
      return { contents: source.replace(LAZY_CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

await rm(BUNDLE_DIR, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { main: join(SRC, 'cli', 'main.ts') },
  outdir: BUNDLE_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: join(ROOT, 'tsconfig.build.json'),
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'pg', 'typescript'],
  // CommonJS packages in an ES module bundle call require() for Node's built-ins, and write-file-atomic
  // hashes __filename into its temp names.
  banner: {
    js: [
      "import { createRequire as __duizhaoRequire } from 'node:module';",
      "import { fileURLToPath as __duizhaoPath } from 'node:url';",
      'const require = __duizhaoRequire(import.meta.url), __filename = __duizhaoPath(import.meta.url), __dirname = __duizhaoPath(new URL(".", import.meta.url));',
    ].join(' '),
  },
  // Source maps point stack traces at src/ (bin/duizhao.js enables them with --debug).
  sourcemap: 'linked',
  sourcesContent: false,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  plugins: [importMetaOfTwin, commanderWithoutChildProcess],
});
// Which modules each chunk holds (test/e2e/startup-modules.test.ts counts what a command loads).
const inputs = Object.fromEntries(Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'))
  .map(([file, output]) => [relative(BUNDLE_DIR, join(ROOT, file)), Object.keys(output.inputs).sort()]));
await writeFile(join(BUNDLE_DIR, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
const bytes = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js')).reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle-cli: ${Object.keys(result.metafile.inputs).length} modules → ${relative(ROOT, BUNDLE_DIR)}/ (${(bytes / 1e6).toFixed(1)} MB of chunks)`);
