import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../model/diagnostic.js';
import { ingestReportText } from './ingest-report.js';
import { convertReportSource } from './report-source.js';

const PAGE = [
  '<!DOCTYPE html>',
  '<html><head><meta charset="utf-8"><title>县里新闻</title></head><body>',
  '<h1>全县衔接资金投入再创新高</h1>',
  '<p>今年以来，全县累计投入衔接资金1.2亿元，带动脱贫户增收。</p>',
  '<p>责任编辑：王小明</p>',
  '</body></html>',
].join('\n');

describe('ingestReportText: findings about extracted.txt name the line of the user’s own file', () => {
  it('shows the origin of an extracted line beside its extracted.txt location', async () => {
    const source = await convertReportSource(new TextEncoder().encode(PAGE), 'news', 'source.html', 'html');
    const { diagnostics } = ingestReportText('news', source);
    const credit = diagnostics.find((d) => d.actual === '责任编辑：王小明');
    expect(credit?.file).toBe('corpus/news/extracted.txt');
    expect(credit?.origin).toBe('corpus/news/source.html:5');
    expect(formatDiagnostic(credit!)).toMatch(/^corpus\/news\/extracted\.txt:\d+ \(corpus\/news\/source\.html:5\): warning ingest\/furniture: /u);
  });
});
