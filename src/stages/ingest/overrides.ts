import { parseDocument, LineCounter, isMap, isSeq, type Node } from 'yaml';
import { ConfigError } from '../../errors.js';
import { findUnresolvedAlias, unresolvedAliasMessage } from '../../stores/find-unresolved-alias.js';
import type { BlockType } from '../../model/document.js';
import type { RepairLog, SourceLine } from './source-line.js';

/** A person's correction of the received text, applied before the automatic repairs. */
export interface TextOverride {
  line: number;
  find: string;
  replace: string;
  note?: string;
  /** Line of this override in overrides.yaml, for messages. */
  at: number;
}

/** What a block can be made: any role, or `drop` (removed, and logged to repairs.txt). */
export type BlockKind = BlockType | 'drop';

/** A person's correction of a block's role, keyed by the block's first line in source.txt. */
export interface BlockOverride {
  line: number;
  type: BlockKind;
  level?: number;
  at: number;
}

/** Split the block starting on `line` before the first occurrence of `before`. */
export interface SplitOverride {
  line: number;
  before: string;
  /** Role of the second part (default: the block's own). */
  type?: BlockType;
  at: number;
}

/** Join the blocks starting on `lines` (consecutive blocks, in order) into one. */
export interface JoinOverride {
  lines: number[];
  /** `from`/`to` form: every block starting in that range of source lines. */
  range?: { from: number; to: number };
  at: number;
}

export interface Overrides {
  title?: { text: string; at: number };
  text: TextOverride[];
  blocks: BlockOverride[];
  splits: SplitOverride[];
  joins: JoinOverride[];
}

export const BLOCK_KINDS: BlockKind[] = ['title', 'subtitle', 'heading', 'byline', 'caption', 'dateline', 'paragraph', 'drop'];

type Item = { at: number; value: Record<string, unknown> | undefined };
const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

export function emptyOverrides(): Overrides {
  return { text: [], blocks: [], splits: [], joins: [] };
}

/**
 * overrides.yaml → Overrides. Every problem is listed at once, each with its line in the file.
 * `blocks:` items set a kind (`line` + `type`), or hold a `split: {line, at}` or a
 * `join: {lines: [a, b]}` / `join: {from, to}`; `split:` and `join:` may also be lists of their own.
 */
export function parseOverrides(yamlText: string, file: string): Overrides {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]}`);
  const alias = findUnresolvedAlias(doc, yamlText);
  if (alias) problems.push(unresolvedAliasMessage(file, alias));
  const value: unknown = doc.errors.length || alias ? {} : (doc.toJS() ?? {});
  if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${file}:1: overrides.yaml must be a mapping with "title:", "text:" and "blocks:".`);
  const data = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const lineOf = (node: Node | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const seqItems = (key: string): Item[] => {
    const node = doc.get(key, true);
    if (data[key] !== undefined && !isSeq(node)) problems.push(`${file}:${lineOf(node as Node)}: "${key}" must be a list.`);
    return isSeq(node) && !alias ? node.items.map((item) => ({ at: lineOf(item as Node), value: isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined })) : [];
  };
  const out = emptyOverrides();
  if (data.title !== undefined) {
    if (typeof data.title === 'string' && data.title.trim()) out.title = { text: data.title.trim(), at: lineOf(doc.get('title', true) as Node) };
    else problems.push(`${file}:${lineOf(doc.get('title', true) as Node)}: title must be the title's text (a string).`);
  }
  for (const item of seqItems('text')) parseText(item, file, out, problems);
  for (const item of seqItems('blocks')) parseBlockItem(item, file, out, problems);
  for (const item of seqItems('split')) parseSplit(item.value, item.at, file, out, problems);
  for (const item of seqItems('join')) parseJoin(item.value, item.at, file, out, problems);
  if (problems.length > 0) {
    throw new ConfigError('overrides/invalid', `${file} is not valid.`, { details: problems, hint: 'Fix the entries listed above; see the README section "Overrides".' });
  }
  return out;
}

function parseText({ at, value }: Item, file: string, out: Overrides, problems: string[]): void {
  if (!value || !int(value.line) || typeof value.find !== 'string' || typeof value.replace !== 'string') {
    problems.push(`${file}:${at}: a text override needs line (number), find and replace (strings).`);
  } else out.text.push({ line: value.line, find: value.find, replace: value.replace, at, ...(typeof value.note === 'string' ? { note: value.note } : {}) });
}

function parseBlockItem({ at, value }: Item, file: string, out: Overrides, problems: string[]): void {
  if (value && 'split' in value) return parseSplit(value.split, at, file, out, problems);
  if (value && 'join' in value) return parseJoin(value.join, at, file, out, problems);
  if (!value || !int(value.line) || !BLOCK_KINDS.includes(value.type as BlockKind)) {
    problems.push(`${file}:${at}: a block override needs line (number) and type (one of ${BLOCK_KINDS.join(', ')}), or is a split: {line, at} or a join: {lines: [a, b]}.`);
  } else out.blocks.push({ line: value.line, type: value.type as BlockKind, at, ...(typeof value.level === 'number' ? { level: value.level } : {}) });
}

function parseSplit(value: unknown, at: number, file: string, out: Overrides, problems: string[]): void {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const type = v.type as BlockType | undefined;
  if (!int(v.line) || typeof v.at !== 'string' || v.at === '' || (type !== undefined && (!BLOCK_KINDS.includes(type) || (type as BlockKind) === 'drop'))) {
    problems.push(`${file}:${at}: a split needs line (the block's first source line) and at (the text the second part starts with), e.g. split: { line: 12, at: "二是" }.`);
  } else out.splits.push({ line: v.line, before: v.at, at, ...(type ? { type } : {}) });
}

function parseJoin(value: unknown, at: number, file: string, out: Overrides, problems: string[]): void {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (Array.isArray(v.lines) && v.lines.length >= 2 && v.lines.every(int)) out.joins.push({ lines: v.lines as number[], at });
  else if (int(v.from) && int(v.to) && v.to > v.from) out.joins.push({ lines: [], range: { from: v.from, to: v.to }, at });
  else problems.push(`${file}:${at}: a join needs lines (two or more block start lines) or from and to, e.g. join: { lines: [12, 13] } or join: { from: 12, to: 15 }.`);
}

/** Applies text overrides to the raw lines; an override whose `find` is not on its line is an error. */
export function applyTextOverrides(lines: SourceLine[], overrides: Overrides, file: string, log: RepairLog): SourceLine[] {
  const stale: string[] = [];
  const out = lines.map((line) => ({ ...line }));
  for (const o of overrides.text) {
    const target = out[o.line - 1];
    if (!target || !target.text.includes(o.find)) {
      stale.push(`${file}:${o.at}: "${o.find}" is not on line ${o.line} of the source${target ? ` (it reads "${target.text.slice(0, 24)}${target.text.length > 24 ? '…' : ''}")` : ` (it has ${lines.length} lines)`}.`);
      continue;
    }
    target.text = target.text.replace(o.find, o.replace);
    log.repair('ingest/override', o.line, `text corrected by ${file}:${o.at}${o.note ? ` (${o.note})` : ''}`, o.find, o.replace, 'warning');
  }
  if (stale.length > 0) {
    throw new ConfigError('overrides/stale', `${file} has overrides that no longer match the source.`, { details: stale, hint: 'Correct the line number or the find text, or remove the override.' });
  }
  return out;
}
