// Relative and reduced clauses after a noun ("3 men who were held there", "those injured in the blast"):
// where the clause ends and which finite verb after it is the main one.
import type { Measure } from '../types.js';
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { PARTICIPLE_PREPS, MANNER_PREPS, HARM_FINITE, HARM_NOUNS, FUNCTION, WEEKDAYS, DETERMINERS_OF, PLACE_PREPS, BE, STATE_AUX,
  isCap, CLAUSE_BREAK, FINITE_ONLY, POSSESSIVES, RELATIVE_AUX } from './words.js';
import { slotCue, skipToCue } from './cues.js';
import { aliveAside, placeAside } from './asides.js';

/** Words that end a relative clause without a main verb after it ("who were hurt when ...", "who were held and ..."). */
const CLAUSE_END = new Set(['and', 'or', 'but', 'while', 'whereas', 'who', 'which', 'that', 'said', 'says', 'according',
  'when', 'after', 'because', 'as', 'than', 'until', 'where', ';', ':', '(', ')', '"', '\u201c', '\u201d']);
/** The main verb after a relative clause ("who were seized at sea on 2 October, were safely retrieved"): an
 * auxiliary, then a cue, within a bounded window; a new count, a quote or another clause ends the search. */
const IN_CLAUSE_TIME = new Set(['as', 'when', 'while', 'after', 'before']);
export function mainAfterClause(tokens: Token[], from: number, t1: number): { measure: Measure; end: number } | undefined {
  const months = lexicons().months;
  // (translated releases run long clauses: "who had been retained since Saturday by an armed band inside a tunnel, in
  // the district of X, province of Y, region Z, were rescued")
  const stop = Math.min(t1, from + 32);
  for (let j = from; j < stop; j++) {
    const t = tokens[j];
    // ("who had been seized by the militants as they withdrew, were found alive": a time clause inside the relative
    // clause, closed by a comma; the main verb follows)
    if (IN_CLAUSE_TIME.has(t.low)) {
      let c = j + 1;
      while (c < Math.min(t1, j + 10) && tokens[c].low !== ',' && !CLAUSE_END.has(tokens[c].low)) c++;
      if (c < t1 && tokens[c].low === ',' && c + 1 < t1 && (BE.has(tokens[c + 1].low) || tokens[c + 1].low === 'have' ||
        tokens[c + 1].low === 'has')) {
        j = c;
        continue;
      }
    }
    if (CLAUSE_END.has(t.low)) return undefined;
    if (t.kind === 'num') {
      if ((j > from && months.has(tokens[j - 1].low)) || (j + 1 < t1 && months.has(tokens[j + 1].low))) continue;
      return undefined;
    }
    if (lexicons().numberWords.has(t.low) || lexicons().vague.at(tokens, j, t1)) return undefined;
    // ("Two of the girls who escaped had gunshot wounds", "who fled suffered burns": harm received is the main verb)
    if (HARM_FINITE.has(t.low) || t.low === 'had') {
      for (let h = j + 1; h < Math.min(t1, j + 4); h++) {
        if (HARM_NOUNS.has(tokens[h].low)) return { measure: 'injured', end: h + 1 };
        if (tokens[h].kind !== 'word' || (FUNCTION.has(tokens[h].low) && tokens[h].low !== 'a')) break;
      }
    }
    // ("nine people who were abducted in the attack escaped": a verb that is never a participle)
    if (FINITE_ONLY.has(t.low)) {
      const own = slotCue(tokens, j, t1, 'post');
      return own && own.measure !== 'present' ? own : undefined;
    }
    // ("31 fishermen who had set out before the warning reached them had not returned": the pluperfect too)
    if (!(BE.has(t.low) || t.low === 'have' || t.low === 'has' || t.low === 'had' && j > from)) continue;
    // ("were let go": a cue that starts with its auxiliary)
    let v = slotCue(tokens, j, t1, 'post') ? j : j + 1;
    v = skipToCue(tokens, v, Math.min(t1, j + 5), t1);
    const cue = v < t1 ? slotCue(tokens, v, t1, 'post') : undefined;
    return cue && cue.measure !== 'present' ? cue : undefined;
  }
  return undefined;
}

/** "on the train had been hurt", "in the mine died": a short place phrase at `k`, then a finite verb or auxiliary. */
export function placeThenVerb(tokens: Token[], k: number, t1: number): boolean {
  if (k >= t1 || !(PLACE_PREPS.has(tokens[k].low) || tokens[k].low === 'aboard')) return false;
  let j = k + 1;
  if (j < t1 && DETERMINERS_OF.has(tokens[j].low)) j++;
  const stop = Math.min(t1, j + 4);
  while (j < stop && tokens[j].kind === 'word' && !FUNCTION.has(tokens[j].low) && !STATE_AUX.has(tokens[j].low) &&
    !slotCue(tokens, j, t1, 'post')) j++;
  return j < t1 && (STATE_AUX.has(tokens[j].low) || FINITE_ONLY.has(tokens[j].low) || HARM_FINITE.has(tokens[j].low));
}

/** Lower-case words a place's name may end on ("Cusco region", "Zamfara State" written low). */
const PLACE_TAILS = new Set(['region', 'state', 'province', 'district', 'county', 'division', 'department', 'governorate']);
/** ", Cusco region," / ", Dutsin-Ma," right after a name at the comma `comma`: the comma closing a place that
 * names where the name before is, or -1. At most five tokens, capitalised words, hyphens and a place's tail word. */
function nameAside(tokens: Token[], comma: number, t1: number): number {
  if (comma < 1 || !isCap(tokens[comma - 1]) || comma + 2 >= t1 || !isCap(tokens[comma + 1])) return -1;
  for (let j = comma + 2; j < Math.min(t1, comma + 7); j++) {
    const t = tokens[j];
    if (t.low === ',') return j;
    if (!(t.kind === 'word' && (isCap(t) || PLACE_TAILS.has(t.low)) || t.low === '-' && !t.space)) return -1;
  }
  return -1;
}

export function finiteAfter(tokens: Token[], k: number, t1: number): { measure: Measure; end: number } | undefined {
  const stop = Math.min(t1, k + 22);
  const months = lexicons().months;
  // a headline drops its auxiliaries: "Five kidnapped in western Niger freed after 11 weeks"
  const headline = t1 > 0 && tokens[t1 - 1].kind !== 'punct' && t1 - k < 16;
  for (let j = k; j < stop; j++) {
    const t = tokens[j];
    // a place named by a pair inside the participle clause ("on the road between Tillabéri and Ayorou")
    if (t.low === 'and' && j > k && j + 1 < t1 && isCap(tokens[j - 1]) && isCap(tokens[j + 1])) continue;
    if (headline && j > k && t.kind === 'word') {
      const bare = slotCue(tokens, j, t1, 'post');
      if (bare && bare.measure !== 'present') return bare;
    }
    // a date or a hyphenated name inside the participle clause ("abducted on 2 May from the Tarsa-Omeri road")
    if (t.kind === 'num' && ((j > k && months.has(tokens[j - 1].low)) || (j + 1 < t1 && months.has(tokens[j + 1].low)))) continue;
    if (t.low === '-' && !t.space && j > k && tokens[j - 1].kind === 'word') continue;
    // ("14 persons deprived of liberty (PPL) died": the initials of the noun phrase in brackets)
    if (t.low === '(' && j + 2 < t1 && tokens[j + 2].low === ')' && tokens[j + 1].kind === 'word' &&
      tokens[j + 1].text.length >= 2 && tokens[j + 1].text === tokens[j + 1].text.toUpperCase()) {
      j += 2;
      continue;
    }
    // ("stranded on the Bayankhongor - Altai road": a spaced dash between two names)
    if ((t.low === '-' || t.low === '\u2013') && j > k && j + 1 < t1 && isCap(tokens[j - 1]) && isCap(tokens[j + 1])) continue;
    // "four traders held since March were retrieved": "since" opens a date inside the clause, not a new one
    if (t.low === 'since' && j + 1 < t1 && (months.has(tokens[j + 1].low) || WEEKDAYS.has(tokens[j + 1].low) ||
      tokens[j + 1].low === 'last')) continue;
    // ("abducted last week near Batangafo, in the north of the country, have been released": a place set off by
    // commas inside the participle clause)
    if (t.low === ',' && j > k) {
      const close = Math.max(placeAside(tokens, j, t1), nameAside(tokens, j, t1));
      if (close > 0) {
        j = close;
        continue;
      }
    }
    // another clause or another subject starts: "3 died and dozens were hurt"
    // ("held for eight months by an armed group": a duration inside the clause)
    if ((t.kind === 'num' || lexicons().numberWords.has(t.low)) && j + 1 < t1 && lexicons().distractors.at(tokens, j + 1, t1)) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || CLAUSE_BREAK.has(t.low) || lexicons().numberWords.has(t.low) || lexicons().vague.at(tokens, j, t1)) {
      return undefined;
    }
    // "three people rushed to hospital later died": a verb that is never a participle is the finite one
    // ("persons deprived of liberty lost their lives": a verb with a possessive object is active, so finite too)
    if (FINITE_ONLY.has(t.low) || (j + 1 < t1 && POSSESSIVES.has(tokens[j + 1].low))) {
      const cue = slotCue(tokens, j, t1, 'post');
      if (cue && cue.measure !== 'present') return cue;
    }
    // ("the four crew members on board paid the supreme price": an idiom of verb and definite object is finite too)
    if (j + 1 < t1 && tokens[j + 1].low === 'the' && !FUNCTION.has(t.low) && !PLACE_PREPS.has(t.low) && !MANNER_PREPS.has(t.low) &&
      !PARTICIPLE_PREPS.has(t.low)) {
      const cue = slotCue(tokens, j, t1, 'post');
      if (cue && cue.measure !== 'present' && cue.end - j >= 3) return cue;
    }
    if (!(BE.has(t.low) || t.low === 'have' || t.low === 'has' || t.low === 'had')) continue;
    // ("ten kidnapped girls have come back": a cue that opens on its auxiliary)
    const whole = slotCue(tokens, j, t1, 'post');
    if (whole && whole.measure !== 'present') return whole;
    let v = j + 1;
    v = skipToCue(tokens, v, Math.min(t1, j + 4), t1);
    v = aliveAside(tokens, v, t1);
    v = skipToCue(tokens, v, Math.min(t1, j + 9), t1);
    const cue = v < t1 ? slotCue(tokens, v, t1, 'post') : undefined;
    return cue && cue.measure !== 'present' ? cue : undefined;
  }
  return undefined;
}
/** "(the gunmen) who seized 8 oil workers", "that abducted 6 pupils": a cue verb right before the count, opened by a
 * relative pronoun after a noun. */
export function relativeObject(tokens: Token[], n0: number, t0: number): boolean {
  const verb = lexicons().measureSlots.pre.endingAt(tokens, n0, t0);
  if (!verb) return false;
  let j = verb.end - verb.length - 1;
  while (j > t0 && RELATIVE_AUX.has(tokens[j].low)) j--;
  return j > t0 && (tokens[j].low === 'who' || tokens[j].low === 'that') && tokens[j - 1].kind === 'word' &&
    !lexicons().reporting.has(tokens[j - 1].low);
}
