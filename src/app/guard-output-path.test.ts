import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { assertNotProjectData } from './guard-output-path.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'duizhao-guard-'));
  const project = join(root, 'project');
  for (const dir of ['corpus/fang', 'glossary', 'translations/memory', 'work']) mkdirSync(join(project, dir), { recursive: true });
  for (const file of ['duizhao.yaml', 'corpus/fang/source.txt', 'glossary/slogans.yaml', 'translations/memory/memory.jsonl', 'translations/fang.en.md']) {
    writeFileSync(join(project, file), 'data\n');
  }
  symlinkSync(join(project, 'translations/memory/memory.jsonl'), join(project, 'work/pairs-link.tsv'));
  symlinkSync(join(project, 'translations/memory'), join(project, 'work/mem'));
  symlinkSync(join(project, 'glossary'), join(root, 'outside-link'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function verdict(path: string): string {
  try {
    assertNotProjectData(path, root);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).exitCode).toBe(2);
    return /would overwrite (.+?) \(/.exec((error as Error).message)![1]!;
  }
}

describe('assertNotProjectData', () => {
  it.each([
    ['project/translations/memory/memory.jsonl', 'the translation memory'],
    ['project/translations/memory/new.tsv', 'the translation memory'],
    ['project/translations/fang.en.md', 'the editions'],
    ['project/glossary/slogans.yaml', 'the glossary'],
    ['project/corpus/fang/source.txt', 'the corpus'],
    ['project/duizhao.yaml', 'the project configuration'],
    ['project/work/../translations/memory/memory.jsonl', 'the translation memory'],
    ['project/work/pairs-link.tsv', 'the translation memory'],
    ['project/work/mem/pairs.tsv', 'the translation memory'],
    ['project/work/mem/../../glossary/x.yaml', 'the glossary'],
    ['outside-link/slogans.yaml', 'the glossary'],
    ['project/work/pairs.tsv', 'ok'],
    ['project/pairs.tsv', 'ok'],
    ['project/new-folder/pairs.tsv', 'ok'],
    ['project/translations-old.tsv', 'ok'],
    ['elsewhere.tsv', 'ok'],
  ])('%s → %s', (path, expected) => {
    expect(verdict(path)).toBe(expected);
  });
});
