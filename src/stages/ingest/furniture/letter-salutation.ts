import type { LineRecogniser } from './line-furniture.js';

const SALUTATION = /^(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)?[\p{Script=Han}]{0,12}(?:编辑部|編輯部|编辑同志|編輯同志|编辑老师|編輯老師|同志们|同志們|领导|領導|各位[\p{Script=Han}]{1,6}|朋友们|朋友們|乡亲们|鄉親們)[：:]$/u;

/** A letter's salutation (编辑部：, 尊敬的县委领导：) is a block of its own, never a heading or a lead-in. */
export const letterSalutation: LineRecogniser = {
  cls: 'letter-salutation',
  recognise(text) {
    const trimmed = text.trim();
    if (!SALUTATION.test(trimmed)) return undefined;
    return { cls: this.cls, why: 'salutation of a letter', keep: [{ text: trimmed, role: 'paragraph' }] };
  },
};
