import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { GLOSSARY_BASIC, glossaryTempProject } from '../fixtures/glossary-temp-project.js';
import { loadGlossary } from '../glossary-yaml.js';
import { addGlossaryEntry, updateGlossaryEntry } from './add-glossary-entry.js';

describe('addGlossaryEntry', () => {
  it('appends to the kind file, keeping every existing byte (comments included)', async () => {
    const root = await glossaryTempProject({}, GLOSSARY_BASIC);
    const path = join(root, 'glossary/slogans.yaml');
    const before = await readFile(path, 'utf8');
    const result = await addGlossaryEntry(root, {
      zh: '三率一度', en: 'three rates and one degree', kind: 'slogan', status: 'proposed',
      note: 'Poverty incidence, missed-assessment and wrong-exit rates, and satisfaction: exit checks.', forbidden: ['3 rates 1 degree'],
    });
    const after = await readFile(path, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe([
      '- zh: 三率一度',
      '  en: three rates and one degree',
      '  kind: slogan',
      '  forbidden: [3 rates 1 degree]',
      '  note: "Poverty incidence, missed-assessment and wrong-exit rates, and satisfaction: exit checks."',
      '  status: proposed',
      '',
    ].join('\n'));
    expect(result).toMatchObject({ file: 'glossary/slogans.yaml', entry: { origin: { file: 'glossary/slogans.yaml', line: 19 } } });
    expect((await loadGlossary(root)).findByZh('三率一度')?.origin).toEqual({ file: 'glossary/slogans.yaml', line: 19 });
  });

  it('creates the kind file with the schema line when it does not exist', async () => {
    const root = await glossaryTempProject({}, GLOSSARY_BASIC);
    await addGlossaryEntry(root, { zh: '第一书记', en: 'first secretary', kind: 'title', status: 'proposed', note: 'Village-resident Party secretary.' });
    expect(await readFile(join(root, 'glossary/titles.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=./schema.json\n- zh: 第一书记\n  en: first secretary\n  kind: title\n  note: Village-resident Party secretary.\n  status: proposed\n',
    );
  });

  it.each([
    ['the same zh', { zh: '精准扶贫', en: 'precision poverty relief' }, 'entry "精准扶贫" is already defined at glossary/policies.yaml:2:7 as entry "精准扶贫".'],
    ['a Traditional zh', { zh: '精準扶貧', en: 'precision poverty relief' }, 'entry "精準扶貧" is already defined at glossary/policies.yaml:2:7 as entry "精准扶贫".'],
    ['a variant with other punctuation', { zh: '新词', variants: ['两不愁,三保障'], en: 'x' }, 'variant "两不愁,三保障" of entry "新词" is already defined at glossary/slogans.yaml:5:14 as variant "两不愁、三保障" of entry "两不愁三保障".'],
  ])('refuses %s', async (_name, fields, expected) => {
    const root = await glossaryTempProject({}, GLOSSARY_BASIC);
    const error = await addGlossaryEntry(root, { kind: 'policy', status: 'proposed', ...fields }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('glossary/duplicate-term');
    expect((error as ConfigError).details[0]).toContain(expected);
  });

  it('refuses an entry whose en is also forbidden', async () => {
    const root = await glossaryTempProject({}, GLOSSARY_BASIC);
    const error = await addGlossaryEntry(root, { zh: '易地扶贫搬迁', en: 'relocation', forbidden: ['Relocation'], kind: 'policy', status: 'proposed' }).catch((e: unknown) => e);
    expect((error as ConfigError).details).toEqual(['entry "易地扶贫搬迁" forbids "Relocation", which is also its "en" rendering. Remove "Relocation" from forbidden or change "en".']);
  });
});

describe('updateGlossaryEntry', () => {
  it('changes fields in place and keeps comments and other entries', async () => {
    const root = await glossaryTempProject({}, GLOSSARY_BASIC);
    await updateGlossaryEntry(root, '四个不摘', { en: 'four not-removals', source: { title: 'Some report', date: '2020' }, note: undefined });
    const text = await readFile(join(root, 'glossary/slogans.yaml'), 'utf8');
    expect(text).toContain('# Slogans: numbered and quoted formulas.');
    expect(text).toContain('status: proposed # still to confirm');
    expect(text).toContain('- zh: 四个不摘\n  en: four not-removals\n  accepted: [four "no removals"]\n  kind: slogan\n  source: { title: Some report, date: "2020" }\n  status: proposed # still to confirm\n');
    const glossary = await loadGlossary(root);
    expect(glossary.findByZh('四个不摘')).toMatchObject({ en: 'four not-removals', source: { date: '2020' } });
    expect(glossary.findByZh('四个不摘')?.note).toBeUndefined();
    expect(glossary.entries).toHaveLength(13);
  });
});
