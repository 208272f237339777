import { describe, expect, it } from 'vitest';
import type { UnitState } from '../model/unit.js';
import { exportXliff, parseXliff, xliffPairs, type XliffDocument } from './xliff.js';

const DOC: XliffDocument = {
  report: 'qinxian-2020-overview',
  original: 'corpus/qinxian-2020-overview/zh.md',
  sourceLang: 'zh-Hans',
  units: [
    { id: 'a1b2c3d4e5', source: '沁县179个贫困村全部退出。', target: 'All 179 poor villages in Qin County were lifted out of poverty.', state: 'reviewed', origin: 'manual', base: '5e350d23', notes: ['glossary: 贫困村 = poor village'] },
    { id: 'a1b2c3d4e5-2', source: '  前后有空格 & <尖括号> ', target: ' Spaces & <angle brackets> "kept" ', state: 'draft', origin: 'mt:openai', notes: [] },
    { id: '0f0f0f0f0f', source: '累计投入资金5.6亿元。', state: 'empty', notes: [], alternatives: [{ target: 'A total of 560 million yuan was invested.', origin: 'memory-fuzzy:88', score: 88.24 }] },
  ],
};

describe('XLIFF', () => {
  it('writes XLIFF 1.2 with the report, segment ids, mapped states and duizhao’s exact state', () => {
    const xml = exportXliff(DOC);
    expect(xml).toContain('<file original="corpus/qinxian-2020-overview/zh.md" source-language="zh-Hans" target-language="en" datatype="plaintext" tool-id="duizhao" dz:report="qinxian-2020-overview">');
    expect(xml).toContain('<trans-unit id="a1b2c3d4e5" xml:space="preserve" approved="yes" dz:state="reviewed" dz:origin="manual" dz:base="5e350d23">');
    expect(xml).toContain('<trans-unit id="a1b2c3d4e5-2" xml:space="preserve" dz:state="draft" dz:origin="mt:openai">');
    expect(xml).toContain('<target state="signed-off">All 179 poor villages');
    expect(xml).toContain('<target state="needs-review-translation">');
    expect(xml).toContain('<note from="translator">glossary: 贫困村 = poor village</note>');
    expect(xml).toContain('<alt-trans match-quality="88" origin="memory-fuzzy:88">');
  });

  it.each([
    ['translated', 'translated', 'yes'], ['reviewed', 'signed-off', 'yes'], ['approved', 'final', 'yes'], ['draft', 'needs-review-translation', undefined],
  ] as Array<[UnitState, string, string | undefined]>)('marks %s English as state="%s", approved=%s (translate-toolkit counts units without approved="yes" as fuzzy)', (state, xliffState, approved) => {
    const xml = exportXliff({ ...DOC, units: [{ id: 'u', source: '脱贫。', target: 'Out of poverty.', state, notes: [] }] });
    expect(xml).toContain(`<target state="${xliffState}">Out of poverty.</target>`);
    expect(/<trans-unit [^>]*approved="yes"/.test(xml)).toBe(approved === 'yes');
  });

  it('copySource: every <target> holds the Chinese with state="new" (OmegaT 3.6 translates the text in <target>); the exported state and base stay', () => {
    const xml = exportXliff(DOC, { copySource: true });
    expect(xml).toContain('<target state="new">沁县179个贫困村全部退出。</target>');
    expect(xml).toContain('<target state="new">累计投入资金5.6亿元。</target>');
    expect(xml).not.toContain('All 179 poor villages');
    expect(xml).not.toContain('approved="yes"');
    expect(xml).toContain('dz:state="reviewed" dz:origin="manual" dz:base="5e350d23"');
  });

  it('reads approved="yes" without a target state as translated', () => {
    const xml = '<xliff version="1.2"><file original="x"><body><trans-unit id="1" approved="yes"><source>脱贫。</source><target>Out of poverty.</target></trans-unit><trans-unit id="2"><source>扶贫。</source><target>Aid.</target></trans-unit></body></file></xliff>';
    expect(parseXliff(xml)[0]!.units.map((u) => u.state)).toEqual(['translated', undefined]);
  });

  it('reads its own export back: ids, sources, targets with their spaces, states, origins, bases, notes', () => {
    const [doc] = parseXliff(exportXliff(DOC), 'q.xlf');
    const expected = DOC.units.map(({ alternatives: _alternatives, ...u }) => ({ ...u, exportedState: u.state, ...(u.target === undefined ? { state: undefined } : {}) }));
    expect(doc).toEqual({ ...DOC, units: expected.map((u) => JSON.parse(JSON.stringify(u)) as object) });
  });

  it.each<[string, string, UnitState]>([
    ['a tool marked the draft translated', 'translated', 'translated'],
    ['a reviewer signed it off', 'signed-off', 'reviewed'],
    ['OmegaT left it for review', 'needs-review-l10n', 'draft'],
    ['approved as final', 'final', 'approved'],
  ])('maps the XLIFF state when %s', (_case, xliffState, expected) => {
    const xml = exportXliff({ ...DOC, units: [DOC.units[1]!] }).replace('state="needs-review-translation"', `state="${xliffState}"`);
    expect(parseXliff(xml)[0]!.units[0]!.state).toBe(expected);
  });

  it('reads a foreign XLIFF 1.2 (groups, inline g/x/bpt) and XLIFF 2.0 (pc/ph, subState)', () => {
    const v12 = `<?xml version="1.0"?><xliff version="1.2"><file original="corpus/huguan-2019-taihang/zh.md" source-language="zh-CN" target-language="en-US" datatype="x-md"><body>
      <group id="g1"><trans-unit id="u1"><source><g id="1">壶关县</g>旱地<x id="2"/>西红柿</source><target><g id="1">Huguan</g> dry-land <bpt id="3">&lt;b&gt;</bpt>tomatoes<ept id="3">&lt;/b&gt;</ept></target></trans-unit></group>
    </body></file></xliff>`;
    const [doc12] = parseXliff(v12, 'omegat.xlf');
    expect(doc12).toMatchObject({ report: 'huguan-2019-taihang', units: [{ id: 'u1', source: '壶关县旱地西红柿', target: 'Huguan dry-land tomatoes', notes: [] }] });
    expect(doc12!.units[0]!.state).toBeUndefined();
    const v2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hans" trgLang="en"><file id="f1" original="corpus/licheng-2019-taihang/zh.md">
      <unit id="s9"><notes><note>glossary: 光伏 = photovoltaic</note></notes><segment state="initial" subState="duizhao:draft"><source>发展<pc id="1">光伏</pc>产业<ph id="2"/>。</source><target>Develop the <pc id="1">photovoltaic</pc> industry.</target></segment></unit>
      <unit id="s10"><segment state="final"><source>脱贫。</source><target>Out of poverty.</target></segment></unit>
    </file></xliff>`;
    expect(parseXliff(v2, 'trados.xlf')[0]).toEqual({
      report: 'licheng-2019-taihang', original: 'corpus/licheng-2019-taihang/zh.md', sourceLang: 'zh-Hans',
      units: [
        { id: 's9', source: '发展光伏产业。', target: 'Develop the photovoltaic industry.', state: 'draft', notes: ['glossary: 光伏 = photovoltaic'] },
        { id: 's10', source: '脱贫。', target: 'Out of poverty.', state: 'approved', notes: [] },
      ],
    });
    expect(xliffPairs(v2, 'trados.xlf').map((p) => [p.zh, p.en, p.entry?.state])).toEqual([['发展光伏产业。', 'Develop the photovoltaic industry.', 'draft'], ['脱贫。', 'Out of poverty.', 'approved']]);
  });

  it.each([
    ['a mismatched tag', '<xliff version="1.2">\n  <file>\n    <body><trans-unit id="1"><source>扶贫</target></trans-unit></body></file></xliff>', 'edited.xlf:3:'],
    ['an unescaped ampersand', '<xliff version="1.2"><file><body>\n<trans-unit id="1"><source>R&D 扶贫</source></trans-unit></body></file></xliff>', 'edited.xlf:2:'],
  ])('reports malformed XML (%s) with its line and column', (_case, xml, where) => {
    expect(() => parseXliff(xml, 'edited.xlf')).toThrowError(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(new RegExp(`^${where}\\d+: not well-formed XML`)) }));
  });

  it('writes the translator\'s note as a note on the target with its base, apart from the other notes, and reads it back (1.2 and 2.0)', () => {
    const footnote = 'The amount is damaged in the source & <may> be larger.';
    const xml = exportXliff({ ...DOC, units: [{ ...DOC.units[0]!, footnote, footnoteBase: '0a1b2c3d' }] });
    expect(xml).toContain('dz:base="5e350d23" dz:footnote-base="0a1b2c3d">');
    expect(xml).toContain('<note from="translator">glossary: 贫困村 = poor village</note>\n        <note from="translator" annotates="target">The amount is damaged in the source &amp; &lt;may&gt; be larger.</note>');
    expect(parseXliff(xml)[0]!.units[0]).toMatchObject({ notes: ['glossary: 贫困村 = poor village'], footnote, footnoteBase: '0a1b2c3d' });
    const v2 = '<xliff version="2.0" srcLang="zh"><file id="f" original="corpus/fang/zh.md"><unit id="u"><notes><note>glossary: a = b</note><note appliesTo="target" category="footnote">Illegible in the source.</note></notes><segment state="translated"><source>脱贫。</source><target>Out.</target></segment></unit></file></xliff>';
    expect(parseXliff(v2)[0]!.units[0]).toMatchObject({ notes: ['glossary: a = b'], footnote: 'Illegible in the source.' });
  });
});
