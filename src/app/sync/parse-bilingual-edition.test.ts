import { describe, expect, it } from 'vitest';
import { footnoteBase, segmentBase, segmentMarker } from '../../stages/render/bilingual-edition.js';
import { parseBilingualEdition } from './parse-bilingual-edition.js';

const FILE = 'translations/fang.zh-en.md';
const EDITION = [
  '# 决战脱贫摘帽 决胜全面小康 — 中英对照 / bilingual edition',
  '',
  'Report fang: 2 of 2 segments translated.',
  '',
  '## ¶3 paragraph',
  '',
  '### `6b494f5b29` reviewed',
  '',
  '> 房县是国家重点贫困县、全省深度贫困县。',
  '',
  'Fang County is a *key* county\\* for national',
  'poverty alleviation.',
  '',
  '*terms: 房县 = Fang County*',
  '',
  segmentMarker('6b494f5b29', segmentBase('translated', 'x')),
  '',
  '### `d5987659c9` missing',
  '',
  '> 5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；',
  '',
  '*suggestion 93% (memory-fuzzy:93): Over the past five years…*',
  '',
  '<!-- a reviewer\'s own comment -->',
  '',
].join('\n');

describe('parseBilingualEdition', () => {
  it('reads ids, status words, the quoted Chinese and the English (wrapping folded, markup kept as written)', () => {
    const parsed = parseBilingualEdition(EDITION, FILE);
    expect(parsed.conflicts).toEqual([]);
    expect(parsed.paragraphLines.get(3)).toBe(5);
    expect(parsed.segments).toEqual([
      { id: '6b494f5b29', status: 'reviewed', chinese: '房县是国家重点贫困县、全省深度贫困县。', english: 'Fang County is a *key* county* for national poverty alleviation.', markerId: '6b494f5b29', base: segmentBase('translated', 'x'), footnoteBase: footnoteBase(''), line: 7 },
      { id: 'd5987659c9', status: 'missing', chinese: '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；', english: '', line: 18 },
    ]);
  });

  it.each([
    ['a heading without its id', EDITION.replace('### `d5987659c9` missing', '### d5987659c9 missing'), 18, /has no id in backticks/],
    ['a Chinese quote left after a deleted heading', EDITION.replace('### `d5987659c9` missing\n\n', ''), 18, /second Chinese quote under one heading/],
    ['text right under a paragraph heading', EDITION.replace('### `6b494f5b29` reviewed\n\n', ''), 7, /outside any segment/],
    ['an id that differs from its marker', EDITION.replace('### `6b494f5b29`', '### `6b494f5b30`'), 16, /id altered: the heading says 6b494f5b30 but the segment's marker says 6b494f5b29/],
    ['a missing quote', EDITION.replace('> 5年来', '5年来'), 18, /Chinese quote \(> …\) under this heading is missing/],
  ])('reports %s with its line', (_name, text, line, what) => {
    const { conflicts } = parseBilingualEdition(text, FILE);
    expect(conflicts.map((c) => c.line)).toContain(line);
    expect(conflicts.map((c) => c.what).join('\n')).toMatch(what);
    for (const c of conflicts) expect(c.file).toBe(FILE);
  });

  it.each([
    ['as built (label emphasised)', "*Translator's note:* The amount is damaged\nin the source.", 'The amount is damaged in the source.'],
    ['typed without the asterisks and a curly apostrophe', 'Translator’s note: The amount is *damaged* in the source.', 'The amount is *damaged* in the source.'],
    ['bold label', "**Translator's note:** [family name illegible] Bo", '[family name illegible] Bo'],
  ])('reads a translator\'s note line %s as the note, not as English', (_name, line, note) => {
    const text = EDITION.replace('*terms: 房县 = Fang County*', line).replace(segmentMarker('6b494f5b29', segmentBase('translated', 'x')), segmentMarker('6b494f5b29', segmentBase('translated', 'x'), footnoteBase('Old note.')));
    const [segment] = parseBilingualEdition(text, FILE).segments;
    expect(segment).toMatchObject({ english: 'Fang County is a *key* county* for national poverty alleviation.', footnote: note, footnoteBase: footnoteBase('Old note.') });
  });
});
