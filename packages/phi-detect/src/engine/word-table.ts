/**
 * A read-only map from words to small numbers, looked up by a range of a string instead of a
 * string: `table.get(lower, start, end)`. Scanning looks up every word of a message; slicing
 * each word out and hashing it through a Map costs more than all the rules that use the answer.
 * Open addressing over typed arrays, FNV-1a over UTF-16 code units, no allocation per lookup.
 */
export class WordTable {
  private readonly keys: string;
  private readonly keyStart: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly values: Int32Array;
  /** Slot -> entry index + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.keyStart = new Int32Array(entries.size);
    this.keyLength = new Int32Array(entries.size);
    this.values = new Int32Array(entries.size);
    const parts: string[] = [];
    let offset = 0;
    let index = 0;
    for (const [word, value] of entries) {
      parts.push(word);
      this.keyStart[index] = offset;
      this.keyLength[index] = word.length;
      this.values[index] = value;
      let slot = hash(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
      offset += word.length;
      index++;
    }
    this.keys = parts.join('');
  }

  /** The value of the word text[start, end), or 0 when it is not in the table. */
  get(text: string, start: number, end: number): number {
    const length = end - start;
    for (let slot = hash(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return 0;
      const index = entry - 1;
      if (this.keyLength[index] === length && this.sameAs(index, text, start, length)) {
        return this.values[index] as number;
      }
    }
  }

  private sameAs(index: number, text: string, start: number, length: number): boolean {
    const from = this.keyStart[index] as number;
    for (let k = 0; k < length; k++) {
      if (this.keys.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    }
    return true;
  }
}

function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}
