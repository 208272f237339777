import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnector, type ConnectorOptions } from '../backends/connector.js';
import type { GlossaryPair } from '../backends/types.js';
import { loadProjectConfig } from '../config/load-project-config.js';
import { createGlossaryMatcher } from '../stages/glossary-match/match-glossary.js';
import { loadGlossary } from '../stores/glossary-yaml.js';
import { loadSegmentedReport, resolveReports } from './corpus.js';
import { loadProjectMemory } from './fill-from-memory.js';
import { createConfiguredBackend, dryRunEnv, resolveBackendName } from './translate/create-configured-backend.js';
import { runBatches, type TranslateEvent } from './translate/run-batches.js';
import { selectSegments, type OnlyFilter } from './translate/select-segments.js';
import { createDraftVerifier } from './translate/verify-draft.js';
import { createDraftStore } from './translate/store-drafts.js';

export type { TranslateEvent } from './translate/run-batches.js';

export interface TranslateReportsOptions {
  /** Back-end name; the only configured one when absent. */
  backend?: string;
  /** Report slugs; all reports when empty. */
  slugs?: readonly string[];
  only?: OnlyFilter;
  dryRun?: boolean;
  /** Overrides backends.<name>.concurrency. */
  concurrency?: number;
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
  /** First Ctrl-C: start no new batch; those in flight finish and are saved. */
  stop?: AbortSignal;
  /** Second Ctrl-C: abort the requests in flight too. */
  signal?: AbortSignal;
  onEvent?: (event: TranslateEvent) => void;
  /** Test hooks for the connector (fake clock, no jitter). */
  connector?: Pick<ConnectorOptions, 'sleep' | 'random' | 'now' | 'baseDelayMs'>;
}

export interface TranslateReportsResult {
  backend: string;
  reports: string[];
  /** Segments to draft per report (a segment shared by reports counts for the first). */
  perReport: Record<string, number>;
  /** Distinct segments needing a draft, and their Chinese characters. */
  segments: number;
  characters: number;
  batchSize: number;
  estimatedRequests: number;
  drafted: number;
  flagged: number;
  failed: Array<{ id: string; key: string; reason: string }>;
  requests: number;
  interrupted: boolean;
  warnings: string[];
}

/**
 * `duizhao translate`: fills segments without a human translation with machine drafts
 * (state draft, origin mt:<backend>, review flags), saving each batch as it arrives.
 */
export async function translateReports(root: string, options: TranslateReportsOptions): Promise<TranslateReportsResult> {
  const config = await loadProjectConfig(root);
  const glossary = existsSync(join(root, 'glossary')) ? await loadGlossary(root) : undefined;
  const pairs: GlossaryPair[] = (glossary?.entries ?? []).filter((e) => e.status !== 'deprecated').flatMap((e) => [e.zh, ...(e.variants ?? [])].map((zh) => ({ zh, en: e.en })));
  const env = options.dryRun ? dryRunEnv(options.env) : options.env;
  const name = resolveBackendName(options.backend, config);
  const { backend, settings } = createConfiguredBackend(name, config, { fetch: options.fetch ?? fetch, env, glossary: pairs });
  const reports = await resolveReports(root, options.slugs ?? []);
  const docs = await Promise.all(reports.map((slug) => loadSegmentedReport(root, slug)));
  const { memory, lookup } = await loadProjectMemory(root);
  const matcher = glossary ? createGlossaryMatcher(glossary) : undefined;
  const pending = selectSegments(docs, {
    memory,
    ...(matcher ? { matchTerms: (text: string) => matcher.match(text) } : {}),
    ...(options.only ? { only: options.only, hasFuzzyMatch: (key: string) => lookup.suggestions(key).length > 0 } : {}),
  });
  const batchSize = settings.batchSize;
  const perReport = Object.fromEntries(reports.map((slug) => [slug, pending.filter((s) => s.reports[0] === slug).length]));
  const result: TranslateReportsResult = {
    backend: name, reports, perReport, segments: pending.length, characters: pending.reduce((n, s) => n + s.source.length, 0), batchSize,
    estimatedRequests: Math.ceil(pending.length / batchSize), drafted: 0, flagged: 0, failed: [], requests: 0, interrupted: false,
    warnings: [...config.warnings, ...(glossary ? [] : ['No glossary/ folder: drafts are not constrained by a glossary.'])],
  };
  if (options.dryRun || pending.length === 0) return result;

  const concurrency = options.concurrency ?? settings.concurrency;
  const connector = createConnector({
    name: backend.name, concurrency, timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries,
    ...(backend.hints ? { hints: backend.hints } : {}), ...options.connector,
    onRetry: (info) => options.onEvent?.({ type: 'retry', attempt: info.attempt, delayMs: info.delayMs, message: info.error.message }),
  });
  const outcome = await runBatches(pending, {
    backend, connector, batchSize, concurrency, maxFixAttempts: settings.maxFixAttempts,
    verify: createDraftVerifier({ ...(matcher ? { match: (text: string) => matcher.match(text) } : {}), settings: { ...config.check?.rules } }),
    store: createDraftStore(memory, backend.name),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.stop ? { stop: options.stop } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  return { ...result, ...outcome };
}
