// Seeded perturbations of a line-aligned set that make its gold n:m: English lines dropped (1:0
// beads), pairs of English lines joined (2:1 beads), or English lines replaced by an unrelated line
// from elsewhere in the set (1:0 and 0:1: a pair there is wrong however well it fits).
// Shared by bench/align.ts and the tuning sets.
import type { BeadIndices } from '../../src/stages/align/score-alignment.js';

/** Deterministic generator (mulberry32) so the dropped lines are the same on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function dropLines(z: readonly string[], e: readonly string[], rnd: () => number): { e: string[]; gold: BeadIndices[] } {
  const kept: string[] = [];
  const gold: BeadIndices[] = [];
  z.forEach((_, k) => {
    if (z.length > 2 && rnd() < 0.1) gold.push({ zh: [k], en: [] });
    else {
      gold.push({ zh: [k], en: [kept.length] });
      kept.push(e[k]!);
    }
  });
  return { e: kept, gold };
}

export function joinLines(z: readonly string[], e: readonly string[], rnd: () => number): { e: string[]; gold: BeadIndices[] } {
  const joined: string[] = [];
  const gold: BeadIndices[] = [];
  for (let k = 0; k < z.length; k++) {
    if (k + 1 < z.length && rnd() < 1 / 3) {
      gold.push({ zh: [k, k + 1], en: [joined.length] });
      joined.push(`${e[k]} ${e[k + 1]}`);
      k++;
    } else {
      gold.push({ zh: [k], en: [joined.length] });
      joined.push(e[k]!);
    }
  }
  return { e: joined, gold };
}

/** About 10% of English lines replaced by the line `shift` places further on (wrapping): no translation of their Chinese. */
export function replaceLines(z: readonly string[], e: readonly string[], rnd: () => number, all: readonly string[], offset: number): { e: string[]; gold: BeadIndices[] } {
  const out: string[] = [];
  const gold: BeadIndices[] = [];
  z.forEach((_, k) => {
    if (rnd() < 0.1) {
      gold.push({ zh: [k], en: [] }, { zh: [], en: [k] });
      out.push(all[(offset + k + Math.floor(all.length / 2)) % all.length]!);
    } else {
      gold.push({ zh: [k], en: [k] });
      out.push(e[k]!);
    }
  });
  return { e: out, gold };
}

/**
 * Clause splits that give a line-aligned set the Bible's bead shapes (2:1 and 3:1 common, 1:2 rarer)
 * while every part still translates its partner: each Chinese line is cut after every ；and every ：
 * (a mark followed by at least 4 more characters, and not by a digit: 6：2 is a score) and after each "，" with probability `commaRate`
 * (seeded; same 4-character rule), which gives short parts as the Bible's Chinese has. Only
 * when its Chinese was not cut is an English line cut after every "; " and ": " (same rule; 10:30
 * stays whole) — cutting both sides would make clause-for-clause 2:2 beads whose 1:1 parts are
 * also right. Gold: line k's Chinese parts against its English parts, one bead.
 */
export function splitClauses(z: readonly string[], e: readonly string[], rnd: () => number, commaRate = 0.15): { z: string[]; e: string[]; gold: BeadIndices[] } {
  const outZ: string[] = [];
  const outE: string[] = [];
  const gold: BeadIndices[] = [];
  z.forEach((line, k) => {
    const zh = cutAfter(line, /[；：](?!\d)|，/gu, (mark) => mark !== '，' || rnd() < commaRate);
    const en = zh.length > 1 ? [e[k]!.trim()] : cutAfter(e[k]!, /[;:](?= \D)/gu);
    gold.push({ zh: zh.map((_, p) => outZ.length + p), en: en.map((_, p) => outE.length + p) });
    outZ.push(...zh);
    outE.push(...en);
  });
  return { z: outZ, e: outE, gold };
}

function cutAfter(line: string, marks: RegExp, take: (mark: string) => boolean = () => true): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of line.matchAll(marks)) {
    const end = m.index + m[0].length;
    if ([...line.slice(end).trim()].length < 4 || !take(m[0])) continue;
    parts.push(line.slice(from, end).trim());
    from = end;
  }
  parts.push(line.slice(from).trim());
  return parts.filter((p) => p.length > 0);
}
