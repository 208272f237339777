import { dropLine, type LineRecogniser } from './line-furniture.js';
import { webEditorCredit } from './web-editor-credit.js';

const WIDGETS = [
  '打印本页', '打印本文', '打印', '关闭窗口', '關閉窗口', '关闭本页', '关闭', '關閉', '分享到', '分享', '收藏', '收藏本页',
  '返回顶部', '返回頂部', '返回', '纠错', '糾錯', '我要纠错', '扫一扫', '掃一掃', '微信', '微博', 'QQ空间', 'QQ', '复制链接',
  '大', '中', '小', '字号', '字號', '默认', '【', '】', '[', ']', '|', '｜', '丨', '：', ':', '/', '、',
];
const TOKEN = new RegExp(WIDGETS.map((w) => w.replace(/[[\]|/]/g, '\\$&')).join('|'), 'gu');
const BRACKETED = /[【[](?:打印本页|打印|关闭窗口|关闭|關閉|纠错|糾錯|我要纠错|收藏|返回顶部|返回)[】\]]/gu;
const NEIGHBOUR = /^[【\[]?(?:上一篇|下一篇|上一條|下一條|上一条|下一条|相关阅读|相關閱讀|相关链接|相關鏈接|相关新闻|相關新聞)[】\]]?\s*[：:]?/u;

/**
 * Page widgets pasted with the text: 打印本页 关闭窗口, 分享到：微信 微博, 【大 中 小】, 返回顶部, and the
 * previous/next/related-article links. A line is a widget when nothing but widget words is left.
 */
export const webPageWidget: LineRecogniser = {
  cls: 'web-page-widget',
  recognise(text) {
    const trimmed = text.trim();
    if (NEIGHBOUR.test(trimmed) && [...trimmed].length <= 60) return dropLine(this.cls, 'link to another article');
    if (!/打印|关闭|關閉|分享|收藏|返回|纠错|糾錯|扫一扫|掃一掃|大\s*中\s*小/u.test(trimmed)) return undefined;
    const rest = trimmed.replace(TOKEN, '').trim();
    if (rest === '') return dropLine(this.cls, 'page widget (print, close, share, font size)');
    // 【纠错】【责任编辑：某某】: widgets and the editor's credit on one line.
    const credit = trimmed.replace(BRACKETED, '').replace(/[【】[\]]/gu, '').trim();
    if (webEditorCredit.recognise(credit, { index: 0, count: 1 })) return dropLine(this.cls, "page widget with the editor's credit");
    return undefined;
  },
};
