/** Occurrence counts and accessor variety (distinct neighbours) of substrings, per side. */
export interface SubstringStats {
  add(text: string, start: number, end: number): void;
  count(s: string): number;
  /** Distinct characters seen before (left) or after (right) `s`; every text boundary counts as new. */
  variety(s: string, side: 'left' | 'right'): number;
  entries(): string[];
}

const HAN = /\p{Script=Han}/u;
export const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

/**
 * Accessor variety (Feng et al., 2004): a string that is a word is seen next to many different
 * characters; a fragment of a longer word always sees the same one. Non-Han neighbours
 * (punctuation, digits, the ends of the text) count as distinct boundaries.
 */
export function createSubstringStats(): SubstringStats {
  const counts = new Map<string, number>();
  const sides = { left: new Map<string, Set<string>>(), right: new Map<string, Set<string>>() };
  let boundary = 0;
  const note = (side: 'left' | 'right', s: string, c: string | undefined): void => {
    let set = sides[side].get(s);
    if (!set) sides[side].set(s, (set = new Set()));
    set.add(isHan(c) ? c! : `#${boundary++}`);
  };
  return {
    add(text, start, end) {
      const s = text.slice(start, end);
      counts.set(s, (counts.get(s) ?? 0) + 1);
      note('left', s, text[start - 1]);
      note('right', s, text[end]);
    },
    count: (s) => counts.get(s) ?? 0,
    variety: (s, side) => sides[side].get(s)?.size ?? 0,
    entries: () => [...counts.keys()],
  };
}

/**
 * Keeps the longest strings first and a shorter one only when it is seen at least `min` times
 * outside the longer ones already kept (两不愁 inside 两不愁三保障 is not suggested twice).
 */
export function selectByResidualCount(candidates: readonly string[], count: (s: string) => number, min = 2): string[] {
  const chosen: string[] = [];
  for (const s of [...candidates].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const inside = chosen.filter((c) => c.includes(s)).reduce((sum, c) => sum + count(c), 0);
    if (count(s) - inside >= min) chosen.push(s);
  }
  return chosen;
}
