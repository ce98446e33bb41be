// Multi-word lexicon phrases matched over tokens. Phrases are tokenised with the same tokenizer as the
// text, kept in a trie of words, and the longest match wins — so a match costs O(phrase length).
import { tokenize, type Token } from './document.js';
import { sketchOf } from './word-sets.js';

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

  add(low: string): void {
    const h = sketchOf(low);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  /** False when `low` was surely never added. */
  mayHave(low: string): boolean {
    return this.mayHaveSketch(sketchOf(low));
  }

  /** False when no word of that sketch (a token's, worked out by tokenize) was added. */
  mayHaveSketch(h: number): boolean {
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** A node of a phrase trie: the data of the phrases that end here (in the order added) and the words that go on. */
interface TrieNode<T> {
  data?: T[];
  next?: Map<string, TrieNode<T>>;
  /** One bit per next word (its sketch, mod 32): most tokens after a node go on no phrase, and a clear bit says so
   * without the map lookup. */
  nextBits: number;
}

const nextBit = (sketch: number): number => 1 << (sketch & 31);

function insert<T>(root: Map<string, TrieNode<T>>, words: readonly string[], data: T): void {
  let map = root;
  let node: TrieNode<T> | undefined;
  for (let i = 0; i < words.length; i++) {
    // (a node gets its map of next words only when a phrase goes on past it: a match that ends on a leaf, most
    // one-word phrases, stops there without a lookup)
    if (i > 0) {
      map = node!.next ??= new Map();
      node!.nextBits |= nextBit(sketchOf(words[i]));
    }
    node = map.get(words[i]);
    if (!node) map.set(words[i], (node = { data: undefined, next: undefined, nextBits: 0 }));
  }
  (node!.data ??= []).push(data);
}

export class PhraseTable<T> {
  // Tries over the words (forwards from the first, backwards from the last): a match walks as many nodes as the
  // text has words in common with some phrase, however many phrases share a first word ("were", "the").
  private readonly forward = new Map<string, TrieNode<T>>();
  private readonly backward = new Map<string, TrieNode<T>>();
  // most tokens start (end) no phrase: the sketches say so before the maps are asked
  private readonly firsts = new WordSketch();
  private readonly lasts = new WordSketch();

  add(phrase: string, data: T): void {
    const words = tokenize(phrase).map((t) => t.low);
    if (words.length === 0) return;
    this.firsts.add(words[0]);
    this.lasts.add(words[words.length - 1]);
    insert(this.forward, words, data);
    insert(this.backward, [...words].reverse(), data);
  }

  /** Longest phrase starting at token i (not crossing `limit`); of phrases as long, the first added. */
  at(tokens: Token[], i: number, limit = tokens.length, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    if (i >= limit) return undefined;
    const t = tokens[i];
    if (!this.firsts.mayHaveSketch(t.sketch)) return undefined;
    let node = this.forward.get(t.low);
    // (the longest match so far, kept as its length and data: one match object is made, for the longest)
    let bestLength = 0;
    let bestData: T | undefined;
    for (let n = 1; node; n++) {
      const data = node.data && (accept ? node.data.find(accept) : node.data[0]);
      if (data !== undefined) {
        bestLength = n;
        bestData = data;
      }
      if (!node.next || i + n >= limit) break;
      const nx = tokens[i + n];
      if ((node.nextBits & nextBit(nx.sketch)) === 0) break;
      node = node.next.get(nx.low);
    }
    return bestLength > 0 ? { end: i + bestLength, data: bestData as T, length: bestLength } : undefined;
  }

  /** The data of a one-word phrase, looked up by its lower-case form ("pupils"). */
  word(low: string): T | undefined {
    return this.forward.get(low)?.data?.[0];
  }

  /** Longest phrase ending at token j-1 (so `end` is j; the start is end - length), not before `floor`. */
  endingAt(tokens: Token[], j: number, floor = 0, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    if (j - 1 < floor) return undefined;
    const t = tokens[j - 1];
    if (!this.lasts.mayHaveSketch(t.sketch)) return undefined;
    let node = this.backward.get(t.low);
    let bestLength = 0;
    let bestData: T | undefined;
    for (let n = 1; node; n++) {
      const data = node.data && (accept ? node.data.find(accept) : node.data[0]);
      if (data !== undefined) {
        bestLength = n;
        bestData = data;
      }
      if (!node.next || j - 1 - n < floor) break;
      const nx = tokens[j - 1 - n];
      if ((node.nextBits & nextBit(nx.sketch)) === 0) break;
      node = node.next.get(nx.low);
    }
    return bestLength > 0 ? { end: j, data: bestData as T, length: bestLength } : undefined;
  }
}
