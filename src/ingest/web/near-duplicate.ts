// Near-duplicates across outlets: a syndicated wire copy with another headline, a trimmed ending or a
// dateline added still shares most of its word 5-grams with the original. We keep a MinHash signature
// per report (126 one-permutation bins + the number of distinct shingles), estimate Jaccard from it, and
// turn that into containment of the shorter text in the longer, which is what a trimmed copy preserves.
// An LSH band index keeps lookups cheap: a new report is compared only with reports that share a band.
// Pure and deterministic: no I/O, no randomness.

export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 126;
/**
 * 42 bands of 3 rows: a pair with Jaccard 0.45 becomes an index candidate 98% of the time, 0.3 about 68%,
 * 0.1 about 4%. So the index finds copies holding more than about half of the other text; shorter
 * excerpts are still recognised by a direct comparison (findOriginal over a list) but easily missed by it.
 */
export const BAND_ROWS = 3;
export const DEFAULT_CONTAINMENT = 0.8;
/** Below this many distinct shingles a text is too short to call a copy unless it is identical. */
export const MIN_SHINGLES = 8;

export interface Signature {
  /** Number of distinct shingles in the text. */
  size: number;
  /** Per bin, the minimum hash of the shingles in it (empty bins filled from their right neighbour). */
  mins: Uint32Array;
}

export interface Resemblance {
  jaccard: number;
  /** Estimated share of the shorter text's shingles found in the longer one. */
  containment: number;
}

/** murmur3's finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** FNV-1a hashes of the normalised words, in one pass without building word strings (this is the hot loop). */
function wordHashes(text: string): number[] {
  const t = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      const ch = t[i];
      word = WORD_CHAR.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (word) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

export function shingleHashes(text: string): Set<number> {
  const words = wordHashes(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  const n = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j], 0x01000193);
    out.add(fmix32(h >>> 0));
  }
  return out;
}

/**
 * One-permutation MinHash: each shingle is hashed once, lands in one of NUM_HASHES bins, and each bin keeps
 * its minimum; empty bins borrow from the next filled bin to the right (rotation densification), which
 * keeps the Jaccard estimate unbiased. About 40x cheaper than 126 separate hash functions per shingle.
 */
export function signature(text: string): Signature {
  const shingles = shingleHashes(text);
  const mins = new Uint32Array(NUM_HASHES).fill(EMPTY);
  const filled = new Uint8Array(NUM_HASHES);
  for (const s of shingles) {
    const bin = s % NUM_HASHES;
    const v = fmix32((s ^ 0x5bd1e995) >>> 0);
    if (!filled[bin] || v < mins[bin]) {
      mins[bin] = v;
      filled[bin] = 1;
    }
  }
  if (shingles.size > 0) {
    for (let j = 0; j < NUM_HASHES; j++) {
      if (filled[j]) continue;
      let t = 1;
      while (!filled[(j + t) % NUM_HASHES]) t++;
      mins[j] = (mins[(j + t) % NUM_HASHES] + Math.imul(t, 0x9e3779b1)) >>> 0;
    }
  }
  return { size: shingles.size, mins };
}

const EMPTY = 0xffffffff;

export function resemblance(a: Signature, b: Signature): Resemblance {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a.mins[k] === b.mins[k]) same++;
  const jaccard = same / NUM_HASHES;
  // |A∩B| = J/(1+J)·(|A|+|B|); divided by the smaller set it is the containment of the shorter text.
  const inter = (jaccard / (1 + jaccard)) * (a.size + b.size);
  const containment = Math.min(1, inter / Math.min(a.size, b.size));
  return { jaccard, containment };
}

export function isNearDuplicate(a: Signature, b: Signature, threshold = DEFAULT_CONTAINMENT): boolean {
  const r = resemblance(a, b);
  if (Math.min(a.size, b.size) < MIN_SHINGLES) return r.jaccard === 1 && a.size === b.size;
  return r.containment >= threshold;
}

export interface Candidate {
  id: string;
  sig: Signature;
  /** ISO-8601; the earliest published match is the original. */
  published?: string;
  /** Arrival order; breaks ties and orders reports without a publish time. */
  order?: number;
}

export interface OriginalMatch extends Resemblance {
  id: string;
  published?: string;
}

/** The earliest candidate the new text is a near-copy of (or the new text a near-copy of it), or null. */
export function findOriginal(sig: Signature, candidates: Iterable<Candidate>, threshold = DEFAULT_CONTAINMENT): OriginalMatch | null {
  let best: { c: Candidate; r: Resemblance; i: number } | null = null;
  let i = 0;
  for (const c of candidates) {
    const idx = i++;
    if (!isNearDuplicate(sig, c.sig, threshold)) continue;
    const entry = { c, r: resemblance(sig, c.sig), i: idx };
    if (!best || earlier(entry.c, entry.i, best.c, best.i)) best = entry;
  }
  if (!best) return null;
  const m: OriginalMatch = { id: best.c.id, ...best.r };
  if (best.c.published) m.published = best.c.published;
  return m;
}

function earlier(a: Candidate, ai: number, b: Candidate, bi: number): boolean {
  const ta = a.published ? Date.parse(a.published) : NaN;
  const tb = b.published ? Date.parse(b.published) : NaN;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta < tb;
  if (Number.isNaN(ta) !== Number.isNaN(tb)) return !Number.isNaN(ta);
  return (a.order ?? ai) < (b.order ?? bi);
}

export interface CopyIndexOptions {
  /**
   * Keep only the first `maxBucket` entries of a band bucket (default: no cap). A band shared by many reports
   * is boilerplate (a wire's standard closing paragraph) or a story syndicated very widely; either way the
   * earliest entries are the ones worth comparing with (the original is among them), and without a cap every
   * lookup compares against every report sharing a stock phrase, so bulk ingest slows as the store grows.
   */
  maxBucket?: number;
}

/**
 * Candidates bucketed by LSH bands, so a lookup among 20 000 reports touches only those sharing a band.
 * Band keys are 32-bit hashes; a collision only adds a candidate, which the full comparison then rejects.
 */
export class CopyIndex {
  private readonly entries: Candidate[] = [];
  /** Most bands are met once: such a bucket is the entry's index itself, not a one-element array (memory). */
  private readonly buckets = new Map<number, number | number[]>();
  private readonly maxBucket: number;

  constructor(options: CopyIndexOptions = {}) {
    this.maxBucket = options.maxBucket ?? Infinity;
  }

  get size(): number {
    return this.entries.length;
  }

  add(candidate: Candidate): void {
    const idx = this.entries.length;
    this.entries.push(candidate.order === undefined ? { ...candidate, order: idx } : candidate);
    for (const key of bandKeys(candidate.sig)) {
      const b = this.buckets.get(key);
      if (b === undefined) this.buckets.set(key, idx);
      else if (typeof b === 'number') { if (this.maxBucket > 1) this.buckets.set(key, [b, idx]); }
      else if (b.length < this.maxBucket) b.push(idx);
    }
  }

  /** Entries sharing at least one band with the signature (before the full comparison). */
  candidates(sig: Signature): Candidate[] {
    const hits = new Set<number>();
    for (const key of bandKeys(sig)) {
      const b = this.buckets.get(key);
      if (typeof b === 'number') hits.add(b);
      else if (b) for (const idx of b) hits.add(idx);
    }
    return [...hits].sort((a, b) => a - b).map((i) => this.entries[i]);
  }

  findOriginal(sig: Signature, threshold = DEFAULT_CONTAINMENT): OriginalMatch | null {
    return findOriginal(sig, this.candidates(sig), threshold);
  }
}

function bandKeys(sig: Signature): number[] {
  if (sig.size === 0) return [];
  const keys: number[] = [];
  for (let b = 0; b * BAND_ROWS < NUM_HASHES; b++) {
    let h = fmix32((b + 1) * 0x9e3779b1 >>> 0);
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32((h ^ sig.mins[b * BAND_ROWS + r]) >>> 0);
    keys.push(h);
  }
  return keys;
}

/** Compact text form for storing a signature with a report (base64 of size + mins, little endian). */
export function encodeSignature(sig: Signature): string {
  const buf = Buffer.alloc(4 + NUM_HASHES * 4);
  buf.writeUInt32LE(sig.size, 0);
  for (let k = 0; k < NUM_HASHES; k++) buf.writeUInt32LE(sig.mins[k], 4 + k * 4);
  return buf.toString('base64');
}

export function decodeSignature(s: string): Signature | null {
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== 4 + NUM_HASHES * 4) return null;
  const mins = new Uint32Array(NUM_HASHES);
  for (let k = 0; k < NUM_HASHES; k++) mins[k] = buf.readUInt32LE(4 + k * 4);
  return { size: buf.readUInt32LE(0), mins };
}
