import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LICHENG } from './fake-backends/licheng-project.js';
import { createTempProject, type TempProject } from './temp-project.js';

/** Two sentences of the Licheng report with the team's English, as a JSONL import file. */
export const MEMORY_PAIRS = [
  { zh: '全县上下主动作为、奋力攻坚。', en: 'The whole county took the initiative and fought hard.' },
  { zh: '10个贫困村全部退出。', en: 'All 10 poor villages were lifted out of poverty.' },
];

export const GLOSSARY_SLOGANS = `- zh: 精准扶贫
  en: targeted poverty alleviation
  kind: slogan
  forbidden: [precise poverty alleviation]
  status: approved
- zh: 脱贫攻坚
  en: the fight against poverty
  kind: slogan
  status: approved
`;

/**
 * A small, fully built project to clone per test: report `licheng` (added from text), a glossary
 * file, two human translations in the memory, both editions built, and in `exports/` the files
 * duizhao itself writes for exchange (the report as XLIFF, the glossary as TBX and CSV, the memory
 * as TMX, CSV and JSONL) for cases to corrupt.
 */
export async function createBaseProject(): Promise<TempProject> {
  const project = await createTempProject();
  const { root } = project;
  await writeFile(join(root, 'duizhao.yaml'), '# duizhao project configuration\ncheck:\n  rules:\n    text/length-ratio: off\n');
  await writeFile(join(root, 'licheng.txt'), LICHENG);
  await must(project, 'add', join(root, 'licheng.txt'), '--id', 'licheng');
  await rm(join(root, 'licheng.txt'));
  await mkdir(join(root, 'glossary'), { recursive: true });
  await writeFile(join(root, 'glossary', 'slogans.yaml'), GLOSSARY_SLOGANS);
  await mkdir(join(root, 'exports'), { recursive: true });
  await writeFile(join(root, 'exports', 'pairs.jsonl'), MEMORY_PAIRS.map((p) => JSON.stringify(p)).join('\n') + '\n');
  await writeFile(join(root, 'exports', 'pairs.xlf'), xliffOf(MEMORY_PAIRS));
  await must(project, 'memory', 'import', 'exports/pairs.jsonl', '--origin', 'manual', '--report', 'licheng');
  await must(project, 'build');
  await must(project, 'xliff', 'export', 'licheng', '--out', 'exports/licheng.xlf');
  await must(project, 'glossary', 'export', '--format', 'tbx', '--out', 'exports/glossary.tbx');
  await must(project, 'glossary', 'export', '--format', 'csv', '--out', 'exports/glossary.csv');
  for (const format of ['tmx', 'csv', 'jsonl']) await must(project, 'memory', 'export', '--format', format, '--out', `exports/memory.${format}`);
  return project;
}

/** An XLIFF 1.2 file as a CAT tool writes it (no duizhao attributes), every unit translated. */
function xliffOf(pairs: ReadonlyArray<{ zh: string; en: string }>): string {
  const units = pairs.map((p, i) => `      <trans-unit id="${i + 1}">\n        <source>${p.zh}</source>\n        <target state="translated">${p.en}</target>\n      </trans-unit>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="pairs.txt" source-language="zh-Hans" target-language="en" datatype="plaintext">\n    <body>\n${units.join('\n')}\n    </body>\n  </file>\n</xliff>\n`;
}

async function must(project: TempProject, ...argv: string[]): Promise<void> {
  const result = await project.cli(...argv);
  if (result.code !== 0) throw new Error(`duizhao ${argv.join(' ')} → ${result.code}\n${result.out}${result.err}`);
}

/** A file of the base project, as text. */
export async function baseText(project: TempProject, path: string): Promise<string> {
  return readFile(join(project.root, path), 'utf8');
}
