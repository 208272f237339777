import { describe, expect, it } from 'vitest';
import { patchEntryText } from './patch-entry-text.js';

const FILE = [
  '# policies',
  '- zh: 精准扶贫',
  '  en: targeted poverty alleviation # official',
  '  kind: policy',
  '  note: >-',
  '    Announced in Xiangxi',
  '    in November 2013.',
  '  status: proposed',
  '',
  '- zh: 扶贫',
  '  en: poverty alleviation',
  '  kind: policy',
  '  status: approved',
  '',
].join('\n');

describe('patchEntryText', () => {
  it.each([
    ['replaces a value and keeps its comment', 0, { en: 'targeted poverty reduction' }, '  en: targeted poverty reduction # official'],
    ['replaces a folded block scalar', 0, { note: 'Xiangxi, 2013.' }, '  kind: policy\n  note: Xiangxi, 2013.\n  status: proposed'],
    ['inserts a new field in canonical order', 0, { forbidden: ['precise poverty alleviation'] }, '  kind: policy\n  forbidden: [precise poverty alleviation]\n  note: >-'],
    ['inserts a source as a padded flow map', 1, { source: { title: 'White paper', date: '2021-04-06' } }, '  kind: policy\n  source: { title: White paper, date: 2021-04-06 }\n  status: approved\n'],
    ['inserts variants right after zh', 1, { variants: ['扶貧工作'] }, '- zh: 扶贫\n  variants: [扶貧工作]\n  en: poverty alleviation'],
    ['removes a field', 0, { note: undefined }, '  kind: policy\n  status: proposed\n\n- zh: 扶贫'],
  ])('%s', (_name, index, patch, expected) => {
    const out = patchEntryText(FILE, index, patch);
    expect(out).toContain(expected);
    expect(out.startsWith('# policies\n- zh: 精准扶贫\n')).toBe(true);
    // The other entry is untouched.
    expect(out).toContain(index === 0 ? '- zh: 扶贫\n  en: poverty alleviation\n  kind: policy\n  status: approved\n' : '  en: targeted poverty alleviation # official\n');
  });
});
