/**
 * Alignment through the CLI path a user runs: `duizhao align <zh> <en> --out pairs.tsv` as a
 * whole process on the held-out files as they are (one sentence per line), scored from the TSV
 * against the gold. Bible: strict F1 against the verse-derived gold beads, by the set's verse
 * protocol (bench/lib/verse-merge.ts) and as sentence beads. WMT19/20/21 whole
 * files: share of gold line pairs found exactly. WMT20 as running text: each of the 155 documents
 * one paragraph (its lines joined; headlines on lines of their own, and again with every line
 * glued), split by duizhao itself, its sentence pairs mapped back to the gold lines (strict F1).
 * Scale: WMT19+20+21 repeated to 50,000 lines per side, one file each, with the peak RSS of the
 * duizhao process (issue #18's goal: ≤ 30 s and ≤ 700 MiB); `--scale 0` skips it.
 * Needs dist/ (npm ci builds it).
 * Run: node --import tsx bench/align-cli.ts [--scale 50000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBeads, scoreAlignment, type BeadIndices } from '../src/stages/align/score-alignment.js';
import { repeatLines } from './lib/repeat-lines.js';
import { lineBeads, runningText, sentenceLines } from './lib/running-text.js';
import { mergeWithinVerses } from './lib/verse-merge.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const heldout = resolve(repoRoot, '..', 'shared', 'heldout');
const dir = mkdtempSync(join(tmpdir(), 'align-cli-'));
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 50000;
/** Preloaded into the duizhao process: its own peak RSS (KiB) written to a file as it exits. */
const RSS_HOOK = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))`;

interface CliRun { beads: BeadIndices[]; seconds: number; rssMiB: number; code: number | null; stderr: string }

function alignCli(zh: string, en: string): CliRun {
  const out = join(dir, 'pairs.tsv');
  const rssFile = join(dir, 'rss');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', RSS_HOOK, join(repoRoot, 'bin', 'duizhao.js'), '--project', dir, 'align', zh, en, '--out', out], {
    encoding: 'utf8', cwd: dir, env: { ...process.env, BENCH_RSS_FILE: rssFile }, maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  if (run.status !== 0) return { beads: [], seconds, rssMiB, code: run.status, stderr: run.stderr };
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n').slice(1);
  const ids = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
  return { beads: rows.map((r) => r.split('\t')).map(([, z, e]) => ({ zh: ids(z!), en: ids(e!) })), seconds, rssMiB, code: 0, stderr: run.stderr };
}

/** The lines of a held-out file. */
const lines = (f: string): string[] => readFileSync(join(heldout, f), 'utf8').replace(/\n$/u, '').split('\n');

/** Share of lines k aligned exactly as the 1:1 bead (k, k). */
function diagonalShare(beads: readonly BeadIndices[], total: number): string {
  const exact = beads.filter((b) => b.zh.length === 1 && b.en.length === 1 && b.zh[0] === b.en[0]).length;
  return `**${(exact / total).toFixed(3)}** (${exact} of ${total})`;
}

const rows = ['| input (as a user gives it, through the CLI) | measure | duizhao | time |', '|---|---|---|---|'];
{
  const { beads, seconds, code } = alignCli(join(heldout, 'bible_cuv_kjv_zh_en.sent.zh.txt'), join(heldout, 'bible_cuv_kjv_zh_en.sent.en.txt'));
  const gold = parseBeads(readFileSync(join(heldout, 'bible_cuv_kjv_zh_en.gold.zh-en.align'), 'utf8'));
  const verses = mergeWithinVerses(beads, lines('bible_cuv_kjv_zh_en.sent.zh.verse'), lines('bible_cuv_kjv_zh_en.sent.en.verse')).beads;
  const failure = code ? ` (exit ${code})` : '';
  for (const [how, predicted] of [['verse protocol (the set’s own scoring: output beads inside one verse joined)', verses], ['sentence beads as output', beads]] as const) {
    const s = scoreAlignment([{ gold, predicted }]);
    rows.push(`| Bible CUV/KJV, one sentence per line (6,301 × 5,000) | strict P / R / F1, ${how} | ${s.precisionStrict.toFixed(3)} / ${s.recallStrict.toFixed(3)} / **${s.f1Strict.toFixed(3)}**${failure} | ${seconds.toFixed(1)} s |`);
  }
}
for (const set of ['wmt19_news_zh_en', 'wmt20_news_zh_en', 'wmt21_news_zh_en']) {
  const { beads, seconds, code } = alignCli(join(heldout, `${set}.zh.txt`), join(heldout, `${set}.en.txt`));
  const total = readFileSync(join(heldout, `${set}.zh.txt`), 'utf8').trimEnd().split('\n').length;
  rows.push(`| ${set} whole file, one line per sentence (${total.toLocaleString('en')} lines) | gold pairs found exactly | ${diagonalShare(beads, total)}${code ? ` (exit ${code})` : ''} | ${seconds.toFixed(1)} s |`);
}
{
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
if (scale > 0) {
  const sets = ['wmt19_news_zh_en', 'wmt20_news_zh_en', 'wmt21_news_zh_en'];
  const { zh, en } = repeatLines(heldout, sets, scale);
  writeFileSync(join(dir, 'scale.zh.txt'), `${zh.join('\n')}\n`);
  writeFileSync(join(dir, 'scale.en.txt'), `${en.join('\n')}\n`);
  const { beads, seconds, rssMiB, code, stderr } = alignCli(join(dir, 'scale.zh.txt'), join(dir, 'scale.en.txt'));
  const failure = code ? ` (exit ${code}: ${stderr.trim().split('\n').pop()})` : '';
  rows.push(`| WMT19+20+21 repeated to ${scale.toLocaleString('en')} lines per side, one file each (goal ≤ 30 s, ≤ 700 MiB) | gold pairs found exactly; peak RSS of the process | ${diagonalShare(beads, scale)}${failure}; ${Math.round(rssMiB)} MiB | ${seconds.toFixed(1)} s |`);
}
console.log(rows.join('\n'));
