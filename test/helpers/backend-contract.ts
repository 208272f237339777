import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftVerifier } from '../../src/app/translate/verify-draft.js';
import { registerBuiltinBackends } from '../../src/backends/builtin-backends.js';
import { createConnector } from '../../src/backends/connector.js';
import { HttpError } from '../../src/backends/http-error.js';
import { getBackendFactory } from '../../src/backends/registry.js';
import type { SegmentRequest, TranslateResult, TranslationBackend } from '../../src/backends/types.js';
import { BackendUnavailableError, ConfigError } from '../../src/errors.js';
import type { GlossaryEntry } from '../../src/model/glossary-entry.js';
import { createGlossaryMatcher } from '../../src/stages/glossary-match/match-glossary.js';

/** A fault the fake server behind a back-end produces on its next translation request. */
export type ContractFault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'hang' | 'drop-term' | 'change-number' | 'omit-id' };

/** A back-end wired to a fake server on 127.0.0.1, as each back-end's test builds it. */
export interface BackendHarness {
  backend: TranslationBackend;
  fault(fault: ContractFault): void;
  /** The API key the back-end was given: it must never appear in an error. */
  secret: string;
  close(): Promise<void>;
}

const TPA = { zh: '精准扶贫', en: 'targeted poverty alleviation', forbidden: ['precise poverty alleviation'] };
const TPE = { zh: '精准脱贫', en: 'targeted poverty elimination' };
const LICHENG = { zh: '黎城县', en: 'Licheng County' };

/** Real sentences from the Licheng report, with the glossary terms each contains. */
export const CONTRACT_BATCH: SegmentRequest[] = [
  { id: 'a1', source: '坚持“精准扶贫、精准脱贫”基本方略。', key: '坚持“精准扶贫、精准脱贫”基本方略。', context: { after: '黎城县总人口16.5万。' }, terms: [TPA, TPE] },
  { id: 'a2', source: '黎城县总人口16.5万。', key: '黎城县总人口16.5万。', context: { before: '坚持“精准扶贫、精准脱贫”基本方略。' }, terms: [LICHENG] },
  { id: 'a3', source: '贫困人口3601户8055人，贫困发生率为6.2%。', key: '贫困人口3601户8055人，贫困发生率为6.2%。', context: {}, terms: [] },
];

/** The same terms as glossary entries: drafts are verified by the rules `duizhao check` runs. */
const GLOSSARY: GlossaryEntry[] = [TPA, TPE, LICHENG].map((t) => ({ ...t, kind: 'policy', status: 'proposed' }));
/** Verification as `translate` wires it: the rules `duizhao check` runs, over the contract's glossary. */
export const verifyContractDraft = createDraftVerifier({ match: (text) => createGlossaryMatcher({ entries: GLOSSARY }).match(text) });

function problemsOf(result: TranslateResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of result.translations) {
    const request = CONTRACT_BATCH.find((s) => s.id === t.id)!;
    out[t.id] = [...(t.problems ?? []), ...verifyContractDraft(request, t.target)];
  }
  return out;
}

/**
 * The contract every back-end meets, run against each one with its fake server: translations
 * matched by id and clean, corrupt drafts caught by verification, retryable statuses surfaced
 * for the connector, 401 never retried and never leaking the key, hangs ended by the timeout.
 */
export function describeBackend(name: string, setup: () => Promise<BackendHarness>): void {
  describe(`back-end contract: ${name}`, () => {
    let h: BackendHarness;
    const run = (batch = CONTRACT_BATCH) => h.backend.translate(batch, { signal: new AbortController().signal });
    const connector = (timeoutMs = 5000, maxRetries = 2) => {
      const sleeps: number[] = [];
      const c = createConnector({ name, concurrency: 1, timeoutMs, maxRetries, random: () => 0, sleep: async (ms) => void sleeps.push(ms), ...(h.backend.hints ? { hints: h.backend.hints } : {}) });
      return { c, sleeps };
    };
    beforeEach(async () => {
      h = await setup();
    });
    afterEach(async () => h.close());

    it('is registered under its name and batches at least one segment', () => {
      registerBuiltinBackends();
      expect(getBackendFactory(name)).toBeTypeOf('function');
      expect(h.backend.name).toBe(name);
      expect(h.backend.maxBatchSegments).toBeGreaterThanOrEqual(1);
    });

    it('translates a batch: every id answered, glossary and numbers kept, no Chinese left', async () => {
      const result = await run();
      expect(result.translations.map((t) => t.id).sort()).toEqual(['a1', 'a2', 'a3']);
      expect(result.failures).toEqual([]);
      expect(problemsOf(result)).toEqual({ a1: [], a2: [], a3: [] });
      expect(result.translations.find((t) => t.id === 'a2')?.target).toMatch(/Licheng County/);
      expect(result.usage.requests).toBeGreaterThanOrEqual(1);
      expect(result.usage.characters).toBeGreaterThan(0);
    });

    it('a draft that drops a glossary term is caught by verification', async () => {
      h.fault({ kind: 'drop-term' });
      const problems = problemsOf(await run());
      expect(problems.a1!.join('\n')).toMatch(/精准扶贫|精准脱贫/);
      expect(problems.a2).toEqual([]);
    });

    it('a draft that changes a figure is caught by verification', async () => {
      h.fault({ kind: 'change-number' });
      const problems = problemsOf(await run([CONTRACT_BATCH[2]!]));
      expect(problems.a3!.some((p) => p.startsWith('number/'))).toBe(true);
    });

    it('reports a segment left out of the reply as a failure for that id only', async () => {
      h.fault({ kind: 'omit-id' });
      const result = await run();
      expect(result.failures.map((f) => f.id)).toHaveLength(1);
      expect(result.translations).toHaveLength(2);
    });

    it('surfaces HTTP 500 as a retryable HttpError', async () => {
      h.fault({ kind: 'status', status: 500, body: 'internal error' });
      await expect(run()).rejects.toSatisfy((e) => e instanceof HttpError && e.status === 500);
    });

    it('through the connector, waits as Retry-After says and then succeeds', async () => {
      h.fault({ kind: 'status', status: 429, retryAfter: '2' });
      const { c, sleeps } = connector();
      const result = await c.run((signal) => h.backend.translate(CONTRACT_BATCH, { signal }));
      expect(result.translations).toHaveLength(3);
      expect(sleeps).toEqual([2000]);
    });

    it('does not retry a refused key and never shows the key', async () => {
      h.fault({ kind: 'status', status: 401, body: `invalid key ${h.secret}` });
      const { c, sleeps } = connector();
      const error = await c.run((signal) => h.backend.translate(CONTRACT_BATCH, { signal })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect(sleeps).toEqual([]);
      expect(`${(error as Error).message} ${(error as ConfigError).hint}`).not.toContain(h.secret);
    });

    it('a hanging server is cut off by the timeout and reported unavailable (exit 3)', async () => {
      h.fault({ kind: 'hang' });
      h.fault({ kind: 'hang' });
      const { c } = connector(150, 1);
      const error = await c.run((signal) => h.backend.translate(CONTRACT_BATCH, { signal })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackendUnavailableError);
      expect((error as BackendUnavailableError).exitCode).toBe(3);
      expect((error as Error).message).toMatch(/no reply within 150 ms/);
    });
  });
}
