import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/paths.js';
import { parseZhMarkdown, renderZhMarkdown } from '../../stores/zh-markdown.js';
import { decodeBytes } from './decode.js';
import { ingestText } from './ingest-text.js';
import { parseOverrides } from './overrides.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'ingest');
const names = readdirSync(FIXTURES).filter((n) => n.startsWith('repair-'));
const ingestFixture = (name: string) => {
  const dir = join(FIXTURES, name);
  const overrides = join(dir, 'overrides.yaml');
  return ingestText(decodeBytes(readFileSync(join(dir, 'source.txt')), 'source.txt').text, {
    file: 'source.txt',
    ...(existsSync(overrides) ? { overrides: parseOverrides(readFileSync(overrides, 'utf8'), 'overrides.yaml'), overridesFile: 'overrides.yaml' } : {}),
  });
};
const expected = (name: string) => readFileSync(join(FIXTURES, name, 'expected.zh.md'), 'utf8');

describe('repair-* ingest fixtures', () => {
  it('there are at least three', () => expect(names.length).toBeGreaterThanOrEqual(3));

  // Block kinds (furniture, headings vs short paragraphs) are other stages' work; the repairs must
  // give every expected text exactly, in order.
  it.each(names)('%s: every block text of expected.zh.md comes out repaired, in order', (name) => {
    const got = ingestFixture(name).blocks.map((b) => b.text);
    const want = parseZhMarkdown(expected(name)).map((b) => b.text);
    expect(got.filter((t) => want.includes(t))).toEqual(want);
  });

  it('repair-split-join-override: the overrides give expected.zh.md exactly', () => {
    expect(renderZhMarkdown(ingestFixture('repair-split-join-override').blocks)).toBe(expected('repair-split-join-override'));
  });
});
