/** Full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ). */
export const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/** One full-width ASCII character (！ to ～) as ASCII; any other character unchanged. */
export function halfWidthChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return c;
}

/** Full-width digits and letters as ASCII, nothing else (punctuation keeps its width). */
export function halfWidthAlnum(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, halfWidthChar);
}
