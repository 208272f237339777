import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { PUBLISH_STYLESHEET } from './publish-stylesheet.js';

export interface HtmlDocumentOptions {
  title: string;
  /** Language of the page (`en`); parts in Chinese carry their own `lang`. */
  lang: string;
  /** Class of <body>, e.g. `aligned` for the side-by-side page. */
  bodyClass?: string;
  /** Links shown above the content on screen (hidden in print): [href, text]. */
  nav?: Array<[string, string]>;
  content: ElementContent[];
}

/**
 * A complete static HTML page as a hast tree serialised by rehype-stringify: every text and
 * attribute value is escaped by the serialiser, nothing is assembled as an HTML string. The
 * stylesheet is inlined; the page loads nothing (no script, no font, no image).
 */
export function renderHtmlDocument(options: HtmlDocumentOptions): string {
  const nav = options.nav?.length
    ? [h('nav', { ariaLabel: 'Editions' }, options.nav.map(([href, text]) => h('a', { href }, text)))]
    : [];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: options.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', options.title),
          h('style', PUBLISH_STYLESHEET),
        ]),
        h('body', { className: options.bodyClass ? [options.bodyClass] : undefined }, [...nav, h('main', options.content)]),
      ]),
    ],
  };
  return `${unified().use(rehypeStringify, { upperDoctype: true }).stringify(tree)}\n`;
}
