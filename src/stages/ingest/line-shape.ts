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

/** Ends like a sentence (。！？…), not like a heading or a lead-in. */
export function endsSentence(text: string): boolean {
  return /[。！？!?…]["”’」』）)]?$/u.test(text.trim());
}

/** 一、… and （一）… : the section numbering of government reports, with their depth. */
export const CHINESE_ORDINAL = /^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)])/u;

export function chineseOrdinalLevel(text: string): number | undefined {
  const match = CHINESE_ORDINAL.exec(text.trim());
  if (!match) return undefined;
  return match[1] !== undefined ? 2 : 3;
}

/** The common surnames, for telling a list of names from a heading of parallel phrases. */
const SURNAMES = new Set([...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金贾賈韦韋夏付方邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴欧歐莫孔向常汤湯康易乔喬赖賴文施洪牛樊葛邢安齐齊伍庞龐颜顏倪温溫芦蘆聂聶章鲁魯岳翟殷詹申耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芮']);

/** `张建国 李明 王晓红`: two or more personal names separated by spaces — an author list, a byline. */
export function isAuthorList(text: string): boolean {
  const names = text.trim().split(/[ \u3000、]+/u);
  return names.length >= 2 && names.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && SURNAMES.has(n[0]!));
}
