import type { Lexicon } from './lexicon.js';

/**
 * Transliterated names as anchors: an English proper name and the Chinese characters that spell
 * its sound (Hebron 希伯仑, Canaan 迦南, Trump 特朗普) share a token `nm:<key>`, the name's
 * consonant skeleton in coarse classes (B labial, M, N nasal, D dental, K velar, H, S sibilant,
 * L liquid). Most such names are in no dictionary, and pinyin anchors (anchors.ts) only catch
 * Chinese names. Only runs of characters that Chinese uses to transliterate are read, so
 * ordinary words rarely spell a name by chance.
 */
const TRANSLITERATION = new Set(
  [...(
    '阿埃艾爱安昂奥澳巴拔芭白拜班邦保鲍贝倍本比彼毕别宾波伯博布查柴达大戴丹道德迪狄底蒂丁东杜多敦顿厄俄恩尔' +
    '法凡范菲斐费芬丰弗伏福富盖甘冈高戈哥格葛根古瓜圭哈海罕汉豪赫黑亨洪胡华基吉加迦嘉贾杰捷金喀卡凯坎康考柯' +
    '科可克肯孔库拉莱赖兰朗劳勒雷黎里利理力丽莉连林琳隆卢鲁路伦仑罗洛吕马玛迈麦曼幔梅门蒙孟米密摩莫墨默姆' +
    '穆拿那纳乃南内尼涅努诺挪欧帕派潘庞佩彭皮珀普齐奇乔切钦琼萨撒塞赛桑瑟森沙莎珊尚舍申什施史士示斯思' +
    '苏索所塔泰坦汤唐陶特提田廷通图土托瓦万旺威韦维温文沃乌武西希锡夏谢辛休雅亚扬耶叶伊依以因英尤于约' +
    '扎泽詹哲珍郑兹祖佐'
  )],
);

/** Pinyin initials in sound classes; j, q and x stand for K- and S-sounds (迦南 Canaan, 西 Si-), x also for H (希伯仑 Hebron). */
const INITIALS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['zh', ['S']], ['ch', ['S']], ['sh', ['S']], ['b', ['B']], ['p', ['B']], ['f', ['B']], ['m', ['M']], ['d', ['D']], ['t', ['D']],
  ['n', ['N']], ['l', ['L']], ['r', ['L']], ['g', ['K']], ['k', ['K']], ['h', ['H']], ['j', ['K', 'S']], ['q', ['K', 'S']],
  ['x', ['S', 'H']], ['z', ['S']], ['c', ['S']], ['s', ['S']],
];

/** Sound-class keys a pinyin syllable can stand for: its initial's class, with and without a nasal coda. */
export function syllableKeys(pinyin: string): string[] {
  const initial = INITIALS.find(([i]) => pinyin.startsWith(i));
  const heads = initial ? initial[1] : [''];
  return /n(g)?$/u.test(pinyin) ? heads.flatMap((h) => [h, `${h}N`]) : [...heads];
}

const MAX_KEYS = 8;

/** The keys an English name can have: its consonants in classes, some optional (Beersheba 别是巴, Joseph 约瑟). */
export function englishNameKeys(name: string): string[] {
  const w = name.toLowerCase().replace(/ph/gu, 'f').replace(/(th|dh)/gu, 'd').replace(/(sh|ch(?=[aeiou]))/gu, 's')
    .replace(/(ck|ch|gh|kh|qu|q|c(?![eiy]))/gu, 'k').replace(/c/gu, 's').replace(/x/gu, 'ks').replace(/(?<=.)h(?![aeiou])|(?<=[^aeiou])h/gu, '');
  let keys = [''];
  let previous = '';
  for (let k = 0; k < w.length; k++) {
    const ch = w[k]!;
    const cls = k > 0 && ch === 'm' ? 'N' : LETTER_CLASS[ch];
    if (cls === undefined) {
      previous = '';
      continue;
    }
    if (cls === previous) continue;
    // Chinese often drops a liquid closing a syllable (拿鹤 Nahor) and spells J- with 约, 雅, 耶 (Joseph 约瑟).
    const optional = (cls === 'L' && k > 0 && /[aeiou]/u.test(w[k - 1]!) && !/[aeiouy]/u.test(w[k + 1] ?? '')) || ch === 'j';
    keys = optional ? keys.flatMap((s) => [s, s + cls]) : keys.map((s) => s + cls);
    previous = cls;
    if (keys.length > MAX_KEYS) keys = keys.slice(0, MAX_KEYS);
  }
  return keys.filter((s) => s.length >= 2);
}

const LETTER_CLASS: Readonly<Record<string, string>> = {
  b: 'B', p: 'B', f: 'B', v: 'B', m: 'M', n: 'N', d: 'D', t: 'D', g: 'K', k: 'K', h: 'H', s: 'S', z: 'S', j: 'S', l: 'L', r: 'L',
};

/** Capitalised English words (not stop words) as `nm:` tokens, one per key. */
export function englishNameSounds(text: string, isStopWord: (word: string) => boolean): string[] {
  const out: string[] = [];
  let wordTokens = tokenCache.get(isStopWord);
  if (!wordTokens) tokenCache.set(isStopWord, (wordTokens = new Map()));
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)) {
    let tokens = wordTokens.get(m[0]);
    if (tokens === undefined) {
      tokens = isStopWord(m[0].toLowerCase()) ? [] : englishNameKeys(m[0]).map((key) => `nm:${key}`);
      if (wordTokens.size >= MAX_CACHED_WORDS) wordTokens.clear();
      wordTokens.set(m[0], tokens);
    }
    out.push(...tokens);
  }
  return out;
}

/** Tokens of capitalised words already read (a text repeats its names), per stop-word test; cleared past MAX_CACHED_WORDS. */
const tokenCache = new WeakMap<(word: string) => boolean, Map<string, readonly string[]>>();
const MAX_CACHED_WORDS = 50_000;

/** `nm:` tokens for runs of 2–5 transliteration characters whose sound keys are among `keys` (the English names' keys). */
export function chineseNameSounds(text: string, lexicon: Pick<Lexicon, 'readings'>, keys: ReadonlySet<string>): string[] {
  const chars = [...text];
  const found = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    let spellings = [''];
    for (let k = i; k < Math.min(chars.length, i + 5); k++) {
      const options = charKeys(chars[k]!, lexicon);
      if (options.length === 0) break;
      spellings = spellings.length * options.length === 1 ? [spellings[0]! + options[0]!] : [...new Set(spellings.flatMap((s) => options.map((o) => s + o)))].slice(0, 32);
      if (k > i) for (const s of spellings) if (keys.has(`nm:${s}`)) found.add(`nm:${s}`);
    }
  }
  return [...found];
}

const keyCache = new WeakMap<Pick<Lexicon, 'readings'>, Map<string, readonly string[]>>();

/** Sound keys of one character: none unless it is a transliteration character (cached per lexicon). */
function charKeys(char: string, lexicon: Pick<Lexicon, 'readings'>): readonly string[] {
  let cache = keyCache.get(lexicon);
  if (!cache) keyCache.set(lexicon, (cache = new Map()));
  let keys = cache.get(char);
  if (keys === undefined) {
    keys = TRANSLITERATION.has(char) ? [...new Set(lexicon.readings(char).flatMap(syllableKeys))] : [];
    cache.set(char, keys);
  }
  return keys;
}
