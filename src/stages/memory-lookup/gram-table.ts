/**
 * Bigram → dense number, for the fuzzy index. An open-addressing hash table over the two UTF-16
 * code units packed in 32 bits: a Map with such keys boxes them as heap numbers, which made
 * building a 1M-entry index several times slower.
 */
export class GramTable {
  private keys = new Uint32Array(1 << 12);
  private values = new Int32Array(1 << 12).fill(-1);
  private bits = 12;
  size = 0;

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
