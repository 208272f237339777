import { describe, expect, it } from 'vitest';
import { matchCase, replaceRendering } from './apply-glossary-change.js';

describe('replaceRendering', () => {
  it.each([
    ['Qin County pursued targeted poverty alleviation.', 'Qin County pursued targeted poverty reduction.'],
    ['Targeted poverty alleviation began in 2013.', 'Targeted poverty reduction began in 2013.'],
    ['the Targeted Poverty Alleviation strategy', 'the Targeted Poverty Reduction strategy'],
    ['TARGETED POVERTY ALLEVIATION', 'TARGETED POVERTY REDUCTION'],
    ['non-targeted poverty alleviationism', 'non-targeted poverty alleviationism'],
  ])('%s', (text, expected) => {
    expect(replaceRendering(text, 'targeted poverty alleviation', 'targeted poverty reduction')).toBe(expected);
  });

  it('keeps the case of the new rendering when the old one was lower case', () => {
    expect(matchCase('qin county', 'Qin County')).toBe('Qin County');
  });
});
