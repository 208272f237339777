// Wrong predicted beads by type, to see what an aligner change should aim at: a gold bead cut
// into smaller beads ("split of 2:2 as 1:1": both pieces counted), gold beads merged whole into
// one, a bead crossing gold boundaries, or a null bead where the gold has a pair.
import type { BeadIndices } from '../../src/stages/align/score-alignment.js';

export function beadErrorTypes(gold: readonly BeadIndices[], predicted: readonly BeadIndices[]): Map<string, number> {
  const key = (b: BeadIndices): string => `${b.zh.join(',')}:${b.en.join(',')}`;
  const golden = new Set(gold.map(key));
  const ofZh = new Map<number, BeadIndices>();
  const ofEn = new Map<number, BeadIndices>();
  for (const g of gold) {
    for (const z of g.zh) ofZh.set(z, g);
    for (const e of g.en) ofEn.set(e, g);
  }
  const types = new Map<string, number>();
  for (const p of predicted) {
    if (golden.has(key(p))) continue;
    const shape = `${p.zh.length}:${p.en.length}`;
    const touched = new Set([...p.zh.map((z) => ofZh.get(z)), ...p.en.map((e) => ofEn.get(e))].filter((g) => g !== undefined));
    let type: string;
    if (p.zh.length === 0 || p.en.length === 0) type = `null ${shape}`;
    else if (touched.size === 1) {
      const g = [...touched][0]!;
      type = `split of ${g.zh.length}:${g.en.length} as ${shape}`;
    } else if ([...touched].every((g) => g.zh.every((z) => p.zh.includes(z)) && g.en.every((e) => p.en.includes(e)))) type = `merged ${shape}`;
    else type = `crossing ${shape}`;
    types.set(type, (types.get(type) ?? 0) + 1);
  }
  return new Map([...types].sort((a, b) => b[1] - a[1]));
}
