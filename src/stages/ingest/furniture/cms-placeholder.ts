import { dropLine, type LineRecogniser } from './line-furniture.js';

const PLACEHOLDER = /^[【\[<]?(?:标题|標題|副标题|副標題|引题|引題|正文|正文内容|正文內容|内容|內容|摘要|内容摘要|內容摘要|导语|導語)[】\]>]?\s*[：:]?$/u;

/** Field labels of a CMS export left alone on a line: 标题, 正文, 摘要 (with or without a colon or brackets). */
export const cmsPlaceholder: LineRecogniser = {
  cls: 'cms-placeholder',
  recognise(text) {
    return PLACEHOLDER.test(text.trim()) ? dropLine(this.cls, 'field label of a CMS export, alone on its line') : undefined;
  },
};
