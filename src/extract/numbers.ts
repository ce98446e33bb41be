// Number recognition over tokens: digits ("1,200", "2.5 million"), number words ("two hundred and
// fourteen", "thirty-one", "a dozen"), ranges ("70 to 80", "between 70 and 80"), hedges ("at least",
// "30+") and vague quantities ("dozens of"). Finds the span first, then interprets it.
import type { Hedge } from './types.js';
import type { Token } from './document.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole } from './lexicon/load.js';
import { WordSet } from './word-sets.js';

export interface NumberMention {
  /** Token range of the whole phrase, hedge included. */
  t0: number;
  t1: number;
  /** Token range of the number itself. */
  n0: number;
  n1: number;
  low: number | null;
  high: number | null;
  hedge: Hedge;
  /** Written in digits (or digits + scale word). */
  digits: boolean;
  increment?: boolean;
  /** A signed change in brackets after a figure ("Deaths: 12 (+3)"): that many more, never a part of the figure. */
  change?: boolean;
  /** Vague quantity ("dozens of"): the "of" is part of the phrase. */
  vague?: boolean;
  /** Hedge word came before the number (for "some 500" vs "some passengers"). */
  hedgeBefore?: boolean;
}

interface Parsed {
  end: number;
  value: number;
  digits: boolean;
}

const INCREMENT_BEFORE = [['another'], ['an', 'additional'], ['a', 'further'], ['additional'], ['further']];

/** A people noun or a measure word at k: what tells "3m people" (millions) from "a 3m wall" (metres). */
function peopleAfter(tokens: Token[], k: number, limit: number): boolean {
  const lex = lexicons();
  return k < limit && (lex.groups.at(tokens, k, limit) !== undefined || lex.measures.at(tokens, k, limit) !== undefined);
}

/** A single number (no range, no hedge) starting at token i, or undefined. */
export function parseNumber(tokens: Token[], i: number, limit: number): Parsed | undefined {
  if (i >= limit || i >= tokens.length) return undefined;
  const lex = lexicons();
  const t = tokens[i];
  if (t.kind === 'num') {
    let value = t.value ?? NaN;
    let end = i + 1;
    if (!Number.isFinite(value)) return undefined;
    // "1.2m displaced", "12k people": a scale letter glued to the digits.
    if (end < limit && tokens[end].kind === 'word' && !tokens[end].space) {
      const scale = lex.digitSuffixes.get(tokens[end].low);
      if (scale !== undefined && (tokens[end].low !== 'm' || peopleAfter(tokens, end + 1, limit))) {
        value *= scale;
        end++;
      }
    }
    // "1.2 million", "5 lakh"
    let scaled = end > i + 1;
    if (end < limit) {
      const w = lex.numberWords.get(tokens[end].low);
      if (w && w.role === 'scale') {
        value *= w.value;
        end++;
        scaled = true;
      }
    }
    // "1.200 people": no count of people has a fraction, so a dot before three digits separates thousands
    if (!scaled && t.text.length >= 5 && t.text.length <= 7 && /^\d{1,3}\.\d{3}$/.test(t.text)) value = Number(t.text.replace('.', ''));
    return { end, value: Math.round(value * 1000) / 1000, digits: true };
  }
  if (t.kind !== 'word') return undefined;
  // Words: total/current accumulation, bounded by grammar (a unit never follows a unit).
  let j = i;
  let total = 0;
  let current = 0;
  let last: string | undefined; // role of the last consumed word
  let any = false;
  let end = i;
  while (j < limit) {
    const tok = tokens[j];
    let low = tok.low;
    // "a hundred", "a dozen", "a thousand" at the start only
    if (!any && (low === 'a' || low === 'one') && j + 1 < limit) {
      const nx = lex.numberWords.get(tokens[j + 1].low);
      if (low === 'a' && nx && (nx.role === 'hundred' || nx.role === 'scale' || nx.role === 'dozen')) {
        current = 1;
        j++;
        continue;
      }
    }
    // "and" inside a number ("two hundred and fourteen")
    if (low === 'and' && any && (last === 'hundred' || last === 'scale') && j + 1 < limit) {
      const nx = lex.numberWords.get(tokens[j + 1].low);
      if (nx && (nx.role === 'unit' || nx.role === 'teen' || nx.role === 'tens')) {
        j++;
        continue;
      }
      break;
    }
    // hyphen inside "thirty-one"
    if (low === '-' && last === 'tens' && j + 1 < limit && !tokens[j].space && !tokens[j + 1].space) {
      const nx = lex.numberWords.get(tokens[j + 1].low);
      if (nx && nx.role === 'unit') {
        j++;
        continue;
      }
      break;
    }
    const w = lex.numberWords.get(low);
    if (!w) break;
    if (w.role === 'unit' || w.role === 'teen') {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && w.role === 'teen') break;
      current += w.value;
    } else if (w.role === 'tens') {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += w.value;
    } else if (w.role === 'hundred') {
      if (last === 'hundred') break;
      current = (current || 1) * 100;
    } else if (w.role === 'dozen') {
      if (last === 'dozen') break;
      current = (current || 1) * 12;
    } else {
      if (last === 'scale') break;
      total += (current || 1) * w.value;
      current = 0;
    }
    last = w.role;
    any = true;
    j++;
    end = j;
    low = '';
  }
  if (!any) return undefined;
  return { end, value: total + current, digits: false };
}

/** Punctuation that ends a clause after a vague count ("injuring dozens."). */
const CLAUSE_END = new Set(['.', ',', ';', ':', ')', '!', '?']);

/** All number mentions in tokens [from, to), left to right, non-overlapping. */
const EVERY = new Set(['every', 'each', 'any', 'someone', 'anyone', 'everyone']);

/** The number words as a set asked of every token findNumbers reads (word-sets.ts). */
let numberWordSet: WordSet | undefined;
const numberWordsSet = (): WordSet => (numberWordSet ??= new WordSet(new Set(lexicons().numberWords.keys())));

/** Is the token's word a number word ("two", "dozen")? lexicons().numberWords.has(t.low), for rules that ask it of
 * every token in a window. */
export const isNumberWord = (t: Token): boolean => numberWordsSet().hasToken(t);

export function findNumbers(tokens: Token[], from: number, to: number): NumberMention[] {
  const lex = lexicons();
  const numberWords = numberWordsSet();
  const out: NumberMention[] = [];
  let i = from;
  while (i < to) {
    const tok = tokens[i];
    // "approx. 40" etc. are handled via hedgesBefore; here: number first, then vague.
    // "half a dozen": half of the number that follows
    if (tok.low === 'half' && i + 2 < to && tokens[i + 1].low === 'a') {
      const h = parseNumber(tokens, i + 1, to);
      if (h && !h.digits && h.value % 2 === 0) {
        const m = interpretNumber(tokens, i + 1, { ...h, value: h.value / 2 }, from, to);
        if (m.t0 === i + 1) m.t0 = i;
        m.n0 = i;
        // ("roughly half a dozen": the hedge stands before "half")
        const hb = m.hedge === 'exact' ? lex.hedgesBefore.endingAt(tokens, i, from) : undefined;
        if (hb && hb.data !== 'exact') {
          m.t0 = hb.end - hb.length;
          m.hedge = hb.data;
          m.hedgeBefore = true;
          if (m.hedge === 'at_least') m.high = null;
          else if (m.hedge === 'at_most') m.low = null;
        }
        out.push(m);
        i = m.t1;
        continue;
      }
    }
    // "every one of them", "each one": a distributive, not a count
    if (tok.low === 'one' && i > from && EVERY.has(tokens[i - 1].low)) {
      i++;
      continue;
    }
    const p = tok.kind === 'num' || numberWords.hasToken(tok) || tok.low === 'a' ? parseNumber(tokens, i, to) : undefined;
    if (p) {
      const m = interpretNumber(tokens, i, p, from, to);
      // "Deaths: 12 (+3)", "Missing: 5 (-3)": a change in brackets after a figure; a rise is that many more, a fall
      // counts nobody
      // ("Evacuated: 3,420 (+1,150 overnight)", "Dead: 11 (+2 since Operational information No. 3)": words after the
      // change may close the bracket)
      let close = m.t1;
      while (close < to && close < m.t1 + 6 && tokens[close].low !== ')' && tokens[close].low !== '(') close++;
      const closes = close < to && tokens[close].low === ')';
      const signed = i - 2 >= from && tokens[i - 2].low === '(' && !tokens[i].space && closes ? tokens[i - 1].low : '';
      if (signed === '-' || signed === '\u2212' || signed === '\u2013') {
        i = m.t1;
        continue;
      }
      if (signed === '+') {
        m.increment = true;
        m.change = true;
        m.t0 = i - 1;
      }
      out.push(m);
      i = m.t1;
      continue;
    }
    const v = lex.vague.at(tokens, i, to);
    // "unclear how many miners were on shift": a question about a count, not a count
    if (v && i > from && tokens[i - 1].low === 'how') {
      i = v.end;
      continue;
    }
    if (v) {
      // "some" alone is vague only before a word ("some passengers"), never before a number (a hedge).
      const next = v.end < to ? tokens[v.end] : undefined;
      // "wounding dozens.", "killed scores, police said": a vague count may also end its clause (not "some")
      const prevLow = i > from ? tokens[i - 1].low : '';
      const closing = (next === undefined || CLAUSE_END.has(next.low)) && tok.low !== 'some' && tok.low !== 'many' &&
        prevLow !== '' && tokens[i - 1].kind === 'word' && !CLAUSE_END.has(prevLow) && prevLow !== 'the';
      const ok = closing || next !== undefined && next.kind === 'word' && !(tok.low === 'some' && (next.kind !== 'word' || lex.numberWords.has(next.low)));
      if (ok || (next && next.low === 'more')) {
        const m: NumberMention = {
          t0: i, t1: v.end, n0: i, n1: v.end, low: v.data.low, high: v.data.high, hedge: 'vague', digits: false, vague: true,
        };
        if (next && next.low === 'more') {
          m.increment = true;
          m.t1 = v.end + 1;
        }
        markIncrementBefore(tokens, m, from);
        out.push(m);
        i = v.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Verbs that move a tally from an old value to a new one ("rose from nine to 11"): "from A to B" after them is no
 * range. (Fewer than nominal.ts's TOLL_MOVES, which move a toll *to* a value: "numbered from 10 to 15" stays a range.) */
export const FROM_TO_MOVES = new Set(['rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'increased', 'jumped', 'grew', 'grown',
  'went', 'gone', 'fell', 'fallen', 'dropped', 'revised', 'raised', 'lowered', 'up', 'down']);

/** Tallies a verb moves from an old value ("raised the toll from five to nine"). */
const MOVED_TALLIES = new Set(['toll', 'tally', 'number', 'figure', 'count', 'total']);
/** A verb of FROM_TO_MOVES before a tally's article and modifier ("raised | the death | toll"), at most three back. */
function movedBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k; j >= Math.max(from, k - 2); j--) if (FROM_TO_MOVES.has(tokens[j].low)) return true;
  return false;
}

const DOUBT = new Set(['possibly', 'perhaps', 'maybe', 'probably']);

function interpretNumber(tokens: Token[], i: number, p: Parsed, from: number, to: number): NumberMention {
  const lex = lexicons();
  const m: NumberMention = { t0: i, t1: p.end, n0: i, n1: p.end, low: p.value, high: p.value, hedge: 'exact', digits: p.digits };
  // Range: "70 to 80", "70-80", "70 or 80", "between 70 and 80"
  let j = p.end;
  if (j + 1 < to) {
    const sep = tokens[j].low;
    const dash = sep === '-' || sep === '–' || sep === '—';
    // ("the death toll rose from nine to 11": an old value and a new one, no range)
    // ("raised the death toll from five to nine": the verb before the tally it moves)
    const moved = sep === 'to' && i - 2 >= from && tokens[i - 1].low === 'from' && (FROM_TO_MOVES.has(tokens[i - 2].low) ||
      (MOVED_TALLIES.has(tokens[i - 2].low) && movedBefore(tokens, i - 3, from)));
    // ("two, possibly three", "eight or perhaps ten": a second guess after a word of doubt is the range's top)
    let q0 = j + 1;
    if ((sep === ',' || sep === 'or') && q0 + 1 < to) {
      if (sep === ',' && tokens[q0].low === 'or' && q0 + 2 < to) q0++;
      if (DOUBT.has(tokens[q0].low)) q0++;
      else if (sep === ',') q0 = -1;
    }
    const doubt = q0 > j + 1;
    if (!moved && (sep === 'to' || sep === 'or' || doubt || dash || (sep === 'and' && i > from && tokens[i - 1].low === 'between'))) {
      const q = q0 < 0 ? undefined : parseNumber(tokens, q0, to);
      if (q && q.value > p.value && (q.digits === p.digits || !dash)) {
        m.low = p.value;
        m.high = q.value;
        m.hedge = 'range';
        m.n1 = q.end;
        m.t1 = q.end;
        if (sep === 'and') m.t0 = i - 1;
        j = q.end;
      }
    }
  }
  // Hedge before the number
  if (m.hedge === 'exact') {
    let h = lex.hedgesBefore.endingAt(tokens, m.t0, from);
    // "handed over 19 captives", "turned over 4 suspects": the particle of a verb, not a hedge
    if (h && h.length === 1 && tokens[m.t0 - 1].low === 'over' && m.t0 - 2 >= from && overVerbs().has(tokens[m.t0 - 2].low)) h = undefined;
    if (h) {
      m.t0 = h.end - h.length;
      m.hedge = h.data;
      m.hedgeBefore = true;
      // "a combined total of some 350": an exact frame around a hedge
      const frame = lex.hedgesBefore.endingAt(tokens, m.t0, from);
      if (frame && frame.data === 'exact') m.t0 = frame.end - frame.length;
      // "some 40-odd migrants": the hedge after belongs to the phrase too (the one before decides)
      const a = lex.hedgesAfter.at(tokens, m.t1, to);
      if (a && tokens[m.t1].low !== '+') m.t1 = a.end;
    } else {
      // Hedge after: "30+", "30 or more", "30-plus", "30 or so"
      const a = lex.hedgesAfter.at(tokens, m.t1, to);
      if (a && !(a.data === 'at_least' && tokens[m.t1].low === '+' && tokens[m.t1].space)) {
        m.hedge = a.data;
        m.t1 = a.end;
      }
    }
  } else {
    const h = lex.hedgesBefore.endingAt(tokens, m.t0, from);
    if (h && (h.data === 'about')) m.t0 = h.end - h.length; // "about 70 to 80" stays a range
  }
  // "police estimated the crowd at 25,000": an estimate with its object between the verb and "at" (as "estimated at")
  if (m.hedge === 'exact' && estimatedAt(tokens, m.t0, from)) m.hedge = 'about';
  if (m.hedge === 'at_least') m.high = null;
  else if (m.hedge === 'at_most') m.low = null;
  // "9 (nine) persons": the number restated in words
  if (m.t1 + 2 < to && tokens[m.t1].low === '(' && (lex.numberWords.has(tokens[m.t1 + 1].low) || tokens[m.t1 + 1].kind === 'num')) {
    const w = parseNumber(tokens, m.t1 + 1, to);
    if (w && w.end < to && tokens[w.end].low === ')' && w.value === m.low) m.t1 = w.end + 1;
  }
  // Increment: "50 more", "another 12", "an additional 7"
  if (m.t1 < to && tokens[m.t1].low === 'more' && !(m.t1 + 1 < to && tokens[m.t1 + 1].low === 'than')) {
    m.increment = true;
    m.t1++;
  }
  markIncrementBefore(tokens, m, from);
  return m;
}

function markIncrementBefore(tokens: Token[], m: NumberMention, from: number): void {
  for (const words of INCREMENT_BEFORE) {
    const s = m.t0 - words.length;
    if (s < from) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[s + k].low !== words[k]) ok = false;
    if (ok) {
      m.increment = true;
      m.t0 = s;
      return;
    }
  }
}

const ESTIMATE_VERBS = new Set(['estimated', 'estimates', 'estimate', 'estimating']);
/** "estimated the crowd at", "estimates the number of displaced at": a few words of object, then "at" right before. */
function estimatedAt(tokens: Token[], t0: number, from: number): boolean {
  if (t0 - 2 < from || tokens[t0 - 1].low !== 'at') return false;
  for (let j = t0 - 2; j >= Math.max(from, t0 - 7); j--) {
    const t = tokens[j];
    if (ESTIMATE_VERBS.has(t.low)) return j < t0 - 2;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Verbs whose particle "over" stands before their object (figure-words.txt `over-verb`). */
const overVerbs = (): Set<string> => lexiconRole('figure-words.txt', 'over-verb');
