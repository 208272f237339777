/**
 * The path the review server routes and authorises on, or undefined when the request target is not
 * in canonical form. Only an origin-form target (`/a/b?query`) whose path a URL parser leaves
 * exactly as written is accepted: no absolute-form (`http://host/…`) or `*`, no dot segments, no
 * doubled or back slashes, no percent-escapes, no fragment. Anything else is refused outright
 * (400), so no two spellings ever reach one route and the token check sees what the router sees.
 */
export function canonicalPath(target: string | undefined): string | undefined {
  if (!target?.startsWith('/')) return undefined;
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (path.includes('//') || /[%\\#]/.test(path)) return undefined;
  let parsed: string;
  try {
    parsed = new URL(path, 'http://review.invalid').pathname;
  } catch {
    return undefined;
  }
  return parsed === path ? path : undefined;
}
