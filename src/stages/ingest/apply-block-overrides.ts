import { ConfigError } from '../../errors.js';
import type { Block } from '../../model/document.js';
import type { BlockOverride, JoinOverride, Overrides, SplitOverride } from './overrides.js';
import type { RepairLog } from './source-line.js';

/**
 * Applies a person's structure corrections, in an order that keeps line numbers meaningful:
 * joins, then splits, then kinds (a kind set by line applies to a joined block's first line),
 * then the title. Anything that matches nothing is an error that names the entry and the lines
 * that would have matched.
 */
export function applyBlockOverrides(input: readonly Block[], overrides: Overrides, file: string, log: RepairLog): Block[] {
  const problems: string[] = [];
  let blocks = input.map((b) => ({ ...b }));
  for (const o of overrides.joins) blocks = join(blocks, o, file, log, problems);
  for (const o of overrides.splits) blocks = split(blocks, o, file, log, problems);
  for (const o of overrides.blocks) blocks = setKind(blocks, o, file, log, problems);
  if (overrides.title) blocks = setTitle(blocks, overrides.title, file, log);
  if (problems.length > 0) {
    throw new ConfigError('overrides/stale', `${file} has block overrides that match no block.`, {
      details: problems,
      hint: 'Use the source.txt line where the block starts (duizhao segments shows them), and text copied from zh.md.',
    });
  }
  return blocks;
}

/** "blocks start on lines 28 and 33 nearby" — what the person probably meant. */
function nearby(blocks: readonly Block[], line: number): string {
  const starts = blocks.map((b) => b.sourceLine);
  const before = starts.filter((l) => l < line).at(-1);
  const after = starts.find((l) => l > line);
  const near = [before, after].filter((l) => l !== undefined);
  return near.length ? ` (blocks start on lines ${near.join(' and ')} nearby)` : '';
}

function indexAt(blocks: readonly Block[], line: number, what: string, at: string, problems: string[]): number {
  const i = blocks.findIndex((b) => b.sourceLine === line);
  if (i < 0) problems.push(`${at}: ${what}: no block starts on source line ${line}${nearby(blocks, line)}.`);
  return i;
}

function join(blocks: Block[], o: JoinOverride, file: string, log: RepairLog, problems: string[]): Block[] {
  const at = `${file}:${o.at}`;
  const indexes = o.range
    ? blocks.flatMap((b, i) => (b.sourceLine >= o.range!.from && b.sourceLine <= o.range!.to ? [i] : []))
    : o.lines.map((l) => indexAt(blocks, l, 'join', at, problems));
  if (indexes.some((i) => i < 0)) return blocks;
  if (indexes.length < 2) {
    problems.push(`${at}: join: source lines ${o.range!.from}–${o.range!.to} hold ${indexes.length} block start${indexes.length === 1 ? '' : 's'}; a join needs two or more${nearby(blocks, o.range!.from)}.`);
    return blocks;
  }
  if (indexes.some((v, k) => k > 0 && v !== indexes[k - 1]! + 1)) {
    problems.push(`${at}: join: the blocks on lines ${o.lines.join(', ')} are not next to each other; list consecutive blocks (${blocks.slice(indexes[0], indexes.at(-1)! + 1).map((b) => b.sourceLine).join(', ')}).`);
    return blocks;
  }
  const parts = indexes.map((i) => blocks[i]!);
  const joined: Block = { ...parts[0]!, text: parts.map((b) => b.text).reduce(glue) };
  log.repair('ingest/override', joined.sourceLine, `blocks on lines ${parts.map((b) => b.sourceLine).join(', ')} joined by ${at}`, parts.map((b) => b.text.slice(-4)).join(' ¶ '), joined.text.slice(0, 12));
  return [...blocks.slice(0, indexes[0]), joined, ...blocks.slice(indexes.at(-1)! + 1)];
}

/** Chinese joins without a space; two Latin words keep one between them. */
function glue(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function split(blocks: Block[], o: SplitOverride, file: string, log: RepairLog, problems: string[]): Block[] {
  const at = `${file}:${o.at}`;
  const i = indexAt(blocks, o.line, 'split', at, problems);
  if (i < 0) return blocks;
  const block = blocks[i]!;
  const cut = block.text.indexOf(o.before);
  if (cut <= 0) {
    const shown = `${block.text.slice(0, 20)}${block.text.length > 20 ? '…' : ''}`;
    problems.push(`${at}: split: ${cut === 0 ? `the block on line ${o.line} already starts with "${o.before}"` : `"${o.before}" is not in the block on line ${o.line} ("${shown}")`}; give text from the middle of the block, as zh.md has it.`);
    return blocks;
  }
  const first: Block = { ...block, text: block.text.slice(0, cut).trimEnd() };
  const second: Block = { ...block, text: block.text.slice(cut), ...(o.type ? { type: o.type } : {}) };
  delete second.ordinal;
  if (second.type === 'heading') second.level = second.level ?? 2;
  else if (second.type === 'title') second.level = 1;
  else delete second.level;
  log.repair('ingest/override', o.line, `block split by ${at}`, block.text.slice(Math.max(0, cut - 4), cut + 4), `${first.text.slice(-4)} ¶ ${second.text.slice(0, 4)}`);
  return [...blocks.slice(0, i), first, second, ...blocks.slice(i + 1)];
}

function setKind(blocks: Block[], o: BlockOverride, file: string, log: RepairLog, problems: string[]): Block[] {
  const at = `${file}:${o.at}`;
  const i = indexAt(blocks, o.line, `type ${o.type}`, at, problems);
  if (i < 0) return blocks;
  const block = blocks[i]!;
  if (o.type === 'drop') {
    log.repair('ingest/override-drop', o.line, `block dropped by ${at} (${block.type})`, block.text, '');
    return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  }
  log.repair('ingest/override', o.line, `block role set by ${at}`, block.type, o.type);
  const changed: Block = { ...block, type: o.type };
  if (o.type === 'heading') changed.level = o.level ?? block.level ?? 2;
  else delete changed.level;
  if (o.type !== 'heading') delete changed.ordinal;
  if (o.type === 'title') changed.level = 1;
  return blocks.map((b, k) => (k === i ? changed : b));
}

function setTitle(blocks: Block[], title: { text: string; at: number }, file: string, log: RepairLog): Block[] {
  const i = blocks.findIndex((b) => b.type === 'title');
  const at = `${file}:${title.at}`;
  if (i < 0) {
    log.repair('ingest/override', 1, `title set by ${at} (the report had none)`, '', title.text);
    const datelines = blocks.findIndex((b) => b.type !== 'dateline');
    const k = datelines < 0 ? blocks.length : datelines;
    return [...blocks.slice(0, k), { type: 'title', text: title.text, level: 1, sourceLine: blocks[k]?.sourceLine ?? 1 }, ...blocks.slice(k)];
  }
  log.repair('ingest/override', blocks[i]!.sourceLine, `title set by ${at}`, blocks[i]!.text, title.text);
  return blocks.map((b, k) => (k === i ? { ...b, text: title.text } : b));
}
