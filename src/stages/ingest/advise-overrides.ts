import type { Block, BlockType } from '../../model/document.js';

type Entry = { kind: 'title'; text: string } | { kind: 'text'; line: number; find: string; replace: string; note?: string }
  | { kind: 'type'; line: number; type: BlockType | 'drop'; level?: number } | { kind: 'split'; line: number; at: string; type?: BlockType }
  | { kind: 'join'; lines: number[] } | { kind: 'note'; text: string };

/**
 * The overrides.yaml entries that turn the ingested blocks into the hand-edited ones: a changed
 * title, changed kinds, dropped blocks, splits, joins and text fixes (found on the source line, so
 * they apply before the repairs). What overrides cannot say (a new block) comes back as a comment.
 */
export function adviseOverrides(ingested: readonly Block[], edited: readonly Block[], sourceLines: readonly string[]): string {
  const entries: Entry[] = [];
  const pairs = matchTexts(ingested.map((b) => b.text), edited.map((b) => b.text));
  let i = 0;
  let e = 0;
  for (const [mi, me] of [...pairs, [ingested.length, edited.length] as const]) {
    entries.push(...adviseRun(ingested.slice(i, mi), edited.slice(e, me), sourceLines));
    if (mi < ingested.length) entries.push(...kindChange(ingested[mi]!, edited[me]!));
    i = mi + 1;
    e = me + 1;
  }
  return renderEntries(entries);
}

/** Longest common subsequence of equal texts: the blocks the edit left alone (pairs of indexes). */
function matchTexts(a: readonly string[], b: readonly string[]): Array<readonly [number, number]> {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const out: Array<readonly [number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) out.push([i++, j++] as const);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function kindChange(from: Block, to: Block): Entry[] {
  if (from.type === to.type && (to.type !== 'heading' || from.level === to.level)) return [];
  return [{ kind: 'type', line: from.sourceLine, type: to.type, ...(to.type === 'heading' && to.level ? { level: to.level } : {}) }];
}

/** A stretch the edit changed: drops, a split or join (same text, other boundaries), or text fixes. */
function adviseRun(ingested: readonly Block[], edited: readonly Block[], sourceLines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < ingested.length && j < edited.length) {
    const group = sameTextGroup(ingested, edited, i, j);
    if (group) entries.push(...reshape(ingested.slice(i, group[0]), edited.slice(j, group[1])));
    else entries.push(...textFix(ingested[i]!, edited[j]!, sourceLines), ...kindChange(ingested[i]!, edited[j]!));
    [i, j] = group ?? [i + 1, j + 1];
  }
  entries.push(...adviseRest(ingested.slice(i), edited.slice(j)));
  return entries;
}

/** Ends [i2, j2) of the shortest runs from i and j that hold the same text, if they do. */
function sameTextGroup(ingested: readonly Block[], edited: readonly Block[], i: number, j: number): [number, number] | undefined {
  let a = squashed(ingested[i]!);
  let b = squashed(edited[j]!);
  let i2 = i + 1;
  let j2 = j + 1;
  while (a !== b) {
    if (a.length < b.length && b.startsWith(a) && i2 < ingested.length) a += squashed(ingested[i2++]!);
    else if (b.length < a.length && a.startsWith(b) && j2 < edited.length) b += squashed(edited[j2++]!);
    else return undefined;
  }
  return [i2, j2];
}

function adviseRest(ingested: readonly Block[], edited: readonly Block[]): Entry[] {
  return [
    ...ingested.map((b) => ({ kind: 'type', line: b.sourceLine, type: 'drop' }) as const),
    ...edited.map((b) => ({ kind: 'note', text: `a new block "${short(b.text)}" cannot be added by overrides; put its text into a neighbouring line with a text: entry` }) as const),
  ];
}

/** Same text, other block boundaries: joins where the edit removed one, splits where it added one. */
function reshape(ingested: readonly Block[], edited: readonly Block[]): Entry[] {
  const starts = (blocks: readonly Block[]) => { let n = 0; return blocks.map((b) => { const at = n; n += squashed(b).length; return at; }); };
  const ingestedStarts = starts(ingested);
  const editedStarts = starts(edited);
  const entries: Entry[] = [];
  // Joins: an ingested boundary the edit removed. chain[k] = first block of the joined block holding k.
  const chain = ingested.map((_, k) => k);
  for (let k = 1; k < ingested.length; k++) {
    if (editedStarts.includes(ingestedStarts[k]!)) continue;
    chain[k] = chain[k - 1]!;
    const last = entries.at(-1);
    if (last?.kind === 'join' && last.lines.at(-1) === ingested[k - 1]!.sourceLine) last.lines.push(ingested[k]!.sourceLine);
    else entries.push({ kind: 'join', lines: [ingested[k - 1]!.sourceLine, ingested[k]!.sourceLine] });
  }
  edited.forEach((block, j) => {
    const k = ingestedStarts.findLastIndex((st) => st <= editedStarts[j]!);
    const owner = ingested[chain[k]!]!;
    if (ingestedStarts[k] === editedStarts[j] && chain[k] === k) { entries.push(...kindChange(owner, block)); return; }
    const whole = ingested.slice(chain[k]!).filter((_, n) => chain[chain[k]! + n] === chain[k]).map((b) => b.text).join('');
    entries.push({ kind: 'split', line: owner.sourceLine, at: uniqueStart(whole, block.text), ...(block.type !== owner.type ? { type: block.type } : {}) });
  });
  return entries;
}

const squashed = (b: Block) => b.text.replace(/\s+/gu, '');

/** The shortest start of `part` (4 characters or more) whose first occurrence in `whole` is where `part` begins. */
function uniqueStart(whole: string, part: string): string {
  const at = whole.lastIndexOf(part);
  for (let n = Math.min(4, part.length); n < part.length; n++) if (whole.indexOf(part.slice(0, n)) === at) return part.slice(0, n);
  return part;
}

function textFix(from: Block, to: Block, sourceLines: readonly string[]): Entry[] {
  if (from.text === to.text) return [];
  if (from.type === 'title' && to.type === 'title') return [{ kind: 'title', text: to.text }];
  let p = 0;
  while (p < from.text.length && from.text[p] === to.text[p]) p++;
  let s = 0;
  while (s < from.text.length - p && s < to.text.length - p && from.text.at(-1 - s) === to.text.at(-1 - s)) s++;
  for (let context = 2; context <= 8; context++) {
    const a = Math.max(0, p - context);
    const find = from.text.slice(a, from.text.length - Math.max(0, s - context));
    const replace = to.text.slice(a, to.text.length - Math.max(0, s - context));
    for (const raw of [find, halfWidth(find)]) {
      const line = findLine(sourceLines, from.sourceLine, raw);
      if (line) return [{ kind: 'text', line, find: raw, replace }];
    }
  }
  const find = from.text.slice(Math.max(0, p - 2), from.text.length - Math.max(0, s - 2));
  return [{ kind: 'text', line: from.sourceLine, find, replace: to.text.slice(Math.max(0, p - 2), to.text.length - Math.max(0, s - 2)), note: 'check: ingest changed this text; copy find from source.txt' }];
}

/** The source line at or after `start` (within the block) that holds `find` exactly once. */
function findLine(sourceLines: readonly string[], start: number, find: string): number | undefined {
  for (let n = start; n <= Math.min(sourceLines.length, start + 20); n++) {
    const line = sourceLines[n - 1] ?? '';
    if (line.includes(find) && line.indexOf(find) === line.lastIndexOf(find)) return n;
  }
  return undefined;
}

/** Ingest makes , : ; ? ! ( ) in Chinese full-width; the source line may still have them half-width. */
function halfWidth(text: string): string {
  return text.replace(/[，：；？！（）]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function short(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text;
}

function renderEntries(entries: readonly Entry[]): string {
  const q = (s: string) => JSON.stringify(s);
  const out: string[] = [];
  const title = entries.find((x) => x.kind === 'title');
  if (title?.kind === 'title') out.push(`title: ${q(title.text)}`);
  const texts = entries.filter((x) => x.kind === 'text');
  if (texts.length) out.push('text:', ...texts.flatMap((x) => [`  - line: ${x.line}`, `    find: ${q(x.find)}`, `    replace: ${q(x.replace)}`, ...(x.note ? [`    note: ${q(x.note)}`] : [])]));
  const blocks = entries.filter((x) => x.kind === 'type' || x.kind === 'split' || x.kind === 'join');
  if (blocks.length) out.push('blocks:', ...blocks.flatMap(renderBlock));
  out.push(...entries.flatMap((x) => (x.kind === 'note' ? [`# ${x.text}`] : [])));
  return out.join('\n');
}

function renderBlock(x: Entry): string[] {
  if (x.kind === 'type') return [`  - line: ${x.line}`, `    type: ${x.type}`, ...(x.level ? [`    level: ${x.level}`] : [])];
  if (x.kind === 'split') return [`  - split: { line: ${x.line}, at: ${JSON.stringify(x.at)}${x.type ? `, type: ${x.type}` : ''} }`];
  if (x.kind === 'join') return [`  - join: { lines: [${x.lines.join(', ')}] }`];
  return [];
}
