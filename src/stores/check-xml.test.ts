import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseTbx } from './tbx.js';
import { parseTmx } from './tmx.js';

const BODY = '<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"><seg>甲&e;</seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>';

describe('exchange files with a DOCTYPE', () => {
  it.each([
    ['an external entity', '<!DOCTYPE tmx [<!ENTITY e SYSTEM "file:///etc/passwd">]>'],
    ['an internal entity', '<!DOCTYPE tmx [<!ENTITY e "x">]>'],
    ['nested entities (billion laughs)', '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;"><!ENTITY e "&b;&b;">]>'],
    ['a parameter entity', '<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]>'],
  ])('refuse %s as an input error, never expanding it', (_name, doctype) => {
    const xml = `<?xml version="1.0"?>\n${doctype}${BODY}`;
    expect(() => parseTmx(xml, 'x.tmx')).toThrow(InputError);
    expect(() => parseTmx(xml, 'x.tmx')).toThrow(/^x\.tmx:2: the DOCTYPE declares entities/);
  });

  it('read a DOCTYPE that only names the DTD, leaving undeclared references as written', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n${BODY}`;
    expect(parseTmx(xml, 'x.tmx')).toEqual([{ zh: '甲&e;', en: 'A', at: 'x.tmx: <tu> 1', entry: {} }]);
  });

  it('refuse entities in TBX too', () => {
    const xml = '<!DOCTYPE tbx [<!ENTITY e SYSTEM "file:///etc/passwd">]><tbx><text><body/></text></tbx>';
    expect(() => parseTbx(xml, 'g.tbx')).toThrow(/^g\.tbx:1: the DOCTYPE declares entities/);
  });
});
