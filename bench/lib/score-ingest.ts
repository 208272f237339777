import type { Block } from '../../src/model/document.js';
import { furnitureIn } from '../../src/stages/ingest/furniture/recognise-furniture.js';
import { parseZhMarkdown, renderZhMarkdown } from '../../src/stores/zh-markdown.js';

/** How one fixture's ingest compares with its hand-checked expected.zh.md. */
export interface FixtureScore {
  blocks: number;
  /** Expected blocks found with the same text and the same kind. */
  kindsRight: number;
  titleRight: boolean;
  boundaries: { truePositive: number; produced: number; expected: number };
  /** Chinese characters of the expected text missing from the output, and output characters not in it. */
  lost: number;
  invented: number;
  /** Output blocks that still carry furniture: `class: text` for each. */
  furniture: string[];
}

const HAN = /\p{Script=Han}/u;
const squeeze = (text: string) => text.replace(/\s/gu, '');

/**
 * Scores produced blocks against expected zh.md. Both go through the zh.md format (render, parse)
 * so escaping and roles compare alike. Characters are compared as the Han characters of the
 * whole text, aligned by their longest common subsequence; paragraph boundaries are the block
 * starts in that character stream, mapped through the alignment.
 */
export function scoreFixture(produced: readonly Block[], expectedMarkdown: string, markers: readonly string[] = []): FixtureScore {
  const got = parseZhMarkdown(renderZhMarkdown(produced));
  const want = parseZhMarkdown(expectedMarkdown);
  const stream = (blocks: readonly Block[]) => {
    let chars = '';
    const starts = new Set<number>();
    for (const b of blocks) {
      if (chars.length > 0) starts.add(chars.length);
      chars += [...b.text].filter((c) => HAN.test(c)).join('');
    }
    return { chars: [...chars], starts };
  };
  const p = stream(got);
  const e = stream(want);
  const { common, map } = alignChars(p.chars, e.chars);
  const mapped = new Set([...p.starts].map((s) => map[s] ?? -1).filter((s) => e.starts.has(s)));
  const titleOf = (blocks: readonly Block[]) => squeeze(blocks.find((b) => b.type === 'title')?.text ?? '');
  return {
    blocks: want.length,
    kindsRight: countKindsRight(got, want),
    titleRight: titleOf(got) === titleOf(want),
    boundaries: { truePositive: mapped.size, produced: p.starts.size, expected: e.starts.size },
    lost: e.chars.length - common,
    invented: p.chars.length - common,
    furniture: got.flatMap((b) => {
      const cls = furnitureIn(b.text) ?? markers.find((m) => b.text.includes(m));
      return cls ? [`${cls}: ${b.text.slice(0, 24)}`] : [];
    }),
  };
}

/** Expected blocks matched in order by text; right when the kind (and a heading's level) agrees. */
function countKindsRight(got: readonly Block[], want: readonly Block[]): number {
  let right = 0;
  let from = 0;
  for (const w of want) {
    const at = got.findIndex((g, i) => i >= from && squeeze(g.text) === squeeze(w.text));
    if (at < 0) continue;
    from = at + 1;
    if (got[at]!.type === w.type && (w.type !== 'heading' || got[at]!.level === w.level)) right++;
  }
  return right;
}

/** LCS of two character arrays: its length, and for each index of `a` (and a.length) the index of `b` it maps to. */
export function alignChars(a: readonly string[], b: readonly string[]): { common: number; map: number[] } {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const map = new Array<number>(n + 1);
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[i] === b[j] && table[at(i, j)] === table[at(i + 1, j + 1)]! + 1) {
      map[i++] = j++;
    } else if (j < m && table[at(i, j + 1)]! >= table[at(i + 1, j)]!) j++;
    else map[i++] = j;
  }
  map[n] = m;
  return { common: table[0] ?? 0, map };
}
