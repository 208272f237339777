import { mapOutsideDamage } from './repair-mojibake.js';
import { excerpt, type RepairLog, type SourceLine } from './source-line.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `[a-zü${TONED}]{1,7}`;
/**
 * A pinyin annotation after a character, e.g. 鄉(xiāng) or 產(chǎn)業(yè). Toned syllables are removed
 * after any character (they also trail mojibake); toneless ones only after a Han character, so
 * genuine parentheses such as (试行) or (2021年) or (a) are kept.
 */
const TONED_ANNOTATION = new RegExp(`[(（](${SYLLABLE})[)）]`, 'gu');
const HAS_TONE = new RegExp(`[${TONED}]`, 'u');
const HAN_BEFORE = /\p{Script=Han}$/u;

export function removePinyinAnnotations(line: SourceLine, log: RepairLog): SourceLine {
  let removed = 0;
  const text = mapOutsideDamage(line.text, (part) => part.replace(TONED_ANNOTATION, (match, syllable: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    if (!HAS_TONE.test(syllable) && !HAN_BEFORE.test(before)) return match;
    if (!HAS_TONE.test(syllable) && !isPlausibleToneless(syllable)) return match;
    removed++;
    log.repair(
      'ingest/pinyin-annotation',
      line.no,
      `removed pinyin annotation ${match}`,
      excerpt(whole, offset - 1, offset + match.length, 3),
      excerpt(whole, offset - 1, offset, 3) + whole.slice(offset + match.length, offset + match.length + 3),
    );
    return '';
  }));
  return removed > 0 ? { no: line.no, text } : line;
}

/** Neutral-tone syllables that annotators write without a mark (的 de, 了 le, 么 me …). */
function isPlausibleToneless(syllable: string): boolean {
  return /^(de|le|me|ne|ma|ba|zi|men|zhe|li|ge|er|tou|shang|xia)$/.test(syllable);
}
