/**
 * Sentence-alignment benchmark on held-out data (weights and confidence were fitted on other sets,
 * bench/tune/): Bible CUV/KJV gold (strict/lax P/R/F1 by the set's verse protocol and as sentence
 * beads, cross-checked with ../shared/bench/eval_align.py), WMT20 news documents (as is, 10% English lines dropped, pairs of
 * English lines joined), confidence calibration (precision per score band on the Bible and WMT20
 * running text), and speed/peak memory at 10k, 50k and 200k sentences per side against the earlier search.
 * Run: node --import tsx bench/align.ts [--skip-speed] [--scale 10000,50000,200000] [--peer 10000] [--peer-alignments DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences, type AlignedBead } from '../src/stages/align/align-sentences.js';
import { loadLexicon } from '../src/stages/align/lexicon.js';
import { WMT20_RUNNING } from './lib/align-sets.js';
import { beadErrorTypes } from './lib/bead-errors.js';
import { BAND_HEADER, bandRows } from './lib/calibration.js';
import { dropLines, joinLines, random } from './lib/perturb-lines.js';
import { cutGaps, describeCutGaps } from './lib/split-proportion.js';
import { mergeWithinVerses } from './lib/verse-merge.js';
import { formatBeads, parseBeads, scoreAlignment, type AlignmentScore, type BeadIndices } from '../src/stages/align/score-alignment.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '..', 'shared');
const heldout = join(shared, 'heldout');
const args = process.argv.slice(2);
const lines = (name: string): string[] => readFileSync(join(heldout, name), 'utf8').replace(/\n$/u, '').split('\n');
const pct = (x: number): string => x.toFixed(3);
const row = (name: string, s: AlignmentScore, extra = ''): string =>
  `| ${name} | ${pct(s.precisionStrict)} / ${pct(s.recallStrict)} / **${pct(s.f1Strict)}** | ${pct(s.f1Lax)} | ${extra} |`;

const lexicon = await loadLexicon();
const out: string[] = ['| set | strict P / R / F1 | lax F1 | notes |', '|---|---|---|---|'];
const calibration: string[] = [];

// Bible: the whole 6,301 × 5,000 sequence, scored as sentence beads and by the set's own protocol
// (bench/lib/verse-merge.ts: output beads inside one verse joined, as the gold beads are verses).
// With --peer-alignments DIR, the set's authors' published outputs for this document are scored
// the same way (see peerAlignments below).
{
  const zh = lines('bible_cuv_kjv_zh_en.sent.zh.txt');
  const en = lines('bible_cuv_kjv_zh_en.sent.en.txt');
  const goldFile = join(heldout, 'bible_cuv_kjv_zh_en.gold.zh-en.align');
  const gold = parseBeads(readFileSync(goldFile, 'utf8'));
  const zhVerse = lines('bible_cuv_kjv_zh_en.sent.zh.verse');
  const enVerse = lines('bible_cuv_kjv_zh_en.sent.en.verse');
  const t0 = performance.now();
  const result = alignSentences(zh, en, { lexicon });
  const ms = performance.now() - t0;
  const verses = mergeWithinVerses(result.beads, zhVerse, enVerse);
  const score = scoreAlignment([{ gold, predicted: result.beads }]);
  const verseScore = scoreAlignment([{ gold, predicted: verses.beads }]);
  const key = (b: BeadIndices): string => `${b.zh.join(',')}:${b.en.join(',')}`;
  const golden = new Set(gold.map(key));
  const scored = result.beads.map((b, k) => ({ b, k })).filter(({ b }) => b.features);
  calibration.push(...bandRows('Bible CUV/KJV, sentence beads', scored.map(({ b }) => ({ score: b.score, features: b.features!, right: golden.has(key(b)) }))));
  // A pair is right by the verse protocol when the verse bead it went into is a gold bead.
  calibration.push(...bandRows('Bible CUV/KJV, verse protocol', scored.map(({ b, k }) => ({ score: b.score, features: b.features!, right: golden.has(key(verses.beads[verses.into[k]!]!)) }))));
  out.push(row('Bible CUV/KJV (6,301 × 5,000), held out, verse protocol: output beads inside one verse joined (the set’s own scoring)', verseScore, `${(ms / 1000).toFixed(1)} s; ${verses.beads.length} beads after joining; published for this document, same protocol: Gale–Church 0.821, Hunalign 0.895`));
  out.push(row('Bible CUV/KJV, held out, sentence beads as output (stricter than the set’s protocol)', score, `${result.beads.length} beads`));
  out.push(...peerAlignments(gold, zhVerse, enVerse));
  const errorTypes = (predicted: readonly BeadIndices[]): string => [...beadErrorTypes(gold, predicted)].slice(0, 8).map(([type, count]) => `${count} ${type}`).join('; ');
  console.error(`Bible wrong beads by type (most frequent), sentence beads: ${errorTypes(result.beads)}`);
  console.error(`Bible wrong beads by type (most frequent), verse protocol: ${errorTypes(verses.beads)}`);
  console.error(`Bible 2:2 beads, ${describeCutGaps(cutGaps(gold, zh, en))}`);
  const dir = mkdtempSync(join(tmpdir(), 'align-bench-'));
  for (const [name, predicted, ours] of [['sentence beads', result.beads, score], ['verse protocol', verses.beads, verseScore]] as const) {
    writeFileSync(join(dir, 'bible.pred'), formatBeads(predicted));
    const py = spawnSync('python3', [join(shared, 'bench', 'eval_align.py'), '--json', goldFile, join(dir, 'bible.pred')], { encoding: 'utf8' });
    if (py.status === 0) {
      const ref = JSON.parse(py.stdout) as { f1_strict: number; f1_lax: number };
      console.error(`eval_align.py cross-check, ${name}: strict F1 ${pct(ref.f1_strict)} (ours ${pct(ours.f1Strict)}), lax F1 ${pct(ref.f1_lax)} (ours ${pct(ours.f1Lax)})`);
    } else console.error('eval_align.py cross-check skipped (python3 not available)');
  }
}

/**
 * Rows for the published outputs of other aligners on this document, scored as ours are: the
 * Bertalign repository (github.com/bfsujason/bertalign, commit 6d284528) keeps them as
 * eval/bible/auto/{galechurch,hunalign,mbert}/001.align, English side first. They are not in
 * ../shared and not copied into this repository; `--peer-alignments DIR` (or the environment's
 * DUIZHAO_BENCH_PEER_ALIGNMENTS=DIR, for `npm run bench`) reads them as
 * DIR/{galechurch,hunalign,bertalign}-001.align.
 */
function peerAlignments(gold: readonly BeadIndices[], zhVerse: readonly string[], enVerse: readonly string[]): string[] {
  const at = args.indexOf('--peer-alignments');
  const dir = at >= 0 ? args[at + 1]! : process.env.DUIZHAO_BENCH_PEER_ALIGNMENTS;
  if (!dir) return ['| published outputs of Gale–Church, Hunalign and Bertalign for this document | not scored in this run (--peer-alignments DIR or DUIZHAO_BENCH_PEER_ALIGNMENTS=DIR) | – | – |'];
  const rows: string[] = [];
  for (const [name, file] of [['Gale–Church', 'galechurch'], ['Hunalign (with a dictionary)', 'hunalign'], ['Bertalign (sentence embeddings)', 'bertalign']]) {
    const path = join(dir, `${file}-001.align`);
    if (!existsSync(path)) throw new Error(`${path}: missing; --peer-alignments needs ${file}-001.align there (see bench/align.ts)`);
    const predicted = parseBeads(readFileSync(path, 'utf8'), path).map((b) => ({ zh: b.en, en: b.zh }));
    const verse = scoreAlignment([{ gold, predicted: mergeWithinVerses(predicted, zhVerse, enVerse).beads }]);
    const sentence = scoreAlignment([{ gold, predicted }]);
    rows.push(row(`${name}, its published output for this document, verse protocol`, verse, `sentence beads: strict F1 ${pct(sentence.f1Strict)}`));
  }
  return rows;
}

// WMT20 news: each document against its reference, then with lines dropped and joined.
{
  const zh = lines('wmt20_news_zh_en.zh.txt');
  const en = lines('wmt20_news_zh_en.en.txt');
  const docs = new Map<string, number[]>();
  lines('wmt20_news_zh_en.docids.tsv').slice(1).forEach((l, k) => {
    const id = l.split('\t')[1]!;
    docs.set(id, [...(docs.get(id) ?? []), k]);
  });
  const variants: Array<[string, (z: string[], e: string[], rnd: () => number) => { e: string[]; gold: BeadIndices[] }]> = [
    ['as is (1:1)', (z, e) => ({ e, gold: z.map((_, k) => ({ zh: [k], en: [k] })) })],
    ['10% of English lines dropped (seed 7)', (z, e, rnd) => dropLines(z, e, rnd)],
    ['pairs of English lines joined (every 3rd, seed 7)', (z, e, rnd) => joinLines(z, e, rnd)],
  ];
  for (const [name, make] of variants) {
    const rnd = random(7);
    const per: Array<{ gold: BeadIndices[]; predicted: AlignedBead[] }> = [];
    const t0 = performance.now();
    for (const idx of docs.values()) {
      const z = idx.map((k) => zh[k]!);
      const { e, gold } = make(z, idx.map((k) => en[k]!), rnd);
      per.push({ gold, predicted: alignSentences(z, e, { lexicon }).beads });
    }
    const ms = performance.now() - t0;
    const micro = scoreAlignment(per);
    const macro = per.map((d) => scoreAlignment([d]).f1Strict).reduce((a, b) => a + b, 0) / per.length;
    out.push(row(`WMT20 news, ${docs.size} docs, ${name}`, micro, `macro strict F1 ${pct(macro)}; ${(ms / 1000).toFixed(1)} s`));
  }
}

// Confidence calibration on held-out data: WMT20 documents as running text (the Bible's rows come from above).
{
  const run = WMT20_RUNNING.run(lexicon);
  out.push(row(`WMT20 news as running text (${run.gold.length} lines in 155 documents, headlines apart), mapped to gold lines`, scoreAlignment([run]), ''));
  out.push('', '**Confidence calibration** (held-out pairs; a calibrated score matches the share right in its band):', '', ...BAND_HEADER, ...calibration, ...bandRows('WMT20 running text', run.pairs));
}

// Speed and peak memory at 10k / 50k / 200k sentences per side (bench/lib/align-scale.ts, one
// process each), and the earlier search (band around the length diagonal, widened where the path
// touches its edge) measured in the same run as the peer.
if (!args.includes('--skip-speed')) {
  const at = args.indexOf('--scale');
  const sizes = (at >= 0 ? args[at + 1]! : '10000,50000,200000').split(',').map(Number);
  const peerAt = args.indexOf('--peer');
  const peerSizes = (peerAt >= 0 ? args[peerAt + 1]! : '10000').split(',').map(Number).filter((x) => x > 0);
  const scale = (size: number, search: string): { seconds: number; cpu: number; rssMiB: number; beads: number; diagonal: number } | undefined => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench', 'lib', 'align-scale.ts'), String(size), search], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      console.error(`align-scale ${size} ${search} failed: ${run.stderr.slice(-400)}`);
      return undefined;
    }
    return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { seconds: number; cpu: number; rssMiB: number; beads: number; diagonal: number };
  };
  out.push('', '| search | sentences per side | wall | CPU | pairs/s (wall) | peak RSS (lexicon included) | 1:1 beads on the diagonal |', '|---|---|---|---|---|---|---|');
  const rows: Array<[string, number]> = [...sizes.map((s): [string, number] => ['blocks', s]), ...peerSizes.map((s): [string, number] => ['length-diagonal', s])];
  for (const [search, size] of rows) {
    const r = scale(size, search);
    const name = search === 'blocks' ? 'duizhao align (block path, this version)' : 'earlier search (length-diagonal band), same run';
    out.push(r
      ? `| ${name} | ${size.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${Math.round(r.beads / r.seconds).toLocaleString('en')} | ${r.rssMiB.toFixed(0)} MiB | ${r.diagonal.toLocaleString('en')} of ${size.toLocaleString('en')} |`
      : `| ${name} | ${size.toLocaleString('en')} | failed | – | – | – | – |`);
  }
  const hunalign = existsSync('/usr/bin/hunalign') ? 'installed' : 'not installed (no Debian package)';
  out.push(`| hunalign 1.1 (NOT measured here: ${hunalign}; figures from ../shared/bench/README.md) | 50,000 | did not finish in 8 min (≈ 2 GB) | – | – | – | – |`);
  out.push('| hunalign 1.1, Bible 6,301 × 5,000 (NOT measured here; README) | – | 8.0 s calibrated, no dictionary | – | – | 166 MiB | strict F1 0.831 |');
}
console.log(out.join('\n'));
