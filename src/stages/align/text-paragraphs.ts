import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parent } from 'mdast';
import { mayHoldTwoSentences, splitSentences } from '../segment/split-sentences.js';
import { mayHoldTwoEnglishSentences, splitEnglishSentences } from './english-split.js';
import { endsSentence, isHardWrapped, lineRuns, type LineMode, type TextLanguage } from './line-runs.js';

/**
 * Paragraphs of an input file, Markdown syntax removed. Markdown: headings, paragraphs and table
 * cells are blocks (code and HTML are dropped). Plain text: blocks are separated by blank lines,
 * and a line break inside a block is a boundary unless the text clearly continues (line-runs.ts).
 * A file with one sentence per line keeps its lines as the sentences (`units`), never re-split.
 */
export type { TextLanguage };

export interface TextParagraph {
  text: string;
  /** The sentences as the user gave them, one per line; absent when the text is to be split. */
  units?: string[];
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIP_TYPES = new Set(['code', 'html', 'yaml', 'definition', 'thematicBreak']);

/** How lines are read: `auto` decides from the text (and the other side, see pairLineModes). */
export type LineSplit = 'auto' | 'lines' | 'sentences';

/** The blank-line blocks of a plain-text file and what its lines look like. */
export interface TextLayout {
  language: TextLanguage;
  blocks: string[][];
  wrapped: boolean;
  lines: number;
  /** Shares of lines that end a sentence, and that hold more than one. */
  ending: number;
  multi: number;
}

export function textLayout(text: string, language: TextLanguage): TextLayout {
  const blocks = text.replace(/\r\n?/gu, '\n').split(/\n[ \t\u3000]*\n/u)
    .map((b) => b.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .filter((lines) => lines.length > 0);
  const lines = blocks.flat();
  const share = (test: (line: string) => boolean): number => (lines.length ? lines.filter(test).length / lines.length : 0);
  return {
    language, blocks, wrapped: isHardWrapped(blocks), lines: lines.length,
    ending: share((l) => endsSentence(l, language)),
    multi: share((l) => (language === 'zh' ? mayHoldTwoSentences(l) : mayHoldTwoEnglishSentences(l)) && paragraphSentences({ text: l }, language).length > 1),
  };
}

/**
 * One sentence per line: lines that end sentences and rarely hold two. A side whose lines hold
 * more (a translator who split a sentence) still counts when the other side is one per line
 * and has about as many lines: the user evidently gave the files line by line.
 */
export function pairLineModes(zh: TextLayout, en: TextLayout, split: LineSplit = 'auto'): [LineMode, LineMode] {
  const base = (t: TextLayout): LineMode => {
    if (t.wrapped) return 'wrapped';
    if (split === 'lines') return 'units';
    if (split === 'sentences' || t.lines < 2 || t.lines === t.blocks.length || t.ending < 0.6) return 'running';
    return t.multi < 0.1 ? 'units' : 'running';
  };
  const modes: [LineMode, LineMode] = [base(zh), base(en)];
  const similar = Math.min(zh.lines, en.lines) >= 0.8 * Math.max(zh.lines, en.lines);
  const follows = (t: TextLayout, mode: LineMode): boolean => split === 'auto' && mode === 'running' && t.ending >= 0.6 && t.multi < 0.35 && t.lines !== t.blocks.length;
  if (similar && modes[0] === 'units' && follows(en, modes[1])) modes[1] = 'units';
  if (similar && modes[1] === 'units' && follows(zh, modes[0])) modes[0] = 'units';
  return modes;
}

/** Paragraphs of a plain-text file read in the given mode. */
export function layoutParagraphs(layout: TextLayout, mode: LineMode): TextParagraph[] {
  const { blocks, language } = layout;
  if (mode === 'units') return blocks.map((units) => ({ text: units.join(language === 'en' ? ' ' : ''), units }));
  return blocks.flatMap((lines) => lineRuns(lines, language, mode).map((run) => ({ text: joinLines(run.join('\n'), language) })));
}

/** Paragraphs of one file on its own (Markdown, or plain text with its own line mode). */
export function textParagraphs(text: string, language: TextLanguage, markdown: boolean): TextParagraph[] {
  if (markdown) return markdownParagraphs(text, language);
  const layout = textLayout(text, language);
  return layoutParagraphs(layout, pairLineModes(layout, layout)[0]);
}

export function markdownParagraphs(text: string, language: TextLanguage): TextParagraph[] {
  return markdownBlocks(text).map((b) => ({ text: joinLines(b, language) })).filter((p) => p.text !== '');
}

/** Sentences of one paragraph: the user's units, or the splitter's sentences. */
export function paragraphSentences(paragraph: TextParagraph, language: TextLanguage): string[] {
  const pieces = paragraph.units ?? (language === 'zh' ? splitSentences(paragraph.text, { insideQuotes: true }) : splitEnglishSentences(paragraph.text));
  return pieces.map((s) => s.trim()).filter((s) => s !== '');
}

function markdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    if (SKIP_TYPES.has(node.type)) return;
    if (BLOCK_TYPES.has(node.type)) {
      blocks.push(toString(node, { includeImageAlt: false }));
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(remark().parse(text));
  return blocks;
}

/** One line per block: Chinese lines join directly, English (and Latin next to Latin) with a space. */
export function joinLines(block: string, language: TextLanguage): string {
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (language === 'en' || (/[\p{Script=Latin}\d,.;:!?]$/u.test(out) && /^[\p{Script=Latin}\d]/u.test(line))) out += ` ${line}`;
    else out += line;
  }
  return out;
}
