import { describe, expect, it } from 'vitest';
import { endCost, endCosts, unitEnd, unitEnds } from './unit-ends.js';

describe('unit ends: where a unit stops', () => {
  it.each([
    ['神称光为昼，称暗为夜。', 1], ['他说：“我来了。”', 1], ['你是谁？', 1], ['赫人回答亚伯拉罕说，', -1], ['其一；', -1],
    ['And the fourth river is Euphrates.', 1], ['saying unto him,', -1], ['in whose land I dwell:', -1], ['He said (so).', 1],
    ['“Who told thee?”', 1], ['Headline without a stop', 0], ['中国扶贫', 0], ['And then...', 0],
  ])('%s ends %i', (text, end) => {
    expect(unitEnd(text)).toBe(end);
  });

  it('costs a pair of ends by how much rarer than chance it is at the ends of 1:1 beads of this text', () => {
    // Ten 1:1 beads: eight end on stops, one on a comma on both sides, one on a colon against a full stop.
    const zh = unitEnds([...Array<string>(8).fill('好。'), '他说，', '完了。']);
    const en = unitEnds([...Array<string>(8).fill('Good.'), 'he said,', 'it was so:']);
    const ends = endCosts(zh, en, Array.from({ length: 10 }, (_, k) => [k, k] as const), 1);
    expect(endCost(ends, 0, 0)).toBe(0);
    // A comma against a stop: never seen, 1 × 8 / 10 expected by chance, so it costs ln((0.8 + 1) / (0 + 1)).
    expect(endCost(ends, 8, 0)).toBeCloseTo(Math.log(1.8), 6);
    // A stop against a colon: seen once, 9 × 2 / 10 expected: ln(2.8 / 2).
    expect(endCost(ends, 9, 9)).toBeCloseTo(Math.log(1.4), 6);
    // Both run on: seen more often than chance, no cost.
    expect(endCost(ends, 8, 8)).toBe(0);
  });
});
