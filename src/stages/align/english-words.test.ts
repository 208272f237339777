import { describe, expect, it } from 'vitest';
import { englishLemma } from './english-lemma.js';
import { englishStem, englishStems } from './english-words.js';

describe('englishStem: a text word meets the dictionary form of a CC-CEDICT gloss', () => {
  it.each([
    ['gave', 'give'], ['took', 'take'], ['men', 'man'], ['children', 'child'], ['sons', 'son'], ['days', 'day'],
    ['cities', 'city'], ['carried', 'carry'], ['stopped', 'stop'], ['building', 'build'], ['churches', 'church'],
    ['created', 'create'], ['creation', 'create'], ['villages', 'village'], ['years', 'year'],
    ['speeds', 'speed'], ['mornings', 'morning'], ['blessings', 'blessed'],
    // A dropped e is dropped everywhere, and the King James Bible's -eth/-est are verb endings.
    ['loved', 'love'], ['giving', 'give'], ['agreed', 'agree'], ['trees', 'tree'], ['goeth', 'goes'], ['giveth', 'given'],
    ['sitteth', 'sit'], ['knowest', 'know'], ['arrested', 'arrest'],
  ])('%s meets %s', (word, base) => {
    expect(englishStem(word)).toBe(englishStem(base));
  });

  it.each([['business'], ['famous'], ['analysis'], ['pass'], ['fall'], ['news'], ['bus'], ['priest'], ['forest'], ['death']])('%s keeps its ending', (word) => {
    expect(englishLemma(word)).toBe(word);
  });

  it('drops stop words and keeps repeats in order', () => {
    expect(englishStems('The villagers gave their sons land; the sons kept it.')).toEqual(['villa', 'giv', 'son', 'land', 'son', 'keep']);
  });
});
