import { dropLine, type LineRecogniser } from './line-furniture.js';

const ROLES = '责任编辑|責任編輯|责编|責編|编校|編校|设计|設計|排版|编辑|編輯|审核|審核|审校|審校|校对|校對|终审|終審|初审|初審|复审|復審|美编|美編|监制|監製|签发|簽發|值班编辑|值班編輯';
const FIELD = new RegExp(`^[（(【\\[]?(?:${ROLES})[ \\u3000]*[：:][^。！？]{0,20}$`, 'u');
const CHAIN = new RegExp(`(?:${ROLES})[ \\u3000]*[：:]`, 'gu');

/**
 * The editors' credits a web page or a newspaper prints at the end: 责任编辑：某某, 编辑：某某 审核：某某,
 * （责任编辑：某某）. They name who handled the page, not who wrote the report.
 */
export const webEditorCredit: LineRecogniser = {
  cls: 'web-editor-credit',
  recognise(text) {
    const trimmed = text.trim();
    if (!FIELD.test(trimmed)) return undefined;
    const fields = trimmed.match(CHAIN) ?? [];
    // Each field's value is a name or two, so a line of n fields stays short.
    if ([...trimmed].length > 16 * fields.length + 4) return undefined;
    return dropLine(this.cls, "editors' credit line");
  },
};
