import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/document.js';
import { adviseOverrides } from './advise-overrides.js';

const b = (type: Block['type'], text: string, sourceLine: number): Block => ({ type, text, sourceLine });
const INGESTED = [
  b('title', '繁峙县光伏扶贫综述', 1),
  b('caption', '来源：县扶贫办', 3),
  b('paragraph', '全县建成村级光伏电站一百二十座，总装机四万千瓦。', 5),
  b('paragraph', '电站收益用于设置公益岗位。', 7),
];
const SOURCE = ['繁峙县光伏扶贫综述', '', '来源：县扶贫办', '', '全县建成村级光伏电站一百二十座,总装机四万千瓦。', '', '电站收益用于设置公益岗位。'];

describe('adviseOverrides', () => {
  it('drops a block the edit removed and sets the kind of another', () => {
    const edited = [INGESTED[0]!, b('paragraph', INGESTED[2]!.text, 9), b('byline', INGESTED[3]!.text, 11)];
    expect(adviseOverrides(INGESTED, edited, SOURCE)).toBe('blocks:\n  - line: 3\n    type: drop\n  - line: 7\n    type: byline');
  });

  it('finds a text fix on the source line, where ingest has not changed the text', () => {
    const edited = [INGESTED[0]!, INGESTED[1]!, b('paragraph', '全县建成村级光伏电站一百二十座，总装机四万千瓦。', 5), b('paragraph', '电站收益用于设置村级公益岗位。', 7)];
    expect(adviseOverrides(INGESTED, edited, SOURCE)).toBe('text:\n  - line: 7\n    find: "设置公益"\n    replace: "设置村级公益"');
  });

  it('finds the text as received when ingest made its punctuation full-width', () => {
    const edited = [...INGESTED.slice(0, 2), b('paragraph', '全县建成村级光伏电站一百二十六座，总装机四万千瓦。', 5), INGESTED[3]!];
    expect(adviseOverrides(INGESTED, edited, SOURCE)).toBe('text:\n  - line: 5\n    find: "二十座,"\n    replace: "二十六座，"');
  });

  it('says so when the edited text is not on the source line as received, and when a block was added', () => {
    const edited = [...INGESTED.slice(0, 2), b('paragraph', '全县建成村级光伏电站一百二十六座，总装机四万千瓦。', 5), INGESTED[3]!, b('paragraph', '新增的一段。', 9)];
    const advice = adviseOverrides(INGESTED, edited, []);
    expect(advice).toContain('  - line: 5\n    find: "二十座，"\n    replace: "二十六座，"\n    note: "check: ingest changed this text; copy find from source.txt"');
    expect(advice).toContain('# a new block "新增的一段。" cannot be added by overrides');
  });
});
