import type { BlockType, SegmentedDocument } from '../../src/model/document.js';
import type { Suggestion, UnitState } from '../../src/model/unit.js';
import { createGlossaryMatcher } from '../../src/stages/glossary-match/match-glossary.js';
import { documentUnits, segmentDocument } from '../../src/stages/segment/segment-document.js';

export interface SampleFill {
  target?: string;
  state?: UnitState;
  footnote?: string;
  suggestion?: Suggestion;
}

/**
 * A small report segmented as the build segments it, its units filled by Chinese source as the
 * memory lookup would, glossary terms matched with the real matcher.
 */
export function sampleReport(blocks: Array<[BlockType, string, number?]>, fills: Record<string, SampleFill>): SegmentedDocument {
  const doc = segmentDocument(blocks.map(([type, text, level], i) => ({ type, text, level, sourceLine: i + 1, line: i + 1 })), {
    meta: { id: 'demo', title: '巩固拓展脱贫攻坚成果', script: 'Hans', language: 'zh-Hans', date: '2021-12-15' },
    file: 'corpus/demo/zh.md',
  });
  const matcher = createGlossaryMatcher({ entries: [
    { zh: '脱贫攻坚', en: 'poverty alleviation', kind: 'slogan', status: 'proposed' },
    { zh: '第一书记', en: 'first secretary', kind: 'title', status: 'proposed' },
  ] });
  for (const unit of documentUnits(doc)) {
    unit.terms = matcher.match(unit.source);
    const fill = fills[unit.source];
    if (!fill) continue;
    if (fill.target) Object.assign(unit, { target: fill.target, state: fill.state ?? 'translated' });
    if (fill.footnote) unit.footnote = fill.footnote;
    if (fill.suggestion) unit.suggestions = [fill.suggestion];
  }
  return doc;
}

export const SAMPLE_BLOCKS: Array<[BlockType, string, number?]> = [
  ['title', '巩固拓展脱贫攻坚成果'],
  ['heading', '一、选派第一书记', 1],
  ['paragraph', '下拨6万元资金。第一书记组织开展培训。'],
  ['paragraph', '村里修了路。'],
  ['paragraph', '群众很满意。'],
];

export const SAMPLE_FILLS: Record<string, SampleFill> = {
  '巩固拓展脱贫攻坚成果': { target: 'Consolidating the Gains of Poverty Alleviation' },
  '一、选派第一书记': { target: 'I. Sending First Secretaries' },
  '下拨6万元资金。': { target: 'It allocated 60,000 yuan <script>alert(1)</script> & more.', footnote: 'The amount is damaged in the source; a leading digit may be lost.' },
  '第一书记组织开展培训。': { target: 'The first secretary organized training.', state: 'draft' },
  '村里修了路。': { suggestion: { target: 'The village built a road.', origin: 'memory-fuzzy:82', score: 82.4 } },
};
