import { describe, expect, it } from 'vitest';
import { random, splitClauses } from '../../bench/lib/perturb-lines.js';

// The Bible-shaped tuning set (bench/lib/align-sets.ts clauseSplitSet) is only as honest as its gold.
describe('splitClauses (Bible-shaped tuning set)', () => {
  it('cuts Chinese lines after ；and ：, English lines only when their Chinese was not cut', () => {
    const made = splitClauses(
      ['他说：我们要把扶贫工作做好。', '会议强调；要巩固脱贫成果。', '比分是6：2，中国队领先。'],
      ['He said: we must do poverty relief well.', 'The meeting stressed; gains must hold.', 'The score was 6:2; China led.'],
      random(7),
      0,
    );
    expect(made.z).toEqual(['他说：', '我们要把扶贫工作做好。', '会议强调；', '要巩固脱贫成果。', '比分是6：2，中国队领先。']);
    expect(made.e).toEqual(['He said: we must do poverty relief well.', 'The meeting stressed; gains must hold.', 'The score was 6:2;', 'China led.']);
    expect(made.gold).toEqual([{ zh: [0, 1], en: [0] }, { zh: [2, 3], en: [1] }, { zh: [4], en: [2, 3] }]);
  });

  it('cuts at a comma only by the seeded rate, never leaving a tail under four characters', () => {
    const line = '当地时间9月30日，印尼中苏拉威西巴鲁市，一栋酒店坍塌，救援开始。';
    expect(splitClauses([line], ['x'], random(7), 1).z).toEqual(['当地时间9月30日，', '印尼中苏拉威西巴鲁市，', '一栋酒店坍塌，', '救援开始。']);
    expect(splitClauses([line], ['x'], random(7), 0).z).toEqual([line]);
    expect(splitClauses(['好的，是。'], ['x'], random(7), 1).z).toEqual(['好的，是。']);
  });
});
