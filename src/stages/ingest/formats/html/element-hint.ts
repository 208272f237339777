import type { Element } from 'hast';
import type { LineHint } from '../converted-source.js';

/** A class or id that names a caption, byline or subtitle, as CMS templates (and mammoth's style map) write them. */
const CAPTION_NAME = /caption|pic-?(?:title|text|txt|desc|note)|img-?(?:title|text|txt|desc|note)|photo-?(?:title|text|desc)|tpsm|tuzhu/i;
const BYLINE_NAME = /byline|author|writer|zuozhe|reporter|jizhe/i;
const SUBTITLE_NAME = /sub-?title|fubiaoti|fbt/i;

function names(element: Element): string[] {
  const classes = Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
  return typeof element.properties.id === 'string' ? [...classes, element.properties.id] : classes;
}

/**
 * What an element's tag or class says its text is: an <h2> is a heading, a <figcaption> a
 * caption, <p class="author"> a byline. The first <h1> is the title (`state.h1Seen`).
 */
export function elementHint(element: Element, state: { h1Seen: boolean }): LineHint | undefined {
  const tag = element.tagName;
  const heading = /^h([1-6])$/.exec(tag);
  const named = names(element);
  if (heading) {
    const depth = Number(heading[1]);
    if (named.some((n) => SUBTITLE_NAME.test(n))) return { kind: 'subtitle', why: `<${tag} class="${named.join(' ')}">` };
    if (depth === 1 && !state.h1Seen) {
      state.h1Seen = true;
      return { kind: 'title', why: '<h1> element' };
    }
    return { kind: 'heading', level: Math.max(2, depth), why: `<${tag}> element` };
  }
  if (tag === 'figcaption' || tag === 'caption') return { kind: 'caption', why: `<${tag}> element` };
  if (tag === 'address') return { kind: 'byline', why: '<address> element' };
  const caption = named.find((n) => CAPTION_NAME.test(n));
  if (caption) return { kind: 'caption', why: `caption (${tag}.${caption})` };
  const byline = named.find((n) => BYLINE_NAME.test(n));
  if (byline) return { kind: 'byline', why: `byline (${tag}.${byline})` };
  const subtitle = named.find((n) => SUBTITLE_NAME.test(n));
  if (subtitle) return { kind: 'subtitle', why: `subtitle (${tag}.${subtitle})` };
  return undefined;
}

/** Centred by the page: align="center", text-align:center, or a <center>. */
export function isCentred(element: Element): boolean {
  const style = String(element.properties.style ?? '').replace(/\s/g, '').toLowerCase();
  return String(element.properties.align ?? '').toLowerCase() === 'center' || style.includes('text-align:center') || element.tagName === 'center';
}

/** An image's alt text that says what the photo shows (not a file name, not "图片"). */
export function altCaption(element: Element): string | undefined {
  const alt = String(element.properties.alt ?? '').replace(/\s+/g, ' ').trim();
  const han = (alt.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 6 || /\.(?:jpe?g|png|gif|bmp|webp)$/i.test(alt) || /^(?:图片|圖片|图像|照片|配图|插图|image|photo)\d*$/iu.test(alt)) return undefined;
  return alt;
}
