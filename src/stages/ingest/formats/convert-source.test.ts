import { describe, expect, it } from 'vitest';
import { InputError } from '../../../errors.js';
import { convertSource, readsSourceLines } from './convert-source.js';

describe('convertSource: the converter registry', () => {
  it('text is decoded as it is, and its own lines are the ones the pipeline reads', async () => {
    const converted = await convertSource(new TextEncoder().encode('县情概况\n全县共有贫困村285个。\n'), 'source.txt');
    expect(converted).toMatchObject({ format: 'text', text: '县情概况\n全县共有贫困村285个。\n', encoding: 'utf-8' });
    expect(readsSourceLines(converted)).toBe(true);
  });

  it('a PDF goes to the PDF reader: a damaged one is refused as such, not as text', async () => {
    const error = await convertSource(new TextEncoder().encode('%PDF-1.4\n...'), 'corpus/x/source.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('input/pdf-unreadable');
  });
});
