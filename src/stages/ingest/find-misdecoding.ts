import type { HanBigramModel } from './han-bigram-model.js';
import { READINGS, reread } from './reread-bytes.js';

/** A stretch of a line that reads as misread bytes, and its recovery when one is proven. */
export interface Misdecoding {
  start: number;
  end: number;
  /** The text re-decoded, when it reads as Chinese clearly better than the damage. */
  recovered?: string;
  /** How the bytes were misread, e.g. "UTF-8 read as GBK". */
  how?: string;
}

const HAN = /\p{Script=Han}/u;
/**
 * Characters that only turn up in Chinese text as misread bytes: Latin-1 letters and signs,
 * the Windows-1252 specials (€ ‚ ƒ „ † ‡ ˆ ‰ Š ‹ Œ Ž ™ š › œ ž Ÿ), C1 controls, U+FFFD, and the
 * Private Use Area (where GBK's and Big5's user-defined byte ranges land).
 * Kept out: · × ÷ ° ± § and the quotes and dashes real Chinese uses.
 */
const JUNK = /[\u0080-\u00a6\u00a8-\u00af\u00b2-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u20ac\u2122\ue000-\uf8ff\ufffd]/u;
/** Letters of scripts a Chinese county report never uses, which misread bytes often become. */
const FOREIGN = /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Nko}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Thai}\u02b0-\u02ff]/u;
const SUSPECT = new RegExp(`${JUNK.source}|${FOREIGN.source}`, 'u');

/** A recovery must read as Chinese (share of known pairs) and beat the damage by a clear margin. */
const PLAUSIBLE = 0.25;
const MARGIN = 0.2;
/** A re-reading too short to score (fewer Han characters than this) proves nothing. */
const MIN_HAN = 4;
/** A damaged stretch holds at least this many characters that belong to no known pair. */
const MIN_BAD = 3;
/** A character in fewer known words than this, outside any known pair, is suspect. */
const RARE_USES = 60;

/**
 * Finds the stretches of `text` that read as misread bytes and recovers each one whose re-reading
 * scores as Chinese (known character pairs) clearly better than the damage. Scoring, not a list of
 * patterns: any text is judged by how much of it the model of real Chinese accounts for. A stretch
 * with no proven re-reading is returned without `recovered` only when it is clearly not Chinese
 * (misread-byte characters, or a run of characters that words hardly ever use).
 */
export function findMisdecodings(text: string, model: HanBigramModel): Misdecoding[] {
  if (!maybeDamaged(text, model)) return [];
  const stretches = damagedStretches(text, model);
  if (stretches.length === 0) return [];
  // The whole line misread (ASCII digits and spaces pass through every one of these encodings).
  const line = bestReading(text, zoneAround(text, stretches[0]![0], stretches[0]![1])[0], zoneAround(text, ...stretches.at(-1)!)[1], model, 0);
  if (line) return [line];
  const out: Misdecoding[] = [];
  for (const [start, end] of stretches) {
    if (out.some((m) => start < m.end)) continue;
    const [zoneStart, zoneEnd] = zoneAround(text, start, end);
    const whole = bestReading(text, zoneStart, zoneEnd, model, 0);
    out.push(...(whole ? [whole] : readPieces(text, start, end, model, out.find((m) => m.how)?.how)));
  }
  return mergeAdjacent(out);
}

let charClass: Uint8Array | undefined;
const rareTables = new WeakMap<HanBigramModel, Uint8Array>();

/**
 * A fast first look, one table lookup per UTF-16 unit: a damaged stretch needs three characters
 * that are misread bytes or rare Han characters in no known pair (or one U+FFFD); most lines have none.
 */
function maybeDamaged(text: string, model: HanBigramModel): boolean {
  charClass ??= Uint8Array.from({ length: 0x10000 }, (_, c) => (SUSPECT.test(String.fromCharCode(c)) ? 2 : HAN.test(String.fromCharCode(c)) ? 1 : 0));
  let rare = rareTables.get(model);
  if (!rare) {
    const classes = charClass;
    rare = Uint8Array.from({ length: 0x10000 }, (_, c) => (classes[c] === 1 && model.wordsWith(String.fromCharCode(c)) < RARE_USES ? 1 : 0));
    rareTables.set(model, rare);
  }
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) return true;
    const lone = rare[c] === 1 && !model.knows(text.slice(i - 1, i + 1)) && !model.knows(text.slice(i, i + 2));
    if (charClass[c] === 2 || lone || (c >= 0xd800 && c <= 0xdbff)) count++;
    if (count >= MIN_BAD) return true;
  }
  return false;
}

/**
 * A stretch that is not one misread run: split where bytes were lost for good (U+FFFD), re-read
 * each piece on its own (its edges may be halves of lost characters), mark what stays damaged.
 * A piece too short to prove anything alone is re-read the way the line's other pieces were.
 */
function readPieces(text: string, start: number, end: number, model: HanBigramModel, lineReading?: string): Misdecoding[] {
  const pieces = splitAtLostBytes(text, start, end);
  const out: Misdecoding[] = [];
  pieces.forEach((piece, k) => {
    const nearLoss = pieces[k - 1]?.lost === true || pieces[k + 1]?.lost === true;
    if (piece.lost) { out.push({ start: piece.start, end: piece.end }); return; }
    if (!nearLoss && !looksDamaged(text.slice(piece.start, piece.end), model)) return;
    const best = bestReading(text, piece.start, piece.end, model, 2, lineReading ?? out.find((m) => m.how)?.how);
    if (!best) { out.push({ start: piece.start, end: piece.end }); return; }
    const found = grow(text, best, model);
    out.push(found);
    if (found.start > piece.start) out.push({ start: piece.start, end: found.start });
    if (found.end < piece.end) out.push({ start: found.end, end: piece.end });
  });
  return out;
}

/** Share of adjacent Han pairs the model knows, less the share of misread-byte characters. */
function chineseScore(text: string, model: HanBigramModel): number {
  const cs = [...text];
  let pairs = 0;
  let known = 0;
  for (let i = 0; i + 1 < cs.length; i++) {
    if (!HAN.test(cs[i]!) || !HAN.test(cs[i + 1]!)) continue;
    pairs++;
    if (model.knows(cs[i]! + cs[i + 1]!)) known++;
  }
  const junk = cs.filter((c) => SUSPECT.test(c)).length;
  return pairs === 0 ? 0 : Math.max(0, known / pairs - junk / cs.length);
}

function hanCount(text: string): number {
  return [...text].filter((c) => HAN.test(c)).length;
}

function isBad(cs: readonly string[], i: number, model: HanBigramModel): boolean {
  const c = cs[i]!;
  if (SUSPECT.test(c)) return true;
  if (!HAN.test(c)) return false;
  const before = i > 0 && model.knows(cs[i - 1]! + c);
  const after = i + 1 < cs.length && model.knows(c + cs[i + 1]!);
  return !before && !after && model.wordsWith(c) < RARE_USES;
}

/** Clearly not Chinese: misread-byte characters, or four or more characters words hardly use. */
function looksDamaged(text: string, model: HanBigramModel): boolean {
  const cs = [...text];
  if (cs.filter((c) => SUSPECT.test(c)).length >= 2) return true;
  const uses = cs.filter((c) => HAN.test(c)).map((c) => model.wordsWith(c)).sort((a, b) => a - b);
  return uses.length >= 4 && uses[Math.floor(uses.length / 2)]! <= 20 && uses.filter((u) => u < 10).length / uses.length >= 0.4;
}

/** [start, end) UTF-16 ranges where bad characters cluster (gaps of one good character allowed). */
function damagedStretches(text: string, model: HanBigramModel): Array<[number, number]> {
  const cs = [...text];
  const offsets: number[] = [0];
  for (const c of cs) offsets.push(offsets.at(-1)! + c.length);
  const bad = cs.map((_, i) => isBad(cs, i, model));
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < cs.length) {
    if (!bad[i]) { i++; continue; }
    let end = i + 1;
    let count = 1;
    while (end < cs.length && (bad[end] || (bad[end + 1] && !/[\s\x21-\x7e]/u.test(cs[end]!)))) {
      if (bad[end]) count++;
      end++;
    }
    // Bytes lost for good (U+FFFD) are damage however few.
    if (count >= MIN_BAD || cs.slice(i, end).includes('\uFFFD')) out.push([offsets[i]!, offsets[end]!]);
    i = end;
  }
  return mergeClose(text, out);
}

/** Stretches a few Han characters apart are one misread run whose middle happened to look like words. */
function mergeClose(text: string, stretches: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of stretches) {
    const last = out.at(-1);
    const gap = last ? text.slice(last[1], start) : '';
    if (last && [...gap].length <= 4 && widensOverDamage(gap)) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

/** The run of non-ASCII, non-space text holding [start, end): a whole misread line or phrase. */
function zoneAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && !/[\s\x00-\x7f]/u.test(text[s - 1]!)) s--;
  while (e < text.length && !/[\s\x00-\x7f]/u.test(text[e]!)) e++;
  return [s, e];
}

/** Pieces of [start, end) split at runs of U+FFFD (bytes lost for good: `lost` pieces). */
function splitAtLostBytes(text: string, start: number, end: number): Array<{ start: number; end: number; lost: boolean }> {
  const pieces: Array<{ start: number; end: number; lost: boolean }> = [];
  for (const m of text.slice(start, end).matchAll(/\uFFFD+|[^\uFFFD]+/gu)) {
    pieces.push({ start: start + m.index, end: start + m.index + m[0].length, lost: m[0].startsWith('\uFFFD') });
  }
  return pieces;
}

/** The best proven re-reading of [start, end), trying boundaries up to `slack` characters either way. */
function bestReading(text: string, start: number, end: number, model: HanBigramModel, slack: number, proven?: string): Misdecoding | undefined {
  const damage = chineseScore(text.slice(Math.max(0, start - 1), end + 1), model);
  let best: { start: number; end: number; recovered: string; how: string; score: number } | undefined;
  for (let s = Math.max(0, start - slack); s <= start + slack; s++) {
    for (let e = Math.max(s + 2, end - slack); e <= Math.min(text.length, end + slack); e++) {
      if (!widensOverDamage(text.slice(s, start)) || !widensOverDamage(text.slice(end, e))) continue;
      for (const reading of READINGS) {
        const recovered = reread(text.slice(s, e), reading.as, reading.was);
        if (recovered === undefined) continue;
        const short = hanCount(recovered) < MIN_HAN;
        if (short && (reading.how !== proven || hanCount(recovered) === 0 || SUSPECT.test(recovered))) continue;
        const score = short ? PLAUSIBLE : chineseScore(recovered, model);
        if (score < PLAUSIBLE || (!short && score - damage < MARGIN)) continue;
        // The widest proven re-reading wins; among equally wide ones, the best scoring.
        if (!best || e - s > best.end - best.start || (e - s === best.end - best.start && score > best.score)) best = { start: s, end: e, recovered, how: reading.how, score };
      }
    }
  }
  return best && { start: best.start, end: best.end, recovered: best.recovered, how: best.how };
}

/** Only Han or misread-byte characters can be halves of a misread stretch; punctuation and ASCII cannot. */
function widensOverDamage(extra: string): boolean {
  return [...extra].every((c) => HAN.test(c) || SUSPECT.test(c));
}

/**
 * Grows a proven re-reading over neighbouring Han characters while the same reading keeps the
 * result as Chinese (a misread phrase whose first characters happened to look like words).
 */
function grow(text: string, found: Misdecoding, model: HanBigramModel): Misdecoding {
  const reading = READINGS.find((r) => r.how === found.how)!;
  let best = found;
  let score = chineseScore(found.recovered!, model);
  for (const [ds, de] of [[-3, 0], [-2, 0], [-1, 0], [0, 1], [0, 2], [0, 3]] as const) {
    for (let step = 1; step <= 8; step++) {
      const s = best.start + ds;
      const e = best.end + de;
      if (s < 0 || e > text.length || !widensOverDamage(text.slice(s, best.start) + text.slice(best.end, e))) break;
      const recovered = reread(text.slice(s, e), reading.as, reading.was);
      const next = recovered === undefined ? -1 : chineseScore(recovered, model);
      if (recovered === undefined || next < score - 0.02) break;
      best = { ...best, start: s, end: e, recovered };
      score = next;
    }
  }
  return best;
}

/**
 * Sorted, non-overlapping results: touching marks merge; a mark overlapping a recovery keeps only
 * its part outside it; a recovery overlapping an earlier one is left as a mark of its remainder.
 */
function mergeAdjacent(found: Misdecoding[]): Misdecoding[] {
  const out: Misdecoding[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start || (a.recovered === undefined ? 1 : -1));
  for (const m of sorted) {
    const last = out.at(-1);
    const start = last ? Math.max(m.start, last.end) : m.start;
    if (start >= m.end) continue;
    const item: Misdecoding = start === m.start ? { ...m } : { start, end: m.end };
    if (last && item.recovered === undefined && last.recovered === undefined && item.start <= last.end) last.end = item.end;
    else out.push(item);
  }
  return out;
}
