import { describe, expect, it } from 'vitest';
import { protectTerms, restoreTerms } from './protect-terms.js';
import type { TermConstraint } from './types.js';

const TPA: TermConstraint = { zh: '精准扶贫', en: 'targeted poverty alleviation' };
const FUPIN: TermConstraint = { zh: '扶贫', en: 'poverty alleviation' };
const TPE: TermConstraint = { zh: '精准脱贫', en: 'targeted poverty elimination' };
const LICHENG: TermConstraint = { zh: '黎城县', en: 'Licheng County' };

describe('protectTerms', () => {
  it.each([
    ['longest term first, the shorter one elsewhere', '坚持精准扶贫，做好扶贫工作。', [FUPIN, TPA], '坚持⟦T1⟧，做好⟦T2⟧工作。', ['精准扶贫', '扶贫']],
    ['a repeated term shares its placeholder', '精准扶贫、精准脱贫，精准扶贫。', [TPA, TPE], '⟦T1⟧、⟦T2⟧，⟦T1⟧。', ['精准扶贫', '精准脱贫']],
    ['Traditional text', '堅持精準扶貧基本方略。', [TPA], '堅持⟦T1⟧基本方略。', ['精准扶贫']],
    ['no term present', '黎城县属于插花贫困县。', [TPA], '黎城县属于插花贫困县。', []],
  ])('%s', (_label, source, terms, text, slotTerms) => {
    const result = protectTerms(source, terms);
    expect(result.text).toBe(text);
    expect(result.slots.map((s) => s.term.zh)).toEqual(slotTerms);
  });
});

describe('restoreTerms', () => {
  const slots = protectTerms('黎城县坚持精准扶贫。', [TPA, LICHENG]).slots;

  it.each([
    ['intact placeholders', '⟦T1⟧ adheres to ⟦T2⟧.', 'Licheng County adheres to targeted poverty alleviation.', []],
    ['spaces and square brackets', '[ T1 ] adheres to ⟦t2⟧.', 'Licheng County adheres to targeted poverty alleviation.', []],
    ['a lost placeholder', '⟦T1⟧ adheres to precise aid.', 'Licheng County adheres to precise aid.',
      ['placeholder/lost: ⟦T2⟧ for 精准扶贫 ("targeted poverty alleviation") is missing from the translation']],
  ])('%s', (_label, target, text, problems) => {
    expect(restoreTerms(target, slots)).toEqual({ text, problems });
  });

  it('does not take T12 for T1', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ token: `⟦T${i + 1}⟧`, term: { zh: `词${i + 1}`, en: `term ${i + 1}` } }));
    expect(restoreTerms('⟦T12⟧', many).text).toBe('term 12');
    expect(restoreTerms('⟦T12⟧', many).problems).toHaveLength(11);
  });
});
