import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { LineHint } from './formats/converted-source.js';

/** A line of the received file, with its 1-based number kept through every repair. */
export interface SourceLine {
  no: number;
  text: string;
  /** What the file's structure or a furniture recogniser says the line is; outranks the shape guesses. */
  hint?: LineHint;
}

/** Collects repair diagnostics for one file: what changed, where, before → after. */
export class RepairLog {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  repair(ruleId: string, line: number, reason: string, before: string, after: string, severity: Severity = 'info'): void {
    this.diagnostics.push({ ruleId, severity, file: this.file, line, reason, actual: before, expected: after });
  }

  warn(ruleId: string, line: number, reason: string, hint?: string): void {
    this.diagnostics.push({ ruleId, severity: 'warning', file: this.file, line, reason, ...(hint ? { hint } : {}) });
  }
}

/** Up to `width` characters either side of [start, end), for readable before → after pairs. */
export function excerpt(text: string, start: number, end: number, width = 6): string {
  return text.slice(Math.max(0, start - width), Math.min(text.length, end + width));
}
