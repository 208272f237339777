import type { Connector } from '../../backends/connector.js';
import type { SegmentRequest, TranslationBackend } from '../../backends/types.js';
import type { PendingSegment } from './select-segments.js';
import type { StoredDrafts } from './store-drafts.js';
import { translateVerified, type VerifiedDraft } from './translate-verified.js';

export type TranslateEvent =
  | { type: 'start'; segments: number; batches: number }
  | { type: 'batch'; done: number; segments: number; drafted: number; flagged: number; failed: number }
  | { type: 'retry'; attempt: number; delayMs: number; message: string };

export interface RunBatchesOptions {
  backend: TranslationBackend;
  connector: Connector;
  batchSize: number;
  maxFixAttempts: number;
  verify: (request: SegmentRequest, target: string) => string[];
  store: (drafts: readonly VerifiedDraft[], segments: ReadonlyMap<string, PendingSegment>) => Promise<StoredDrafts>;
  signal?: AbortSignal;
  onEvent?: (event: TranslateEvent) => void;
}

export interface RunBatchesResult {
  drafted: number;
  flagged: number;
  failed: Array<{ key: string; reason: string }>;
  requests: number;
  interrupted: boolean;
}

/**
 * Sends every batch (the connector limits how many at once) and stores each as it arrives.
 * The first program error (back-end unavailable, key refused) stops the others and is thrown
 * once they have settled, so nothing received is lost; Ctrl-C (the signal) ends the run early
 * with `interrupted`.
 */
export async function runBatches(pending: readonly PendingSegment[], options: RunBatchesOptions): Promise<RunBatchesResult> {
  const byId = new Map(pending.map((s) => [s.id, s]));
  const batches: PendingSegment[][] = [];
  for (let i = 0; i < pending.length; i += options.batchSize) batches.push(pending.slice(i, i + options.batchSize));
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const out: RunBatchesResult = { drafted: 0, flagged: 0, failed: [], requests: 0, interrupted: false };
  let done = 0;
  let firstError: unknown;
  options.onEvent?.({ type: 'start', segments: pending.length, batches: batches.length });

  const runOne = async (batch: PendingSegment[]): Promise<void> => {
    if (stop.signal.aborted) return;
    const requests = batch.map(({ id, source, key, context, terms }) => ({ id, source, key, context, terms }));
    try {
      const result = await translateVerified(requests, { ...options, signal: stop.signal });
      out.requests += result.usage.requests;
      const stored = await options.store(result.drafts, byId);
      out.drafted += stored.drafted;
      out.flagged += stored.flagged;
      for (const f of result.failed) out.failed.push({ key: byId.get(f.id)?.key ?? f.id, reason: f.reason });
      done += batch.length;
      options.onEvent?.({ type: 'batch', done, segments: pending.length, drafted: out.drafted, flagged: out.flagged, failed: out.failed.length });
    } catch (error) {
      if (stop.signal.aborted) return;
      firstError = error;
      stop.abort(error);
    }
  };
  try {
    await Promise.all(batches.map(runOne));
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  if (firstError !== undefined) throw firstError;
  out.interrupted = Boolean(options.signal?.aborted);
  return out;
}
