// Multi-word lexicon phrases matched over tokens. Phrases are tokenised with the same tokenizer as the
// text, indexed by their first token, and tried longest first — so a match costs O(phrase length).
import { tokenize, type Token } from './document.js';

export interface PhraseMatch<T> {
  /** Token index one past the match. */
  end: number;
  data: T;
  length: number;
}

/**
 * A set of words that answers "surely not in it" cheaply: one bit per sketch of a word (its length, first and
 * last letter) out of 4096, so that the many tokens that start no phrase skip the map lookup. A set bit only
 * means "look it up" (a Bloom filter with one hash).
 */
export class WordSketch {
  private readonly bits = new Uint32Array(128);

  private static of(low: string): number {
    return (low.length * 977 + low.charCodeAt(0) * 31 + low.charCodeAt(low.length - 1)) & 4095;
  }

  add(low: string): void {
    const h = WordSketch.of(low);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  /** False when `low` was surely never added. */
  mayHave(low: string): boolean {
    const h = WordSketch.of(low);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; data: T }[]>();
  private readonly byLast = new Map<string, { words: string[]; data: T }[]>();
  // most tokens start (end) no phrase: the sketches say so before the maps are asked
  private readonly firsts = new WordSketch();
  private readonly lasts = new WordSketch();

  add(phrase: string, data: T): void {
    const words = tokenize(phrase).map((t) => t.low);
    if (words.length === 0) return;
    this.firsts.add(words[0]);
    this.lasts.add(words[words.length - 1]);
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
    if (!this.firsts.mayHave(low)) return undefined;
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
    if (!this.lasts.mayHave(low)) return undefined;
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
