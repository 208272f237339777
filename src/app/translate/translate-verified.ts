import type { Connector } from '../../backends/connector.js';
import type { BackendUsage, SegmentRequest, TranslationBackend } from '../../backends/types.js';

export interface VerifiedDraft {
  id: string;
  target: string;
  /** Problems left after the last attempt; empty for a clean draft. */
  flags: string[];
}

export interface TranslateVerifiedOptions {
  backend: TranslationBackend;
  connector: Connector;
  verify: (request: SegmentRequest, target: string) => string[];
  /** Extra rounds for failing drafts (with feedback) and unanswered segments. */
  maxFixAttempts: number;
  signal?: AbortSignal;
}

export interface TranslateVerifiedResult {
  drafts: VerifiedDraft[];
  failed: Array<{ id: string; reason: string }>;
  usage: BackendUsage;
}

/**
 * Translates one batch and checks every draft. Segments the back-end did not answer are sent
 * again; failing drafts are sent again with their problems as feedback when the back-end takes
 * feedback (openai), up to maxFixAttempts rounds. A draft still failing is kept, flagged; one
 * still empty is reported failed.
 */
export async function translateVerified(batch: readonly SegmentRequest[], options: TranslateVerifiedOptions): Promise<TranslateVerifiedResult> {
  const { backend, connector } = options;
  const best = new Map<string, VerifiedDraft>();
  const failed = new Map<string, string>();
  const usage: BackendUsage = { requests: 0, characters: 0 };
  let pending = [...batch];
  let feedback = new Map<string, string[]>();
  for (let round = 0; pending.length > 0; round++) {
    const result = await connector.run((signal) => backend.translate(pending, { signal, ...(feedback.size ? { feedback } : {}) }), options.signal);
    addUsage(usage, result.usage);
    const retry = new Map<string, string[]>();
    for (const t of result.translations) {
      const request = pending.find((s) => s.id === t.id);
      if (!request) continue;
      const flags = [...new Set([...(t.problems ?? []), ...options.verify(request, t.target)])];
      const previous = best.get(t.id);
      if (!previous || flags.length <= previous.flags.length) best.set(t.id, { id: t.id, target: t.target, flags });
      failed.delete(t.id);
      if (flags.length && backend.acceptsFeedback) retry.set(t.id, flags);
    }
    for (const f of result.failures) {
      if (!best.has(f.id)) failed.set(f.id, f.reason);
      if (pending.some((s) => s.id === f.id)) retry.set(f.id, [`reply/missing: ${f.reason}`]);
    }
    if (round >= options.maxFixAttempts) break;
    pending = batch.filter((s) => retry.has(s.id));
    feedback = retry;
  }
  // An empty (or blank) English is no draft: the segment failed.
  for (const draft of best.values()) {
    if (draft.target.trim() !== '') continue;
    best.delete(draft.id);
    failed.set(draft.id, 'the back-end returned no English');
  }
  return { drafts: [...best.values()], failed: [...failed].map(([id, reason]) => ({ id, reason })), usage };
}

function addUsage(total: BackendUsage, more: BackendUsage): void {
  total.requests += more.requests;
  total.characters += more.characters;
  if (more.inputTokens !== undefined) total.inputTokens = (total.inputTokens ?? 0) + more.inputTokens;
  if (more.outputTokens !== undefined) total.outputTokens = (total.outputTokens ?? 0) + more.outputTokens;
}
