// Finds trigger phrases in one sentence's tokens: at each word the longest pattern wins and its words are
// consumed; an exclusion ("released a statement") consumes its words without producing a trigger.
// Cost per word is bounded by the patterns indexed under it times their (small, fixed) gaps.
import type { Token } from '../document.js';
import { eventLexicon, type Slot, type TriggerPattern, type TypeChoice } from './lexicon.js';

export interface TriggerMatch {
  type: string;
  /** How to type it (see TypeChoice); a single plain choice for most triggers. */
  choices: TypeChoice[];
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

/** A hyphen glued to both neighbours ("large-scale") does not count as a word in a gap. */
const isGlue = (tokens: Token[], i: number): boolean =>
  tokens[i].text === '-' && !tokens[i].space && i + 1 < tokens.length && !tokens[i + 1].space;
/** Nor does a quotation mark: 'holding "more than 100 hostages"' has three words between its ends. */
const QUOTES = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
const isFree = (tokens: Token[], i: number): boolean => isGlue(tokens, i) || QUOTES.has(tokens[i].text);
const MAX_FREE = 4;

function matchSlots(tokens: Token[], slots: Slot[], si: number, ti: number, limit: number): number {
  if (si === slots.length) return ti;
  const slot = slots[si];
  if (slot.gap > 0) {
    let words = 0;
    let free = 0;
    // Free tokens are capped too, so a run of 10 000 quotes costs no more than a few words.
    for (let k = ti; k <= limit && words <= slot.gap && free <= MAX_FREE; k++) {
      const r = matchSlots(tokens, slots, si + 1, k, limit);
      if (r >= 0) return r;
      if (k < limit && isFree(tokens, k)) free++;
      else words++;
    }
    return -1;
  }
  alts: for (const alt of slot.alts) {
    if (ti + alt.length > limit) continue;
    for (let k = 0; k < alt.length; k++) if (tokens[ti + k].low !== alt[k]) continue alts;
    const r = matchSlots(tokens, slots, si + 1, ti + alt.length, limit);
    if (r >= 0) return r;
  }
  if (ti < limit && slot.words.hasToken(tokens[ti])) {
    const r = matchSlots(tokens, slots, si + 1, ti + 1, limit);
    if (r >= 0) return r;
  }
  if (ti < limit && tokens[ti].kind === 'word') {
    for (const p of slot.prefixes) {
      if (!tokens[ti].low.startsWith(p)) continue;
      const r = matchSlots(tokens, slots, si + 1, ti + 1, limit);
      if (r >= 0) return r;
    }
  }
  return slot.optional ? matchSlots(tokens, slots, si + 1, ti, limit) : -1;
}

function longestAt(tokens: Token[], i: number, limit: number): { p: TriggerPattern; end: number } | undefined {
  const lex = eventLexicon();
  const low = tokens[i].low;
  if (!lex.firsts.mayHaveSketch(tokens[i].sketch)) return undefined;
  const list = lex.byFirst.get(low);
  if (!list) return undefined;
  let best: { p: TriggerPattern; end: number } | undefined;
  for (const p of list) {
    // (most patterns under a common first word, "the", "were", fail on the next token: tested before the slots are walked)
    if (p.second && !(i + 1 < limit && p.second.hasToken(tokens[i + 1]))) continue;
    const end = matchSlots(tokens, p.slots, 0, i, limit);
    // Exclusions win ties: "released a statement" is matched by both.
    if (end > i && (!best || end > best.end || (end === best.end && p.type === '-'))) best = { p, end };
  }
  return best;
}

/** Trigger matches in tokens [t0, t1), left to right, non-overlapping. */
export function findTriggers(tokens: Token[], t0: number, t1: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  // (most tokens start no trigger: their sketch says so here, without a call to longestAt for each)
  const firsts = eventLexicon().firsts;
  let i = t0;
  while (i < t1) {
    const hit = firsts.mayHaveSketch(tokens[i].sketch) ? longestAt(tokens, i, t1) : undefined;
    if (!hit) {
      i++;
      continue;
    }
    if (hit.p.type !== '-') out.push({ type: hit.p.type, choices: hit.p.choices, t0: i, t1: hit.end });
    i = hit.end;
  }
  return out;
}
