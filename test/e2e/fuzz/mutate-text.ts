import fc from 'fast-check';

/** Pieces that reach the corners of the formats: markup, quotes, entities, separators, odd characters. */
const PIECES = [
  '<', '>', '&', '&amp;', '&#0;', '&#x1F600;', '&e;', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<!ENTITY a "&a;">',
  ']]>', '<![CDATA[', '<?xml version="1.0"?>', '</seg>', '<seg>', '<tu>', '</tu>', '<trans-unit id="x">', '<target>', '<term>',
  '"', '""', ',', '\n', '\r\n', '\r', '\t', '\u0000', '\uFEFF', '\uFFFD', '\u2028', '\uD800', '𝒳', '，', '。', '“', '「',
  '{', '}', '[', ']', ':', '- ', '---', '...', '!!binary', '&anchor', '*alias', '<<: *a', '? ', '|', '#', '>', '`', '*', '_',
  '### `e84384dab7` translated', '> 黎城县属于', '<!-- duizhao id=e84384dab7 base=00000000 -->', '## ¶2 paragraph',
  '<<<<<<< HEAD', '=======', '>>>>>>> branch', 'http://www.gov.cn/', 'info@gov.cn', '[x](y)', '![i](http://x/y.png)',
  '{"zh":"甲。","en":"A."}', '"state":"approved"', '"key":"bogus"', 'null', '1e999', '-0', 'true', '~',
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));

type Edit = { at: number; del: number; insert: string; dup: boolean };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), insert: piece, dup: fc.boolean() });

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length ? e.at % (out.length + 1) : 0;
    const removed = out.slice(at, at + e.del);
    // Delete a range and insert a piece there, or keep the range twice (a duplicated line, tag or key).
    out = out.slice(0, at) + e.insert + (e.dup ? removed + removed : '') + out.slice(at + e.del);
  }
  return out;
}

/** A valid document damaged by a few random edits, or (sometimes) random text: what a fuzzer feeds a parser. */
export function mutatedText(seed: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => apply(seed, edits)) },
    { weight: 1, arbitrary: fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}
