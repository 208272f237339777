import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import type { TempProject } from '../../helpers/temp-project.js';

/** `n` distinct Chinese–English pairs (village by village), as JSONL, starting at `from`. */
export function villagePairs(n: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) lines.push(JSON.stringify({ zh: `第${i}号村${i % 7 === 0 ? '整村' : ''}完成脱贫任务，人均收入${i}元。`, en: `Village ${i} finished its poverty task; income per head ${i} yuan.` }));
  return `${lines.join('\n')}\n`;
}

/** A report of `n` distinct sentences, for translate runs long enough to interrupt. */
export function longReport(n: number): string {
  const paragraphs: string[] = ['黎城县脱贫攻坚纪实', ''];
  for (let i = 0; i < n; i += 3) {
    paragraphs.push(Array.from({ length: 3 }, (_, k) => `全县第${i + k}个行政村新修道路${i + k}公里。`).join(''), '');
  }
  return paragraphs.join('\n');
}

/** The English a reviewer writes under every untranslated segment of the bilingual edition. */
export function reviewEveryMissing(edition: string): string {
  // The same Chinese (a repeated sentence) gets the same English, as a reviewer would write it.
  return edition.replace(/(### `[0-9a-f-]+` missing\n\n> (.+)\n\n)\n/g, (_m, head: string, zh: string) => `${head}Reviewed English number ${[...zh].reduce((h, c) => (h * 31 + c.codePointAt(0)!) % 100_000, 7)}.\n`);
}

/** Entries in the file `memory import` is killed during. */
export const IMPORT_ENTRIES = 2000;

export async function createCrashBase(): Promise<TempProject> {
  const base = await createBaseProject();
  await writeFile(join(base.root, 'exports', 'villages.jsonl'), villagePairs(IMPORT_ENTRIES));
  return base;
}
