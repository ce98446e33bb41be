// One Document per text: tokens with offsets, sentences and paragraphs, built in a single linear pass.
// Every later stage reads tokens by index; nothing re-tokenises the text.
import type { Span } from './types.js';
import { plainSpaces, sentenceCase, splitSentences, unwrap } from './sentences.js';
import { CharSet, sketchOf } from './word-sets.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower-cased text; curly apostrophes folded to "'", soft hyphens dropped. */
  low: string;
  kind: TokenKind;
  /** True when whitespace (or the text start) precedes the token. */
  space: boolean;
  /** Value of a digit token ("1,200" → 1200, "2.5" → 2.5). */
  value?: number;
  /** Sentence index. */
  sent: number;
  /** sketchOf(low): what the quick set tests read (word-sets.ts, phrases.ts), worked out once. */
  sketch: number;
}

export interface Sentence extends Span {
  /** First token index and one past the last. */
  t0: number;
  t1: number;
  paragraph: number;
}

export interface Document {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** A fact about a whole document, worked out the first time it is asked and kept while the document lives, so that
 * asking it once per count stays linear. `compute` never returns undefined (that is how "not yet" is told). */
export function perDocument<T>(compute: (doc: Document) => T): (doc: Document) => T {
  const known = new WeakMap<Document, T>();
  return (doc) => {
    let v = known.get(doc);
    if (v === undefined) {
      v = compute(doc);
      known.set(doc, v);
    }
    return v;
  };
}

/** A word that opens with a capital letter ("Mahoko", "Police"). */
export const isCap = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.low[0];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const LETTER = /\p{L}|\p{M}/u;
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER.test(text[i]);
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Separators between thousands: a comma, or the no-break and thin spaces of UN and European style ("9\u202f105"). */
const isGroupSeparator = (c: number): boolean => c === 44 || isThousandsSpace(c);
/** The spaces that separate thousands between digit groups: no-break, narrow no-break, thin and figure spaces. */
export const isThousandsSpace = (c: number): boolean => c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;

/**
 * "1,20,000" and "12,50,000" as South Asian copy groups them (lakh, crore): groups of two digits, then one of three.
 * The end of the number when the digits at [start, i) open such a grouping, else i.
 */
function indianGroups(text: string, start: number, i: number): number {
  if (i - start > 2) return i;
  let k = i;
  let pairs = 0;
  // (at most five pairs, 10 crore and more: a long run of "20,20,20" is read in bounded steps, not once per number)
  while (pairs < 5 && text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) &&
    text.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  if (pairs === 0 || !(isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3))) ||
    isDigit(text.charCodeAt(k + 4))) return i;
  return k + 4;
}

/** Hyphens other than U+002D ("thirty\u2011one" from a word processor) read as "-". */
const isHyphenVariant = (c: number): boolean => c === 0x2010 || c === 0x2011;

/** Punctuation strings are shared, not sliced anew for every token (less garbage on punctuation runs). */
const punctCache = new Map<number, string>();
function punctString(text: string, start: number, end: number): string {
  if (end - start !== 1) return text.slice(start, end);
  const c = text.charCodeAt(start);
  let s = punctCache.get(c);
  if (s === undefined) {
    s = text[start];
    if (punctCache.size < 512) punctCache.set(c, s);
  }
  return s;
}

function lowerToken(t: string): string {
  let low = t.toLowerCase();
  // (a word whose every character is below the soft hyphen holds neither it nor a curly apostrophe: most words are
  // plain ASCII, and one look at their codes spares the two searches below)
  let k = 0;
  while (k < low.length && low.charCodeAt(k) < 0xad) k++;
  if (k === low.length) return low;
  if (low.includes('\u2019')) low = low.replace(/\u2019/g, "'");
  return low.includes('\u00ad') ? low.replace(/\u00ad/g, '') : low;
}

/**
 * A fresh flat copy of a short string. Lexicon phrases are slices of their file and speaker names slices of a text:
 * string layouts (sliced, internalized) that a document's text, read as a whole, never has. Read as they come, they
 * show the tokenizer's loop more than four layouts, and past four the engine reads every character through a generic
 * (megamorphic) property lookup, for documents too. Copied, they have the layouts a document has.
 */
const flatCopy = (s: string): string => s.split('').join('');
const SHORT = 256;

/** Tokenises one text: words (letters, inner apostrophes not before "s"), numbers, single punctuation. */
export function tokenize(text: string, sentIndex?: (offset: number) => number): Token[] {
  if (text.length < SHORT) text = flatCopy(text);
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = true;
      i++;
      continue;
    }
    // a soft hyphen is invisible: it neither joins nor parts ("thirty\u00ad-one" is "thirty-one")
    if (c === 0xad) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let value: number | undefined;
    if (isDigit(c)) {
      // 1,200 / 1,200,000 / 2.5 — separators only between digit groups, so the scan never backtracks.
      // A plain space is no separator after four digits or more: "in 2019 200 people" are two numbers; after one to three
      // it is, as Southern African and French-style copy write thousands ("about 3 000 supporters", "1 200 000").
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      i = indianGroups(text, start, i);
      const spaced = i - start <= 3;
      while (i + 3 < n + 0 && (isGroupSeparator(text.charCodeAt(i)) || (spaced && text.charCodeAt(i) === 32)) && isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))) {
        i += 4;
      }
      if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        // "2.500.000": dots between groups of three are thousands separators, as in European copy
        while (i - start >= 5 && text.charCodeAt(i - 4) === 46 && i + 3 < n && text.charCodeAt(i) === 46 &&
          isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
          !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))) i += 4;
      }
      kind = 'num';
      const raw = text.slice(start, i);
      const dotted = raw.indexOf('.') !== raw.lastIndexOf('.');
      let digits = '';
      for (let k = 0; k < raw.length; k++) {
        const d = raw.charCodeAt(k);
        if (!isGroupSeparator(d) && d !== 32 && !(dotted && d === 46)) digits += raw[k];
      }
      // Very long digit runs are not counts; keep them as numbers that no rule will accept.
      value = raw.length > 15 ? Number.POSITIVE_INFINITY : Number(digits);
    } else if (isLetterAt(text, i)) {
      i++;
      while (i < n) {
        if (isLetterAt(text, i)) i++;
        // A soft hyphen from a web page's hyphenation ("kill\u00aded") stays inside the word.
        else if (text.charCodeAt(i) === 0xad) {
          // (two of them where a wrapped text's word broke at a line's end: "casual\u00ad\u00adties")
          let j = i + 1;
          while (j < n && j - i < 3 && text.charCodeAt(j) === 0xad) j++;
          if (j < n && isLetterAt(text, j)) i = j;
          else break;
        }
        else if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isLetterAt(text, i + 1) &&
          !((text[i + 1] === 's' || text[i + 1] === 'S') && !(i + 2 < n && isLetterAt(text, i + 2)))) i++;
        else break;
      }
      kind = 'word';
    } else if (isApostrophe(c) && i + 1 < n && (text[i + 1] === 's' || text[i + 1] === 'S') &&
      !(i + 2 < n && isLetterAt(text, i + 2)) && !space) {
      i += 2; // possessive "'s"
      kind = 'word';
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    const t = kind !== 'punct' ? text.slice(start, i) : isHyphenVariant(c) ? '-' : punctString(text, start, i);
    const low = kind === 'punct' ? t : lowerToken(t);
    out.push({
      start, end: i, text: t, low, kind, space, value,
      sent: sentIndex ? sentIndex(start) : 0, sketch: sketchOf(low),
    });
    space = false;
  }
  return out;
}

const QUOTE_CHARS = new CharSet(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '`']);

/**
 * The same document without quotation marks, for figure detection: quoting a number or a word
 * ("dozens" of injured fans, 11 "terrorists" were killed) does not change what is counted.
 * Offsets are unchanged; only token indexes differ.
 */
export function withoutQuotes(doc: Document): Document {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of doc.sentences) {
    const t0 = tokens.length;
    for (let k = s.t0; k < s.t1; k++) {
      const t = doc.tokens[k];
      if (t.kind === 'punct' && QUOTE_CHARS.has(t.text)) continue;
      tokens.push(t);
    }
    sentences.push({ ...s, t0, t1: tokens.length });
  }
  return { text: doc.text, tokens, sentences };
}

/** The document of a text, read as prose whatever its typing: a hard-wrapped text unwrapped, exotic spaces plain, a
 * text in capitals throughout in sentence case. The same length and offsets as the text given. */
export function buildDocument(raw: string): Document {
  const text = sentenceCase(plainSpaces(unwrap(raw)));
  const spans = splitSentences(text);
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let t = 0;
  let paragraph = 0;
  let prevEnd = 0;
  for (let s = 0; s < spans.length; s++) {
    const sp = spans[s];
    if (s > 0) {
      for (let k = prevEnd; k < sp.start; k++) {
        if (text.charCodeAt(k) === 10) {
          paragraph++;
          break;
        }
      }
    }
    while (t < tokens.length && tokens[t].end <= sp.start) t++;
    const t0 = t;
    while (t < tokens.length && tokens[t].start < sp.end) {
      tokens[t].sent = s;
      t++;
    }
    sentences.push({ start: sp.start, end: sp.end, t0, t1: t, paragraph });
    prevEnd = sp.end;
  }
  return { text, tokens, sentences };
}
