import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_BASIC } from './fixtures/glossary-temp-project.js';
import { exportI18nextBundle, glossaryKey } from './glossary-i18next.js';
import { loadGlossary } from './glossary-yaml.js';

describe('i18next bundle', async () => {
  const glossary = await loadGlossary(GLOSSARY_BASIC);
  const bundle = exportI18nextBundle(glossary.entries);
  const i18n = i18next.createInstance();
  await i18n.init({ resources: bundle, lng: 'en', fallbackLng: false, ns: ['glossary'], defaultNS: 'glossary', showSupportNotice: false } as never);

  it.each([
    ['en', 'glossary:精准扶贫', {}, 'targeted poverty alleviation'],
    ['en', 'glossary:两不愁三保障', { context: 'first' }, '"two assurances and three guarantees" (assured food and clothing; guaranteed compulsory education, basic medical care and safe housing)'],
    ['en', 'glossary:精准扶贫', { context: 'first' }, 'targeted poverty alleviation'],
    ['en', 'glossary:巩固拓展脱贫攻坚成果', { context: 'short' }, 'consolidating the gains'],
    ['en', 'glossary:6个1', {}, 'six ones'],
    ['zh-Hans', 'glossary:精准扶贫', {}, '精准扶贫'],
    ['zh-Hant', 'glossary:巩固拓展脱贫攻坚成果', {}, '鞏固拓展脫貧攻堅成果'],
  ])('%s t(%s) returns the rendering', (lng, key, options, expected) => {
    expect(i18n.getFixedT(lng)(key, options)).toBe(expected);
  });

  it('leaves out deprecated entries and keeps keys usable with default separators', () => {
    expect(bundle.en?.glossary['扶贫办']).toBeUndefined();
    expect(i18n.t('glossary:扶贫办')).toBe('扶贫办');
    expect(glossaryKey('A.B:C')).toBe('A．B：C');
    expect(Object.keys(bundle.en!.glossary)).toEqual([...Object.keys(bundle.en!.glossary)].sort());
  });
});
