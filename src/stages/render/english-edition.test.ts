import { describe, expect, it } from 'vitest';
import type { BlockType, SegmentedDocument } from '../../model/document.js';
import { segmentDocument, documentUnits } from '../segment/segment-document.js';
import { renderBilingualEdition } from './bilingual-edition.js';
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
  it('shows the note to the reviewer as a note line, with the English left clean', () => {
    const md = renderBilingualEdition(report(BLOCKS, FILLED));
    expect(md).toContain('\nIt allocated 60,000 yuan.\n');
    expect(md).toContain("*note: translator's note, printed as footnote in the English edition: The amount is damaged in the source; a leading digit may be lost.*");
    expect(md).not.toContain('[^1]');
  });
});
