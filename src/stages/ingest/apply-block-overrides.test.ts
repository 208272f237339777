import { describe, expect, it } from 'vitest';
import { ingestText } from './ingest-text.js';
import { parseOverrides } from './overrides.js';

// A county web report as pasted: breadcrumb, title, a kicker, two paragraphs glued on one line,
// a paragraph the layout cut in two, a photo caption.
const SOURCE = [
  '首页 > 乡村振兴 > 工作动态', // 1
  '', // 2
  '岢岚县：易地搬迁让群众住上好房子', // 3
  '', // 4
  '记者 王晓东', // 5
  '', // 6
  '2021年以来，岢岚县把易地扶贫搬迁作为脱贫攻坚的头号工程。二是抓好后续扶持，确保搬得出、稳得住、能致富。', // 7
  '', // 8
  '宋家沟新村建成后，全村一百四十五户群众全部入住。', // 9
  '', // 10
  '村里还建起了扶贫车间。', // 11
  '', // 12
  '宋家沟新村全景', // 13
  '',
].join('\n');

const ingest = (yaml: string) => ingestText(SOURCE, { file: 'source.txt', overrides: parseOverrides(yaml, 'overrides.yaml'), overridesFile: 'overrides.yaml' });
const texts = (yaml: string) => ingest(yaml).blocks.map((b) => [b.type, b.text]);

describe('overrides.yaml block corrections', () => {
  it('sets the title text', () => {
    const result = ingest('title: 岢岚县易地扶贫搬迁工作纪实\n');
    expect(result.blocks.filter((b) => b.type === 'title').map((b) => b.text)).toEqual(['岢岚县易地扶贫搬迁工作纪实']);
  });

  it('sets the kind of any block by source line, and drop removes it and logs it to repairs', () => {
    const result = ingest('blocks:\n  - line: 1\n    type: drop\n  - line: 3\n    type: title\n  - line: 5\n    type: byline\n  - line: 13\n    type: caption\n');
    expect(result.blocks[0]).toMatchObject({ type: 'title', text: '岢岚县：易地搬迁让群众住上好房子' });
    expect(result.blocks.find((b) => b.sourceLine === 5)?.type).toBe('byline');
    expect(result.blocks.find((b) => b.sourceLine === 13)?.type).toBe('caption');
    expect(result.blocks.some((b) => b.text.includes('首页'))).toBe(false);
    expect(result.diagnostics.find((d) => d.ruleId === 'ingest/override-drop')).toMatchObject({ line: 1, actual: '首页 > 乡村振兴 > 工作动态' });
  });

  it('splits a paragraph at a given text, the second part optionally of another kind', () => {
    const blocks = texts('blocks:\n  - split: { line: 7, at: "二是抓好" }\n');
    expect(blocks).toContainEqual(['paragraph', '2021年以来，岢岚县把易地扶贫搬迁作为脱贫攻坚的头号工程。']);
    expect(blocks).toContainEqual(['paragraph', '二是抓好后续扶持，确保搬得出、稳得住、能致富。']);
    const typed = texts('split:\n  - { line: 7, at: "二是", type: heading }\n');
    expect(typed).toContainEqual(['heading', '二是抓好后续扶持，确保搬得出、稳得住、能致富。']);
  });

  it('joins blocks by their lines, or every block from one line to another', () => {
    const byLines = texts('blocks:\n  - join: { lines: [9, 11] }\n');
    expect(byLines).toContainEqual(['paragraph', '宋家沟新村建成后，全村一百四十五户群众全部入住。村里还建起了扶贫车间。']);
    const byRange = texts('join:\n  - { from: 9, to: 12 }\n');
    expect(byRange).toEqual(byLines);
  });

  it.each([
    ['a kind on a line where no block starts', 'blocks:\n  - line: 8\n    type: caption\n', /overrides\.yaml:2: type caption: no block starts on source line 8 \(blocks start on lines 7 and 9 nearby\)/u],
    ['a split text that is not in the block', 'blocks:\n  - split: { line: 7, at: "三是" }\n', /overrides\.yaml:2: split: "三是" is not in the block on line 7 \("2021年以来/u],
    ['a join of blocks that are not neighbours', 'blocks:\n  - join: { lines: [7, 11] }\n', /overrides\.yaml:2: join: the blocks on lines 7, 11 are not next to each other; list consecutive blocks \(7, 9, 11\)/u],
    ['a join range holding one block', 'join:\n  - { from: 12, to: 13 }\n', /overrides\.yaml:2: join: source lines 12–13 hold 1 block start; a join needs two or more/u],
  ])('refuses %s, naming the entry and what would match', (_, yaml, message) => {
    let error: unknown;
    try { ingest(yaml); } catch (e) { error = e; }
    expect(error).toMatchObject({ code: 'overrides/stale', hint: expect.stringContaining('source.txt line') });
    expect((error as { details: string[] }).details.join('\n')).toMatch(message);
  });

  it.each([
    ['an unknown kind', 'blocks:\n  - line: 3\n    type: kicker\n', /overrides\.yaml:2: a block override needs line \(number\) and type \(one of title, subtitle, heading, byline, caption, dateline, paragraph, drop\)/u],
    ['a split without its text', 'blocks:\n  - split: { line: 7 }\n', /overrides\.yaml:2: a split needs line/u],
    ['a join of one line', 'join:\n  - { lines: [7] }\n', /overrides\.yaml:2: a join needs lines/u],
    ['a title that is not text', 'title: [a]\n', /overrides\.yaml:1: title must be the title's text/u],
  ])('rejects %s when reading overrides.yaml', (_, yaml, message) => {
    let error: unknown;
    try { parseOverrides(yaml, 'overrides.yaml'); } catch (e) { error = e; }
    expect(error).toMatchObject({ code: 'overrides/invalid' });
    expect((error as { details: string[] }).details.join('\n')).toMatch(message);
  });
});
