/**
 * Bigram → dense number, for the fuzzy index. An open-addressing hash table over the two UTF-16
 * code units packed in 32 bits: a Map with such keys boxes them as heap numbers, which made
 * building a 1M-entry index several times slower.
 */
export interface GramTableParts {
  keys: Uint32Array;
  /** A power of two long; -1 marks an empty slot. */
  values: Int32Array;
  size: number;
}

export class GramTable {
  private keys: Uint32Array = new Uint32Array(1 << 12);
  private values: Int32Array = new Int32Array(1 << 12).fill(-1);
  private bits = 12;
  size = 0;

  /** The table as stored in the index cache (its arrays are used as they are, not copied). */
  static fromParts(parts: GramTableParts): GramTable {
    const table = new GramTable();
    table.keys = parts.keys;
    table.values = parts.values;
    table.bits = Math.log2(parts.values.length);
    table.size = parts.size;
    return table;
  }

  parts(): GramTableParts {
    return { keys: this.keys, values: this.values, size: this.size };
  }

  static code(text: string, i: number): number {
    return ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  }

  /** The bigram's number, or -1 when it was never added. */
  get(code: number): number {
    for (let slot = this.slot(code); ; slot = (slot + 1) & (this.values.length - 1)) {
      const value = this.values[slot]!;
      if (value === -1 || this.keys[slot] === code) return value;
    }
  }

  /** The bigram's number, numbering it next if it is new. */
  add(code: number): number {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    for (let slot = this.slot(code); ; slot = (slot + 1) & (this.values.length - 1)) {
      const value = this.values[slot]!;
      if (value !== -1 && this.keys[slot] === code) return value;
      if (value === -1) {
        this.keys[slot] = code;
        this.values[slot] = this.size;
        return this.size++;
      }
    }
  }

  private slot(code: number): number {
    return Math.imul(code, 0x9e3779b1) >>> (32 - this.bits);
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Uint32Array(1 << this.bits);
    this.values = new Int32Array(1 << this.bits).fill(-1);
    for (let i = 0; i < values.length; i++) {
      if (values[i] === -1) continue;
      let slot = this.slot(keys[i]!);
      while (this.values[slot] !== -1) slot = (slot + 1) & (this.values.length - 1);
      this.keys[slot] = keys[i]!;
      this.values[slot] = values[i]!;
    }
  }
}
