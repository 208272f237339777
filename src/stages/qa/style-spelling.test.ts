import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { styleSpelling } from './style-spelling.js';
import { houseForm, toHouseSpelling } from './spelling-variants.js';
import { describe, expect, it } from 'vitest';

testRule(styleSpelling, {
  valid: [
    { source: '组织开展培训。', target: 'It organized training and modernized the village center.' },
    { source: '组织开展培训。', target: 'It organized a program of labor.', name: 'en-US by default' },
    { source: '组织开展培训。', target: 'It organized a programme of labour in the centre.', context: { spelling: 'en-GB' }, name: 'en-GB accepts British with -ize (Oxford)' },
    { source: '起草报告。', target: 'It drafted a report and checked the meter.', context: { spelling: 'en-GB' }, name: 'en-GB: words right in both varieties with another sense' },
  ],
  invalid: [
    { source: '组织开展培训。', target: 'It organised a programme of labour.', count: 3, expected: 'organized' },
    { source: '中心。', target: 'The Party Building Centre and its centre.', count: 2, expected: 'Center', name: 'each spelling once per segment, case kept' },
    { source: '组织开展培训。', target: 'It organized a meeting at the center on color.', context: { spelling: 'en-GB' }, count: 2, expected: 'centre' },
    { source: '分析。', target: 'They analyzed the color.', context: { spelling: 'en-GB' }, count: 2, expected: 'analysed', name: 'en-GB flags -yze (not an Oxford form)' },
  ],
});

describe('toHouseSpelling', () => {
  it.each([
    ['en-US', 'The Centre organised a Programme; LABOUR favours honour.', 'The Center organized a Program; LABOR favors honor.'],
    ['en-GB', 'The center organized a program of labor and color.', 'The centre organized a program of labour and colour.'],
    ['en-US', "Qin County's poverty alleviation", "Qin County's poverty alleviation"],
    ['en-US', 'see programmes.yaml and glossary/programmes.yaml; the programme.', 'see programmes.yaml and glossary/programmes.yaml; the program.'],
  ] as const)('%s: %s', (spelling, text, expected) => {
    expect(toHouseSpelling(text, spelling)).toBe(expected);
  });

  it('leaves words outside the list alone', () => {
    expect(houseForm('County', 'en-US')).toBeUndefined();
    expect(houseForm('organize', 'en-GB')).toBeUndefined();
  });
});
