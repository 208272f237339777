import { describe, expect, it } from 'vitest';
import type { BlockType } from '../../model/document.js';
import { sampleReport } from '../../../test/helpers/sample-report.js';
import { BROKEN_OFF_NOTE, brokenOffUnits } from './broken-off-pieces.js';
import { renderEnglishEdition } from './english-edition.js';

const BLOCKS: Array<[BlockType, string, number?]> = [
  ['title', '巩固成果'],
  ['heading', '落实两个不愁', 2],
  ['paragraph', '不愁吃，不愁穿'],
  ['paragraph', '严格督查，倒逼落实；栉风沐雨，薪火相传；'],
  ['byline', '东井岭乡党委书记 王防'],
  ['paragraph', '组织开展培训。'],
  ['caption', '劳务输出招聘现场会'],
];
const FILLS = {
  '巩固成果': { target: 'Consolidating the Gains' },
  '落实两个不愁': { target: 'Two Assurances' },
  '不愁吃，不愁穿': { target: 'Enough food and clothing' },
  '严格督查，倒逼落实；': { target: 'Strict inspections have compelled implementation.' },
  '栉风沐雨，薪火相传；': { target: 'Through wind and rain, the torch has been passed on;' },
  '东井岭乡党委书记 王防': { target: 'By Wang Fang' },
  '组织开展培训。': { target: 'It organized training.' },
  '劳务输出招聘现场会': { target: 'Job fair' },
};

describe('pieces that break off in the source', () => {
  it('finds the last segment of a piece that stops mid-sentence before the next piece, not a list phrase under a sub-heading nor a finished piece', () => {
    expect(brokenOffUnits(sampleReport(BLOCKS, FILLS)).map((u) => u.source)).toEqual(['栉风沐雨，薪火相传；']);
  });

  it('ends such a piece in the English edition with a translator’s note', () => {
    const md = renderEnglishEdition(sampleReport(BLOCKS, FILLS));
    expect(md).toContain('Strict inspections have compelled implementation. Through wind and rain, the torch has been passed on;[^1]\n');
    expect(md).toContain(`[^1]: ${BROKEN_OFF_NOTE}\n`);
  });

  it('keeps a translator’s note already written for the segment', () => {
    const md = renderEnglishEdition(sampleReport(BLOCKS, { ...FILLS, '栉风沐雨，薪火相传；': { ...FILLS['栉风沐雨，薪火相传；'], footnote: 'Own note.' } }));
    expect(md).toContain('[^1]: Own note.\n');
    expect(md).not.toContain(BROKEN_OFF_NOTE);
  });
});
