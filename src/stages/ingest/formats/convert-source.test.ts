import { describe, expect, it } from 'vitest';
import { InputError } from '../../../errors.js';
import { CONVERTERS, convertSource, readsSourceLines } from './convert-source.js';

describe('convertSource: the converter registry', () => {
  it('text is decoded as it is, and its own lines are the ones the pipeline reads', async () => {
    const converted = await convertSource(new TextEncoder().encode('县情概况\n全县共有贫困村285个。\n'), 'source.txt');
    expect(converted).toMatchObject({ format: 'text', text: '县情概况\n全县共有贫困村285个。\n', encoding: 'utf-8' });
    expect(readsSourceLines(converted)).toBe(true);
  });

  it('a format without a converter is refused with an input error that says so and what to do', async () => {
    const pdf = CONVERTERS.pdf;
    delete CONVERTERS.pdf;
    try {
      const error = await convertSource(new TextEncoder().encode('%PDF-1.4\n...'), 'corpus/x/source.pdf').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('input/unsupported-format');
      expect((error as InputError).message).toBe('corpus/x/source.pdf is a PDF, and reading PDF files is not supported yet.');
    } finally {
      if (pdf) CONVERTERS.pdf = pdf;
    }
  });
});
