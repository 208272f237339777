import { XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';

/**
 * Checks an exchange file (TMX, TBX, XLIFF) before it is parsed: well-formed XML, and no entity
 * declarations. Entities in a DOCTYPE can point at other files (`SYSTEM "file:///…"`) or expand
 * exponentially; no exchange file needs them, so they are refused rather than expanded.
 */
export function checkXml(xml: string, file: string, code: string, hint: string): void {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(code, `${file}:${valid.err.line}:${valid.err.col}: not well-formed XML: ${valid.err.msg}`, { hint });
  }
  const at = entityDeclaration(xml);
  if (at >= 0) {
    throw new InputError('input/xml-entities', `${file}:${lineOf(xml, at)}: the DOCTYPE declares entities (<!ENTITY …>); duizhao does not accept entity declarations and never loads the files they point to.`, {
      hint: 'Delete the <!DOCTYPE …[ … ]> block and write the text itself where the file uses &name; references, then import again.',
    });
  }
}

/** Runs a parser; anything it throws about the text becomes an InputError on the file. */
export function parseCheckedXml<T>(parse: () => T, file: string, code: string, hint: string): T {
  try {
    return parse();
  } catch (error) {
    throw new InputError(code, `${file}: cannot read the XML: ${(error as Error).message}.`, { cause: error, hint });
  }
}

/** Offset of the first <!ENTITY inside a DOCTYPE's internal subset, or -1. */
function entityDeclaration(xml: string): number {
  const doctype = xml.search(/<!DOCTYPE\b/i);
  if (doctype < 0) return -1;
  const open = xml.indexOf('[', doctype);
  const close = xml.indexOf('>', doctype);
  if (open < 0 || (close >= 0 && close < open)) return -1;
  const end = xml.indexOf(']', open);
  const entity = xml.slice(open, end < 0 ? undefined : end).search(/<!ENTITY\b/i);
  return entity < 0 ? -1 : open + entity;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
