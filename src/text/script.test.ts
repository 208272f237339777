import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectScript, mayChange, toSimplified, toTraditional } from './script.js';

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

describe('toSimplified, skipping text no replacement can match', () => {
  const full = OpenCC.Converter({ from: 't', to: 'cn' });
  // Characters of the dictionaries (Traditional, Simplified, the two halves of phrases), common
  // Simplified text, punctuation, Latin and astral characters.
  const pool = [...new Set([...'精準扶貧脫貧攻堅戰實現兩不愁三保障乾隆乾燥乾淨干涉瞭解了解著名着急藉口借口覆蓋復蓋沈陽沉默彷彿仿佛後來后来於是于是無為无为別人么麼一伙夥計裏面里面𠀀𪚥「」，。、ABC 12%'])];
  const text = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((cs) => cs.join(''));

  it('gives what opencc’s full conversion gives, for any mix of those characters', () => {
    fc.assert(fc.property(text, (s) => toSimplified(s) === full(s)), { numRuns: 3000 });
  });

  it.each(['精准扶贫，脱贫攻坚', '他说：“这是可耻的。”', '乾隆年间', '沈阳'])('%s: the fast path agrees with the conversion', (s) => {
    expect([mayChange(s) || full(s) === s, toSimplified(s)]).toEqual([true, full(s)]);
  });
});
