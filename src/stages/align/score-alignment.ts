/**
 * Strict and lax precision, recall and F1 of predicted beads against gold beads, as in the
 * Vecalign and Bertalign evaluations (and ../shared/bench/eval_align.py): precision over all
 * predicted beads, recall over gold beads with null beads dropped from both sides.
 */
export interface BeadIndices {
  zh: readonly number[];
  en: readonly number[];
}

export interface AlignmentScore {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
  predicted: number;
  gold: number;
}

type Counts = [strictHit: number, strictMiss: number, laxHit: number, laxMiss: number];

/** Scores one or more (gold, predicted) documents with pooled counts. */
export function scoreAlignment(docs: ReadonlyArray<{ gold: readonly BeadIndices[]; predicted: readonly BeadIndices[] }>): AlignmentScore {
  const p: Counts = [0, 0, 0, 0];
  const r: Counts = [0, 0, 0, 0];
  for (const { gold, predicted } of docs) {
    add(p, hits(gold, predicted));
    const full = (b: BeadIndices): boolean => b.zh.length > 0 && b.en.length > 0;
    add(r, hits(predicted.filter(full), gold.filter(full)));
  }
  const ratio = (a: number, b: number): number => (a + b > 0 ? a / (a + b) : 0);
  const f1 = (x: number, y: number): number => (x + y > 0 ? (2 * x * y) / (x + y) : 0);
  const ps = ratio(p[0], p[1]);
  const pl = ratio(p[2], p[3]);
  const rs = ratio(r[0], r[1]);
  const rl = ratio(r[2], r[3]);
  return {
    precisionStrict: ps, recallStrict: rs, f1Strict: f1(ps, rs),
    precisionLax: pl, recallLax: rl, f1Lax: f1(pl, rl),
    predicted: p[0] + p[1], gold: r[0] + r[1],
  };
}

function hits(reference: readonly BeadIndices[], candidates: readonly BeadIndices[]): Counts {
  const key = (b: BeadIndices): string => `${b.zh.join(',')}:${b.en.join(',')}`;
  const nonEmpty = (b: BeadIndices): boolean => b.zh.length > 0 || b.en.length > 0;
  const ref = new Set(reference.filter(nonEmpty).map(key));
  const zhToEn = new Map<number, Set<number>>();
  for (const b of reference.filter(nonEmpty)) {
    for (const z of b.zh) {
      const set = zhToEn.get(z) ?? new Set<number>();
      b.en.forEach((e) => set.add(e));
      zhToEn.set(z, set);
    }
  }
  const counts: Counts = [0, 0, 0, 0];
  for (const b of new Map(candidates.filter(nonEmpty).map((c) => [key(c), c])).values()) {
    if (ref.has(key(b))) {
      counts[0]++;
      counts[2]++;
    } else {
      counts[1]++;
      const reachable = b.zh.some((z) => b.en.some((e) => zhToEn.get(z)?.has(e)));
      counts[reachable ? 2 : 3]++;
    }
  }
  return counts;
}

function add(into: Counts, from: Counts): void {
  for (let k = 0; k < 4; k++) into[k]! += from[k]!;
}

/** Parses the `[i,j]:[k]` bead format, one bead per line. */
export function parseBeads(text: string, file = 'beads'): BeadIndices[] {
  const beads: BeadIndices[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]$/u.exec(line);
    if (!m) throw new Error(`${file}:${n + 1}: cannot parse bead "${line}"; expected [i,j]:[k]`);
    const list = (s: string): number[] => (s.trim() === '' ? [] : s.split(',').map((x) => Number(x.trim())));
    beads.push({ zh: list(m[1]!), en: list(m[2]!) });
  });
  return beads;
}

export function formatBeads(beads: readonly BeadIndices[]): string {
  return beads.map((b) => `[${b.zh.join(',')}]:[${b.en.join(',')}]\n`).join('');
}
