import type { JoinedLine } from './join-lines.js';
import { chineseOrdinalLevel, DATELINE, isAuthorList, isBodyLine, isBylineText, ORDINAL_HEADING } from './line-shape.js';
import type { RepairLog } from './source-line.js';

export interface TitleChoice {
  /** Index into the lines of the title, or -1 when none looks like one. */
  index: number;
}

/**
 * Chooses the title by evidence, not "the first line": the file's own structure (an <h1>), a
 * headline named by 原标题, the position (the first line that is not furniture, a dateline or a
 * byline), and the shape (4–40 characters, no final 。). Candidates stop at the first body
 * paragraph. When the evidence is weak the choice is logged as something to look at.
 */
export function chooseTitle(lines: readonly JoinedLine[], titleEvidence: readonly string[], log: RepairLog): TitleChoice {
  const hinted = lines.findIndex((l) => l.hint?.kind === 'title');
  if (hinted >= 0) return { index: hinted };
  const candidates: number[] = [];
  for (let i = 0; i < lines.length && i < 12; i++) {
    const line = lines[i]!;
    if (line.hint?.kind === 'paragraph' || (!line.hint && isBodyLine(line.text))) break;
    if (isCandidate(line)) candidates.push(i);
  }
  const evidence = titleEvidence.map((t) => t.replace(/\s/gu, ''));
  const matching = candidates.find((i) => lines[i]!.hint?.kind !== 'subtitle' && evidence.some((t) => similarity(t, lines[i]!.text) >= 0.5));
  if (matching !== undefined) return { index: matching };
  const named = lines.findIndex((l) => l.hint?.kind === 'subtitle' && evidence.includes(l.text.replace(/\s/gu, '')));
  const first = skipKicker(lines, candidates, candidates.find((i) => !lines[i]!.hint));
  if (first === undefined) {
    if (named >= 0) return { index: named };
    if (lines.length > 0) log.warn('ingest/title-missing', lines[0]!.no, 'no line before the first paragraph looks like a title (short, no final 。, not a dateline, byline or furniture); the report has no title', 'If it has one, set it in overrides.yaml (blocks: - line: N, type: title).');
    return { index: -1 };
  }
  const doubts = doubtsAbout(lines, first);
  if (doubts.length > 0) {
    log.warn('ingest/title-uncertain', lines[first]!.no, `title "${lines[first]!.text}" chosen on weak evidence: ${doubts.join('; ')}`, 'If another line is the title, set it in overrides.yaml (blocks: - line: N, type: title).');
  }
  return { index: first };
}

/** A short column label or kicker (乡村振兴) right above a longer headline is not the title. */
function skipKicker(lines: readonly JoinedLine[], candidates: readonly number[], first: number | undefined): number | undefined {
  if (first === undefined || !candidates.includes(first + 1) || lines[first + 1]!.hint) return first;
  const length = (i: number) => [...lines[i]!.text].length;
  return length(first) <= 6 && length(first + 1) > length(first) + 2 ? first + 1 : first;
}

function isCandidate(line: JoinedLine): boolean {
  if (line.hint && line.hint.kind !== 'subtitle') return false;
  const text = line.text;
  return !DATELINE.test(text) && !isBylineText(text) && !isAuthorList(text) && !text.startsWith('——')
    && !/[。；;]["”’」』]?$/u.test(text) && chineseOrdinalLevel(text) === undefined && !ORDINAL_HEADING.test(text);
}

function doubtsAbout(lines: readonly JoinedLine[], index: number): string[] {
  const doubts: string[] = [];
  const length = [...lines[index]!.text].length;
  const before = lines.slice(0, index).filter((l) => !DATELINE.test(l.text));
  if (before.length > 0) doubts.push(`${before.length} line${before.length > 1 ? 's' : ''} before it (from line ${before[0]!.no})`);
  if (length < 4 || length > 40) doubts.push(`${length} characters long`);
  if (/[，,；;]/u.test(lines[index]!.text)) doubts.push('it contains clause punctuation');
  return doubts;
}

/** Dice coefficient of the character bigrams of two strings. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const chars = [...s.replace(/\s/gu, '')];
    return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  };
  const x = grams(a);
  const y = grams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}
