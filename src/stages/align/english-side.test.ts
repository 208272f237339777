import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../../test/helpers/paths.js';
import { chineseAnchors, englishAnchors } from './anchors.js';
import { englishStem, englishStems } from './english-words.js';
import { createGlossaryAnchors } from './glossary-anchors.js';
import { textLength } from './length-model.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { chineseNameSounds, englishNameSounds } from './name-sounds.js';
import { buildSentenceFeatures, chineseWords, type SentenceFeatures } from './sentence-features.js';
import type { GlossaryAnchors } from './glossary-anchors.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';

/**
 * The features as one pass over the sentences computed them before the English side could run on
 * its own thread (every token interned as met: English sentences, then Chinese ones).
 */
function singlePass(zh: readonly string[], en: readonly string[], lexicon: Lexicon, glossary?: GlossaryAnchors): SentenceFeatures {
  const vocabulary = new Map<string, number>();
  const idOf = (t: string): number => vocabulary.get(t) ?? (vocabulary.set(t, vocabulary.size), vocabulary.size - 1);
  const isStopWord = (w: string): boolean => englishStem(w) === undefined;
  const enTokens = en.map((s) => [...englishStems(s), ...englishAnchors(s, lexicon.syllables), ...englishNameSounds(s, isStopWord), ...(glossary?.english(s) ?? [])]);
  const names = new Set(enTokens.flat().filter((t) => t.startsWith('py:')).map((t) => t.slice(3)));
  const sounds = new Set(enTokens.flat().filter((t) => t.startsWith('nm:')));
  const enFeatures = en.map((s, k) => ({ ids: Int32Array.from(new Set(enTokens[k]!.map(idOf))), length: textLength(s) }));
  const zhFeatures = zh.map((s) => {
    const groups = chineseWords(s, lexicon).map((g) => g.map(idOf));
    const single = [...chineseAnchors(s, lexicon, names), ...chineseNameSounds(s, lexicon, sounds), ...(glossary?.chinese(s) ?? [])].map(idOf);
    const all = [...groups, ...single.map((id) => [id])];
    const offsets = Int32Array.from([0, ...all.map((g) => g.length)].map((_, k, a) => a.slice(0, k + 1).reduce((x, y) => x + y, 0)));
    return { ids: Int32Array.from(all.flat()), offsets, length: textLength(s) };
  });
  return { zh: zhFeatures, en: enFeatures, vocabularySize: vocabulary.size };
}

const read = (name: string): string[] => readFileSync(join(SHARED, 'heldout', name), 'utf8').replace(/\n$/u, '').split('\n');

describe('buildSentenceFeatures on a worker thread', () => {
  it('gives exactly the single-thread features, ids included, on held-out news (with and without a glossary)', async () => {
    const lexicon = await loadLexicon();
    const zh = read('wmt20_news_zh_en.zh.txt').slice(0, 500);
    const en = read('wmt20_news_zh_en.en.txt').slice(0, 500);
    const glossary = createGlossaryAnchors([['新冠肺炎', 'COVID-19'], ['特朗普', 'Trump'], ['经济', 'economy']]
      .map(([zhTerm, enTerm]) => ({ zh: zhTerm!, en: enTerm!, kind: 'general', status: 'approved' }) as GlossaryEntry));
    for (const g of [undefined, glossary]) {
      const expected = singlePass(zh, en, lexicon, g);
      const threaded = buildSentenceFeatures(zh, en, lexicon, { glossary: g, threaded: true });
      const here = buildSentenceFeatures(zh, en, lexicon, { glossary: g, threaded: false });
      expect(threaded).toEqual(expected);
      expect(here).toEqual(expected);
    }
    // The glossary's tokens are there to be compared, not absent on both sides.
    expect(buildSentenceFeatures(zh, en, lexicon, { glossary }).vocabularySize).toBeGreaterThan(buildSentenceFeatures(zh, en, lexicon).vocabularySize);
  }, 120_000);
});
