import { isMap, isScalar, type Document, type LineCounter } from 'yaml';

/**
 * `line:column` of a key in a parsed YAML document (the key itself, so a message points at
 * `model:` rather than its value), or of the nearest enclosing key that exists.
 */
export function keyPosition(doc: Document, lines: LineCounter, path: readonly string[]): string | undefined {
  let node: unknown = doc.contents;
  let found: string | undefined;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair) break;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      found = `${line}:${col}`;
    }
    node = pair.value;
  }
  return found;
}
