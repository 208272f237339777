import { describe, expect, it } from 'vitest';
import { checkDraftNumbers } from './check-draft-numbers.js';
import type { TermConstraint } from './types.js';
import { verifyDraft } from './verify-draft.js';

const TPA: TermConstraint = {
  zh: '精准扶贫', en: 'targeted poverty alleviation', accepted: ['targeted poverty reduction'], forbidden: ['precise poverty alleviation'],
};
const CPC: TermConstraint = { zh: '中国共产党', en: 'Communist Party of China', short: 'CPC', forbidden: ['Chinese Communist Party'] };
const FIVE_YEAR: TermConstraint = { zh: '十三五', en: '13th Five-Year Plan' };

describe('verifyDraft', () => {
  it.each([
    ['a clean draft', '坚持精准扶贫基本方略。', [TPA], 'We adhere to the basic strategy of Targeted Poverty Alleviation.', []],
    ['an accepted form', '坚持精准扶贫。', [TPA], 'We keep to targeted poverty reduction.', []],
    ['the short form', '中国共产党领导。', [CPC], 'Under the leadership of the CPC.', []],
    ['a dropped term', '坚持精准扶贫基本方略。', [TPA], 'We adhere to the basic strategy of poverty relief.',
      ['term/missing: 精准扶贫 should be "targeted poverty alleviation"']],
    ['a forbidden rendering', '坚持精准扶贫。', [TPA], 'We pursue precise poverty alleviation.',
      ['term/missing: 精准扶贫 should be "targeted poverty alleviation"', 'term/forbidden: 精准扶贫 rendered as "precise poverty alleviation"; use "targeted poverty alleviation"']],
    ['a forbidden form next to the right one', '中国共产党领导。', [CPC], 'The Communist Party of China (the Chinese Communist Party) leads.',
      ['term/forbidden: 中国共产党 rendered as "Chinese Communist Party"; use "Communist Party of China"']],
    ['dashes and case do not count', '“十三五”时期', [FIVE_YEAR], 'during the 13th five–year plan period', []],
    ['Han characters left', '黎城县属于“插花”贫困县。', [], 'Licheng county is a 插花 poor county.', ['draft/han-left: 插花']],
    ['an empty draft', '脱贫攻坚。', [], '  ', ['draft/empty: the back-end returned no English']],
  ])('%s', (_label, source, terms, target, expected) => {
    expect(verifyDraft({ source, terms }, target)).toEqual(expected);
  });

  it('runs the injected number check with the terms', () => {
    const seen: unknown[] = [];
    const problems = verifyDraft({ source: '贫困人口3601户', terms: [TPA] }, 'targeted poverty alleviation: 3,601 households', {
      checkNumbers: (zh, en, terms) => {
        seen.push(zh, en, terms.length);
        return ['number/missing: fake'];
      },
    });
    expect(seen).toEqual(['贫困人口3601户', 'targeted poverty alleviation: 3,601 households', 1]);
    expect(problems).toEqual(['number/missing: fake']);
  });
});

describe('checkDraftNumbers', () => {
  it.each([
    ['figures localised', '贫困人口3601户8055人，贫困发生率为6.2%。', 'There were 3,601 poor households with 8,055 people; the poverty incidence was 6.2%.', []],
    ['万 written out', '总人口16.5万。', 'The total population is 165,000.', []],
    ['a changed figure', '贫困人口3601户8055人。', 'There were 3,601 poor households with 8,056 people.',
      ['number/missing: 8055人 is not in the English', 'number/extra: 8,056 is not in the Chinese']],
    ['a figure inside a glossary term', '“十三五”期间脱贫。', 'Poverty was eliminated during the 13th Five-Year Plan.', []],
  ])('%s', (_label, zh, en, expected) => {
    expect(checkDraftNumbers(zh, en, [FIVE_YEAR])).toEqual(expected);
  });
});
