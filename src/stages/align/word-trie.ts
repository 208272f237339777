/**
 * A character trie over dictionary headwords, so forward maximum matching finds the longest word
 * at a position in one walk instead of probing a map with every substring from the longest
 * possible length down. Edges live in one numeric map (node × code-point space + code point):
 * far less memory than a map per node, and no substring is built while walking.
 */
export interface WordMatch<T> {
  /** Characters (code points) of the word. */
  length: number;
  value: T;
}

export interface WordTrie<T> {
  /** The longest word of at most `maxLength` characters starting at `chars[at]`, or undefined. */
  longestAt(chars: readonly string[], at: number, maxLength: number): WordMatch<T> | undefined;
}

const CODE_POINTS = 0x110000;

/** A trie of `words`; a word given twice keeps its first value (callers pass each word once). */
export function createWordTrie<T>(words: Iterable<readonly [string, T]>): WordTrie<T> {
  const edges = new Map<number, number>();
  const values: Array<T | undefined> = [undefined];
  for (const [word, value] of words) {
    let node = 0;
    for (const char of word) {
      const key = node * CODE_POINTS + char.codePointAt(0)!;
      let child = edges.get(key);
      if (child === undefined) {
        child = values.length;
        values.push(undefined);
        edges.set(key, child);
      }
      node = child;
    }
    values[node] ??= value;
  }
  return {
    longestAt(chars, at, maxLength) {
      let node = 0;
      let best: WordMatch<T> | undefined;
      const end = Math.min(chars.length, at + maxLength);
      for (let k = at; k < end; k++) {
        const child = edges.get(node * CODE_POINTS + chars[k]!.codePointAt(0)!);
        if (child === undefined) break;
        node = child;
        const value = values[node];
        if (value !== undefined) best = { length: k - at + 1, value };
      }
      return best;
    },
  };
}
