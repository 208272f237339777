import { describe, expect, it } from 'vitest';
import type { TranslationUnit, UnitState } from '../../model/unit.js';
import { segmentBase } from '../../stages/render/bilingual-edition.js';
import { segmentKey } from '../../text/segment-key.js';
import { decideSegment } from './decide-segment.js';
import type { EditedSegment } from './parse-bilingual-edition.js';

const SOURCE = '房县是国家重点贫困县、全省深度贫困县。';
const ENGLISH = 'Fang County is a key county for national poverty alleviation.';

function current(state: UnitState, target = ENGLISH, origin = 'mt:openai') {
  const unit: TranslationUnit = {
    id: '6b494f5b29', key: segmentKey(SOURCE), source: SOURCE, kind: 'sentence', state, notes: [],
    location: { report: 'fang', file: 'corpus/fang/zh.md', line: 5, paragraph: 3, index: 0 },
    ...(state === 'empty' ? {} : { target, origin }),
  };
  return { unit, status: state === 'empty' ? 'missing' : state, english: state === 'empty' ? '' : target };
}

/** The reviewer's version, with the base hash of what the build wrote (`built`). */
function edited(status: string, english: string, built?: [string, string]): EditedSegment {
  return { id: '6b494f5b29', status, english, chinese: SOURCE, line: 12, ...(built ? { base: segmentBase(...built) } : {}) };
}

describe('decideSegment', () => {
  it.each([
    ['an untouched segment', edited('translated', ENGLISH, ['translated', ENGLISH]), current('translated'), undefined],
    ['a segment changed only in the memory since the build', edited('translated', ENGLISH, ['translated', ENGLISH]), current('approved', 'Newer.'), undefined],
    ['the same change made in both places', edited('reviewed', ENGLISH, ['translated', ENGLISH]), current('reviewed'), undefined],
    ['a draft edited and synced once already (same English both sides)', edited('draft', 'Edited.', ['draft', ENGLISH]), current('translated', 'Edited.', 'manual'), undefined],
    ['a missing segment translated and synced once already', edited('missing', 'Edited.', ['missing', '']), current('translated', 'Edited.', 'manual'), undefined],
    ['the same English marked reviewed here, approved in the memory since', edited('reviewed', ENGLISH, ['translated', ENGLISH]), current('approved'), undefined],
    ['a line-wrapped but unchanged English', edited('translated', ENGLISH), current('translated', ENGLISH.replace(' for ', '\nfor ')), undefined],
  ])('does nothing for %s', (_name, segment, now, expected) => {
    expect(decideSegment(segment, now)).toEqual(expected ?? {});
  });

  it.each<[string, EditedSegment, ReturnType<typeof current>, UnitState, string, boolean]>([
    ['edited English of a machine draft', edited('draft', 'Fang County is a key poor county.', ['draft', ENGLISH]), current('draft'), 'translated', 'manual', true],
    ['accepting a draft as it is', edited('translated', ENGLISH, ['draft', ENGLISH]), current('draft'), 'translated', 'mt:openai', false],
    ['a translation of a missing segment', edited('missing', '2021-12-15', ['missing', '']), current('empty'), 'translated', 'manual', true],
    ['marking a translation reviewed', edited('reviewed', ENGLISH, ['translated', ENGLISH]), current('translated', ENGLISH, 'manual'), 'reviewed', 'manual', false],
    ['editing an approved segment (it stays approved)', edited('approved', 'Fang County: a key poor county.', ['approved', ENGLISH]), current('approved'), 'approved', 'manual', true],
    ['approving English the memory got from elsewhere since the build', edited('approved', 'Edited.', ['draft', ENGLISH]), current('translated', 'Edited.', 'manual'), 'approved', 'manual', false],
  ])('stores %s', (_name, segment, now, state, origin, englishChanged) => {
    const { change, conflict } = decideSegment(segment, now);
    expect(conflict).toBeUndefined();
    expect(change).toMatchObject({ to: { state, english: segment.english, origin }, englishChanged, from: { status: now.status } });
  });

  it.each([
    ['a status word nobody knows', edited('done', ENGLISH, ['translated', ENGLISH]), current('translated'), /unknown status "done"/],
    ['a reviewer writing draft', edited('draft', ENGLISH, ['translated', ENGLISH]), current('translated'), /"draft" is refused/],
    ['lowering approved to translated', edited('translated', ENGLISH, ['approved', ENGLISH]), current('approved'), /would lower approved to translated/],
    ['deleting a human translation', edited('translated', '', ['translated', ENGLISH]), current('translated'), /sync never deletes a translation/],
    ['reviewed without English', edited('reviewed', '', ['missing', '']), current('empty'), /marked reviewed but there is no English/],
    ['an edit of a segment the memory changed since', edited('translated', 'Mine.', ['translated', ENGLISH]), current('reviewed', 'Theirs.'), /changed both here and in the memory .*reviewed: "Theirs\."/],
  ])('refuses %s', (_name, segment, now, message) => {
    const decision = decideSegment(segment, now);
    expect(decision.change).toBeUndefined();
    expect(decision.conflict).toMatch(message);
  });
});
