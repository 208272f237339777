import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences.js';
import { ingestText } from './ingest-text.js';

const win1252 = new TextDecoder('windows-1252');
const rules = (result: ReturnType<typeof ingestText>, ruleId: string) => result.diagnostics.filter((d) => d.ruleId === ruleId);

describe('mojibake in a whole report', () => {
  const good = '武乡县多措并举推进消费帮扶，把小米、核桃等特色农产品卖出大山。';
  const misread = '全县建成电商服务站八十六个，带动两千余户脱贫户稳定增收。';
  const lost = '光伏扶贫电站收益全部用于村级公益岗位。';
  const source = [
    '武乡县消费帮扶工作综述',
    '',
    good,
    '',
    win1252.decode(iconv.encode(misread, 'gbk')),
    '',
    `今年以来，${Buffer.from(iconv.encode(lost, 'gbk')).toString('utf8')}效果明显。下一步继续推进。`,
    '',
  ].join('\n');

  it('recovers a line of GBK read as Windows-1252 and logs it on its line', () => {
    const result = ingestText(source, { file: 'source.txt' });
    expect(result.blocks.map((b) => b.text)).toContain(misread);
    expect(rules(result, 'ingest/mojibake-repaired')).toEqual([
      expect.objectContaining({ line: 5, expected: misread, reason: 'mojibake recovered (GBK read as Windows-1252/Latin-1)' }),
    ]);
  });

  it('marks bytes lost for good as ⟦…⟧, lists them with their line, and the segmenter keeps each mark whole', () => {
    const result = ingestText(source, { file: 'source.txt' });
    const paragraph = result.blocks.find((b) => b.sourceLine === 7)!;
    expect(paragraph.text).toMatch(/^今年以来，⟦[^⟧]*\uFFFD[^⟧]*⟧效果明显。下一步继续推进。$/u);
    expect(rules(result, 'ingest/mojibake-unrecovered').map((d) => d.line)).toEqual([7]);
    expect(splitSentences(paragraph.text)).toHaveLength(2);
    expect(splitSentences(paragraph.text)[0]).toMatch(/⟧效果明显。$/u);
  });

  it('leaves good lines untouched', () => {
    const result = ingestText(source, { file: 'source.txt' });
    expect(result.blocks.find((b) => b.sourceLine === 3)?.text).toBe(good);
    expect(result.diagnostics.filter((d) => d.line === 3)).toEqual([]);
  });
});
