/**
 * Alignment through the CLI path a user runs: `duizhao align <zh> <en> --out pairs.tsv` as a
 * whole process on the held-out files as they are (one sentence per line), scored from the TSV
 * against the gold. Bible: strict F1 against the verse-derived gold beads. WMT19/20/21 whole
 * files: share of gold line pairs found exactly. WMT20 as running text: each of the 155 documents
 * one paragraph (its lines joined; headlines on lines of their own, and again with every line
 * glued), split by duizhao itself, its sentence pairs mapped back to the gold lines (strict F1).
 * Needs dist/ (npm ci builds it).
 * Run: node --import tsx bench/align-cli.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBeads, scoreAlignment, type BeadIndices } from '../src/stages/align/score-alignment.js';
import { lineBeads, runningText, sentenceLines } from './lib/running-text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const heldout = resolve(repoRoot, '..', 'shared', 'heldout');
const dir = mkdtempSync(join(tmpdir(), 'align-cli-'));

function alignCli(zh: string, en: string): { beads: BeadIndices[]; seconds: number; code: number | null; stderr: string } {
  const out = join(dir, 'pairs.tsv');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'duizhao.js'), '--project', dir, 'align', zh, en, '--out', out], { encoding: 'utf8', cwd: dir });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) return { beads: [], seconds, code: run.status, stderr: run.stderr };
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n').slice(1);
  const ids = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
  return { beads: rows.map((r) => r.split('\t')).map(([, z, e]) => ({ zh: ids(z!), en: ids(e!) })), seconds, code: 0, stderr: run.stderr };
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
{
  const lines = (f: string): string[] => readFileSync(join(heldout, f), 'utf8').replace(/\n$/u, '').split('\n');
  const zh = lines('wmt20_news_zh_en.zh.txt');
  const en = lines('wmt20_news_zh_en.en.txt');
  const docs = new Map<string, number[]>();
  lines('wmt20_news_zh_en.docids.tsv').slice(1).forEach((l, k) => docs.set(l.split('\t')[1]!, [...(docs.get(l.split('\t')[1]!) ?? []), k]));
  for (const headlines of [true, false]) {
    const text = runningText(zh, en, [...docs.values()], headlines);
    writeFileSync(join(dir, 'running.zh.txt'), text.zh);
    writeFileSync(join(dir, 'running.en.txt'), text.en);
    const { beads, seconds, code, stderr } = alignCli(join(dir, 'running.zh.txt'), join(dir, 'running.en.txt'));
    const [zhLines, enLines] = sentenceLines(text, zh, en);
    const counted = `aligned ${zhLines.length} Chinese and ${enLines.length} English sentences`;
    if (code === 0 && !stderr.includes(counted)) throw new Error(`the CLI read other sentences than the bench maps (${counted}): ${stderr.slice(0, 200)}`);
    const s = scoreAlignment([{ gold: zh.map((_, k) => ({ zh: [k], en: [k] })), predicted: code === 0 ? lineBeads(beads, zhLines, enLines) : [] }]);
    const how = headlines ? 'headlines on their own lines' : 'every line glued, headlines too';
    rows.push(`| WMT20 running text, ${docs.size} documents as paragraphs (${how}; ${zhLines.length} × ${enLines.length} sentences as split) | strict P / R / F1 over gold lines | ${s.precisionStrict.toFixed(3)} / ${s.recallStrict.toFixed(3)} / **${s.f1Strict.toFixed(3)}**${code ? ` (exit ${code})` : ''} | ${seconds.toFixed(1)} s |`);
  }
}
console.log(rows.join('\n'));
