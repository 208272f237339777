// Ingest quality over the development set: runs the real ingest path over every
// test/fixtures/ingest/<fixture>/ (whatever the format of its source.<ext>) and compares the
// blocks with the hand-checked expected.zh.md. `npm run bench:ingest`; exits 1 when a fixture
// loses or invents characters, keeps furniture, or fails.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIngestTable, totalIngest } from './lib/ingest-table.js';
import { runIngestFixtures } from './lib/run-ingest-fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'ingest');
const runs = await runIngestFixtures(root);
for (const line of formatIngestTable(runs)) console.log(line);
const totals = totalIngest(runs);
process.exitCode = totals.lost + totals.invented + totals.furniture + totals.errors > 0 ? 1 : 0;
