import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { GLOSSARY_KINDS, GLOSSARY_STATUSES, type GlossaryEntry } from '../model/glossary-entry.js';
import { GLOSSARY_BASIC } from './fixtures/glossary-temp-project.js';
import { loadGlossary } from './glossary-yaml.js';
import { exportTbx, parseTbx } from './tbx.js';

const withoutOrigin = (entries: readonly GlossaryEntry[]): GlossaryEntry[] => entries.map(({ origin: _origin, ...rest }) => rest);

describe('TBX', () => {
  it.each(['tbx', 'tbx-v3'] as const)('round-trips the fixture glossary losslessly (%s)', async (format) => {
    const entries = withoutOrigin((await loadGlossary(GLOSSARY_BASIC)).entries);
    const xml = exportTbx(entries, format);
    expect(parseTbx(xml)).toEqual(entries);
    expect(exportTbx(parseTbx(xml), format)).toBe(xml);
  });

  it('writes TBX-Basic in the 2008 <martif> dialect by default (what OmegaT and translate-toolkit read): termEntry/langSet/tig, statuses and notes kept', async () => {
    const glossary = await loadGlossary(GLOSSARY_BASIC);
    const xml = exportTbx([glossary.findByZh('精准扶贫')!]);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">\n  <martifHeader>\n    <fileDesc>');
    expect(xml).not.toContain('conceptEntry');
    expect(xml).toContain('<langSet xml:lang="zh-Hans">\n          <tig>');
    expect(xml).toMatch(/<tig>\s*<term>precise poverty alleviation<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\s*<note>Do not use\.<\/note>\s*<\/tig>/);
    expect(xml.match(/<termEntry id="c-[0-9a-f]+">/g)).toHaveLength(1);
  });

  it('writes TBX-Basic v3 structure with statuses as administrativeStatus (--format tbx-v3)', async () => {
    const glossary = await loadGlossary(GLOSSARY_BASIC);
    const xml = exportTbx([glossary.findByZh('精准扶贫')!], 'tbx-v3');
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<descrip type="subjectField">policy</descrip>');
    expect(xml).toMatch(/<term>targeted poverty alleviation<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>/);
    expect(xml).toMatch(/<term>precise poverty alleviation<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    expect(xml.match(/<conceptEntry /g)).toHaveLength(1);
  });

  it('round-trips arbitrary entries, XML special characters included', () => {
    const text = fc.array(fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '扶', '贫', '·', '—', 'é', ';'), { minLength: 1, maxLength: 12 })
      .map((cs) => cs.join('')).filter((s) => s.trim() === s && s !== '');
    const entry = fc.record({
      zh: text, variants: fc.array(text, { maxLength: 2 }), en: text, first: fc.option(text, { nil: undefined }), short: fc.option(text, { nil: undefined }),
      accepted: fc.array(text, { maxLength: 2 }), kind: fc.constantFrom(...GLOSSARY_KINDS), forbidden: fc.array(text, { maxLength: 2 }),
      note: fc.option(text, { nil: undefined }), status: fc.constantFrom(...GLOSSARY_STATUSES),
      source: fc.option(fc.record({ title: text, publisher: fc.option(text, { nil: undefined }), date: fc.constantFrom('2021', '2021-04-06'), url: fc.constant('https://example.org/a?b=1&c=2') }), { nil: undefined }),
    }).map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>)
      .map((e) => {
        for (const list of ['variants', 'accepted', 'forbidden']) if ((e[list] as unknown[]).length === 0) delete e[list];
        return e as unknown as GlossaryEntry;
      });
    fc.assert(fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
      expect(parseTbx(exportTbx(entries))).toEqual(entries);
      expect(parseTbx(exportTbx(entries, 'tbx-v3'))).toEqual(entries);
    }), { numRuns: 200 });
  });

  it('reads TBX v2 (termEntry/langSet/tig) from other tools', () => {
    const xml = `<?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en"><text><body>
      <termEntry id="t1"><descrip type="subjectField">policy</descrip>
        <langSet xml:lang="zh-CN"><tig><term>精准扶贫</term></tig></langSet>
        <langSet xml:lang="en-US">
          <tig><term>targeted poverty alleviation</term><termNote type="normativeAuthorization">preferredTerm</termNote></tig>
          <tig><term>precise poverty alleviation</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
        </langSet></termEntry></body></text></martif>`;
    expect(parseTbx(xml)).toEqual([{ zh: '精准扶贫', en: 'targeted poverty alleviation', kind: 'policy', forbidden: ['precise poverty alleviation'], status: 'approved' }]);
  });

  it.each([
    ['malformed XML', '<tbx><text><body></text></tbx>', /^terms\.tbx:1:\d+: not well-formed XML/],
    ['not TBX', '<html><body/></html>', /^terms\.tbx is not a TBX file/],
    ['a concept without Chinese', '<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>', /^terms\.tbx: concept 1 has no Chinese term/],
  ])('rejects %s with an InputError', (_name, xml, message) => {
    const error = (() => { try { parseTbx(xml, 'terms.tbx'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(message);
  });
});
