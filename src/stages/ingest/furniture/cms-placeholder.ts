import { dropLine, type FurnitureDecision, type LineRecogniser } from './line-furniture.js';

const TITLE_LABELS = '标题|標題';
const BODY_LABELS = '副标题|副標題|引题|引題|正文|正文内容|正文內容|内容|內容|摘要|内容摘要|內容摘要|导语|導語';
const PLACEHOLDER = new RegExp(`^[【\\[<]?(?:${TITLE_LABELS}|${BODY_LABELS})[】\\]>]?\\s*[：:]?$`, 'u');
/**
 * A label with its field's text after it on the same line (`标题：…`, `正文：…`): the label goes, the
 * text stays. Only labels no writer puts in front of their own text: 摘要：/导语： open a paper's
 * abstract or a news lead and are kept as written.
 */
const LABELLED = new RegExp(`^[【\\[]?(${TITLE_LABELS}|正文|正文内容|正文內容)[】\\]]?\\s*[：:]\\s*(\\S.*)$`, 'u');

/**
 * Field labels of a CMS export: alone on a line (标题, 正文, 摘要, with or without a colon or
 * brackets) they are dropped; in front of their field's text the label goes and the text stays —
 * a 标题 field near the top is the headline, and evidence for the title.
 */
export const cmsPlaceholder: LineRecogniser = {
  cls: 'cms-placeholder',
  recognise(text, context) {
    const trimmed = text.trim();
    if (PLACEHOLDER.test(trimmed)) return dropLine(this.cls, 'field label of a CMS export, alone on its line');
    const labelled = LABELLED.exec(trimmed);
    return labelled ? labelledField(this.cls, labelled[1]!, labelled[2]!.trim(), context.index) : undefined;
  },
};

function labelledField(cls: string, label: string, value: string, index: number): FurnitureDecision | undefined {
  const isTitle = new RegExp(`^(?:${TITLE_LABELS})$`, 'u').test(label);
  if (isTitle && index > 2) return undefined; // "标题：" deep in running text is the writer's, not the CMS's
  const why = `CMS field label ${label}： dropped, its text kept`;
  if (isTitle) return { cls, why, keep: [{ text: value, role: 'title' }], titleEvidence: value };
  return { cls, why, keep: [{ text: value }] };
}
