import { visit, type Document } from 'yaml';

/**
 * The first alias (`*name`) with no anchor (`&name`) before it, which would make the YAML library
 * throw while converting the document; undefined when every alias resolves.
 */
export function findUnresolvedAlias(doc: Document, text: string): { line: number; alias: string } | undefined {
  let found: { line: number; alias: string } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      const offset = node.range?.[0] ?? 0;
      found = { line: text.slice(0, offset).split('\n').length, alias: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

export function unresolvedAliasMessage(file: string, found: { line: number; alias: string }): string {
  return `${file}:${found.line}: the alias *${found.alias} refers to no anchor (&${found.alias}) above it.`;
}
