#!/usr/bin/env node
// Installs what the tests need beyond npm packages, from Debian's archive: Chromium for the browser
// tests (playwright-core drives /usr/bin/chromium; a browser download by a test tool fails here)
// and the Noto CJK fonts it sets Chinese in (scripts/make-pdf-fixtures.mjs prints the PDF fixtures),
// poppler-utils (pdftotext, pdfinfo) to read back the edition the publish test prints to PDF,
// and the translators' tools the exchange tests run (test/e2e/peer-tools.test.ts): OmegaT, the
// Translate Toolkit, gettext, xmllint, and the OASIS XLIFF 1.2 schema as php-symfony-translation
// ships it; and PostgreSQL's server (initdb, pg_ctl, pg_trgm) for the memory's server back-end, whose tests
// start a throwaway cluster (test/helpers/pg-cluster.ts). Quick when everything is present; exits 2 with the command to run when it cannot install.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** A file each package installs → the package (computed again after installing: the PostgreSQL path names its version). */
const needed = () => ({
  '/usr/bin/chromium': 'chromium',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc': 'fonts-noto-cjk',
  '/usr/share/omegat/OmegaT.jar': 'omegat',
  '/usr/bin/pocount': 'translate-toolkit',
  '/usr/lib/python3/dist-packages/Levenshtein': 'python3-levenshtein',
  '/usr/bin/msgfmt': 'gettext',
  '/usr/bin/xmllint': 'libxml2-utils',
  '/usr/bin/unzip': 'unzip',
  '/usr/bin/pdftotext': 'poppler-utils',
  '/usr/share/php/Symfony/Component/Translation/Resources/schemas/xliff-core-1.2-strict.xsd': 'php-symfony-translation',
  [pgServerFile()]: 'postgresql',
});
const NEEDED = needed();

/** initdb of Debian's newest installed PostgreSQL major (the path the pg tests look for), or the path it would have. */
function pgServerFile() {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base) ? readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/initdb`)) : [];
  return majors.length ? `${base}/${majors.sort((a, b) => b - a)[0]}/bin/initdb` : `${base}/*/bin/initdb`;
}

const missing = [...new Set(Object.entries(NEEDED).filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg))];

if (missing.length === 0) {
  console.log(`test setup: ${Object.values(NEEDED).filter((p, i, all) => all.indexOf(p) === i).join(', ')} present`);
} else {
  console.log(`test setup: installing from Debian: ${missing.join(' ')}…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => execFileSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  try {
    apt('update', '-qq');
    apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
  } catch (error) {
    console.error(`test setup: could not install ${missing.join(', ')} (${error.message}). Install them with: apt-get install ${missing.join(' ')}`);
    process.exit(2);
  }
  const still = Object.entries(needed()).filter(([file]) => !existsSync(file));
  if (still.length) {
    console.error(`test setup: still missing after install: ${still.map(([file, pkg]) => `${file} (${pkg})`).join(', ')}`);
    process.exit(2);
  }
}
