import { dropLine, type LineRecogniser } from './line-furniture.js';

const FOOTER = /^(?:版权所有|版權所有|Copyright|©|主办单位|主辦單位|主办|主辦|承办单位|承办|承辦|技术支持|技術支持|网站标识码|網站標識碼|联系我们|聯繫我們|网站地图|網站地圖|ICP备|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP备|[\p{Script=Han}]{0,4}公网安备)/iu;
const SITE = /^[\p{Script=Han}]{2,20}(?:人民政府门户网站|人民政府網站|人民政府网站|政府门户网站|政府網站|政府网|门户网站|新闻网|新聞網)$/u;

/**
 * Page footers and site names: 版权所有/主办单位/ICP备 lines, and a line that is only the site's name
 * (某某县人民政府门户网站) — a site name is never the report's title.
 */
export const webFooter: LineRecogniser = {
  cls: 'web-footer',
  recognise(text) {
    const trimmed = text.trim();
    if (FOOTER.test(trimmed) && [...trimmed].length <= 120) return dropLine(this.cls, 'page footer (copyright, publisher, registration)');
    if (SITE.test(trimmed)) return dropLine(this.cls, 'name of the web site, not of the report');
    return undefined;
  },
};
