import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findUnresolvedAlias } from './find-unresolved-alias.js';

describe('findUnresolvedAlias', () => {
  it.each([
    ['title: x\nscript: *a\n', { line: 2, alias: 'a' }],
    ['<<: *base\n', { line: 1, alias: 'base' }],
    ['- zh: 甲\n  en: *later\n- &later x\n', { line: 2, alias: 'later' }],
  ])('%j: the alias and its line (the YAML library would throw on toJS)', (text, expected) => {
    const doc = parseDocument(text);
    expect(() => doc.toJS()).toThrow();
    expect(findUnresolvedAlias(doc, text)).toEqual(expected);
  });

  it('aliases with anchors resolve', () => {
    const text = 'a: &x 1\nb: *x\n';
    expect(findUnresolvedAlias(parseDocument(text), text)).toBeUndefined();
  });
});
