/**
 * A letter trie over romanised names (`zhanming`), so the spellings a run of Chinese characters
 * may have are trie nodes extended one pinyin reading at a time, not strings built and looked up
 * in a set of names and a set of all their prefixes. Node 0 is the empty spelling; -1 is a
 * spelling no name begins with (it stays -1 however it is extended).
 */
export interface NameTrie {
  extend(node: number, letters: string): number;
  /** The name spelt by the node, or undefined. */
  nameAt(node: number): string | undefined;
  /** Whether a longer name begins with the node's spelling. */
  continues(node: number): boolean;
}

const CHAR_CODES = 0x10000;
const cache = new WeakMap<ReadonlySet<string>, NameTrie>();

/** The trie of a set of names (built once per set). */
export function nameTrie(names: ReadonlySet<string>): NameTrie {
  let trie = cache.get(names);
  if (!trie) cache.set(names, (trie = buildNameTrie(names)));
  return trie;
}

function buildNameTrie(names: ReadonlySet<string>): NameTrie {
  const edges = new Map<number, number>();
  const named: Array<string | undefined> = [undefined];
  const parent: boolean[] = [false];
  for (const name of names) {
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const key = node * CHAR_CODES + name.charCodeAt(k);
      let child = edges.get(key);
      if (child === undefined) {
        child = named.length;
        named.push(undefined);
        parent.push(false);
        edges.set(key, child);
      }
      parent[node] = true;
      node = child;
    }
    named[node] = name;
  }
  // Most extensions start a run: the spelling of each reading from the empty one is kept.
  const fromRoot = new Map<string, number>();
  const walk = (node: number, letters: string): number => {
    for (let k = 0; k < letters.length && node >= 0; k++) node = edges.get(node * CHAR_CODES + letters.charCodeAt(k)) ?? -1;
    return node;
  };
  return {
    extend(node, letters) {
      if (node !== 0) return walk(node, letters);
      let reached = fromRoot.get(letters);
      if (reached === undefined) fromRoot.set(letters, (reached = walk(0, letters)));
      return reached;
    },
    nameAt: (node) => (node >= 0 ? named[node] : undefined),
    continues: (node) => node >= 0 && parent[node]!,
  };
}
