// Scale-test input: held-out line sets repeated in order until each side has `target` lines (the
// same pairs recur, so every gold bead stays 1:1 on the diagonal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function repeatLines(heldout: string, sets: readonly string[], target: number): { zh: string[]; en: string[] } {
  const read = (f: string): string[] => readFileSync(join(heldout, f), 'utf8').replace(/\n$/u, '').split('\n');
  const zh: string[] = [];
  const en: string[] = [];
  while (zh.length < target) {
    for (const set of sets) {
      zh.push(...read(`${set}.zh.txt`));
      en.push(...read(`${set}.en.txt`));
    }
  }
  zh.length = target;
  en.length = target;
  return { zh, en };
}
