// Projects for bench/build-scaling.ts: the five seed reports of corpus/ copied under new slugs
// with some sentences and figures changed (so not every segment is an exact memory hit), and a
// memory of the seeded TM data of ../shared/bench with the project's real memory merged in (the
// real entries win, so the seed segments hit as they do in the repository). Everything is written
// under the temp dir, never into corpus/.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MemoryEntry } from '../../src/model/memory-entry.js';
import { compareKeys } from '../../src/stores/key-order.js';
import { serialiseEntry } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { ensureTmData, readPo } from './tm-data.js';

export const REPO = resolve(import.meta.dirname, '..', '..');
const REAL_MEMORY = join(REPO, 'translations', 'memory', 'memory.jsonl');
export const SEEDS = readdirSync(join(REPO, 'corpus')).filter((d) => existsSync(join(REPO, 'corpus', d, 'zh.md'))).sort();
const STAMP = '2026-01-01T00:00:00.000Z';

/** A project folder holding only translations/memory/memory.jsonl: the TM of `size` entries plus the real memory (built once, kept under the temp dir). */
export function ensureBaseMemory(size: number): string {
  // The size list memory-cold-start and memory-fuzzy use, so their generated data is shared.
  const data = ensureTmData([10_000, 100_000, 1_000_000]);
  const key = createHash('sha256').update(data).update(readFileSync(REAL_MEMORY)).update(String(size)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `duizhao-build-bench-${key}`);
  const file = join(dir, 'translations', 'memory', 'memory.jsonl');
  if (existsSync(file)) return dir;
  mkdirSync(join(dir, 'translations', 'memory'), { recursive: true });
  writeFileSync(join(dir, 'duizhao.yaml'), '# benchmark memory\n');
  console.log(`writing a ${size.toLocaleString('en-GB')}-entry memory in ${dir} (once) …`);
  const byKey = new Map<string, MemoryEntry>();
  for (const unit of readPo(readFileSync(join(data, `tm_${size}.po`), 'utf8'))) {
    const k = segmentKey(unit.source);
    if (!k || !unit.target.trim() || byKey.has(k)) continue;
    byKey.set(k, { key: k, source: unit.source, target: unit.target, state: 'translated', origin: 'import', reports: [], created: STAMP, updated: STAMP });
  }
  for (const line of readFileSync(REAL_MEMORY, 'utf8').split('\n')) if (line) byKey.set((JSON.parse(line) as MemoryEntry).key, JSON.parse(line) as MemoryEntry);
  const lines = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key)).map(serialiseEntry);
  writeFileSync(`${file}.tmp`, lines.join('\n') + '\n');
  renameSync(`${file}.tmp`, file);
  return dir;
}

/** A deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A variant of a report's zh.md: in about `rate` of the body sentences a figure is changed (or,
 * without figures, a character is added), so those segments become fuzzy matches or misses.
 */
export function variantOf(markdown: string, seed: number, rate = 0.25): string {
  const next = random(seed);
  return markdown.split('\n').map((line) => {
    if (!line.trim() || /^(#|<!--|>|\|)/.test(line)) return line;
    return line.replace(/[^。！？]+[。！？]?/g, (sentence) => {
      if (next() >= rate) return sentence;
      if (/\d/.test(sentence)) return sentence.replace(/\d+/, (n) => String(Number(n) + 1 + Math.floor(next() * 9)));
      const at = Math.floor(next() * sentence.length);
      return sentence.slice(0, at) + '新' + sentence.slice(at);
    });
  }).join('\n');
}

/** Slug of the `i`-th report: the seeds first as they are, then their variants. */
export function slugOf(i: number): string {
  const seed = SEEDS[i % SEEDS.length]!;
  const round = Math.floor(i / SEEDS.length);
  return round === 0 ? seed : `${seed}-v${round}`;
}

/** A project with `reports` reports, the repository's glossary and config, and the base memory (and its index cache, if any). */
export function makeBuildProject(reports: number, base: string): string {
  const root = mkdtempSync(join(tmpdir(), 'duizhao-build-scale-'));
  copyFileSync(join(REPO, 'duizhao.yaml'), join(root, 'duizhao.yaml'));
  cpSync(join(REPO, 'glossary'), join(root, 'glossary'), { recursive: true });
  for (let i = 0; i < reports; i++) {
    const slug = slugOf(i);
    const from = join(REPO, 'corpus', SEEDS[i % SEEDS.length]!);
    const to = join(root, 'corpus', slug);
    mkdirSync(to, { recursive: true });
    copyFileSync(join(from, 'report.yaml'), join(to, 'report.yaml'));
    const zh = readFileSync(join(from, 'zh.md'), 'utf8');
    writeFileSync(join(to, 'zh.md'), i < SEEDS.length ? zh : variantOf(zh, i));
  }
  mkdirSync(join(root, 'translations', 'memory'), { recursive: true });
  copyFileSync(join(base, 'translations', 'memory', 'memory.jsonl'), join(root, 'translations', 'memory', 'memory.jsonl'));
  if (existsSync(join(base, '.duizhao-cache'))) cpSync(join(base, '.duizhao-cache'), join(root, '.duizhao-cache'), { recursive: true });
  return root;
}
