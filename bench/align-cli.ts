/**
 * Alignment through the CLI path a user runs: `duizhao align <zh> <en> --out pairs.tsv` as a
 * whole process on the held-out files as they are (one sentence per line), scored from the TSV
 * against the gold. Bible: strict F1 against the verse-derived gold beads. WMT19/20/21 whole
 * files: share of gold line pairs found exactly. Needs dist/ (npm ci builds it).
 * Run: node --import tsx bench/align-cli.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBeads, scoreAlignment, type BeadIndices } from '../src/stages/align/score-alignment.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const heldout = resolve(repoRoot, '..', 'shared', 'heldout');
const dir = mkdtempSync(join(tmpdir(), 'align-cli-'));

function alignCli(zh: string, en: string): { beads: BeadIndices[]; seconds: number; code: number | null } {
  const out = join(dir, 'pairs.tsv');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'duizhao.js'), '--project', dir, 'align', zh, en, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) return { beads: [], seconds, code: run.status };
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n').slice(1);
  const ids = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
  return { beads: rows.map((r) => r.split('\t')).map(([, z, e]) => ({ zh: ids(z!), en: ids(e!) })), seconds, code: 0 };
}

const rows = ['| input (as a user gives it, through the CLI) | measure | duizhao | time |', '|---|---|---|---|'];
{
  const { beads, seconds, code } = alignCli(join(heldout, 'bible_cuv_kjv_zh_en.sent.zh.txt'), join(heldout, 'bible_cuv_kjv_zh_en.sent.en.txt'));
  const gold = parseBeads(readFileSync(join(heldout, 'bible_cuv_kjv_zh_en.gold.zh-en.align'), 'utf8'));
  const s = scoreAlignment([{ gold, predicted: beads }]);
  rows.push(`| Bible CUV/KJV, one sentence per line (6,301 × 5,000) | strict P / R / F1 | ${s.precisionStrict.toFixed(3)} / ${s.recallStrict.toFixed(3)} / **${s.f1Strict.toFixed(3)}**${code ? ` (exit ${code})` : ''} | ${seconds.toFixed(1)} s |`);
}
for (const set of ['wmt19_news_zh_en', 'wmt20_news_zh_en', 'wmt21_news_zh_en']) {
  const { beads, seconds, code } = alignCli(join(heldout, `${set}.zh.txt`), join(heldout, `${set}.en.txt`));
  const total = readFileSync(join(heldout, `${set}.zh.txt`), 'utf8').trimEnd().split('\n').length;
  const exact = beads.filter((b) => b.zh.length === 1 && b.en.length === 1 && b.zh[0] === b.en[0]).length;
  rows.push(`| ${set} whole file, one line per sentence (${total.toLocaleString('en')} lines) | gold pairs found exactly | **${(exact / total).toFixed(3)}** (${exact} of ${total})${code ? ` (exit ${code})` : ''} | ${seconds.toFixed(1)} s |`);
}
console.log(rows.join('\n'));
