/**
 * A name a team reaches the review server by (`review.example.org`, or with the port a proxy
 * listens on). Here rather than in review/ because duizhao.yaml's `review.publicHosts` is checked
 * by config/, which may not import the review server.
 */
export interface PublicHost {
  name: string;
  /** Undefined: the port the server listens on. */
  port?: number;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** `name` or `name:port` as given to --public-host or in review.publicHosts; throws (with why) for anything else. */
export function parsePublicHost(value: string): PublicHost {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(value.trim().toLowerCase())!;
  const [name, port] = [match[1]!, match[2] === undefined ? undefined : Number(match[2])];
  if (!HOST_NAME.test(name) || (port !== undefined && (port < 1 || port > 65535))) {
    throw new Error(`"${value}" is not a host name (review.example.org) or host name and port (review.example.org:443)`);
  }
  return port === undefined ? { name } : { name, port };
}

/** Whether `host` can be a bind address: an IP address (0.0.0.0, ::, 192.0.2.10) or a host name (localhost). */
export function isBindHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return isIpAddress(bare) || HOST_NAME.test(host.toLowerCase());
}

function isIpAddress(text: string): boolean {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) return text.split('.').every((part) => Number(part) <= 255);
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
