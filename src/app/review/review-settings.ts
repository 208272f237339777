import { loadProjectConfigSync } from '../../config/load-project-config.js';
import type { PublicHost } from '../../model/public-host.js';

export const DEFAULT_REVIEW_HOST = '127.0.0.1';
export const DEFAULT_REVIEW_PORT = 7788;

export interface ReviewSettings {
  host: string;
  port: number;
  publicHosts: PublicHost[];
}

/** What the command line gave; an absent flag leaves duizhao.yaml's value (or the default) in force. */
export interface ReviewFlags {
  host?: string;
  port?: number;
  /** Empty: none given (the file's list stands); given, they replace it rather than add to it. */
  publicHosts?: PublicHost[];
}

/**
 * Where `duizhao review` listens and the names it answers to: the flags, else duizhao.yaml's
 * `review:` (checked with the rest of the file when the project opened), else loopback on 7788.
 */
export function reviewSettings(root: string, flags: ReviewFlags): ReviewSettings {
  const file = loadProjectConfigSync(root).review ?? {};
  return {
    host: flags.host ?? file.host ?? DEFAULT_REVIEW_HOST,
    port: flags.port ?? file.port ?? DEFAULT_REVIEW_PORT,
    publicHosts: flags.publicHosts?.length ? flags.publicHosts : (file.publicHosts ?? []),
  };
}
