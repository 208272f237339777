import { describe, expect, it } from 'vitest';
import { footnoteBase } from '../stages/render/bilingual-edition.js';
import { decideFootnote } from './decide-footnote.js';

const OLD = 'The amount is damaged in the source.';
const NEW = 'The amount (about 60,000 yuan) is partly illegible in the source.';

describe('decideFootnote', () => {
  it.each([
    ['a note left as shown', OLD, footnoteBase(OLD), OLD],
    ['a note left as shown, the memory changed since', OLD, footnoteBase(OLD), NEW],
    ['a note re-wrapped only', 'The amount is damaged\n in the source.', footnoteBase(OLD), OLD],
    ['the same note written in both places', NEW, footnoteBase(OLD), NEW],
    ['no note shown and none written', '', footnoteBase(''), ''],
    ['no base, the same note', OLD, undefined, OLD],
  ])('keeps the memory for %s', (_name, edited, base, current) => {
    expect(decideFootnote(edited, base, current)).toEqual({ kind: 'keep' });
  });

  it.each([
    ['an edited note', NEW, footnoteBase(OLD), OLD, NEW],
    ['a note added', NEW, footnoteBase(''), '', NEW],
    ['a note removed', '', footnoteBase(OLD), OLD, ''],
    ['a note added without a base where the memory has none', NEW, undefined, '', NEW],
  ])('writes %s', (_name, edited, base, current, footnote) => {
    expect(decideFootnote(edited, base, current)).toEqual({ kind: 'set', footnote });
  });

  it.each([
    ['edited here and in the memory', NEW, footnoteBase(OLD), 'Another note.'],
    ['added here while the memory gained another', NEW, footnoteBase(''), OLD],
    ['removed here while the memory changed', '', footnoteBase(OLD), NEW],
    ['without a base, a different note in the memory', NEW, undefined, OLD],
  ])('is a conflict when %s', (_name, edited, base, current) => {
    const decision = decideFootnote(edited, base, current);
    expect(decision.kind).toBe('conflict');
    expect(decision.kind === 'conflict' && decision.what).toMatch(/changed both here and in the memory/);
  });
});
