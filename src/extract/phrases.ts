// Multi-word lexicon phrases matched over tokens. Phrases are tokenised with the same tokenizer as the
// text, indexed by their first token, and tried longest first — so a match costs O(phrase length).
import { tokenize, type Token } from './document.js';

export interface PhraseMatch<T> {
  /** Token index one past the match. */
  end: number;
  data: T;
  length: number;
}

/** Bits of a word's sketch (length, first and last letter) in a table's filter. */
const SKETCH_BITS = 4096;
const sketch = (low: string): number =>
  (low.length * 977 + low.charCodeAt(0) * 31 + low.charCodeAt(low.length - 1)) & (SKETCH_BITS - 1);

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; data: T }[]>();
  private readonly byLast = new Map<string, { words: string[]; data: T }[]>();
  // Most tokens start no phrase: a bit per sketch of the first (last) words answers most of them "no" without
  // the map (a Bloom filter with one hash; a set bit only means "look it up")
  private readonly firsts = new Uint32Array(SKETCH_BITS / 32);
  private readonly lasts = new Uint32Array(SKETCH_BITS / 32);

  add(phrase: string, data: T): void {
    const words = tokenize(phrase).map((t) => t.low);
    if (words.length === 0) return;
    for (const [bits, w] of [[this.firsts, words[0]], [this.lasts, words[words.length - 1]]] as const) {
      const h = sketch(w);
      bits[h >>> 5] |= 1 << (h & 31);
    }
    for (const [map, key] of [[this.byFirst, words[0]], [this.byLast, words[words.length - 1]]] as const) {
      const list = map.get(key) ?? [];
      list.push({ words, data });
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(key, list);
    }
  }

  /** Longest phrase starting at token i (not crossing `limit`). */
  at(tokens: Token[], i: number, limit = tokens.length, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    if (i >= limit) return undefined;
    const low = tokens[i].low;
    const h = sketch(low);
    if ((this.firsts[h >>> 5] & (1 << (h & 31))) === 0) return undefined;
    const list = this.byFirst.get(low);
    if (!list) return undefined;
    outer: for (const e of list) {
      if (i + e.words.length > limit) continue;
      if (accept && !accept(e.data)) continue;
      for (let k = 1; k < e.words.length; k++) if (tokens[i + k].low !== e.words[k]) continue outer;
      return { end: i + e.words.length, data: e.data, length: e.words.length };
    }
    return undefined;
  }

  /** The data of a one-word phrase, looked up by its lower-case form ("pupils"). */
  word(low: string): T | undefined {
    return this.byFirst.get(low)?.find((e) => e.words.length === 1)?.data;
  }

  /** Longest phrase ending at token j-1 (so `end` is j; the start is end - length), not before `floor`. */
  endingAt(tokens: Token[], j: number, floor = 0, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    if (j - 1 < floor) return undefined;
    const low = tokens[j - 1].low;
    const h = sketch(low);
    if ((this.lasts[h >>> 5] & (1 << (h & 31))) === 0) return undefined;
    const list = this.byLast.get(low);
    if (!list) return undefined;
    outer: for (const e of list) {
      const s = j - e.words.length;
      if (s < floor) continue;
      if (accept && !accept(e.data)) continue;
      for (let k = 0; k < e.words.length - 1; k++) if (tokens[s + k].low !== e.words[k]) continue outer;
      return { end: j, data: e.data, length: e.words.length };
    }
    return undefined;
  }
}
