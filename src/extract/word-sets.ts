// Quick word-set tests on tokens. Many rules walk every token of a text and ask whether its word is in some small
// set: a hash lookup per token and rule, nearly all of them misses, each reading the set's table and the word's
// characters from memory. Every token carries a sketch of its word (length, first and last character in 12 bits),
// worked out once by tokenize(); a WordSet keeps the sketches of its words in a 512-byte bitmap, so that a token whose
// sketch is not there is a "no" after one bit test, and only the few others are looked up in the set.
import type { Token } from './document.js';

/** A word's sketch: 12 bits from its length and first and last character (one word, one sketch; two words may share one). */
export const sketchOf = (low: string): number =>
  (low.length * 977 + low.charCodeAt(0) * 31 + low.charCodeAt(low.length - 1)) & 4095;

/** A set of lower-case words, asked about tokens. */
export class WordSet {
  private readonly bits = new Uint32Array(128);

  /** `words` is read once here: words added to it later are not seen. */
  constructor(readonly words: ReadonlySet<string>) {
    for (const w of words) {
      const h = sketchOf(w);
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** Is the token's (lower-cased) word in the set? */
  hasToken(t: Token): boolean {
    const h = t.sketch;
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0 && this.words.has(t.low);
  }
}

/**
 * A few one-character strings (quotation marks), asked of every token's text by several rules: a text of another
 * length is a "no" at once and a character is found by its code, with no hashing of the token's string.
 */
export class CharSet {
  private readonly codes: number[];

  constructor(chars: readonly string[]) {
    this.codes = chars.map((c) => {
      if (c.length !== 1) throw new Error(`CharSet: "${c}" is not one character`);
      return c.charCodeAt(0);
    });
  }

  /** (undefined, as a token past the end reads, is in no set) */
  has(s: string | undefined): boolean {
    if (s === undefined || s.length !== 1) return false;
    const c = s.charCodeAt(0);
    for (let i = 0; i < this.codes.length; i++) if (this.codes[i] === c) return true;
    return false;
  }
}
