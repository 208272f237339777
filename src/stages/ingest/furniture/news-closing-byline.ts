import { NAME, type LineRecogniser } from './line-furniture.js';

const NAMES = `(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)?[ \\u3000]*${NAME}(?:[、 \\u3000]+${NAME}){0,3})`;
const ALONE = new RegExp(`^[（(]${NAMES}[）)]$`, 'u');
const GLUED = new RegExp(`^(.*[。！？”])[ \\u3000]*([（(]${NAMES}[）)])$`, 'u');
const NOT_NAMES = /^[（(](?:完|待续|待續|续|續|上|下|试行|試行|草案|节选|節選|摘编|摘編|有删节|有刪節|图|圖|一|二|三)[）)]$/u;

/**
 * A newspaper story ends with its writers in parentheses: （某某） or （本报记者 某某 某某）, alone on
 * the last lines or glued after the final sentence. Either way it becomes a byline of its own.
 */
export const newsClosingByline: LineRecogniser = {
  cls: 'news-closing-byline',
  recognise(text, context) {
    const trimmed = text.trim();
    if (context.index < context.count - 4) return undefined;
    if (ALONE.test(trimmed) && !NOT_NAMES.test(trimmed)) {
      return { cls: this.cls, why: 'closing byline in parentheses', keep: [{ text: trimmed, role: 'byline' }] };
    }
    const glued = GLUED.exec(trimmed);
    if (!glued || NOT_NAMES.test(glued[2]!) || [...glued[1]!].length < 12) return undefined;
    return { cls: this.cls, why: 'closing byline in parentheses split from the last sentence', keep: [{ text: glued[1]! }, { text: glued[2]!, role: 'byline' }] };
  },
};
