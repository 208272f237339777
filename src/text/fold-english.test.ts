import { describe, expect, it } from 'vitest';
import { foldEnglish } from './fold-english.js';

describe('foldEnglish', () => {
  it.each([
    ['Poverty‐Relief', 'poverty-relief'],
    ['“Two Assurances”', '"two assurances"'],
    ['China’s county–level', "china's county-level"],
    ['«Made in China»', '"made in china"'],
  ])('%s → %s', (input, expected) => {
    expect(foldEnglish(input)).toBe(expected);
    expect(foldEnglish(input)).toHaveLength(input.length);
  });
});
