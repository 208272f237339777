#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/bundle/ (tsc, then scripts/bundle-cli.mjs: `npm run
// build`, run by `npm install` through `prepare`). With --debug, stack traces point at src/.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/main.js');

process.exitCode = await main(process.argv.slice(2));
