/** Shape tests on single lines, shared by the line joiner and the block classifier. */

const TERMINAL = /[。！？；：…”’」』）)!?;:—]$/u;

/** Ends like a finished sentence (or a lead-in colon). */
export function isTerminated(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/** A body paragraph rather than a title, heading, caption or byline. */
export function isBodyLine(text: string): boolean {
  const length = [...text].length;
  if (length > 50) return true;
  if (isTerminated(text)) return length >= 12 && /[，。,；]/u.test(text.slice(0, -1));
  return isCutBody(text);
}

/** Looks like the first half of a paragraph that the layout cut: long, no sentence end. */
export function isCutBody(text: string): boolean {
  return [...text].length >= 20 && /[，。,；、]/u.test(text) && !isTerminated(text);
}

/** Can continue a cut paragraph: itself body-like, or a short tail that ends a sentence. */
export function isContinuation(text: string): boolean {
  return isBodyLine(text) || (isTerminated(text) && !isBylineText(text));
}

export const DATELINE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

const TITLE_WORDS = '书记|書記|主任|县长|縣長|乡长|鄉長|镇长|鎮長|局长|局長|部长|部長|主席|村主任|站长|站長|社长|社長|院长|院長|记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影';
const BYLINE = new RegExp(`^(?:.{0,24}(?:${TITLE_WORDS}))[ \\u3000]+\\p{Script=Han}{2,4}$|^(?:来源|來源|记者|記者|通讯员|通訊員)[：:\\s]`, 'u');

export function isBylineText(text: string): boolean {
  return BYLINE.test(text.trim());
}

/** `1 围绕一个目标`, `2、…`: a short line opening with an ordinal. */
export const ORDINAL_HEADING = /^(\d{1,2})[ \u3000.．、]\s*(\S.*)$/u;

/** Parallel phrases split by a space, or a kicker with a colon: typical Chinese section heads. */
export function hasHeadingPattern(text: string): boolean {
  return /\p{Script=Han}[”’」]?[ \u3000]+[“‘「]?\p{Script=Han}/u.test(text) || /^[^，。]{2,12}：[^，。]+$/u.test(text);
}

export const LONE_NUMBER = /^\s*(\d{1,2})\s*$/;
export const LONE_OPENER = /^\s*([“‘「『《（(]+)\s*$/u;
