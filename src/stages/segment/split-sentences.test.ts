import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldTwoSentences, splitSentences } from './split-sentences.js';
import { unbalancedMarks } from './unbalanced-marks.js';

describe('splitSentences', () => {
  it.each([
    ['脱贫攻坚，责重如山。沁县狠抓落实。', ['脱贫攻坚，责重如山。', '沁县狠抓落实。']],
    ['贫困发生率由30.12%下降到5.62%，降低了24.5个百分点。今年全部脱贫！', ['贫困发生率由30.12%下降到5.62%，降低了24.5个百分点。', '今年全部脱贫！']],
    ['他说：“我们一定要打赢。明年再来！”然后走了。', ['他说：“我们一定要打赢。明年再来！”然后走了。']],
    ['出台《关于……的意见》。好吗？是的……结束', ['出台《关于……的意见》。', '好吗？', '是的……', '结束']],
    ['摘帽不摘政策；摘帽不摘责任。', ['摘帽不摘政策；', '摘帽不摘责任。']],
    ['「扶上馬送一程」。沁縣繼續執行（試行。辦法）。', ['「扶上馬送一程」。', '沁縣繼續執行（試行。辦法）。']],
    ['“脱贫攻坚，是当前最大的政治任务。而对于黎城县而言，更是硬仗。', ['“脱贫攻坚，是当前最大的政治任务。', '而对于黎城县而言，更是硬仗。']],
    ['Version 2.0? 是的。', ['Version 2.0? 是的。']],
    ['活动，下⟦?lián)?⟧6万元资金用于补贴。组织培训。', ['活动，下⟦?lián)?⟧6万元资金用于补贴。', '组织培训。']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each([
    ['a “ closed by a full-width ＂ does not pair with a later stray ”', '他们从事“外干细胞＂研究。第二句。第三句。”第四句。', ['他们从事“外干细胞＂研究。', '第二句。', '第三句。”', '第四句。']],
    ['a “ never closed before a quoted term: the term keeps its own pair', '“脱贫攻坚是硬仗。而黎城县属于“插花”贫困县。', ['“脱贫攻坚是硬仗。', '而黎城县属于“插花”贫困县。']],
    ['a “ never closed in the paragraph holds nothing together', '他说：“我们遭遇的竞争越来越激烈。因此要加倍努力。', ['他说：“我们遭遇的竞争越来越激烈。', '因此要加倍努力。']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each([
    ['a quotation of several sentences splits at its sentence ends', '斯托尔滕贝格说 ： “ 我们遭遇的竞争越来越激烈。因此我们应加倍努力 。 ” 他说，时代在变迁。',
      ['斯托尔滕贝格说 ： “ 我们遭遇的竞争越来越激烈。', '因此我们应加倍努力 。 ” ', '他说，时代在变迁。']],
    ['a quotation that ends its sentence ends it, even with a space before the ”', '他表示 ： “ 希望成功实施 。 ” 此外，会谈还确认了行程。', ['他表示 ： “ 希望成功实施 。 ” ', '此外，会谈还确认了行程。']],
    ['a quotation closed after its ！ ends the sentence, as in English', '他说：“好！”然后走了。', ['他说：“好！”', '然后走了。']],
    ['brackets and book titles still hold their sentence ends', '出台《关于试行。办法》。沁县继续执行（试行。办法）。', ['出台《关于试行。办法》。', '沁县继续执行（试行。办法）。']],
  ])('for alignment (insideQuotes): %s', (_name, text, expected) => {
    expect(splitSentences(text, { insideQuotes: true })).toEqual(expected);
  });

  it.each([
    ['“ closed by ＂', '从事“外干细胞＂研究。', [{ index: 2, mark: '“', problem: 'closed-by', closer: '＂' }]],
    ['“ never closed', '他说：“我们走。好。', [{ index: 3, mark: '“', problem: 'never-closed' }]],
    ['” never opened', '因此要加倍努力。”他说。', [{ index: 8, mark: '”', problem: 'never-opened' }]],
    ['crossed 《 and （', '（见《通知）》', [{ index: 2, mark: '《', problem: 'never-closed' }, { index: 6, mark: '》', problem: 'never-opened' }]],
    ['balanced text', '他说：“（好）《书》。”', []],
  ])('unbalancedMarks: %s', (_name, text, expected) => {
    expect(unbalancedMarks(text)).toEqual(expected);
  });

  it('is lossless: the pieces joined give the input back', () => {
    const alphabet = fc.constantFrom(...'脱贫攻坚，。！？；“”《》（）……3.5%ab 「」'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(splitSentences(text).join('')).toBe(text);
        expect(splitSentences(text, { insideQuotes: true }).join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['他说“好⟦”?x。⟧然后走了。', ['他说“好⟦”?x。⟧然后走了。']],
    ['⟦锛。鍒⟧全县脱贫。好', ['⟦锛。鍒⟧全县脱贫。', '好']],
    ['（⟦）。⟧⟦（。⟧贫）。好', ['（⟦）。⟧⟦（。⟧贫）。', '好']],
    ['（试行⟦）。鍒?⟧办法）。下一句。', ['（试行⟦）。鍒?⟧办法）。', '下一句。']],
  ])('never splits inside a ⟦…⟧ damage mark, whatever it holds: %s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('never puts a piece boundary inside a ⟦…⟧ span (any text around and inside it)', () => {
    const alphabet = fc.constantFrom(...'贫攻，。！？?；“”《》（）……「」⟦⟧'.split(''));
    const inner = fc.constantFrom(...'贫。！？?；“”《》（）」'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.array(inner, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 30 }), (a, b, c) => {
        const before = a.join('').replace(/[⟦⟧]/gu, '');
        const damage = `⟦${b.join('')}⟧`;
        const text = `${before}${damage}${c.join('').replace(/[⟦⟧]/gu, '')}`;
        const start = before.length;
        const end = start + damage.length;
        let at = 0;
        for (const piece of splitSentences(text)) {
          at += piece.length;
          expect(at > start && at < end).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('mayHoldTwoSentences', () => {
  it('is true whenever the splitter gives more than one piece (with or without insideQuotes)', () => {
    const alphabet = [...'好的甲。！？；!?;…“”「」（）()《》 ’\'"⟦⟧a1.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (chars) => {
      const text = chars.join('');
      for (const insideQuotes of [false, true]) {
        if (splitSentences(text, { insideQuotes }).length > 1) expect(mayHoldTwoSentences(text)).toBe(true);
      }
    }), { numRuns: 20_000 });
  });

  it('is false for a sentence whose only enders close it', () => {
    expect(mayHoldTwoSentences('经济增长了3.5%。')).toBe(false);
    expect(mayHoldTwoSentences('真的吗？！')).toBe(false);
    expect(mayHoldTwoSentences('他说：“好。”')).toBe(true);
  });
});
