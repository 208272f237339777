import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { acceptedForms } from './find-rendering.js';
import { finding, uniqueEntries, type SegmentRule } from './qa-rule.js';

/** Generic words of place names and the pinyin of the Chinese suffix they translate. */
const PLACE_SUFFIXES: Readonly<Record<string, string>> = {
  县: 'xian', 縣: 'xian', 市: 'shi', 镇: 'zhen', 鎮: 'zhen', 乡: 'xiang', 鄉: 'xiang', 村: 'cun', 省: 'sheng', 区: 'qu', 區: 'qu',
};
const GENERIC = /\s+(?:County|City|Town|Township|Village|Province|District|Prefecture)$/;
const WORD = /[A-Za-z]+/g;

interface Word { text: string; start: number; end: number }

/** Letter strings a misspelling may spell out, and the parts whose order may be swapped. */
function variantsOf(entry: GlossaryEntry): { parts: string[]; joined: string[] } {
  if (entry.kind === 'person') {
    const parts = entry.en.toLowerCase().split(/[\s-]+/).filter(Boolean);
    return { parts, joined: permutations(parts).map((p) => p.join('')) };
  }
  const core = entry.en.replace(GENERIC, '');
  const suffix = PLACE_SUFFIXES[entry.zh.slice(-1)];
  const letters = core.toLowerCase().replace(/[^a-z]/g, '');
  return { parts: [letters], joined: suffix && core !== entry.en ? [letters + suffix] : [] };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Runs of up to four words joined only by spaces or hyphens, with their letters. */
function* wordRuns(text: string): Generator<{ surface: string; letters: string }> {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    let letters = '';
    for (let j = i; j < Math.min(words.length, i + 4); j++) {
      const w = words[j] as Word;
      if (j > i && !/^[\s-]+$/.test(text.slice((words[j - 1] as Word).end, w.start))) break;
      letters += w.text.toLowerCase();
      yield { surface: text.slice((words[i] as Word).start, w.end), letters };
    }
  }
}

/**
 * A person or place from the glossary whose pinyin appears in the English in another spelling
 * or order: "Xianzhong Cai" or "Cai Xian-zhong" for Cai Xianzhong, "Qinxian" or "Qin Xian" for Qin
 * County. Forms the entry lists (en, accepted) are never flagged: a glossary that accepts
 * "Qinxian" wins over the rule.
 */
export const nameRomanisation: SegmentRule = {
  id: 'name/romanisation',
  category: 'name',
  severity: 'error',
  scope: 'segment',
  description: 'A glossary person or place is romanised differently from the glossary.',
  check(pair) {
    const names = uniqueEntries(pair.matches).filter((m) => m.entry.kind === 'person' || m.entry.kind === 'place');
    return names.flatMap((m) => {
      const { joined } = variantsOf(m.entry);
      const allowed = acceptedForms(m.entry).map((f) => f.toLowerCase());
      const wrong = new Set<string>();
      for (const run of wordRuns(pair.target)) {
        const ok = allowed.some((f) => f === run.surface.toLowerCase() || (f.startsWith(run.surface.toLowerCase()) && run.surface.length > 0));
        if (joined.includes(run.letters) && !ok) wrong.add(run.surface);
      }
      return [...wrong].map((surface) =>
        finding(this, pair, {
          reason: `"${m.surface}" is romanised as "${surface}".`,
          expected: m.entry.en,
          actual: surface,
          hint: 'Write names as the glossary does: family name first, given name as one word.',
        }),
      );
    });
  },
};
