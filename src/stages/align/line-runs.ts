/** The language of an input text. */
export type TextLanguage = 'zh' | 'en';

/**
 * A line break the user gave is a boundary unless the text clearly continues across it. In a
 * one-unit-per-line file every line is a unit (its line numbers are the user's indices). In
 * running text a line runs on when it ends on an opening bracket, a dash, a comma or a function
 * word (与, 的, "and", "of" …), into the short tail of a clause that holds a comma, or before a
 * lower-case English word (a headline without a final 。 stays apart); in a file hard-wrapped at a fixed width every line without a final stop runs on.
 */
export type LineMode = 'units' | 'running' | 'wrapped';

const ZH_TERMINAL = /[。！？!?…」』”’）)\]】》]$/u;
const ZH_STRONG_END = /[（(“「《【—-]$|[与和及或的地得在对把被将向从为以并而且但]$/u;
const ZH_WEAK_END = /[，、；,;]$/u;
const EN_TERMINAL = /[.!?:;"”’')\]]$/u;
const EN_STRONG_END = /[(\-–—]$|\b(?:and|or|of|the|a|an|to|in|on|for|with|by|from|at|as|that)$/iu;

export function continuesAcross(previous: string, next: string, language: TextLanguage, mode: LineMode): boolean {
  if (mode === 'units') return false;
  if (language === 'en') {
    if (EN_STRONG_END.test(previous)) return true;
    if (EN_TERMINAL.test(previous)) return false;
    return mode === 'wrapped' || previous.endsWith(',') || /^\p{Ll}/u.test(next);
  }
  if (ZH_STRONG_END.test(previous)) return true;
  if (ZH_TERMINAL.test(previous)) return false;
  return mode === 'wrapped' || ZH_WEAK_END.test(previous) || (/[，；]/u.test(previous) && isTailOf(next, previous));
}

/**
 * A line holding a comma but no final stop runs on only into the tail of its sentence: a first
 * sentence shorter than the line itself. A headline (安倍晋三录视频祝贺，还说了句中文) is followed by a
 * whole sentence, usually longer than the headline.
 */
function isTailOf(next: string, previous: string): boolean {
  const end = next.search(/[。！？!?]/u);
  const first = end < 0 ? next : next.slice(0, end + 1);
  return [...first].length < [...previous].length;
}

/** True when a line ends a sentence: the share of such lines tells unit-per-line files apart. */
export function endsSentence(line: string, language: TextLanguage): boolean {
  return (language === 'en' ? EN_TERMINAL : ZH_TERMINAL).test(line);
}

/**
 * True when lines that are followed by another line mostly share one length near the longest:
 * the mark of text wrapped at a fixed width (a PDF or e-mail paste), not of one unit per line.
 */
export function isHardWrapped(blocks: readonly (readonly string[])[]): boolean {
  const lengths = blocks.flatMap((lines) => lines.slice(0, -1).map((l) => [...l].length));
  if (lengths.length < 4) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length * 0.9)]!;
  if (typical < 16) return false;
  const near = lengths.filter((n) => n >= typical * 0.85 && n <= typical * 1.1).length;
  return near / lengths.length >= 0.7;
}

/** The lines of one block grouped into runs: a run is lines that continue one another. */
export function lineRuns(lines: readonly string[], language: TextLanguage, mode: LineMode): string[][] {
  const runs: string[][] = [];
  for (const line of lines) {
    const last = runs.at(-1);
    if (last && continuesAcross(last.at(-1)!, line, language, mode)) last.push(line);
    else runs.push([line]);
  }
  return runs;
}
