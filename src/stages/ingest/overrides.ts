import { parseDocument, LineCounter, isMap, isSeq, type Node } from 'yaml';
import { ConfigError } from '../../errors.js';
import { findUnresolvedAlias, unresolvedAliasMessage } from '../../stores/find-unresolved-alias.js';
import type { Block, BlockType } from '../../model/document.js';
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

/** A person's correction of a block's role, keyed by the block's first line in source.txt. */
export interface BlockOverride {
  line: number;
  type: BlockType;
  level?: number;
  at: number;
}

export interface Overrides {
  text: TextOverride[];
  blocks: BlockOverride[];
}

const BLOCK_TYPES: BlockType[] = ['title', 'subtitle', 'heading', 'paragraph', 'caption', 'byline', 'dateline'];

export function parseOverrides(yamlText: string, file: string): Overrides {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]}`);
  const alias = findUnresolvedAlias(doc, yamlText);
  if (alias) problems.push(unresolvedAliasMessage(file, alias));
  const value: unknown = doc.errors.length || alias ? {} : (doc.toJS() ?? {});
  if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${file}:1: overrides.yaml must be a mapping with "text:" and "blocks:" lists.`);
  const data = (typeof value === 'object' && !Array.isArray(value) ? value : {}) as { text?: unknown; blocks?: unknown };
  const lineOf = (node: Node | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const seqItems = (key: string) => {
    const node = doc.get(key, true);
    return isSeq(node) && !alias ? node.items.map((item) => ({ at: lineOf(item as Node), value: isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined })) : [];
  };
  const text: TextOverride[] = [];
  for (const { at, value } of seqItems('text')) {
    if (!value || typeof value.line !== 'number' || typeof value.find !== 'string' || typeof value.replace !== 'string') {
      problems.push(`${file}:${at}: a text override needs line (number), find and replace (strings).`);
    } else text.push({ line: value.line, find: value.find, replace: value.replace, at, ...(typeof value.note === 'string' ? { note: value.note } : {}) });
  }
  const blocks: BlockOverride[] = [];
  for (const { at, value } of seqItems('blocks')) {
    if (!value || typeof value.line !== 'number' || !BLOCK_TYPES.includes(value.type as BlockType)) {
      problems.push(`${file}:${at}: a block override needs line (number) and type (one of ${BLOCK_TYPES.join(', ')}).`);
    } else blocks.push({ line: value.line, type: value.type as BlockType, at, ...(typeof value.level === 'number' ? { level: value.level } : {}) });
  }
  if (data.text !== undefined && !isSeq(doc.get('text', true))) problems.push(`${file}: "text" must be a list.`);
  if (data.blocks !== undefined && !isSeq(doc.get('blocks', true))) problems.push(`${file}: "blocks" must be a list.`);
  if (problems.length > 0) {
    throw new ConfigError('overrides/invalid', `${file} is not valid.`, { details: problems, hint: 'Fix the entries listed above; see the README section "Overrides".' });
  }
  return { text, blocks };
}

/** Applies text overrides to the raw lines; an override whose `find` is not on its line is an error. */
export function applyTextOverrides(lines: SourceLine[], overrides: Overrides, file: string, log: RepairLog): SourceLine[] {
  const stale: string[] = [];
  const out = lines.map((line) => ({ ...line }));
  for (const o of overrides.text) {
    const target = out[o.line - 1];
    if (!target || !target.text.includes(o.find)) {
      stale.push(`${file}:${o.at}: "${o.find}" is not on line ${o.line} of the source.`);
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

export function applyBlockOverrides(blocks: Block[], overrides: Overrides, file: string, log: RepairLog): void {
  const unmatched: string[] = [];
  for (const o of overrides.blocks) {
    const block = blocks.find((b) => b.sourceLine === o.line);
    if (!block) {
      unmatched.push(`${file}:${o.at}: no block starts on source line ${o.line}.`);
      continue;
    }
    log.repair('ingest/override', o.line, `block role set by ${file}:${o.at}`, block.type, o.type);
    block.type = o.type;
    if (o.type === 'heading') block.level = o.level ?? block.level ?? 2;
    else delete block.level;
    if (o.type !== 'heading') delete block.ordinal;
  }
  if (unmatched.length > 0) {
    throw new ConfigError('overrides/stale', `${file} has block overrides that match no block.`, { details: unmatched, hint: 'Use the source.txt line where the block starts (see duizhao segments).' });
  }
}
