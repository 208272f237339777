import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { formatCsv, parseCsv } from './csv.js';

describe('parseCsv / formatCsv', () => {
  it.each([
    ['the issue’s unclosed quote', 'zh,en\n甲。,"A. unclosed\n乙。,B.\n', 2],
    ['a quote opened after a quoted line break', 'zh,en\r\n甲。,"A.\r\nB."\r\n乙。,"B.\r\n', 4],
    ['a quote in the header', '"zh,en\n', 1],
  ])('rejects %s at the line where the quote opened', (_name, text, line) => {
    expect(() => parseCsv(text, 'pairs.csv')).toThrow(InputError);
    expect(() => parseCsv(text, 'pairs.csv')).toThrow(`pairs.csv:${line}: a quoted field opens on this line and is never closed`);
  });

  it('gives each record the line it starts on, skipping blank lines', () => {
    expect(parseCsv('\uFEFFzh,en\r\n\r\n甲。,"A.\nA2."\n乙。,B.', 'x.csv')).toEqual([
      { line: 1, fields: ['zh', 'en'] },
      { line: 3, fields: ['甲。', 'A.\nA2.'] },
      { line: 5, fields: ['乙。', 'B.'] },
    ]);
  });

  it('reads back any rows it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '甲', '，', '|') });
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const wide = rows.map((row) => ['x', ...row]);
      expect(parseCsv(formatCsv(wide), 'p.csv').map((r) => r.fields)).toEqual(wide);
    }));
  });
});
