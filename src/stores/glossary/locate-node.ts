import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

type Segment = string | number;

/** `/3/variants/1` (an ajv instancePath) → [3, 'variants', 1]. */
export function pathSegments(instancePath: string): Segment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The YAML node at `path` (or the deepest existing ancestor); with `key`, the key node of the
 * last segment instead of its value, which is where an unknown field should be pointed at.
 */
export function nodeAt(doc: Document, path: readonly Segment[], key = false): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return node;
      node = item;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      const next = last && key ? pair.key : (pair.value ?? pair.key);
      node = next;
    } else {
      return node as Node | undefined;
    }
  }
  return node as Node | undefined;
}

/** 1-based line and column where `node` starts (1:1 when it has no range). */
export function positionOf(node: Node | undefined | null, counter: LineCounter): Position {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

export function positionAt(doc: Document, counter: LineCounter, path: readonly Segment[], key = false): Position {
  return positionOf(nodeAt(doc, path, key), counter);
}
