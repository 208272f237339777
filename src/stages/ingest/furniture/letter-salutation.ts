import type { LineRecogniser } from './line-furniture.js';

const SALUTATION = /^(?:(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)[^：:。，]{1,30}|[\p{Script=Han}、，]{0,40}(?:编辑部|編輯部|编辑同志|編輯同志|编辑老师|編輯老師|同志们|同志們|各位[\p{Script=Han}]{1,6}|朋友们|朋友們|乡亲们|鄉親們))[：:]$/u;

const CLOSING = /^(?:此致|此致敬礼|此致敬禮|敬礼|敬禮)[！!]?$/u;
const SIGNATURE = /^[\p{Script=Han}]{0,16}(?:村民|居民|读者|讀者|群众|群眾|职工|職工|学生|學生|农民|農民|党员|黨員)[ \u3000]+[\p{Script=Han}·]{2,4}$/u;

/**
 * The conventions of a letter: the salutation (编辑部：, 主任、各位委员：) and the closing (此致 / 敬礼！)
 * are blocks of their own, never headings or lead-ins; a signature (龙井村村民 某某) at the end is a byline.
 */
export const letterSalutation: LineRecogniser = {
  cls: 'letter-salutation',
  recognise(text, context) {
    const trimmed = text.trim();
    if (SALUTATION.test(trimmed)) return { cls: this.cls, why: 'salutation of a letter or address', keep: [{ text: trimmed, role: 'paragraph' }] };
    if (CLOSING.test(trimmed)) return { cls: this.cls, why: 'closing formula of a letter', keep: [{ text: trimmed, role: 'paragraph' }] };
    if (SIGNATURE.test(trimmed) && context.index >= context.count - 3) return { cls: this.cls, why: 'signature of a letter', keep: [{ text: trimmed, role: 'byline' }] };
    return undefined;
  },
};
