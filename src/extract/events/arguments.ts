// Noun-phrase chunks around a trigger, found with word classes instead of a tagger: the subject that
// opens the trigger's clause (actor, or target of a passive), the object after it, "by X" agents,
// possessive agents ("the army's assault") and places after in/at/near/inside.
// Every scan is bounded by a fixed window, so the cost per trigger is constant.
import type { Token } from '../document.js';
import { wordClasses } from './lexicon.js';
import { WordSet } from '../word-sets.js';

/** Token range [t0, t1). */
export interface Chunk {
  t0: number;
  t1: number;
}

const MAX_NP = 10;
const MAX_BACK = 40;

const G = wordClasses();
/** (asked of every token after a trigger: word-sets.ts) */
const PLACE_PREPS = new WordSet(G.placeprep);
export const isCap = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase() && !(c >= 48 && c <= 57);
};
const glue = (tokens: Token[], i: number): boolean =>
  tokens[i].text === '-' && !tokens[i].space && i + 1 < tokens.length && !tokens[i + 1].space;
const endsWith = (low: string, suffix: string): boolean => low.length > suffix.length + 2 && low.endsWith(suffix);

/** Regular verb-looking words (-ed, -ing) unless listed as adjectives; -ly adverbs. */
export function isVerbish(t: Token): boolean {
  const low = t.low;
  if (G.adjective.has(low) || G.placenoun.has(low)) return false;
  return endsWith(low, 'ed') || endsWith(low, 'ing');
}
const isAdverb = (t: Token): boolean =>
  G.adverb.has(t.low) || (endsWith(t.low, 'ly') && !isCap(t));

const STOP = new Set([...G.prep, ...G.aux, ...G.be, ...G.verb, ...G.boundary, ...G.reporting, ...G.adverb]);

/** Words that can never be inside a noun phrase. */
export function isStopWord(t: Token): boolean {
  return isStop(t);
}

function isStop(t: Token): boolean {
  return STOP.has(t.low) || (endsWith(t.low, 'ly') && !isCap(t));
}

/** Words of a hedge before a number ("about 2,000 people", "at least 30 soldiers"): part of the phrase. */
function hedgeLength(tokens: Token[], i: number, limit: number): number {
  for (const n of [1, 2]) {
    if (i + n >= limit || tokens[i + n].kind !== 'num') continue;
    const words = n === 1 ? tokens[i].low : `${tokens[i].low} ${tokens[i + 1].low}`;
    if (G.hedge.has(words)) return n;
  }
  return 0;
}

/** "40" in "17:40 Security forces say …" (a live blog's time stamp) belongs to the time, not to a noun phrase. */
export function isClockMinutes(tokens: Token[], i: number): boolean {
  return tokens[i].kind === 'num' && !tokens[i].space && i >= 2 && tokens[i - 1].text === ':' && !tokens[i - 1].space &&
    tokens[i - 2].kind === 'num';
}

/** Can a noun phrase start at token i? (det, pronoun, number, capitalised or plain noun-looking word) */
export function npStarts(tokens: Token[], i: number, limit: number): boolean {
  if (i >= limit) return false;
  if (hedgeLength(tokens, i, limit) > 0) return true;
  const t = tokens[i];
  if (t.kind === 'num') return !isClockMinutes(tokens, i);
  if (t.kind !== 'word' || t.low === "'s") return false;
  if (G.det.has(t.low) || G.pronoun.has(t.low)) return true;
  if (isStop(t)) return false;
  if (G.adjective.has(t.low)) return true;
  return !isVerbish(t);
}

/** The noun phrase starting at i: [det] words (possessives, glued hyphens, "(ACR)" acronyms). */
export function npForward(tokens: Token[], i: number, limit: number, coordinate = false): Chunk | undefined {
  if (!npStarts(tokens, i, limit)) return undefined;
  let j = i + hedgeLength(tokens, i, limit);
  if (G.pronoun.has(tokens[j].low)) return { t0: i, t1: i + 1 };
  let dets = 0;
  while (j < limit && dets < 2 && G.det.has(tokens[j].low)) {
    j++;
    dets++;
  }
  let content = 0;
  let lastContent = j;
  while (j < limit && content < MAX_NP) {
    const t = tokens[j];
    if (t.low === "'s" && content > 0) {
      j++;
      continue;
    }
    if (glue(tokens, j) && content > 0 && j + 1 < limit && tokens[j + 1].kind !== 'punct') {
      j++;
      continue;
    }
    if (t.text === '(' && content > 0 && j + 2 < limit && tokens[j + 2].text === ')' && tokens[j + 1].kind === 'word' &&
      tokens[j + 1].text === tokens[j + 1].text.toUpperCase()) {
      j += 3;
      lastContent = j;
      continue;
    }
    if (t.kind === 'num') {
      content++;
      j++;
      lastContent = j;
      continue;
    }
    if (t.kind !== 'word') break;
    // "the city of Jalalabad", "the Ministry of Interior"; "two of the gunmen"
    // "the lions of the Caliphate": a determiner may stand before the name.
    if (t.low === 'of' && content > 0 && j + 1 < limit && ((isCap(tokens[j + 1]) && !G.det.has(tokens[j + 1].low)) ||
      (j + 2 < limit && tokens[j + 1].low === 'the' && isCap(tokens[j + 2]) && !G.det.has(tokens[j + 2].low)) ||
      (content === 1 && (tokens[j - 1].kind === 'num' || G.partitive.has(tokens[j - 1].low))))) {
      j++;
      while (j < limit && G.det.has(tokens[j].low)) j++;
      continue;
    }
    if (isStop(t) || (content > 0 && (G.det.has(t.low) || G.pronoun.has(t.low)))) break;
    // A participle after the head is a verb ("a train carrying 500"), before it an adjective.
    if (isVerbish(t) && content > 0 && !(j > 0 && glue(tokens, j - 1))) break;
    // "a bus last week", "the convoy on Tuesday": a time ends the phrase.
    if (content > 0 && (G.timeword.has(t.low) || ((t.low === 'last' || t.low === 'next' || t.low === 'this') &&
      j + 1 < limit && G.timeword.has(tokens[j + 1].low)))) break;
    content++;
    j++;
    lastContent = j;
  }
  if (content === 0) return undefined;
  const chunk = { t0: i, t1: lastContent };
  if (!coordinate) return chunk;
  // "women, children, and ethnic Baloch passengers" — a list ends with and/or; without one the commas
  // set off something else ("the Jaffar Express, the military's spokesman said").
  let k = chunk.t1;
  for (let n = 0; n < 6 && k < limit; n++) {
    let m = k;
    if (tokens[m].text === ',') m++;
    const conj = m < limit && (tokens[m].low === 'and' || tokens[m].low === 'or');
    if (conj) m++;
    if (m === k || m >= limit || G.pronoun.has(tokens[m].low)) break;
    const next = npForward(tokens, m, limit, false);
    if (!next) break;
    k = next.t1;
    if (conj) {
      chunk.t1 = k;
      break;
    }
  }
  return chunk;
}

/** The noun phrase ending just before j (used for "X's", "X, which ..."). */
export function npBackward(tokens: Token[], j: number, floor: number): Chunk | undefined {
  let i = j;
  let content = 0;
  while (i > floor && content < MAX_NP) {
    const t = tokens[i - 1];
    if (t.text === ')' && i - 3 >= floor && tokens[i - 3].text === '(' && tokens[i - 2].kind === 'word') {
      i -= 3;
      continue;
    }
    if (glue(tokens, i - 1) && content > 0) {
      i--;
      continue;
    }
    if (t.low === "'s" && content > 0) {
      i--;
      continue;
    }
    if (t.kind === 'num') {
      i--;
      content++;
      continue;
    }
    if (t.kind !== 'word' || isStop(t) || G.det.has(t.low) || G.pronoun.has(t.low)) break;
    if (isVerbish(t) && !(i - 2 >= floor && glue(tokens, i - 2))) break;
    i--;
    content++;
  }
  if (content === 0) return undefined;
  if (i > floor && G.det.has(tokens[i - 1].low)) i--;
  return { t0: i, t1: j };
}

export interface Clause {
  /** First token of the trigger's clause. */
  start: number;
  /** The boundary word that opened it ("if", "that"), if any. */
  opener?: string;
  /** For "X, which/who ...": the antecedent X. */
  antecedent?: Chunk;
}

function opensClause(tokens: Token[], i: number, limit: number): boolean {
  if (i >= limit) return false;
  if (G.pronoun.has(tokens[i].low)) return true;
  // "said 120 passengers and crew were evacuated": the subject may be a list (tried only when one follows).
  let np = npForward(tokens, i, limit);
  if (np && np.t1 < limit && (tokens[np.t1].low === 'and' || tokens[np.t1].low === 'or' || tokens[np.t1].text === ',')) {
    np = npForward(tokens, i, limit, true);
  }
  if (!np || np.t1 >= limit) return false;
  const next = tokens[np.t1];
  return G.aux.has(next.low) || G.be.has(next.low) || G.verb.has(next.low) || isVerbish(next) || isAdverb(next);
}

/** Skips adverbs (and "so far") after a boundary. */
function skipAdverbs(tokens: Token[], i: number, limit: number): number {
  while (i < limit && ((tokens[i].kind === 'word' && isAdverb(tokens[i])) || isClockMinutes(tokens, i))) i++;
  return i;
}

/**
 * The clause containing token `at`: scan back to a boundary (punctuation, conjunction, reporting verb)
 * that is followed by something that can be a subject.
 */
export function clauseOf(tokens: Token[], at: number, sentStart: number, sentEnd: number, verbal: boolean): Clause {
  const floor = Math.max(sentStart, at - MAX_BACK);
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k];
    const low = t.low;
    // A hyphen with a space before it is a dash ("NAIROBI (Wire) - Commandos stormed …").
    const punct = t.kind === 'punct' && (',;:"“”()—–'.includes(t.text) || (t.text === '-' && t.space));
    if (!punct && !G.boundary.has(low) && !G.reporting.has(low)) continue;
    // "that 164 guests and staff were evacuated": "and" joins two nouns of one subject when the noun
    // phrase before it opens a clause itself (after a boundary, a comma or the sentence start).
    if ((low === 'and' || low === 'or') && k > floor && tokens[k - 1].kind === 'word' && !isVerbish(tokens[k - 1])) {
      const before = npBackward(tokens, k, floor);
      const opener = before ? tokens[before.t0 - 1] : undefined;
      if (before && before.t0 > sentStart && opener && (opener.kind === 'punct' || G.boundary.has(opener.low) ||
        G.reporting.has(opener.low)) && opener.low !== 'and' && opener.low !== 'or') continue;
    }
    // A reporting verb opens a clause only when a subject and its verb follow ("said it had taken"),
    // not an object ("announced a renewed offensive").
    if (G.reporting.has(low) && !opensClause(tokens, k + 1, Math.min(sentEnd, at + MAX_NP + 2))) continue;
    // "the militants who had seized the train": who/which right after a noun phrase.
    // "the building that collapsed": "that" between a noun and a verb is a relative pronoun too.
    const relativeThat = low === 'that' && k + 1 <= at && (isVerbish(tokens[k + 1]) || G.aux.has(tokens[k + 1].low) ||
      G.be.has(tokens[k + 1].low) || G.verb.has(tokens[k + 1].low));
    if ((low === 'who' || low === 'which' || relativeThat) && k > sentStart && tokens[k - 1].kind === 'word' &&
      !G.reporting.has(tokens[k - 1].low) && !G.verb.has(tokens[k - 1].low) && !isVerbish(tokens[k - 1])) {
      return { start: k + 1, opener: low, antecedent: npBackward(tokens, k, floor) };
    }
    if (G.relative.has(low) && k > sentStart && (tokens[k - 1].text === ',' || tokens[k - 1].text === ')')) {
      const before = tokens[k - 1].text === ',' ? k - 1 : k;
      const antecedent = npBackward(tokens, before, floor);
      // "The hostages, who were held in a cave, were released": the relative clause closed before
      // the trigger, which belongs to the main clause whose subject is the antecedent.
      let closed = false;
      for (let j = k + 1; j < at && !closed; j++) closed = tokens[j].text === ',';
      if (closed && antecedent) return { start: antecedent.t0 };
      return { start: k + 1, opener: low, antecedent };
    }
    const s = skipAdverbs(tokens, k + 1, at + 1);
    if (s < at && npStarts(tokens, s, at)) return { start: s, opener: punct ? undefined : low };
    // "that a rescue operation …": the trigger noun opens its clause. A verb right after "and" shares
    // the subject of the clause before ("… would not surrender and demanded …").
    if (s === at && !punct && !G.reporting.has(low) && !verbal) return { start: at, opener: low };
    // ", gained control" / "and seized": not a new subject; keep looking further back.
  }
  return { start: skipAdverbs(tokens, floor, at) };
}

/** Does a noun phrase look like a place: a name ("Swat", "eastern Afghanistan") or a place noun ("a tunnel")? */
export function placeLike(tokens: Token[], np: Chunk, sentStart: number): boolean {
  let ok = false;
  for (let m = np.t0; m < np.t1; m++) {
    const t = tokens[m];
    if (G.notplace.has(t.low) && (isCap(t) || t.kind === 'num')) return false;
    if ((isCap(t) && m > sentStart && !G.det.has(t.low)) || G.placenoun.has(t.low)) ok = true;
  }
  return ok;
}

/** A place noun phrase after in/at/near/inside in [from, limit): capitalised or a place noun ("a tunnel"). */
export function placeIn(tokens: Token[], from: number, limit: number, sentStart: number, npLimit = limit): Chunk | undefined {
  for (let k = from; k < limit; k++) {
    if (!PLACE_PREPS.hasToken(tokens[k])) continue;
    // The preposition must be in the window; its noun phrase may run past it ("in the north-western town of Kaura").
    const np = npForward(tokens, k + 1, npLimit);
    if (!np || !placeLike(tokens, np, sentStart)) continue;
    // "a mosque in Quetta", "the hills near Mach": a common place noun narrowed by a named one.
    if (!isCap(tokens[np.t1 - 1]) && np.t1 + 1 < npLimit && G.placeprep.has(tokens[np.t1].low) && tokens[np.t1].low !== 'on') {
      const named = npForward(tokens, np.t1 + 1, npLimit);
      if (named && isCap(tokens[named.t1 - 1]) && !G.notplace.has(tokens[named.t1 - 1].low)) return { t0: np.t0, t1: named.t1 };
    }
    return np;
  }
  return undefined;
}
