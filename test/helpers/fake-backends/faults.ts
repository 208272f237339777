/** Faults a fake server can be scripted to produce, one per translation request, in order. */
export type Fault =
  | { kind: 'none' }
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'hang' }
  /** A correct reply, sent after `ms` milliseconds. */
  | { kind: 'slow'; ms: number }
  | { kind: 'die' }
  | { kind: 'malformed' }
  | { kind: 'drop-term' }
  | { kind: 'change-number' }
  | { kind: 'omit-id' }
  | { kind: 'fenced' }
  | { kind: 'reject-json-schema' };

/** Counts, per Chinese source, how many times a fake server sent back a translation for it. */
export class ServedCounter {
  private readonly counts = new Map<string, number>();
  add(source: string): void {
    this.counts.set(source, (this.counts.get(source) ?? 0) + 1);
  }
  get(source: string): number {
    return this.counts.get(source) ?? 0;
  }
  /** Sources served more than once. */
  repeated(): string[] {
    return [...this.counts].filter(([, n]) => n > 1).map(([s]) => s);
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
}
