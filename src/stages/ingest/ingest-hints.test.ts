import { describe, expect, it } from 'vitest';
import type { LineHint } from './formats/converted-source.js';
import { ingestText } from './ingest-text.js';
import { emptyOverrides } from './overrides.js';

const TEXT = [
  '首页 > 新闻中心 > 乡村振兴',
  '',
  '聚焦特色产业发展壮大，持续巩固拓展脱贫攻坚成果',
  '',
  '今年以来，全县围绕特色产业发展，累计投入衔接资金1.2亿元，带动脱贫户增收。',
  '',
  '分享到：微信 微博',
].join('\n');

const HINTS = new Map<number, LineHint>([
  [1, { kind: 'furniture', why: 'breadcrumb (<div class="breadcrumb">)' }],
  [3, { kind: 'heading', level: 2, why: '<h2> element' }],
  [7, { kind: 'furniture', why: 'share widget (<div class="share">)' }],
]);

describe('ingestText with the file structure\'s hints', () => {
  it('drops furniture lines and logs each with the reason', () => {
    const { blocks, diagnostics } = ingestText(TEXT, { file: 'extracted.txt', hints: HINTS });
    expect(blocks.map((b) => b.text)).toEqual(['聚焦特色产业发展壮大，持续巩固拓展脱贫攻坚成果', '今年以来，全县围绕特色产业发展，累计投入衔接资金1.2亿元，带动脱贫户增收。']);
    const dropped = diagnostics.filter((d) => d.ruleId === 'ingest/furniture');
    expect(dropped.map((d) => [d.line, d.reason, d.actual])).toEqual([
      [1, 'dropped: breadcrumb (<div class="breadcrumb">)', '首页 > 新闻中心 > 乡村振兴'],
      [7, 'dropped: share widget (<div class="share">)', '分享到：微信 微博'],
    ]);
    expect(diagnostics.some((d) => d.ruleId === 'ingest/blank-lines')).toBe(false);
  });

  it('a heading hint outranks the classifier, and the hinted line is never joined to the next paragraph', () => {
    const { blocks } = ingestText(TEXT, { file: 'extracted.txt', hints: HINTS });
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2, sourceLine: 3 });
    expect(blocks[1]).toMatchObject({ type: 'paragraph', sourceLine: 5 });
    // Without the hint the cut-looking line is glued to the paragraph after it.
    const plain = ingestText(TEXT, { file: 'source.txt' });
    expect(plain.blocks.some((b) => b.text.startsWith('聚焦特色产业发展壮大，持续巩固拓展脱贫攻坚成果今年以来'))).toBe(true);
  });

  it('overrides.yaml outranks a hint: a furniture line named there is kept, a hinted kind is overridden', () => {
    const overrides = { ...emptyOverrides(), blocks: [{ line: 1, type: 'caption' as const, at: 1 }, { line: 3, type: 'title' as const, at: 2 }] };
    const { blocks } = ingestText(TEXT, { file: 'extracted.txt', hints: HINTS, overrides });
    expect(blocks.map((b) => [b.sourceLine, b.type])).toEqual([[1, 'caption'], [3, 'title'], [5, 'paragraph']]);
  });
});

describe('print furniture and overrides.yaml', () => {
  const PAGED = ['第12页 - 平江文史资料', '', '今年以来，全县累计投入衔接资金1.2亿元，带动脱贫户增收。'].join('\n');

  it('drops a running head, and keeps it as the kind overrides.yaml names', () => {
    expect(ingestText(PAGED, { file: 'source.txt' }).blocks.map((b) => b.sourceLine)).toEqual([3]);
    const overrides = { ...emptyOverrides(), blocks: [{ line: 1, type: 'heading' as const, at: 1 }] };
    const { blocks } = ingestText(PAGED, { file: 'source.txt', overrides });
    expect(blocks.map((b) => [b.sourceLine, b.type, b.text])).toEqual([[1, 'heading', '第12页 - 平江文史资料'], [3, 'paragraph', '今年以来，全县累计投入衔接资金1.2亿元，带动脱贫户增收。']]);
  });
});
