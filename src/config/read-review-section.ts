import { isBindHost, parsePublicHost, type PublicHost } from '../model/public-host.js';

/** `review:` in duizhao.yaml: the team's review page (the CLI's --host, --port and --public-host override each). */
export interface ReviewSection {
  /** Address to listen on (0.0.0.0 for every interface). */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Names the team opens the page by; Host and Origin are accepted for these besides the bound address. */
  publicHosts?: PublicHost[];
}

const KNOWN = ['host', 'port', 'publicHosts'];

type Where = (path: readonly string[]) => string;

/** Checks `review:`; problems go to `errors` as `duizhao.yaml:line:col: …`, unknown keys to `warnings`. */
export function readReviewSection(review: Record<string, unknown>, where: Where, errors: string[], warnings: string[]): ReviewSection | undefined {
  for (const key of Object.keys(review)) {
    if (!KNOWN.includes(key)) warnings.push(`${where(['review', key])}: unknown key "review.${key}" is ignored (known: ${KNOWN.join(', ')}).`);
  }
  const before = errors.length;
  const section: ReviewSection = {};
  const { host, port, publicHosts } = review;
  if (host !== undefined && host !== null) {
    if (typeof host !== 'string' || !isBindHost(host)) errors.push(`${where(['review', 'host'])}: review.host must be an address to listen on (127.0.0.1, 0.0.0.0, ::, or a host name), got ${JSON.stringify(host)}.`);
    else section.host = host;
  }
  if (port !== undefined && port !== null) {
    if (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65535) errors.push(`${where(['review', 'port'])}: review.port must be a whole number from 0 to 65535 (0 picks a free one), got ${JSON.stringify(port)}.`);
    else section.port = port as number;
  }
  if (publicHosts !== undefined && publicHosts !== null) section.publicHosts = readPublicHosts(publicHosts, where, errors);
  return errors.length > before ? undefined : section;
}

function readPublicHosts(value: unknown, where: Where, errors: string[]): PublicHost[] {
  if (!Array.isArray(value)) {
    errors.push(`${where(['review', 'publicHosts'])}: review.publicHosts must be a list of host names ([review.example.org, "review.example.org:443"]), got ${JSON.stringify(value)}.`);
    return [];
  }
  return value.flatMap((item: unknown, i) => {
    try {
      if (typeof item !== 'string') throw new Error(`${JSON.stringify(item)} is not a host name`);
      return [parsePublicHost(item)];
    } catch (error) {
      errors.push(`${where(['review', 'publicHosts', String(i)])}: review.publicHosts: ${(error as Error).message}.`);
      return [];
    }
  });
}
