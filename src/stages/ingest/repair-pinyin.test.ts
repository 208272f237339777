import { describe, expect, it } from 'vitest';
import { ingestText } from './ingest-text.js';
import { removePinyinAnnotations } from './repair-pinyin.js';
import { RepairLog } from './source-line.js';

const pinyinRepairs = (text: string) => ingestText(text, { file: 'source.txt' }).diagnostics.filter((d) => d.ruleId === 'ingest/pinyin-annotation');

describe('removePinyinAnnotations', () => {
  it('logs the after-text exactly as it reads once the annotation is gone (標題, not 標(bi題)', () => {
    const log = new RepairLog('source.txt');
    const out = removePinyinAnnotations({ no: 4, text: '文章標(biāo)題如下' }, log);
    expect(out.text).toBe('文章標題如下');
    expect(log.diagnostics[0]).toMatchObject({ line: 4, actual: '文章標(biāo)題如下', expected: '文章標題如下' });
  });

  it('shows the line as zh.md has it: every annotation gone and punctuation made full-width', () => {
    const source = '自古物產(chǎn)豐富,創(chuàng)造了燦爛的文化。\n';
    const blocks = ingestText(source, { file: 'source.txt' }).blocks;
    expect(blocks[0]!.text).toBe('自古物產豐富，創造了燦爛的文化。');
    const afters = pinyinRepairs(source).map((d) => d.expected);
    expect(afters).toEqual(['自古物產豐富，', '豐富，創造了燦']);
    for (const after of afters) expect(blocks[0]!.text).toContain(after);
  });

  it('keeps genuine parentheses and toneless words after non-Han text', () => {
    const log = new RepairLog('source.txt');
    expect(removePinyinAnnotations({ no: 1, text: '辦法(試行)與(2021年)和(a)' }, log).text).toBe('辦法(試行)與(2021年)和(a)');
    expect(log.diagnostics).toEqual([]);
  });
});
