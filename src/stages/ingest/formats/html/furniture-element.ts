import type { Element } from 'hast';

/** Elements that are never the report: page furniture by their very tag. */
const FURNITURE_TAGS: Record<string, string> = {
  nav: '<nav> element', header: '<header> element', footer: '<footer> element', aside: '<aside> element', menu: '<menu> element',
};

const FURNITURE_ROLES: Record<string, string> = {
  navigation: 'role="navigation"', banner: 'role="banner"', contentinfo: 'role="contentinfo"', complementary: 'role="complementary"', search: 'role="search"', menu: 'role="menu"', menubar: 'role="menubar"',
};

/**
 * Class and id words of page furniture, as Chinese government and news sites name them (English
 * and pinyin): what the element is, for the log. Matched inside the name (bdsharebuttonbox).
 */
const FURNITURE_WORDS: [RegExp, string][] = [
  [/bread|crumb|dqwz|curpos|current-?(?:position|location)|^(?:position|location|weizhi|lujing)$/i, 'breadcrumb'],
  [/share|fenxiang|bdsharebutton|jiathis/i, 'share widget'],
  [/print|dayin/i, 'print widget'],
  [/font-?size|fontsize|zihao|zoom-?(?:in|out)|font-?(?:big|small|mid)|wzdx/i, 'font-size widget'],
  [/related|relate(?:[-_]|$)|xgwz|xgxw|xgxx|xglj|tuijian|recommend|more-?news|hot-?news|rdxw|yqlj|friend-?link/i, 'related or recommended links'],
  [/footer|copyright|banquan|bqxx/i, 'page footer'],
  [/sidebar|side-?bar|side-?nav|navbar|topbar|toolbar|subnav|daohang|mainnav/i, 'navigation'],
  [/comment|pinglun/i, 'comments'],
  [/prev-?next|pre-?next|sxp|pagination/i, 'previous/next links'],
  [/(?:^|[-_])search|sousuo|login|denglu|logo|banner|qrcode|erweima|wechat-?code/i, 'site header widget'],
];

/** Short class/id words that are furniture only as a whole word (foot, but not footnote). */
const FURNITURE_TOKENS: Record<string, string> = {
  nav: 'navigation', menu: 'navigation', header: 'page header', head: 'page header', top: 'page header', foot: 'page footer', bottom: 'page footer', tools: 'page tools', tool: 'page tools', close: 'close-window widget',
};

/** Why this element is page furniture (for repairs.txt), or undefined when it may hold the report. */
export function furnitureReason(element: Element): string | undefined {
  const byTag = FURNITURE_TAGS[element.tagName];
  if (byTag) return byTag;
  const role = String(element.properties.role ?? '');
  if (FURNITURE_ROLES[role]) return FURNITURE_ROLES[role];
  for (const [attribute, name] of namesOf(element)) {
    for (const [pattern, what] of FURNITURE_WORDS) if (pattern.test(name)) return `${what} (${attribute}="${name}")`;
    // A word of its own (top, foot-nav), not a utility class with a size after it (top-0, bottom-4).
    const tokens = name.toLowerCase().split(/[-_\s]+/);
    const token = tokens.find((t, i) => FURNITURE_TOKENS[t] && !/^\d/.test(tokens[i + 1] ?? ''));
    if (token) return `${FURNITURE_TOKENS[token]} (${attribute}="${name}")`;
  }
  return undefined;
}

function namesOf(element: Element): [string, string][] {
  const names: [string, string][] = [];
  const classes = element.properties.className;
  if (Array.isArray(classes)) for (const c of classes) names.push(['class', String(c)]);
  if (typeof element.properties.id === 'string') names.push(['id', element.properties.id]);
  return names;
}

/** Hidden by the page itself: never shown to a reader. */
export function isHidden(element: Element): boolean {
  const style = String(element.properties.style ?? '').replace(/\s/g, '').toLowerCase();
  return element.properties.hidden === true || style.includes('display:none') || style.includes('visibility:hidden');
}
