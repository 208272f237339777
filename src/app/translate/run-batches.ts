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
  /** Batches in flight at once. */
  concurrency: number;
  /** Graceful stop (first Ctrl-C): no new batch starts; batches in flight finish and are saved. */
  stop?: AbortSignal;
  /** Hard stop (second Ctrl-C): requests in flight are aborted. */
  signal?: AbortSignal;
  onEvent?: (event: TranslateEvent) => void;
}

export interface RunBatchesResult {
  drafted: number;
  flagged: number;
  failed: Array<{ id: string; key: string; reason: string }>;
  requests: number;
  interrupted: boolean;
}

/**
 * Sends the batches from a few workers and stores each batch as it arrives. A graceful stop
 * lets batches in flight finish and be saved, so no reply the server sent is thrown away (a
 * rerun sends each segment exactly once). The first program error (back-end unavailable, key
 * refused) aborts the others and is thrown once they have settled.
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

  const queue = [...batches];
  const stopped = () => stop.signal.aborted || Boolean(options.stop?.aborted);
  const worker = async (): Promise<void> => {
    while (!stopped()) {
      const batch = queue.shift();
      if (!batch) return;
      await runOne(batch);
    }
  };
  const runOne = async (batch: PendingSegment[]): Promise<void> => {
    const requests = batch.map(({ id, source, key, context, terms }) => ({ id, source, key, context, terms }));
    try {
      const result = await translateVerified(requests, { ...options, signal: stop.signal });
      out.requests += result.usage.requests;
      const stored = await options.store(result.drafts, byId);
      out.drafted += stored.drafted;
      out.flagged += stored.flagged;
      for (const f of result.failed) out.failed.push({ id: f.id, key: byId.get(f.id)?.key ?? f.id, reason: f.reason });
      done += batch.length;
      options.onEvent?.({ type: 'batch', done, segments: pending.length, drafted: out.drafted, flagged: out.flagged, failed: out.failed.length });
    } catch (error) {
      if (stop.signal.aborted) return;
      firstError = error;
      stop.abort(error);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, batches.length) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  if (firstError !== undefined) throw firstError;
  out.interrupted = queue.length > 0 || Boolean(options.signal?.aborted);
  return out;
}
