import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { GLOSSARY_BASIC, glossaryTempProject } from './fixtures/glossary-temp-project.js';
import { loadGlossary } from './glossary-yaml.js';

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const root = await glossaryTempProject(files);
  const error = await loadGlossary(root).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).exitCode).toBe(2);
  return (error as ConfigError).details;
}

describe('loadGlossary', () => {
  it('loads every file with origins, Traditional and punctuation-width lookups', async () => {
    const glossary = await loadGlossary(GLOSSARY_BASIC);
    expect(glossary.entries.map((e) => e.zh)).toEqual([
      '卢展明', '沁县', '长治', '精准扶贫', '精准脱贫', '扶贫', '巩固拓展脱贫攻坚成果', '脱贫攻坚', '扶贫办', '五个一批', '6个1', '两不愁三保障', '四个不摘',
    ]);
    expect(glossary.findByZh('精准扶贫')?.origin).toEqual({ file: 'glossary/policies.yaml', line: 2 });
    expect(glossary.findByZh('鞏固拓展脫貧攻堅成果')?.en).toBe('consolidating and expanding the achievements in poverty alleviation');
    expect(glossary.findByZh('两不愁,三保障')?.zh).toBe('两不愁三保障');
    expect(glossary.findByZh('兩不愁、三保障')?.zh).toBe('两不愁三保障');
    expect(glossary.findByZh('６个１')?.en).toBe('six ones');
    expect(glossary.findByZh('扶贫')?.source).toEqual({ title: "Poverty Alleviation: China's Experience and Contribution", date: '2021' });
    expect(glossary.findByZh('脱贫')).toBeUndefined();
    expect(glossary.filter({ kind: 'place' }).map((e) => e.en)).toEqual(['Qin County', 'Changzhi']);
  });

  it('warns (without failing) about an entry whose kind does not match its file', async () => {
    const glossary = await loadGlossary(GLOSSARY_BASIC);
    expect(glossary.diagnostics).toHaveLength(1);
    expect(glossary.diagnostics[0]).toMatchObject({ ruleId: 'glossary/kind-mismatch', severity: 'warning', file: 'glossary/policies.yaml', line: 37, column: 3 });
  });

  it('returns an empty glossary for a project without glossary/', async () => {
    const root = await glossaryTempProject();
    expect((await loadGlossary(root)).entries).toEqual([]);
  });

  it.each([
    ['missing en', '- zh: 扶贫\n  kind: policy\n  status: proposed\n', 'glossary/policies.yaml:1:3: entry "扶贫" has no "en" value. Add one or remove the entry.'],
    ['empty en', '- zh: 扶贫\n  en: ""\n  kind: policy\n  status: proposed\n', 'glossary/policies.yaml:2:7: entry "扶贫" has no "en" value. Add one or remove the entry.'],
    ['null en', '- zh: 扶贫\n  en:\n  kind: policy\n  status: proposed\n', 'glossary/policies.yaml:2:6: entry "扶贫" has no "en" value. Add one or remove the entry.'],
    ['unknown field', '- zh: 扶贫\n  en: poverty alleviation\n  kind: policy\n  forbiden: [x]\n  status: proposed\n',
      'glossary/policies.yaml:4:3: entry "扶贫" has an unknown field "forbiden". Did you mean "forbidden"? Allowed fields: zh, variants, en, first, short, accepted, kind, forbidden, note, source, status.'],
    ['bad kind', '- zh: 扶贫\n  en: poverty alleviation\n  kind: polcy\n  status: proposed\n',
      'glossary/policies.yaml:3:9: entry "扶贫" has kind "polcy", which is not a glossary kind. Use one of: slogan, programme, policy, institution, title, place, person, unit, general.'],
    ['bad status', '- zh: 扶贫\n  en: poverty alleviation\n  kind: policy\n  status: final\n',
      'glossary/policies.yaml:4:11: entry "扶贫" has status "final", which is not a glossary status. Use one of: proposed, approved, deprecated.'],
    ['bad date', '- zh: 扶贫\n  en: poverty alleviation\n  kind: policy\n  source: { date: 2021/04 }\n  status: proposed\n',
      'glossary/policies.yaml:4:19: entry "扶贫" has source date "2021/04". Write the date as YYYY or YYYY-MM-DD.'],
    ['not a list', 'zh: 扶贫\nen: poverty alleviation\n', 'glossary/policies.yaml:1:1: the file is not a list of entries. Start each entry with "- zh: …" at the left margin.'],
    ['forbidden equals en', '- zh: 扶贫\n  en: poverty alleviation\n  kind: policy\n  forbidden: [Poverty Alleviation]\n  status: proposed\n',
      'glossary/policies.yaml:4:15: entry "扶贫" forbids "Poverty Alleviation", which is also its "en" rendering. Remove "Poverty Alleviation" from forbidden or change "en".'],
    ['malformed YAML', '- zh: 扶贫\n  en: "poverty alleviation\n  kind: policy\n', 'glossary/policies.yaml:4:1: YAML syntax error: Missing closing "quote. Check indentation, colons and quotes.'],
  ])('reports %s with its position', async (_name, text, expected) => {
    expect(await problemsOf({ 'glossary/policies.yaml': text })).toContain(expected);
  });

  it('reports every problem of every file at once, and a duplicate term at both places', async () => {
    const details = await problemsOf({
      'glossary/slogans.yaml': '# slogans\n- zh: 两不愁三保障\n  en: two assurances and three guarantees\n  kind: slogan\n  status: proposed\n',
      'glossary/policies.yaml': [
        '- zh: 扶贫', '  kind: policy', '  status: proposed',
        '- zh: 脱贫', '  variants: [兩不愁、三保障]', '  en: poverty exit', '  kind: policy', '  status: proposed', '',
      ].join('\n'),
      'glossary/places.yaml': '- zh: 沁县\n  en: Qin County\n  kind: place\n  status: approved\n  colour: red\n',
    });
    expect(details).toEqual([
      'glossary/places.yaml:5:3: entry "沁县" has an unknown field "colour". Allowed fields: zh, variants, en, first, short, accepted, kind, forbidden, note, source, status.',
      'glossary/policies.yaml:1:3: entry "扶贫" has no "en" value. Add one or remove the entry.',
    ]);
    // Once each file is valid on its own, the clash between files is reported with both places.
    const clash = await problemsOf({
      'glossary/slogans.yaml': '# slogans\n- zh: 两不愁三保障\n  en: two assurances and three guarantees\n  kind: slogan\n  status: proposed\n',
      'glossary/policies.yaml': '- zh: 脱贫\n  variants: [兩不愁三保障]\n  en: poverty exit\n  kind: slogan\n  status: proposed\n',
    });
    expect(clash).toEqual([
      'glossary/policies.yaml:1:3: warning: entry "脱贫" has kind "slogan" but is in policies.yaml. Move it to glossary/slogans.yaml or change its kind to "policy".',
      'glossary/slogans.yaml:2:7: entry "两不愁三保障" is already defined at glossary/policies.yaml:2:14 as variant "兩不愁三保障" of entry "脱贫". A Chinese form may belong to one entry only: merge the entries or remove one of them.',
    ]);
  });
});

const realGlossary = join(import.meta.dirname, '..', '..');

describe('the project glossary', () => {
  it('loads without errors', async () => {
    const glossary = await loadGlossary(realGlossary);
    expect(glossary.entries.length).toBeGreaterThan(0);
    for (const entry of glossary.entries) expect(glossary.findByZh(entry.zh)).toBe(entry);
  });
});
