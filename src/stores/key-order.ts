/** Code units of each key the radix passes sort by; longer common beginnings are compared whole. */
const DEPTH = 4;
/** Below this, the default sort is as fast and allocates nothing extra. */
const SMALL = 4096;

/** Code-unit order: stable across machines and locales. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of `keys` in compareKeys order (UTF-16 code units, as the default sort compares), as
 * indexes into `keys`. A million keys sorted by the default sort cost seconds of string
 * comparisons spread over the heap; here a radix sort (LSD, one pass per code unit) on the
 * first four code units of each key comes first, and only keys that share those four are then
 * compared whole. A key shorter than four units counts as padded with U+0000: "a" and "a\0"
 * tie there and are told apart by the whole comparison.
 */
export function keyOrder(keys: readonly string[]): Int32Array {
  const n = keys.length;
  const compare = (x: number, y: number): number => compareKeys(keys[x]!, keys[y]!);
  if (n < SMALL) return Int32Array.from(keys.keys()).sort(compare);
  const units = new Uint16Array(n * DEPTH);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    for (let c = 0, m = Math.min(key.length, DEPTH); c < m; c++) units[i * DEPTH + c] = key.charCodeAt(c);
  }
  let order = Int32Array.from(keys.keys());
  let next = new Int32Array(n);
  const starts = new Int32Array(65537);
  for (let c = DEPTH - 1; c >= 0; c--) {
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[units[order[i]! * DEPTH + c]! + 1]!++;
    for (let u = 0; u < 65536; u++) starts[u + 1]! += starts[u]!;
    for (let i = 0; i < n; i++) next[starts[units[order[i]! * DEPTH + c]!]!++] = order[i]!;
    [order, next] = [next, order];
  }
  const samePrefix = (x: number, y: number): boolean => {
    for (let c = 0; c < DEPTH; c++) if (units[x * DEPTH + c] !== units[y * DEPTH + c]) return false;
    return true;
  };
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && samePrefix(order[i]!, order[j]!)) j++;
    if (j - i > 1) order.subarray(i, j).sort(compare);
    i = j;
  }
  return order;
}
