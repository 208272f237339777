const QUOTES = /[“”„‟"«»]/g;
const APOSTROPHES = /[‘’‚‛`]/g;
const DASHES = /[‐‑‒–]/g;

/** English text folded for term search, offsets preserved: lower case, straight quotes, - for dashes. */
export function foldEnglish(text: string): string {
  return text.toLowerCase().replace(QUOTES, '"').replace(APOSTROPHES, "'").replace(DASHES, '-');
}
