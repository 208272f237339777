import { mapOutsideDamage } from './repair-mojibake.js';
import { excerpt, type RepairLog, type SourceLine } from './source-line.js';

const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》「」]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Half-width , : ; ? ! ( ) inside Chinese text → full-width, as Chinese typesetting requires.
 * Left alone: digit separators (1,000), times (09:20), and marks between Latin characters.
 * Parentheses convert as a pair when their content or surroundings are Chinese.
 */
export function normalisePunctuationWidth(line: SourceLine, log: RepairLog): SourceLine {
  let changed = 0;
  const text = mapOutsideDamage(line.text, (part) => {
    const result = widenPunctuation(part);
    changed += result.changed;
    return result.text;
  });
  if (changed === 0) return line;
  const first = firstDifference(line.text, text);
  log.repair(
    'ingest/punctuation-width',
    line.no,
    `${changed} half-width punctuation mark${changed > 1 ? 's' : ''} in Chinese text made full-width`,
    excerpt(line.text, first, first + 1),
    excerpt(text, first, first + 1),
  );
  return { no: line.no, text };
}

function widenPunctuation(part: string): { text: string; changed: number } {
  if (!/[,:;?!()]/.test(part)) return { text: part, changed: 0 };
  const chars = [...part];
  let changed = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!(ch in FULL) || ch === '(' || ch === ')') continue;
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (/\d/.test(prev) && /\d/.test(next)) continue;
    if (CJK_CONTEXT.test(prev) || (CJK_CONTEXT.test(next) && !/[A-Za-z0-9]/.test(prev))) {
      chars[i] = FULL[ch]!;
      changed++;
    }
  }
  changed += convertParentheses(chars);
  return { text: chars.join(''), changed };
}

function convertParentheses(chars: string[]): number {
  let changed = 0;
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      const inside = chars.slice(start + 1, i).join('');
      const before = chars[start - 1] ?? '';
      if (CJK_CONTEXT.test(inside) || CJK_CONTEXT.test(before)) {
        chars[start] = '（';
        chars[i] = '）';
        changed += 2;
      }
    }
  }
  return changed;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
