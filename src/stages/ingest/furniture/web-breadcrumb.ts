import { dropLine, type LineRecogniser } from './line-furniture.js';

const LABEL = /^[【\[]?(?:当前位置|當前位置|您现在的位置|您現在的位置|您的位置|你的位置|你现在的位置|所在位置|现在位置|位置)[】\]]?\s*[：:]/u;
const HOME = /^(?:网站首页|網站首頁|首页|首頁|主页|主頁|Home)$/iu;
const SEPARATOR = /\s*(?:>>|»|＞＞|>|＞|›|→|\/)\s*/u;

/**
 * Web breadcrumbs: `当前位置：首页 > 新闻 >> 正文`, `您现在的位置：…`, or a bare trail that starts
 * at the home page (`首页 > 乡村振兴 > 工作动态`). A trail is short and every step is a short label.
 */
export const webBreadcrumb: LineRecogniser = {
  cls: 'web-breadcrumb',
  recognise(text) {
    const trimmed = text.trim();
    if (LABEL.test(trimmed) && [...trimmed].length <= 80) return dropLine(this.cls, 'breadcrumb (site navigation)');
    const steps = trimmed.split(SEPARATOR).filter((s) => s !== '');
    if (steps.length >= 2 && HOME.test(steps[0]!) && steps.every((s) => [...s].length <= 16 && !/[。，]/u.test(s))) {
      return dropLine(this.cls, 'breadcrumb trail from the home page');
    }
    return undefined;
  },
};
