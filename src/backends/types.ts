/**
 * The contract every translation back-end implements. A back-end is a plain object made by a
 * factory (`createOpenAiBackend(config, deps)`) and registered by name (see registry.ts); the
 * connector (connector.ts) owns concurrency, timeouts and retries, so a back-end only turns one
 * batch into one or more HTTP requests and parses the reply.
 */

/** One glossary entry found in a segment: how the Chinese must (and must not) be rendered. */
export interface TermConstraint {
  zh: string;
  en: string;
  /** Long form for the first mention, and a short form: both acceptable renderings. */
  first?: string;
  short?: string;
  /** Other English forms a checker tolerates (plurals, grammatical variants). */
  accepted?: string[];
  forbidden?: string[];
}

/** One segment to translate, with its neighbours for context. */
export interface SegmentRequest {
  /** Segment id, unique within a batch; replies are matched by it. */
  id: string;
  /** Chinese source as it appears in the report. */
  source: string;
  /** Memory key (normalised Simplified source). */
  key: string;
  context: { before?: string; after?: string };
  terms: TermConstraint[];
}

export type TranslateBatch = readonly SegmentRequest[];

export interface BackendTranslation {
  id: string;
  target: string;
  /** Problems the back-end itself noticed (e.g. a lost placeholder); stored as review flags. */
  problems?: string[];
}

/** A segment the back-end returned nothing usable for (missing id, unparsable reply). */
export interface BackendFailure {
  id: string;
  reason: string;
}

export interface BackendUsage {
  requests: number;
  /** Characters of Chinese sent (DeepL and LibreTranslate bill by character). */
  characters: number;
  inputTokens?: number;
  outputTokens?: number;
}

export interface TranslateResult {
  translations: BackendTranslation[];
  failures: BackendFailure[];
  usage: BackendUsage;
}

export interface TranslateOptions {
  /** Aborts the HTTP request (per-request timeout or Ctrl-C). */
  signal: AbortSignal;
  /** Problems found in earlier drafts, by segment id, for back-ends that can take feedback. */
  feedback?: ReadonlyMap<string, readonly string[]>;
}

export interface TranslationBackend {
  /** Registry name, used in `origin: mt:<name>` and in the config (`backends.<name>`). */
  readonly name: string;
  readonly maxBatchSegments: number;
  /** True when `feedback` is used, so failing drafts are worth retrying with the problems listed. */
  readonly acceptsFeedback: boolean;
  /** How to fix an unreachable server or a refused key, naming this back-end's URL and env var. */
  readonly hints?: { unavailable?: string; unauthorized?: string; badRequest?: string };
  translate(batch: TranslateBatch, options: TranslateOptions): Promise<TranslateResult>;
}

/** A glossary pair as the whole project glossary (for back-ends with a glossary feature). */
export interface GlossaryPair {
  zh: string;
  en: string;
}

/** What a factory may use from the outside world; all injectable for tests. */
export interface BackendDeps {
  fetch: typeof fetch;
  env: Record<string, string | undefined>;
  /** The project glossary (zh and variants → en), for back-ends that upload it (DeepL). */
  glossary: readonly GlossaryPair[];
}

/** Where a back-end's configuration came from, so errors name the file, line and key. */
export interface ConfigSource {
  /** Project-relative file, e.g. `duizhao.yaml`. */
  file: string;
  /** Dotted key prefix of this back-end's block, e.g. `backends.openai`. */
  path: string;
  /** `duizhao.yaml:12:5` for a key inside the block, or the file name if unknown. */
  locate(key?: string): string;
}

export type BackendFactory = (
  config: Readonly<Record<string, unknown>>,
  deps: BackendDeps,
  source: ConfigSource,
) => TranslationBackend;
