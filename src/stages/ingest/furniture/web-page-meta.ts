import { dropLine, type LineRecogniser } from './line-furniture.js';

/** Labels of the article-information line a CMS prints under the headline. */
const LABELS = '信息来源|文章来源|来源|來源|发布时间|發佈時間|發布時間|发布日期|發布日期|更新时间|更新時間|时间|時間|日期|浏览次数|瀏覽次數|浏览量|點擊數|点击数|点击量|阅读次数|阅读量|阅读|访问量|访问次数|字号|字號|字体|字體|发布机构|發布機構|发布者|发布人|索引号|文号|公开日期|公開日期|成文日期|有效性|主题分类|主題分類|录入|錄入|录入者|作者';
const FIELD = new RegExp(`[【\\[]?(${LABELS})[】\\]]?\\s*[：:]`, 'gu');
const LEADING_DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/u;

/**
 * The article-information line of a web page: 来源/发布时间/浏览次数/字号 (and friends) in any order
 * and spacing, `【字号：大 中 小】` included. The whole line is furniture, except an author field,
 * which is the report's byline and is kept as one.
 */
export const webPageMeta: LineRecogniser = {
  cls: 'web-page-meta',
  recognise(text) {
    const trimmed = text.trim();
    const rest = trimmed.replace(LEADING_DATE, '');
    const fields = [...rest.matchAll(FIELD)];
    if (fields.length === 0 || fields[0]!.index! > 1) return undefined;
    const values = fields.map((f, k) => ({
      label: f[1]!,
      value: rest.slice(f.index! + f[0].length, fields[k + 1]?.index ?? rest.length).replace(/[】\]|｜丨\s]+$/u, '').trim(),
    }));
    // A sentence that happens to open with 来源： is not a field line: field values are short.
    // A field value holding another label (时间：… 地点：…) is a notice's content, not page furniture.
    if (values.some((v) => [...v.value].length > 30 || /[。！？]$/u.test(v.value) || /：|(?<!\d):|:(?!\d)/u.test(v.value))) return undefined;
    if (fields.length === 1 && !/来源|來源|发布|發布|发布|浏览|瀏覽|点击|點擊|阅读次数|阅读量|访问|字号|字號|字体|字體|录入|錄入|更新时间|更新時間/u.test(values[0]!.label)) {
      return undefined;
    }
    const author = values.find((v) => v.label === '作者' && v.value !== '');
    if (author && values.length === 1) return undefined;
    if (author) return { cls: this.cls, why: 'article information line (source, date, views, font size); the author is kept as the byline', keep: [{ text: `作者：${author.value}`, role: 'byline' }] };
    return dropLine(this.cls, 'article information line (source, date, views, font size)');
  },
};
