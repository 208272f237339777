import iconv from 'iconv-lite';
import { findMisdecodings } from './find-misdecoding.js';
import { buildHanBigramModel, loadHanBigramModel, type HanBigramModel } from './han-bigram-model.js';
import { excerpt, type RepairLog, type SourceLine } from './source-line.js';

/** Opening and closing marks put around damaged text that could not be recovered. */
export const DAMAGE_OPEN = '⟦';
export const DAMAGE_CLOSE = '⟧';

const HAN = /\p{Script=Han}/u;
/**
 * `??` then Han or GBK trail bytes that read as ASCII (h, ]): a full stop and a lead byte lost to
 * a GBK decoder that slipped one byte.
 */
const SLIPPED = /\?\?([\p{Script=Han}\x40-\x7e]+)/gu;
/**
 * `?` glued to ASCII letters, a bracket or a comma inside Chinese text is damage, not a question;
 * when another `?` closes the garbled run within a few characters, the whole run is damage.
 */
const STRAY = /\?(?:[^?。，,\s]{1,24}\?(?=[,，。“]|$)|(?=[A-Za-z\],]|。[A-Za-z])[A-Za-z\],āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ()]*)/gu;
const ENTITY = /&?(ldquo|rdquo|lsquo|rsquo|mdash|hellip);/g;
const ENTITY_CHARS: Record<string, string> = { ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…' };

export interface MojibakeContext {
  /** Every Han bigram of the document outside the damage, to judge a recovery plausible. */
  bigrams: Set<string>;
  /** What real Chinese looks like: CC-CEDICT's words and the project's own (glossary) words. */
  model: HanBigramModel;
}

/**
 * The bigram set is built on first use: only a file with a slipped span pays for it. `words`
 * (the glossary's Chinese terms) join CC-CEDICT's, so local names count as Chinese.
 */
export function buildMojibakeContext(lines: readonly SourceLine[], words: readonly string[] = []): MojibakeContext {
  let bigrams: Set<string> | undefined;
  let model: HanBigramModel | undefined;
  return {
    get model() {
      model ??= withWords(loadHanBigramModel(), words);
      return model;
    },
    get bigrams() {
      if (bigrams) return bigrams;
      bigrams = new Set<string>();
      for (const { text } of lines) {
        const clean = text.replace(SLIPPED, '').replace(STRAY, '');
        for (let i = 0; i + 1 < clean.length; i++) {
          if (HAN.test(clean[i]!) && HAN.test(clean[i + 1]!)) bigrams.add(clean.slice(i, i + 2));
        }
      }
      return bigrams;
    },
  };
}

/**
 * Finds and, where it can, repairs mojibake. A slipped GBK span is re-encoded and decoded again
 * with each possible lost lead byte; the repair is taken only when exactly one candidate starts
 * with a character pair seen elsewhere in the document. Everything else is kept, wrapped in
 * ⟦…⟧ and reported, for a person to fix in the report's overrides.yaml.
 */
export function repairMojibake(line: SourceLine, ctx: MojibakeContext, log: RepairLog): SourceLine {
  const text = mapOutsideDamage(repairByteSlips(line, ctx, log), (part) => repairMisdecoding(line.no, part, ctx.model, log));
  return text === line.text ? line : { no: line.no, text };
}

function withWords(base: HanBigramModel, words: readonly string[]): HanBigramModel {
  if (words.length === 0) return base;
  const local = buildHanBigramModel(words);
  return { knows: (pair) => base.knows(pair) || local.knows(pair), wordsWith: (c) => base.wordsWith(c) + local.wordsWith(c) };
}

/**
 * Text misread as another encoding (UTF-8 as GBK, GBK as Windows-1252, Big5 as GBK …): re-read
 * where the model proves the result Chinese, mark ⟦…⟧ and report where it cannot.
 */
function repairMisdecoding(lineNo: number, text: string, model: HanBigramModel, log: RepairLog): string {
  let out = '';
  let from = 0;
  for (const m of findMisdecodings(text, model)) {
    const damaged = text.slice(m.start, m.end);
    out += text.slice(from, m.start);
    if (m.recovered !== undefined) {
      log.repair('ingest/mojibake-repaired', lineNo, `mojibake recovered (${m.how})`, damaged, m.recovered, 'warning');
      out += m.recovered;
    } else {
      markDamage(log, lineNo, text, m.start, damaged);
      out += `${DAMAGE_OPEN}${damaged}${DAMAGE_CLOSE}`;
    }
    from = m.end;
  }
  return out + text.slice(from);
}

/** A GBK decoder that lost or slipped a byte: `??` and `?` glued to stray ASCII, entities. */
function repairByteSlips(line: SourceLine, ctx: MojibakeContext, log: RepairLog): string {
  if (!/[?&;\uFFFD]/.test(line.text)) return line.text;
  let text = line.text.replace(ENTITY, (match, name: string) => {
    log.repair('ingest/html-entity', line.no, `HTML entity ${match} decoded`, match, ENTITY_CHARS[name]!);
    return ENTITY_CHARS[name]!;
  });
  text = text.replace(SLIPPED, (match, span: string, offset: number, whole: string) => {
    const recovered = recoverSlipped(span, ctx);
    if (recovered) {
      log.repair('ingest/mojibake-repaired', line.no, 'mojibake recovered by re-reading a slipped GBK byte sequence', match, `。${recovered}`, 'warning');
      return `。${recovered}`;
    }
    markDamage(log, line.no, whole, offset, match);
    return `${DAMAGE_OPEN}${match}${DAMAGE_CLOSE}`;
  });
  text = text.replace(STRAY, (match, offset: number, whole: string) => {
    if (insideDamage(whole, offset)) return match;
    markDamage(log, line.no, whole, offset, match);
    return `${DAMAGE_OPEN}${match}${DAMAGE_CLOSE}`;
  });
  return text;
}

function recoverSlipped(span: string, ctx: MojibakeContext): string | undefined {
  const bytes = iconv.encode(span, 'gbk');
  const plausible: string[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const candidate = iconv.decode(Buffer.concat([Buffer.from([lead]), bytes]), 'gbk');
    if (candidate.includes('\uFFFD') || [...candidate].length !== [...span].length) continue;
    if (ctx.bigrams.has(candidate.slice(0, 2))) plausible.push(candidate);
  }
  return plausible.length === 1 ? plausible[0] : undefined;
}

function markDamage(log: RepairLog, lineNo: number, whole: string, offset: number, match: string): void {
  log.warn(
    'ingest/mojibake-unrecovered',
    lineNo,
    `mojibake kept and marked: …${excerpt(whole, offset, offset + match.length)}…`,
    'Supply the right text in the report\'s overrides.yaml (text: find/replace), then run duizhao ingest again.',
  );
}

export function insideDamage(text: string, offset: number): boolean {
  const open = text.lastIndexOf(DAMAGE_OPEN, offset);
  return open >= 0 && text.indexOf(DAMAGE_CLOSE, open) >= offset;
}

/** Applies `fn` to the text outside ⟦…⟧ damage marks, so later repairs leave damage as found. */
export function mapOutsideDamage(text: string, fn: (part: string) => string): string {
  if (!text.includes(DAMAGE_OPEN)) return fn(text);
  return text
    .split(/(⟦[^⟧]*⟧)/u)
    .map((part) => (part.startsWith(DAMAGE_OPEN) ? part : fn(part)))
    .join('');
}
