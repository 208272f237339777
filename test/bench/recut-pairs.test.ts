import { describe, expect, it } from 'vitest';
import { random, recutPairs } from '../../bench/lib/perturb-lines.js';

/** A generator that replays the given draws (rate, side, direction …). */
const draws = (xs: number[]): (() => number) => {
  let k = 0;
  return () => xs[k++ % xs.length]!;
};

describe('recutPairs (tuning set with real 2:2 beads)', () => {
  it('moves the last Chinese clause of a line to the head of the next, its stop taking the clause mark\'s place', () => {
    const made = recutPairs(['他昨天来了，坐在门口等我。', '我们都很高兴。'], ['He came yesterday and sat at the door.', 'We were all glad.'], draws([0, 0, 0]), 1);
    expect(made.z).toEqual(['他昨天来了。', '坐在门口等我，我们都很高兴。']);
    expect(made.e).toEqual(['He came yesterday and sat at the door.', 'We were all glad.']);
    expect(made.gold).toEqual([{ zh: [0, 1], en: [0, 1] }]);
  });

  it('moves the first English clause of a line to the tail of the previous one', () => {
    const made = recutPairs(['他昨天来了。', '坐在门口，我们都很高兴。'], ['He came yesterday.', 'Sitting at the door, we were all glad.'], draws([0, 0.9, 0.9]), 1);
    expect(made.e).toEqual(['He came yesterday, sitting at the door.', 'We were all glad.']);
    expect(made.gold).toEqual([{ zh: [0, 1], en: [0, 1] }]);
  });

  it('leaves a pair whole when no cut keeps 4 characters on each side, and keeps the rest 1:1', () => {
    const made = recutPairs(['好的，是。', '走吧。', '再见。'], ['Fine, yes.', 'Go.', 'Bye.'], draws([0, 0, 0]), 1);
    expect(made.z).toEqual(['好的，是。', '走吧。', '再见。']);
    expect(made.gold).toEqual([{ zh: [0], en: [0] }, { zh: [1], en: [1] }, { zh: [2], en: [2] }]);
  });

  it('re-cuts about the given share of pairs, every gold bead covering both sides in order', () => {
    const z = Array.from({ length: 400 }, (_, k) => `第${k}行的前半句，第${k}行的后半句。`);
    const e = Array.from({ length: 400 }, (_, k) => `The first half of line ${k}, and its second half.`);
    const made = recutPairs(z, e, random(11), 0.1);
    const twoTwo = made.gold.filter((b) => b.zh.length === 2).length;
    expect(twoTwo).toBeGreaterThan(20);
    expect(twoTwo).toBeLessThan(50);
    expect(made.gold.flatMap((b) => b.zh)).toEqual(z.map((_, k) => k));
    expect(made.gold.flatMap((b) => b.en)).toEqual(e.map((_, k) => k));
  });
});
