/** One occurrence found by the automaton: pattern index and UTF-16 end offset (exclusive). */
export interface AutomatonHit {
  pattern: number;
  start: number;
  end: number;
}

export interface AhoCorasick {
  /** Every occurrence of every pattern in `text`, overlapping ones included, by end offset. */
  search(text: string): AutomatonHit[];
  readonly size: number;
}

/**
 * An Aho–Corasick automaton over UTF-16 code units: one pass over the text finds all patterns,
 * however many there are (Aho & Corasick 1975). Transitions are per-node Maps, since Chinese
 * has too large an alphabet for arrays; failure links are resolved when stepping.
 */
export function createAhoCorasick(patterns: readonly string[]): AhoCorasick {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const output: number[] = [-1]; // longest pattern ending exactly at this node
  const dict: number[] = [-1]; // nearest node on the failure chain with an output
  const depth: number[] = [0];
  patterns.forEach((pattern, index) => {
    if (pattern === '') return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = next[node]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        fail.push(0);
        output.push(-1);
        dict.push(-1);
        depth.push(depth[node]! + 1);
        next[node]!.set(c, child);
      }
      node = child;
    }
    if (output[node] === -1) output[node] = index;
  });
  const queue: number[] = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child]!;
      dict[child] = output[fc] !== -1 ? fc : dict[fc]!;
      queue.push(child);
    }
  }
  return {
    size: next.length,
    search(text) {
      const hits: AutomatonHit[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (node !== 0 && !next[node]!.has(c)) node = fail[node]!;
        node = next[node]!.get(c) ?? 0;
        for (let n = output[node] !== -1 ? node : dict[node]!; n !== -1 && n !== 0; n = dict[n]!) {
          hits.push({ pattern: output[n]!, start: i + 1 - depth[n]!, end: i + 1 });
        }
      }
      return hits;
    },
  };
}
