/**
 * The words of a sentence already claimed by a name, by word index: what the finders ask of a
 * Set<number> (has, add), kept as one flag per index. The fact finder clears it for every
 * sentence; a Set allocated a new table on each clear and hashed every look-up.
 */

/** What the finders read and write of the claimed words (a Set<number> will do too). */
export interface Claims {
  has(index: number): boolean;
  add(index: number): unknown;
}

/** Claims as flags by index, cleared by resetting only the flags that were set. */
export class WordClaims implements Claims {
  private flags = new Uint8Array(64);
  private readonly set: number[] = [];
  private count = 0;

  /** Whether word `index` is claimed (never, for an index below 0). */
  has(index: number): boolean {
    return this.flags[index] === 1;
  }

  /** Claims word `index` (0 or more). */
  add(index: number): this {
    if (index < 0) throw new RangeError(`word index ${index}`);
    if (index >= this.flags.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    if (this.flags[index] !== 1) {
      this.flags[index] = 1;
      this.set[this.count++] = index;
    }
    return this;
  }

  /** Unclaims every word. */
  clear(): void {
    for (let k = 0; k < this.count; k++) this.flags[this.set[k] as number] = 0;
    this.count = 0;
  }
}
