import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseAnchors } from './anchors.js';
import { buildLexicon, type Lexicon } from './lexicon.js';

// Characters with up to three readings, some of which spell alike when joined (发南: fa+nan = fan+an).
const lexicon = buildLexicon([
  ['發', '发', 'fa1', 'to send'], ['發', '发', 'fan1', 'x'], ['南', '南', 'nan2', 'south'], ['南', '南', 'an1', 'y'],
  ['安', '安', 'an1', 'peace'], ['西', '西', 'xi1', 'west'], ['先', '先', 'xian1', 'first'],
  ['行', '行', 'xing2', 'to walk'], ['行', '行', 'hang2', 'row'], ['行', '行', 'heng2', 'z'],
]);

/** The plain method: spellings as strings, looked up in the names and in every proper prefix of a name. */
function referenceNames(text: string, lex: Lexicon, names: ReadonlySet<string>): string[] {
  const prefixes = new Set([...names].flatMap((n) => Array.from({ length: n.length - 1 }, (_, k) => n.slice(0, k + 1))));
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    let spellings = [''];
    for (let k = i; k < Math.min(chars.length, i + 3); k++) {
      const readings = lex.readings(chars[k]!);
      if (readings.length === 0) break;
      spellings = spellings.flatMap((s) => readings.map((r) => s + r)).slice(0, 16);
      for (const s of spellings) if (names.has(s)) out.push(`py:${s}`);
      if (!spellings.some((s) => prefixes.has(s))) break;
    }
  }
  return out;
}

describe('name anchors through the name trie', () => {
  it('finds exactly the names (repeats and order included) that plain string spellings find', () => {
    const pool = ['fanan', 'faan', 'xian', 'xian', 'xixing', 'hangxing', 'nanxi', 'fanxianhang', 'xingxing', 'heng', 'anxi', 'fananxi', 'fanna'];
    const alphabet = [...'发南安西先行，A'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 20 }), fc.subarray(pool, { minLength: 1 }), (chars, picked) => {
      const text = chars.join('');
      const names = new Set(picked);
      const pinyin = chineseAnchors(text, lexicon, names).filter((t) => t.startsWith('py:'));
      expect(pinyin).toEqual(referenceNames(text, lexicon, names));
    }), { numRuns: 500 });
  });

  it('keeps a spelling that two splits share once per split (fa+nan and fan+an)', () => {
    expect(chineseAnchors('发南', lexicon, new Set(['fanan']))).toEqual(['py:fanan', 'py:fanan']);
  });
});
