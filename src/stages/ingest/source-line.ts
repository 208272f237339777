import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { LineHint } from './formats/converted-source.js';

/** A line of the received file, with its 1-based number kept through every repair. */
export interface SourceLine {
  no: number;
  text: string;
  /** What the file's structure or a furniture recogniser says the line is; outranks the shape guesses. */
  hint?: LineHint;
}

/** Where a repair's after-excerpt sits in the text a repair produced: [start, end) ± width. */
export interface AfterSpan {
  text: string;
  start: number;
  end: number;
  width: number;
}

/** Collects repair diagnostics for one file: what changed, where, before → after. */
export class RepairLog {
  readonly diagnostics: Diagnostic[] = [];
  private readonly pending = new Map<number, Array<{ diagnostic: Diagnostic; span: AfterSpan }>>();

  constructor(readonly file: string) {}

  repair(ruleId: string, line: number, reason: string, before: string, after: string, severity: Severity = 'info'): void {
    this.diagnostics.push({ ruleId, severity, file: this.file, line, reason, actual: before, expected: after });
  }

  /**
   * A repair whose after-excerpt is cut from `span.text` now and cut again from the line's final
   * text by `settle`, so later same-length repairs (punctuation width) show as zh.md has them.
   */
  repairAt(ruleId: string, line: number, reason: string, before: string, span: AfterSpan, severity: Severity = 'info'): void {
    this.repair(ruleId, line, reason, before, excerptAround(span), severity);
    const diagnostic = this.diagnostics.at(-1)!;
    this.pending.set(line, [...(this.pending.get(line) ?? []), { diagnostic, span }]);
  }

  /** Re-cuts the after-excerpts of `line`'s pending repairs from its final text. */
  settle(line: SourceLine): void {
    for (const { diagnostic, span } of this.pending.get(line.no) ?? []) {
      if (line.text.length === span.text.length) diagnostic.expected = excerptAround({ ...span, text: line.text });
    }
    this.pending.delete(line.no);
  }

  warn(ruleId: string, line: number, reason: string, hint?: string): void {
    this.diagnostics.push({ ruleId, severity: 'warning', file: this.file, line, reason, ...(hint ? { hint } : {}) });
  }
}

/** Up to `width` characters either side of [start, end), for readable before → after pairs. */
export function excerpt(text: string, start: number, end: number, width = 6): string {
  return text.slice(Math.max(0, start - width), Math.min(text.length, end + width));
}

function excerptAround(span: AfterSpan): string {
  return excerpt(span.text, span.start, span.end, span.width);
}
