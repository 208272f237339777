import { insideDamage } from './repair-mojibake.js';
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
/** Characters of context either side of the annotated character in repairs.txt. */
const WIDTH = 3;

/**
 * Removes pinyin annotations outside ⟦…⟧ damage. Each removal is logged with the line before
 * and the line after every annotation on it is gone, so the after-text reads as zh.md does.
 */
export function removePinyinAnnotations(line: SourceLine, log: RepairLog): SourceLine {
  const found = [...line.text.matchAll(TONED_ANNOTATION)].filter((m) => isAnnotation(line.text, m));
  if (found.length === 0) return line;
  let text = '';
  let from = 0;
  const kept: number[] = [];
  for (const m of found) {
    text += line.text.slice(from, m.index);
    kept.push(text.length);
    from = m.index + m[0].length;
  }
  text += line.text.slice(from);
  found.forEach((m, k) => {
    const before = excerpt(line.text, m.index - 1, m.index + m[0].length, WIDTH);
    log.repairAt('ingest/pinyin-annotation', line.no, `removed pinyin annotation ${m[0]}`, before, { text, start: kept[k]! - 1, end: kept[k]!, width: WIDTH });
  });
  return { no: line.no, text };
}

function isAnnotation(text: string, m: RegExpMatchArray & { index: number }): boolean {
  if (insideDamage(text, m.index)) return false;
  const syllable = m[1]!;
  if (HAS_TONE.test(syllable)) return true;
  return HAN_BEFORE.test(text.slice(0, m.index)) && isPlausibleToneless(syllable);
}

/** Neutral-tone syllables that annotators write without a mark (的 de, 了 le, 么 me …). */
function isPlausibleToneless(syllable: string): boolean {
  return /^(de|le|me|ne|ma|ba|zi|men|zhe|li|ge|er|tou|shang|xia)$/.test(syllable);
}
