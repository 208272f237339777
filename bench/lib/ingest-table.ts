import type { FixtureRun } from './run-ingest-fixtures.js';

export interface IngestTotals {
  fixtures: number;
  scored: number;
  unsupported: number;
  /** Fixtures meant to be refused that were, with the expected error. */
  refused: number;
  errors: number;
  kindAccuracy: number;
  titleAccuracy: number;
  boundaryF1: number;
  lost: number;
  invented: number;
  furniture: number;
}

/** Totals over the scored fixtures: accuracies and F1 pooled over all blocks and boundaries. */
export function totalIngest(runs: readonly FixtureRun[]): IngestTotals {
  const scored = runs.filter((r) => r.score).map((r) => r.score!);
  const sum = (f: (s: (typeof scored)[number]) => number) => scored.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.boundaries.truePositive);
  const precision = tp / Math.max(1, sum((s) => s.boundaries.produced));
  const recall = tp / Math.max(1, sum((s) => s.boundaries.expected));
  return {
    fixtures: runs.length,
    scored: scored.length,
    unsupported: runs.filter((r) => r.unsupported).length,
    refused: runs.filter((r) => r.refused).length,
    errors: runs.filter((r) => r.error).length,
    kindAccuracy: sum((s) => s.kindsRight) / Math.max(1, sum((s) => s.blocks)),
    titleAccuracy: sum((s) => (s.titleRight ? 1 : 0)) / Math.max(1, scored.length),
    boundaryF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    lost: sum((s) => s.lost),
    invented: sum((s) => s.invented),
    furniture: sum((s) => s.furniture.length),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The per-fixture table and the totals line, as `npm run bench:ingest` prints them. */
export function formatIngestTable(runs: readonly FixtureRun[]): string[] {
  const width = Math.max(8, ...runs.map((r) => r.name.length));
  const lines = [`${'fixture'.padEnd(width)}  fmt   kinds      title  bound-F1  lost  invented  furniture  look`];
  for (const r of runs) {
    const head = `${r.name.padEnd(width)}  ${r.format.padEnd(4)}`;
    if (!r.score) {
      lines.push(`${head}  ${r.refused ? `refused as expected: ${r.refused}` : r.unsupported ? `unsupported here: ${r.unsupported}` : `error: ${r.error}`}`);
      continue;
    }
    const s = r.score;
    const b = s.boundaries;
    const f1 = b.produced + b.expected === 0 ? 1 : (2 * b.truePositive) / (b.produced + b.expected);
    lines.push(`${head}  ${`${s.kindsRight}/${s.blocks}`.padEnd(9)}  ${(s.titleRight ? 'ok' : 'WRONG').padEnd(5)}  ${pct(f1).padStart(8)}  ${String(s.lost).padStart(4)}  ${String(s.invented).padStart(8)}  ${String(s.furniture.length).padStart(9)}  ${String(r.needALook ?? 0).padStart(4)}`);
    for (const f of s.furniture) lines.push(`${' '.repeat(width)}    furniture left: ${f}`);
  }
  const t = totalIngest(runs);
  lines.push(`total: ${t.scored}/${t.fixtures} scored (${t.refused} refused as expected, ${t.unsupported} unsupported here, ${t.errors} failed); block kinds ${pct(t.kindAccuracy)}, titles ${pct(t.titleAccuracy)}, paragraph-boundary F1 ${pct(t.boundaryF1)}, characters lost ${t.lost}, invented ${t.invented}, furniture left ${t.furniture}`);
  return lines;
}
