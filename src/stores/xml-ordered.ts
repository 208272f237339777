import { XMLParser } from 'fast-xml-parser';
import { checkXml, parseCheckedXml } from './check-xml.js';

/**
 * An element as fast-xml-parser gives it with preserveOrder: `{ [tag]: children, ':@': attributes }`.
 * Order matters for exchange formats: a TMX or XLIFF segment mixes text with inline markup.
 */
export type XmlElement = Record<string, unknown>;

/**
 * Inline elements whose content is native markup, not text: dropped from a segment's text
 * (TMX bpt/ept/ph/it/ut/sub, XLIFF 1.2 x/bx/ex, XLIFF 2.0 sc/ec/sm/em). hi, g, pc and mrk keep their text.
 */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em']);

/** Checks (InputError with file:line:column on malformed XML or entity declarations), then parses keeping order. */
export function parseOrderedXml(xml: string, file: string, hint: string): XmlElement[] {
  checkXml(xml, file, 'input/bad-xml', hint);
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false,
    parseTagValue: false, parseAttributeValue: false, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true,
  });
  return parseCheckedXml(() => parser.parse(xml) as XmlElement[], file, 'input/bad-xml', hint);
}

export function tagOf(node: XmlElement): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** Child elements named `name` (all elements when name is omitted) of a node or a node list. */
export function children(parent: XmlElement | XmlElement[] | undefined, name?: string): XmlElement[] {
  if (!parent) return [];
  const nodes = Array.isArray(parent) ? parent : ((parent[tagOf(parent) ?? ''] as XmlElement[] | undefined) ?? []);
  return nodes.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && tag !== '#text' && (name === undefined || tag === name);
  });
}

export function first(nodes: XmlElement[]): XmlElement | undefined {
  return nodes[0];
}

export function attr(node: XmlElement | undefined, name: string): string | undefined {
  const value = (node?.[':@'] as Record<string, unknown> | undefined)?.[name];
  return value === undefined ? undefined : String(value);
}

/** Text of an element with inline markup stripped. */
export function textContent(node: XmlElement | undefined): string {
  if (!node) return '';
  const tag = tagOf(node);
  if (tag === '#text') return String(node['#text']);
  if (tag === undefined || CODE_ELEMENTS.has(tag)) return '';
  return ((node[tag] as XmlElement[] | undefined) ?? []).map((child) => textContent(child)).join('');
}
