// Sentence splitting by a single left-to-right scan: linear in the text, no backtracking.
// A sentence ends at a newline, or at . ! ? (plus closing quotes/brackets) followed by space and
// something that can start a sentence, unless the dot belongs to an abbreviation ("Gen.", "No.",
// "U.S.") or the next word starts lower case ("approx. five").
import type { Span } from './types.js';
import { lexiconRows, lexiconWords } from './lexicon/load.js';

let abbreviations: Set<string> | undefined;

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
const isClosing = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
const isOpening = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab;
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

/** Word (letters and inner dots) that ends just before `dot`, at most 12 chars back. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  const stop = Math.max(0, dot - 12);
  while (i > stop) {
    const ch = text[i - 1];
    if (ch === '.' || isLetter(ch)) i--;
    else break;
  }
  if (i > 0 && i === stop && isLetter(text[i - 1])) return ''; // a long word: not an abbreviation
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  if (w === '') return false;
  // Initials and dotted acronyms: "U.S.", "J. Smith"
  if (w.length === 1 && isUpper(w)) return true;
  if (w.includes('.')) return true;
  abbreviations ??= lexiconWords('abbreviations.txt');
  return abbreviations.has(w.toLowerCase());
}

/** Token k is the dot of an abbreviation written before it ("incl.", "approx."): no clause ends there. */
export function abbreviationDot(tokens: readonly { low: string; space: boolean; kind: string }[], k: number): boolean {
  if (k < 1 || tokens[k].low !== '.' || tokens[k].space || tokens[k - 1].kind !== 'word') return false;
  abbreviations ??= lexiconWords('abbreviations.txt');
  return abbreviations.has(tokens[k - 1].low);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * The line width of a hard-wrapped text (prose broken into lines of about the same length, as PDFs, e-mail and
 * plain-text wires give it), or 0 when its lines are paragraphs, headings and list items. Evidence is a line that
 * stops mid-sentence: it ends on no stop and the next line goes on in lower case ("at least 14 people were\nkilled").
 */
export function wrapWidth(text: string): number {
  // (most texts have few lines and no wrap: the lines' lengths are gathered only for a wrapped one)
  if (text.indexOf('\n') < 0) return 0;
  let breaks = 0;
  let midSentence = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    if (i < 0) break;
    const len = trimmedLength(text, lineStart, i);
    const next = i + 1;
    if (len > 0 && next < text.length && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13) {
      breaks++;
      if (!endsSentence(text, lineStart, i) && continuesLower(text, next) && !opensItem(text, next)) midSentence++;
    }
    lineStart = i + 1;
  }
  if (midSentence < 2 || midSentence * 4 < breaks) return 0;
  const lengths: number[] = [];
  for (let a = 0; a <= text.length;) {
    const b = text.indexOf('\n', a);
    const len = trimmedLength(text, a, b < 0 ? text.length : b);
    if (len > 0) lengths.push(len);
    if (b < 0) break;
    a = b + 1;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/**
 * The text with the newlines that only wrap a line turned into spaces (same length, same offsets): a hard-wrapped
 * text reads as the prose it is. A line well short of the width, a blank line and a list item stay where the writer
 * put them (a heading, a label row, a paragraph's last line). Texts that are not wrapped come back as they are.
 */
export function unwrap(text: string): string {
  const width = wrapWidth(text);
  if (width === 0) return text;
  const out: string[] = [];
  let from = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    const next = text.charCodeAt(i + 1);
    const wraps = i + 1 < text.length && next !== 10 && next !== 13 && trimmedLength(text, lineStart, i) * 10 >= width * 6 &&
      !opensItem(text, i + 1) && !opensLabel(text, i + 1) && (openEnded(text, lineStart, i) ||
      !capitalLine(text, lineStart, i) && !capitalLine(text, i + 1, lineEnd(text, i + 1), 2));
    const hyphen = wraps ? lineHyphen(text, i) : 'none';
    if (hyphen !== 'none') {
      // ("casual-\nties": a word broken at the line's end is one word again, its hyphen and newline soft hyphens,
      // which the tokenizer passes over; "thirty-\none" keeps its hyphen, the newline before it a soft hyphen)
      out.push(text.slice(from, i - 1), hyphen === 'break' ? '\u00ad\u00ad' : '\u00ad-');
      from = i + 1;
    } else if (wraps) {
      out.push(text.slice(from, i), ' ');
      from = i + 1;
    }
    lineStart = i + 1;
  }
  out.push(text.slice(from));
  return out.join('');
}

let numberWords: Set<string> | undefined;
/** A hyphen before the newline at i, with a letter on each side: 'break' when it breaks one word across lines, or
 * 'compound' for a word that keeps its hyphen ("thirty-\none", "45-year-\nold", "well-\nknown" cannot be told). */
function lineHyphen(text: string, i: number): 'break' | 'compound' | 'none' {
  if (text.charCodeAt(i - 1) !== 45 || !isLetter(text[i - 2] ?? '') || !isLetter(text[i + 1] ?? '')) return 'none';
  return breakHyphen(text, i) ? 'break' : 'compound';
}

function breakHyphen(text: string, i: number): boolean {
  if (!continuesLower(text, i + 1)) return false;
  let a = i - 2;
  while (a > 0 && isLetter(text[a - 1])) a--;
  let b = i + 1;
  while (b < text.length && isLetter(text[b])) b++;
  numberWords ??= new Set(lexiconRows('numbers.txt').map((r) => r[0].toLowerCase()));
  const left = text.slice(a, i - 1).toLowerCase();
  const right = text.slice(i + 1, b).toLowerCase();
  return !numberWords.has(left) && !numberWords.has(right) && right !== 'old' && (a === 0 || text.charCodeAt(a - 1) !== 45);
}

/** Spaces other than U+0020 (no-break, thin, ideographic ...) as plain spaces, same length: names read as written
 * with spaces. One between digit groups stays, for the tokenizer reads it as a thousands separator ("9\u202f105"). */
export function plainSpaces(text: string): string {
  if (!/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(text)) return text;
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, (sp, at: number) => betweenDigitGroups(text, at) ? sp : ' ');
}

/** Does the one character at `at` stand between a digit and a group of exactly three ("9\u202f105", not "9 1050")? */
export function betweenDigitGroups(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at - 1)) && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5));
}

/**
 * A text set in capitals throughout (telegram-style sitreps, some military and police narratives) in sentence case,
 * same length: case tells sentences, names and headings apart, and a text that is all capitals says nothing by it.
 * Letters after a stop, a line start or an opening quote stay capitals; all other letters are lowered. Other texts
 * come back as they are.
 */
export function sentenceCase(text: string): string {
  // (counted on ASCII letters, by code: this runs on every text)
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      lower++;
      // (stop once the capitals could not reach four times the small letters even if every character left were one:
      // a text in ordinary case is known for such after a third of it)
      if (lower * 4 > upper + text.length - i) return text;
    }
  }
  if (upper < 40 || upper < lower * 4) return text;
  const out: string[] = new Array(text.length);
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const low = ch.toLowerCase();
    const letter = low !== ch.toUpperCase();
    out[i] = letter && !start && low.length === 1 ? low : ch;
    if (letter || isDigit(text.charCodeAt(i))) start = false;
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':') start = true;
  }
  return out.join('');
}

function trimmedLength(text: string, a: number, b: number): number {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b - a;
}

/** The line [a, b) ends on a stop, a colon or a closing mark of one. */
function endsSentence(text: string, a: number, b: number): boolean {
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  while (b > a && isClosing(text.charCodeAt(b - 1))) b--;
  const c = text.charCodeAt(b - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

function continuesLower(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const ch = text[at];
  return ch !== undefined && isLetter(ch) && !isUpper(ch);
}

/** A line that opens on a label of up to four words and a colon ("Date: 13 July", "Persons affected: 806"): a
 * label row, which a wrapped text keeps on a line of its own, as it does a list item. */
function opensLabel(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return isUpper(text[at] ?? '') && /^[^\s:.;,!?]+(?: [^\s:.;,!?]+){0,3}:(?:\s|$)/u.test(text.slice(at, at + 60));
}

/** The line [a, b) has letters and none in lower case: a heading or a letterhead ("NATIONAL DISASTER MANAGEMENT
 * AUTHORITY", "SITUATION REPORT No. 3 - FLOODS"), which a wrapped text keeps on lines of its own. A text all in
 * capitals has no lower-case line to tell a wrap by, so it is never unwrapped and this does not stand in its way. */
function capitalLine(text: string, a: number, b: number, minWords = 1): boolean {
  let letters = 0;
  let words = 0;
  for (let k = a; k < b; k++) {
    const ch = text[k];
    if (!isLetter(ch)) continue;
    if (k === a || !isLetter(text[k - 1])) words++;
    if (!isUpper(ch)) {
      // ("No. 3", "M6.3 (INSIVUMEH)": a short word in mixed case within a line of capitals keeps it one)
      if (k > a && isUpper(text[k - 1]) && (k + 1 >= b || !isLetter(text[k + 1]) || k + 2 >= b || !isLetter(text[k + 2]))) continue;
      return false;
    }
    letters++;
  }
  return letters >= 4 && words >= minWords;
}

/** Words a line of a heading wrapped mid-name ends on ("... GESTION DEL RIESGO DE / DESASTRES DE ANTIOQUIA"). */
const OPEN_ENDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'des', 'du', 'et', 'y', 'da', 'do']);

/** The line [a, b) ends on a word that needs the next ("OF", "AND", "DE") or on a comma, hyphen or "&". */
function openEnded(text: string, a: number, b: number): boolean {
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const c = text.charCodeAt(b - 1);
  if (c === 44 || c === 45 || c === 38) return true;
  let w = b;
  while (w > a && isLetter(text[w - 1])) w--;
  return (w === a || isSpace(text.charCodeAt(w - 1))) && OPEN_ENDS.has(text.slice(w, b).toLowerCase());
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/** A line that opens a list item ("- ", "* ", "3. ", "b) "), which a wrapped text still starts on its own line. */
function opensItem(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const c = text.charCodeAt(at);
  return c === 45 || c === 42 || c === 0x2022 || c === 0x2013 || c === 0x2014 || /^(\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i.test(text.slice(at, at + 6));
}

/** Sentence spans (UTF-16 offsets, end exclusive, trimmed of spaces) in text order. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
      i++;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      // Run of terminators ("?!", "...") and closing quotes/brackets.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63 || d === 0x2026 || isClosing(d)) j++;
        else break;
      }
      // Needs at least one space, then a sentence start.
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k === j && k < n) {
        i = j;
        continue;
      }
      let boundary = false;
      if (k >= n || text.charCodeAt(k) === 10) boundary = true;
      else {
        const d = text.charCodeAt(k);
        let startsSentence = isDigit(d) || isOpening(d) || isUpper(text[k]);
        if (isOpening(d) && k + 1 < n && !isUpper(text[k + 1]) && !isDigit(text.charCodeAt(k + 1))) startsSentence = false;
        // (an opening quotation mark after an abbreviation opens a sentence: a title stands before a name, never
        // before a quote, as in 'according to the district magistrate, Ritwik Sen. "Two of the dead ...," Sen said')
        const quoteOpens = d === 34 || d === 0x201c || d === 0xab;
        boundary = startsSentence && (!(c === 46 && j === i + 1 && isAbbreviation(text, i) && !isDigitRunEnd(text, i)) ||
          timeEndsSentence(text, i, k) || dayMonthEndsSentence(text, i, k) || quoteOpens);
      }
      if (boundary) {
        pushTrimmed(text, start, j, out);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, n, out);
  return out;
}

let dateWords: Set<string> | undefined;

/** "at 2 a.m. Search teams ...": a time of day ends the sentence unless the next word goes on with the time. */
function timeEndsSentence(text: string, dot: number, next: number): boolean {
  const w = wordBefore(text, dot).toLowerCase();
  if (w !== 'a.m' && w !== 'p.m') return false;
  // ('at 1:30 a.m. "Within two minutes ..."': an opening quote starts the next sentence; read the word inside it)
  const from = next < text.length && isOpening(text.charCodeAt(next)) ? next + 1 : next;
  let e = from;
  while (e < text.length && isLetter(text[e])) e++;
  const word = text.slice(from, e);
  if (word.length === 0 || (word.length > 1 && word === word.toUpperCase())) return false; // "GMT", "IST"
  // a weekday or a month goes on with the time ("9 p.m. Monday", "2 a.m. March 4")
  dateWords ??= new Set([...lexiconWords('weekdays.txt'), ...lexiconWords('months.txt')]);
  return !dateWords.has(word.toLowerCase());
}

let monthWords: Set<string> | undefined;

/** "detained the driver on 5 Aug. Fatalities coded as 21": a short month after a day's number ends the date, and
 * a capitalised word after it starts a sentence (a month never stands before a name the way "Gen." does). */
function dayMonthEndsSentence(text: string, dot: number, next: number): boolean {
  const w = wordBefore(text, dot);
  const at = dot - w.length;
  if (w.length < 3 || w.length > 4 || at < 2 || !isSpace(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at - 2))) return false;
  monthWords ??= lexiconWords('months.txt');
  if (!monthWords.has(w.toLowerCase())) return false;
  if (next + 1 >= text.length || !isUpper(text[next]) || isUpper(text[next + 1]) || !isLetter(text[next + 1])) return false;
  let e = next;
  while (e < text.length && isLetter(text[e])) e++;
  dateWords ??= new Set([...lexiconWords('weekdays.txt'), ...lexiconWords('months.txt')]);
  return !dateWords.has(text.slice(next, e).toLowerCase());
}

/** "since 2019. Then" — a dot after digits ends a sentence even though a short word check might not. */
function isDigitRunEnd(text: string, dot: number): boolean {
  return dot > 0 && isDigit(text.charCodeAt(dot - 1));
}
