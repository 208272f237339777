import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from './script.js';

describe('script', () => {
  it('converts between Traditional and Simplified', () => {
    expect(toSimplified('精準扶貧，脫貧攻堅')).toBe('精准扶贫，脱贫攻坚');
    expect(toTraditional('精准扶贫')).toBe('精準扶貧');
  });

  it.each([
    ['打赢脱贫攻坚战，实现两不愁三保障。', 'Hans'],
    ['打贏脫貧攻堅戰，實現兩不愁三保障。', 'Hant'],
    ['GDP 3.5%', 'Hans'],
  ] as const)('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
