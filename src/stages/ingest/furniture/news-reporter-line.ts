import { GAP, NAME, type LineRecogniser } from './line-furniture.js';

const ROLE = '(?:\\p{Script=Han}{0,8}?(?:特约|特約|实习|實習|首席)?(?:记者|記者|通讯员|通訊員|撰稿|撰文)|作者|文字|图/文|圖/文|图文|圖文|文/图|文/圖|文)';
const FIELD = `${ROLE}${GAP}*[：:／/]?${GAP}*(?:${ROLE}${GAP}*)?${NAME}(?:[${'、'} \\u3000]+${NAME})*`;
const PLACE = `(?:${GAP}+\\p{Script=Han}{2,8}(?:报道|報道|电|電|发|發))?`;
const LINE = new RegExp(`^[（(]?${FIELD}(?:${GAP}+${FIELD})*${PLACE}[）)]?$`, 'u');

/**
 * Reporter and correspondent lines: 本报记者 某某 通讯员 某某, 新华社记者 某某 某某, 本報記者 某某 清遠報道,
 * 作者：某某. A byline,
 * whatever its position. (The same words inside a 本报讯（记者 某某）… opening stay in the paragraph.)
 */
export const newsReporterLine: LineRecogniser = {
  cls: 'news-reporter-line',
  recognise(text) {
    const trimmed = text.trim();
    if (trimmed.length > 60 || !LINE.test(trimmed)) return undefined;
    return { cls: this.cls, why: 'reporter line', keep: [{ text: trimmed, role: 'byline' }] };
  },
};
