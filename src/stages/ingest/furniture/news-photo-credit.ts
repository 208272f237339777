import { GAP, NAME, type KeptPart, type LineRecogniser } from './line-furniture.js';

const BY = `(?:\\p{Script=Han}{0,8}?(?:特约|特約|实习|實習)?(?:摄影记者|攝影記者|记者|記者|通讯员|通訊員)${GAP}*|特约摄影${GAP}*|特約攝影${GAP}*)`;
const SHOT = `(?:${BY}${NAME}|(?<=${GAP}|^)${NAME})(?:[、${' '}\\u3000]+${NAME}){0,3}${GAP}*(?:摄|攝)(?![影像制製入取氏])[。.]?`;
const CREDIT_SOURCE = [
  `[（(]${GAP}*(?:${BY})?${NAME}(?:[、 \\u3000]+${NAME}){0,3}${GAP}*(?:摄|攝)[）)]`,
  SHOT,
  `(?:特约摄影|特約攝影)${GAP}*${NAME}`,
  '[（(]?资料图片[）)]?', '[（(]?資料圖片[）)]?',
  '(?:图片来源|圖片來源|图片|圖片|图|圖)[：:／/][^，。；（）()]{1,20}?(?=$|[）)]|[ \\u3000])[）)]?',
  '[\\p{Script=Han}A-Za-z]{0,10}(?:图片|圖片)?[／/]视觉中国', '视觉中国供图', '視覺中國',
  `(?:新华社|新華社|中新社)(?:发|發)(?![布表展出])(?:[（(][^）)]{2,16}[）)])?`,
].join('|');
/** Cheap test first: every credit holds one of these. */
const MAYBE = /摄|攝|图|圖|视觉中国|視覺中國|新华社|新華社|中新社/u;
const CREDIT = new RegExp(`(?:${CREDIT_SOURCE})`, 'gu');
const CREDIT_ONLY = new RegExp(`^(?:${CREDIT_SOURCE})$`, 'u');

/**
 * Photo captions with their credits (… 新华社记者 某某 摄, 资料图片, 图片来源：…, 某某图片/视觉中国).
 * The caption keeps its credit; a credit alone on a line joins the caption above it; text glued
 * after a credit (the next caption, or a paragraph) is split off and judged on its own.
 */
export const newsPhotoCredit: LineRecogniser = {
  cls: 'news-photo-credit',
  recognise(text) {
    const trimmed = text.trim();
    if (!MAYBE.test(trimmed)) return undefined;
    if (CREDIT_ONLY.test(trimmed)) return { cls: this.cls, why: 'photo credit on a line of its own, kept with the caption (or the credits) above it', keep: [{ text: trimmed, role: 'caption', attachToPrevious: true }] };
    const parts = splitAfterCredits(trimmed);
    if (parts.length === 0) return undefined;
    const why = parts.length > 1 ? 'photo caption with its credit, split from the text glued after the credit' : 'photo caption with its credit';
    return { cls: this.cls, why, keep: parts };
  },
};

/** Captions ending in a credit, and what follows the last credit (left for the other recognisers). */
function splitAfterCredits(text: string): KeptPart[] {
  const parts: KeptPart[] = [];
  let start = 0;
  for (const match of text.matchAll(CREDIT)) {
    const end = match.index! + match[0].length;
    const caption = text.slice(start, end).trim();
    // A credit needs a caption before it; a bare "某某 摄" after a full stop is a sentence's words.
    const bare = !/记者|記者|通讯员|通訊員|图|圖|视觉|視覺|社/u.test(match[0]);
    if ([...caption].length <= [...match[0].trim()].length + 1 || (bare && /[。！？]$/u.test(text.slice(start, match.index!).trim()))) continue;
    parts.push({ text: caption, role: 'caption' });
    start = end;
  }
  if (parts.length === 0) return [];
  const rest = text.slice(start).trim();
  if (rest !== '') parts.push({ text: rest });
  return parts;
}
