import type { Blockquote, Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { FOOTNOTE_LINE, SEGMENT_MARKER, footnoteBase, normaliseEnglish } from '../../stages/render/bilingual-edition.js';
import type { SyncConflict } from './sync-conflict.js';

/** One segment as a reviewer left it in translations/<slug>.zh-en.md. */
export interface EditedSegment {
  id: string;
  /** The status word after the id (`translated`, `reviewed` …), as written. */
  status: string;
  /** The quoted Chinese (undefined when the quote is missing). */
  chinese?: string;
  /** The English below the quote, whitespace collapsed; '' when left empty. */
  english: string;
  /** The translator's note (`*Translator's note:* …` lines), whitespace collapsed; absent when none. */
  footnote?: string;
  /** From the segment's `<!-- duizhao id=… base=… note=… -->` marker, when present. */
  markerId?: string;
  base?: string;
  /** Hash of the translator's note as built (the marker's note=, or of none when it has no note=). */
  footnoteBase?: string;
  /** 1-based line of the segment heading. */
  line: number;
}

export interface ParsedEdition {
  segments: EditedSegment[];
  /** Line of each `## ¶N` paragraph heading, by N. */
  paragraphLines: Map<number, number>;
  conflicts: SyncConflict[];
}

const ANNOTATION = /^(suggestion\b|terms: |note: )/;

/**
 * Reads a bilingual edition with remark: `###` headings open segments (`` `id` status ``), the
 * blockquote is the Chinese, plain paragraphs are the English, a paragraph opening with
 * `*Translator's note:*` is the translator's note, emphasised `suggestion`/`terms`/`note` lines are
 * the build's annotations and are ignored. Structure that a deleted heading or
 * an altered id leaves behind is reported as conflicts with the line. Plain CommonMark, as the
 * edition is rendered: every node has a source position, so markup a reviewer typed (a link,
 * `*emphasis*`, a URL) is read back exactly as typed, and escaped text as the text it stands for.
 */
export function parseBilingualEdition(text: string, file: string): ParsedEdition {
  const tree = remark().parse(text);
  const out: ParsedEdition = { segments: [], paragraphLines: new Map(), conflicts: [] };
  const conflict = (node: { position?: { start: { line: number } } } | undefined, id: string, what: string) =>
    out.conflicts.push({ file, line: node?.position?.start.line ?? 0, id, what });
  let current: EditedSegment | undefined;
  let inParagraph = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 3) {
      current = undefined;
      inParagraph = node.depth === 2;
      if (node.depth === 2) recordParagraph(node, out.paragraphLines);
      if (node.depth === 3) current = openSegment(node, out, conflict);
      continue;
    }
    if (!current) {
      const what = describe(node);
      if (inParagraph && what) conflict(node, '', `${what} outside any segment: was a segment heading (### \`id\` status) deleted?`);
      continue;
    }
    readSegmentNode(node, current, text, conflict);
  }
  for (const segment of out.segments) {
    if (segment.chinese === undefined) conflict({ position: { start: { line: segment.line } } }, segment.id, 'the Chinese quote (> …) under this heading is missing.');
  }
  return out;
}

type Report = (node: RootContent | undefined, id: string, what: string) => void;

function openSegment(node: Heading, out: ParsedEdition, conflict: Report): EditedSegment | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'inlineCode') {
    conflict(node, '', `segment heading "${toString(node)}" has no id in backticks; restore it from git (git diff shows it).`);
    return undefined;
  }
  const status = toString({ type: 'paragraph', children: rest }).trim();
  const segment: EditedSegment = { id: first.value.trim(), status, english: '', line: node.position?.start.line ?? 0 };
  const earlier = out.segments.find((s) => s.id === segment.id);
  if (earlier) conflict(node, segment.id, `duplicate id: also at line ${earlier.line}.`);
  out.segments.push(segment);
  return segment;
}

function readSegmentNode(node: RootContent, segment: EditedSegment, text: string, conflict: Report): void {
  if (node.type === 'blockquote') {
    if (segment.chinese !== undefined) conflict(node, segment.id, 'a second Chinese quote under one heading: was the next segment\'s heading deleted?');
    else segment.chinese = quoteText(node);
    return;
  }
  if (node.type === 'html') {
    const marker = SEGMENT_MARKER.exec(node.value.trim());
    if (!marker) return;
    if (segment.markerId !== undefined) conflict(node, segment.id, `a second segment marker (for ${marker[1]}) under one heading: was the heading of segment ${marker[1]} deleted?`);
    else if (marker[1] !== segment.id) conflict(node, segment.id, `id altered: the heading says ${segment.id} but the segment's marker says ${marker[1]}; restore the id.`);
    segment.markerId ??= marker[1];
    segment.base ??= marker[2];
    segment.footnoteBase ??= marker[3] ?? footnoteBase('');
    return;
  }
  if (node.type === 'paragraph' && isAnnotation(node)) return;
  const footnote = node.type === 'paragraph' ? footnoteText(node, text) : undefined;
  if (footnote !== undefined) {
    segment.footnote = normaliseEnglish(`${segment.footnote ?? ''} ${footnote}`);
    return;
  }
  const english = node.type === 'paragraph' ? phrasingText(node.children, text) : sliceOf(node, text);
  segment.english = normaliseEnglish(segment.english ? `${segment.english} ${english}` : english);
}

function isAnnotation(node: Paragraph): boolean {
  const [only, ...rest] = node.children;
  return rest.length === 0 && only?.type === 'emphasis' && ANNOTATION.test(toString(only));
}

/** The note of a `*Translator's note:* …` line (label emphasised or typed plain), else undefined. */
function footnoteText(node: Paragraph, text: string): string | undefined {
  const [first, ...rest] = node.children;
  if ((first?.type === 'emphasis' || first?.type === 'strong') && FOOTNOTE_LINE.test(toString(first))) {
    return `${toString(first).replace(FOOTNOTE_LINE, '')}${phrasingText(rest, text)}`;
  }
  if (first?.type === 'text' && FOOTNOTE_LINE.test(first.value)) return phrasingText([{ ...first, value: first.value.replace(FOOTNOTE_LINE, '') }, ...rest], text);
  return undefined;
}

/** Text of inline content; anything other than plain text (emphasis, links …) is kept as written. */
function phrasingText(children: readonly PhrasingContent[], text: string): string {
  return children.map((child) => (child.type === 'text' ? child.value : child.type === 'break' ? ' ' : sliceOf(child, text))).join('');
}

function sliceOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, text: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : '';
}

function quoteText(node: Blockquote): string {
  return node.children.map((child) => toString(child)).join('\n').trim();
}

function recordParagraph(node: Heading, lines: Map<number, number>): void {
  const match = /^¶(\d+)/.exec(toString(node));
  if (match) lines.set(Number(match[1]), node.position?.start.line ?? 0);
}

/** What a stray node is, or undefined for a reviewer's own HTML comment (harmless). */
function describe(node: RootContent): string | undefined {
  if (node.type === 'blockquote') return 'a Chinese quote';
  if (node.type === 'html') return SEGMENT_MARKER.test(node.value.trim()) ? 'a segment marker' : undefined;
  return 'text';
}
