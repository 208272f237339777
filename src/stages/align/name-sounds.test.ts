import { describe, expect, it } from 'vitest';
import { englishStem } from './english-words.js';
import { buildLexicon } from './lexicon.js';
import { chineseNameSounds, englishNameKeys, englishNameSounds, syllableKeys } from './name-sounds.js';

const lexicon = buildLexicon([
  ['希', '希', 'xi1', 'rare'], ['伯', '伯', 'bo2', 'uncle'], ['仑', '仑', 'lun2', 'logic'], ['迦', '迦', 'jia1', 'Buddha'],
  ['南', '南', 'nan2', 'south'], ['特', '特', 'te4', 'special'], ['朗', '朗', 'lang3', 'clear'], ['普', '普', 'pu3', 'general'],
  ['在', '在', 'zai4', 'at'],
]);
const isStopWord = (w: string): boolean => englishStem(w) === undefined;

describe('name sounds: an English name meets the characters that transliterate it', () => {
  it('reads a name as consonant classes, a liquid closing a syllable optional', () => {
    expect(englishNameKeys('Hebron')).toEqual(['HBLN']);
    expect(englishNameKeys('Trump')).toEqual(['DLNB']);
    expect(englishNameKeys('Beersheba').sort()).toEqual(['BLSB', 'BSB']);
  });

  it('gives a syllable its initial class, with and without a nasal coda', () => {
    expect(syllableKeys('lun')).toEqual(['L', 'LN']);
    expect(syllableKeys('xi')).toEqual(['S', 'H']);
    expect(syllableKeys('ya')).toEqual(['']);
  });

  it('finds Hebron in 希伯仑 and Trump in 特朗普, and nothing in ordinary words', () => {
    const keys = new Set([...englishNameSounds('They came to Hebron.', isStopWord), ...englishNameSounds('He met Trump there.', isStopWord)]);
    expect(keys).toEqual(new Set(['nm:HBLN', 'nm:DLNB']));
    expect(chineseNameSounds('他们到了希伯仑。', lexicon, keys)).toEqual(['nm:HBLN']);
    expect(chineseNameSounds('他在那里见了特朗普', lexicon, keys)).toEqual(['nm:DLNB']);
    expect(chineseNameSounds('迦南在南', lexicon, keys)).toEqual([]);
  });

  it('skips stop words and words too short to have two classes', () => {
    expect(englishNameSounds('And Esau said unto Jacob', isStopWord)).toEqual(['nm:KB', 'nm:SKB']);
  });
});
