import { describe, expect, it } from 'vitest';
import type { BlockType, SegmentedDocument } from '../../model/document.js';
import { segmentDocument, documentUnits } from '../segment/segment-document.js';
import { footnoteBase, renderBilingualEdition } from './bilingual-edition.js';
import { createGlossaryMatcher } from '../glossary-match/match-glossary.js';
import { placeNamesInEnglish } from './edition-front-matter.js';
import { renderEnglishEdition } from './english-edition.js';

type Filled = { target: string; footnote?: string };

/** A two-paragraph report whose units are filled by Chinese source, as the memory lookup would. */
function report(blocks: Array<[BlockType, string]>, filled: Record<string, Filled>): SegmentedDocument {
  const doc = segmentDocument(blocks.map(([type, text], i) => ({ type, text, sourceLine: i + 1, line: i + 1 })), {
    meta: { id: 'demo', title: '示例', script: 'Hans', language: 'zh-Hans' },
    file: 'corpus/demo/zh.md',
  });
  for (const unit of documentUnits(doc)) {
    const fill = filled[unit.source];
    if (!fill) continue;
    unit.target = fill.target;
    unit.state = 'translated';
    if (fill.footnote) unit.footnote = fill.footnote;
  }
  return doc;
}

const BLOCKS: Array<[BlockType, string]> = [
  ['title', '巩固成果'],
  ['paragraph', '下拨6万元资金。组织开展培训。'],
  ['paragraph', '（某波 黄新）'],
];
const FILLED: Record<string, Filled> = {
  '巩固成果': { target: 'Consolidating the Gains' },
  '下拨6万元资金。': { target: 'It allocated 60,000 yuan.', footnote: 'The amount is damaged in the source; a leading digit may be lost.' },
  '组织开展培训。': { target: 'It organized training.' },
  '（某波 黄新）': { target: '(Reporters: … Bo and Huang Xin)', footnote: 'The first reporter’s family name is illegible in the source.' },
};

describe('renderEnglishEdition translator’s notes', () => {
  it('puts [^n] after the annotated segment and defines the notes at the end, numbered in reading order', () => {
    const md = renderEnglishEdition(report(BLOCKS, FILLED));
    const body = md.slice(md.indexOf('# Consolidating'));
    expect(body).toBe([
      '# Consolidating the Gains',
      '',
      'It allocated 60,000 yuan.[^1] It organized training.',
      '',
      '(Reporters: … Bo and Huang Xin)[^2]',
      '',
      '[^1]: The amount is damaged in the source; a leading digit may be lost.',
      '',
      '[^2]: The first reporter’s family name is illegible in the source.',
      '',
    ].join('\n'));
  });

  it('keeps the note out of the English text and out of the front-matter title', () => {
    const md = renderEnglishEdition(report(BLOCKS, FILLED));
    expect(md).toContain('title: Consolidating the Gains\n');
    expect(md.match(/damaged in the source/g)).toHaveLength(1);
  });

  it('prints no footnote for a segment the edition shows as untranslated', () => {
    const filled = { ...FILLED, '下拨6万元资金。': { target: '', footnote: 'orphan note' } };
    const md = renderEnglishEdition(report(BLOCKS, filled));
    expect(md).not.toContain('orphan note');
    expect(md).toContain('(Reporters: … Bo and Huang Xin)[^1]');
  });

  it('gives byte-identical output for the same document', () => {
    expect(renderEnglishEdition(report(BLOCKS, FILLED))).toBe(renderEnglishEdition(report(BLOCKS, FILLED)));
  });
});

describe('renderBilingualEdition translator’s notes', () => {
  it('shows the note to the reviewer as an editable note line with its hash in the marker, the English left clean', () => {
    const md = renderBilingualEdition(report(BLOCKS, FILLED));
    expect(md).toContain('\nIt allocated 60,000 yuan.\n');
    const note = 'The amount is damaged in the source; a leading digit may be lost.';
    expect(md).toContain(`\n*Translator's note:* ${note}\n\n<!-- duizhao id=`);
    expect(md).toContain(` note=${footnoteBase(note)} -->`);
    expect(md).not.toContain('[^1]');
  });
});

describe('renderEnglishEdition front matter and headline', () => {
  // The real matcher over two place entries (Simplified, as in glossary/places.yaml; the report is Traditional).
  const matcher = createGlossaryMatcher({ entries: [
    { zh: '沁县', en: 'Qin County', kind: 'place', status: 'proposed' },
    { zh: '长治', variants: ['长治市'], en: 'Changzhi', kind: 'place', status: 'proposed' },
  ] });
  const matchPlace = (text: string) => matcher.match(text);

  it('gives title and places in English and keeps the Chinese under source; a place the glossary lacks is not guessed', () => {
    const doc = report(BLOCKS, FILLED);
    Object.assign(doc.meta, { county: '沁縣', city: '長治市', province: '山西省' });
    const md = renderEnglishEdition(doc, placeNamesInEnglish(doc, matchPlace));
    const front = md.slice(0, md.indexOf('\n---\n', 4));
    expect(front).toContain('title: Consolidating the Gains\ncounty: Qin County\ncity: Changzhi\nsource:\n  title: 示例\n  county: 沁縣\n  city: 長治市\n  province: 山西省\n');
    expect(front).not.toMatch(/^province:/mu);
  });

  it('opens with a subtitle as the headline when the received text lost its title', () => {
    const blocks: Array<[BlockType, string]> = [['dateline', '2021年12月15日'], ['subtitle', '巩固成果'], ['paragraph', '组织开展培训。']];
    const md = renderEnglishEdition(report(blocks, { ...FILLED, '2021年12月15日': { target: '15 December 2021' } }));
    expect(md).toMatch(/^title: Consolidating the Gains$/mu);
    expect(md.slice(md.indexOf('\n---\n', 4) + 5)).toBe('\n# Consolidating the Gains\n\n*15 December 2021*\n\nIt organized training.\n');
  });

  it('keeps a subtitle under a real title as a subtitle', () => {
    const blocks: Array<[BlockType, string]> = [['title', '巩固成果'], ['subtitle', '组织开展培训。']];
    const md = renderEnglishEdition(report(blocks, FILLED));
    expect(md).toContain('# Consolidating the Gains\n\n**It organized training.**\n');
  });
});

describe('renderEnglishEdition reading order of bylines', () => {
  it('puts an author line printed above its piece\'s headline under that headline, and leaves a bracketed credit where it closes its piece', () => {
    const blocks: Array<[BlockType, string]> = [
      ['title', '巩固成果'], ['paragraph', '组织开展培训。'], ['byline', '（某波 黄新）'],
      ['byline', '县扶贫办主任 王某'], ['heading', '下拨资金'], ['paragraph', '下拨6万元资金。'],
    ];
    const filled = { ...FILLED, '县扶贫办主任 王某': { target: 'By Wang, Director of the County Poverty Alleviation Office' }, '下拨资金': { target: 'Allocating Funds' } };
    const md = renderEnglishEdition(report(blocks, filled));
    const body = md.slice(md.indexOf('# Consolidating'), md.indexOf('[^1]:'));
    expect(body).toBe([
      '# Consolidating the Gains', 'It organized training.', '*(Reporters: … Bo and Huang Xin)[^1]*',
      '## Allocating Funds', '*By Wang, Director of the County Poverty Alleviation Office*', 'It allocated 60,000 yuan.[^2]', '',
    ].join('\n\n'));
  });
});
