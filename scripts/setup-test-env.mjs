#!/usr/bin/env node
// Installs what the tests need beyond npm packages: Debian's Chromium for the browser tests
// (playwright-core drives /usr/bin/chromium; a browser download by a test tool fails here).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`test setup: ${CHROMIUM} present`);
} else {
  console.log('test setup: installing Debian chromium for the browser tests…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => execFileSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  try {
    apt('update', '-qq');
    apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
  } catch (error) {
    console.error(`test setup: could not install chromium (${error.message}). Install it with: apt-get install chromium`);
    process.exit(2);
  }
}
