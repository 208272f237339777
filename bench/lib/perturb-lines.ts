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

/**
 * Two adjacent pairs re-cut at another clause boundary on one side (seeded; about `rate` of the
 * pairs): the last clause of line k moved to the head of line k + 1 (its final stop taking the clause
 * mark's place), or the first clause of line k + 1 moved to the tail of line k. Both lines still pair
 * more or less with their partners, but the sentence boundaries of the two sides no longer meet
 * inside the pair, so the gold is one 2:2 bead — the case where a translator put the full stop
 * elsewhere. Clause marks: ，；on the Chinese side, ", " and "; " on the English, each part keeping
 * at least 4 characters (the 4-character rule of splitClauses).
 */
export function recutPairs(z: readonly string[], e: readonly string[], rnd: () => number, rate = 0.1): { z: string[]; e: string[]; gold: BeadIndices[] } {
  const outZ = [...z];
  const outE = [...e];
  const gold: BeadIndices[] = [];
  for (let k = 0; k < z.length; k++) {
    if (k + 1 < z.length && rnd() < rate) {
      const zhSide = rnd() < 0.5;
      const lines = zhSide ? outZ : outE;
      const cut = recut(lines[k]!, lines[k + 1]!, zhSide ? 'zh' : 'en', rnd() < 0.5);
      if (cut) {
        [lines[k], lines[k + 1]] = cut;
        gold.push({ zh: [k, k + 1], en: [k, k + 1] });
        k++;
        continue;
      }
    }
    gold.push({ zh: [k], en: [k] });
  }
  return { z: outZ, e: outE, gold };
}

const CLAUSE = { zh: /[，；]/gu, en: /[,;](?= )/gu };
const TERMINAL = /[。！？.!?]["”’」]?$/u;

/** Moves a clause across the boundary of lines a and b (forward: a's last clause into b), or undefined when no cut leaves 4 characters each side. */
function recut(a: string, b: string, language: 'zh' | 'en', forward: boolean): [string, string] | undefined {
  const gap = language === 'zh' ? '' : ' ';
  const line = forward ? a : b;
  const marks = [...line.matchAll(CLAUSE[language])].map((m) => m.index).filter((at) => [...line.slice(0, at)].length >= 4 && [...line.slice(at + 1).trim()].length >= 4);
  if (marks.length === 0) return undefined;
  const at = forward ? marks.at(-1)! : marks[0]!;
  const mark = line[at]!;
  const head = line.slice(0, at).trim();
  const tail = line.slice(at + 1).trim();
  if (forward) {
    const stop = a.match(TERMINAL)?.[0] ?? '';
    return [head + stop, capitalise(tail.slice(0, tail.length - stop.length)) + mark + gap + midSentence(b)];
  }
  const stop = a.match(TERMINAL)?.[0] ?? '';
  return [a.slice(0, a.length - stop.length) + mark + gap + midSentence(head) + stop, capitalise(tail)];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence start moved mid-sentence loses its capital (a word such as "Previously", not "US" or "I"). */
function midSentence(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
