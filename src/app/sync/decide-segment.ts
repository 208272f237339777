import { isHumanState, stateRank, wouldDowngrade, type TranslationUnit, type UnitState } from '../../model/unit.js';
import { normaliseEnglish, segmentBase } from '../../stages/render/bilingual-edition.js';
import type { EditedSegment } from './parse-bilingual-edition.js';
import { clip } from './sync-conflict.js';

/** One segment whose English or state a reviewer changed. */
export interface SyncChange {
  file: string;
  line: number;
  report: string;
  id: string;
  key: string;
  source: string;
  from: { status: string; english: string };
  to: { state: UnitState; english: string; origin: string };
  englishChanged: boolean;
  /** The reviewer's translator's note when they changed it ('' removes it); absent when untouched. */
  footnote?: string;
}

/** The segment as the memory has it now. */
export interface CurrentSegment {
  unit: TranslationUnit;
  status: string;
  english: string;
}

export interface SegmentDecision {
  change?: Omit<SyncChange, 'file' | 'line' | 'report'>;
  conflict?: string;
}

const REVIEWER_STATES: UnitState[] = ['translated', 'reviewed', 'approved'];
const KNOWN_WORDS = ['missing', 'fuzzy', 'draft', ...REVIEWER_STATES];

/** A reviewer's status word that is a human state above the memory's. */
function raisesState(word: string, state: UnitState): boolean {
  return REVIEWER_STATES.includes(word as UnitState) && stateRank(word as UnitState) > stateRank(state);
}

/**
 * What a reviewer's version of one segment means. The build-time base hash tells an edit in the
 * file from a change made in the memory since the build: untouched segments are skipped, a segment
 * changed in both places is a conflict unless both now hold the same English (then only a raised
 * state is applied). A reviewer never lowers a human state and never writes
 * `draft`; changed English is `translated` unless the reviewer wrote a higher status.
 */
export function decideSegment(segment: EditedSegment, current: CurrentSegment): SegmentDecision {
  const edited = segmentBase(segment.status, segment.english);
  const now = segmentBase(current.status, current.english);
  if (edited === now) return {};
  if (segment.base !== undefined && edited === segment.base) return {};
  const word = segment.status;
  const unit = current.unit;
  if (segment.base !== undefined && now !== segment.base) {
    if (segment.english !== normaliseEnglish(current.english)) {
      return { conflict: `changed both here and in the memory since the edition was built (the memory now has ${current.status}: "${clip(current.english, 40)}"). Keep a copy of your edit, run duizhao build, and re-apply it.` };
    }
    // Both hold the same English (say, a second sync before a build): a no-op, unless the reviewer raised the state.
    if (segment.english && !raisesState(word, unit.state)) return {};
  }
  if (!KNOWN_WORDS.includes(word)) return { conflict: `unknown status "${word}": write translated, reviewed or approved.` };
  if (word === 'draft' && current.status !== 'draft') return { conflict: 'status "draft" is refused: drafts are machine output. Write translated, reviewed or approved.' };
  if (!segment.english) {
    if (isHumanState(unit.state)) return { conflict: 'the English is empty: sync never deletes a translation. Restore it (git diff shows it).' };
    if (REVIEWER_STATES.includes(word as UnitState)) return { conflict: `marked ${word} but there is no English under the quote.` };
    return {};
  }
  const humanWord = REVIEWER_STATES.includes(word as UnitState) ? (word as UnitState) : undefined;
  if (humanWord && wouldDowngrade(unit.state, humanWord)) {
    return { conflict: `would lower ${unit.state} to ${humanWord}: a human state is never downgraded. Write ${unit.state} (or higher) to keep your English.` };
  }
  const englishChanged = segment.english !== normaliseEnglish(current.english);
  const state = humanWord ?? 'translated';
  if (!englishChanged && state === unit.state) return {};
  return { change: segmentChange(current, { state, english: segment.english, origin: englishChanged || !unit.origin ? 'manual' : unit.origin }, englishChanged) };
}

/** The change sync writes for a segment: what the memory held (`from`) and what it will hold (`to`). */
export function segmentChange(current: CurrentSegment, to: SyncChange['to'], englishChanged: boolean): NonNullable<SegmentDecision['change']> {
  const { unit } = current;
  return { id: unit.id, key: unit.key, source: unit.source, from: { status: current.status, english: current.english }, to, englishChanged };
}
