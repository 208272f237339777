import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/**
 * `line:column` of a key in a parsed YAML document (the key itself, so a message points at
 * `model:` rather than its value; a list item by its index, at the item), or of the nearest
 * enclosing key that exists.
 */
export function keyPosition(doc: Document, lines: LineCounter, path: readonly string[]): string | undefined {
  let node: unknown = doc.contents;
  let found: string | undefined;
  for (const key of path) {
    if (isSeq(node)) {
      // A list item (`publicHosts[1]`): its value's own position, a list item having no key.
      const item: unknown = node.items[Number(key)];
      const range = isScalar(item) || isMap(item) || isSeq(item) ? item.range : undefined;
      if (!range) break;
      const { line, col } = lines.linePos(range[0]);
      found = `${line}:${col}`;
      node = item;
      continue;
    }
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
