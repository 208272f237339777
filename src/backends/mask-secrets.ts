/**
 * Replaces every secret (API keys from the environment) in a text with `****` plus its last
 * four characters at most, so error messages and logs never carry a usable key.
 */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    const shown = secret.length >= 16 ? secret.slice(-4) : '';
    out = out.split(secret).join(`****${shown}`);
  }
  // Bearer tokens and DeepL keys echoed back by a server, even when not passed in `secrets`.
  return out.replace(/(Bearer|DeepL-Auth-Key)\s+[^\s"',]+/g, '$1 ****');
}
