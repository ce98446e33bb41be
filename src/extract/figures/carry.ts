// Groups carried from one figure to the next: a list item with no noun takes the group before it
// ("7 soldiers killed, 4 wounded"), or the uncounted group the text is about.
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import type { NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, plural, PERSON_NOUN, PRISONERS } from './words.js';
import type { FigureCandidate } from './candidate.js';
import { WordSet } from '../word-sets.js';
import { conditionCue } from './parts.js';

/** The nearest figure before found[here] in its own sentence (a whole, with a measure); at most 40 back, so that a
 * sentence of thousands of counts stays linear. */
export function sameSentenceBefore(found: FigureCandidate[], here: number): FigureCandidate | undefined {
  for (let i = here - 1; i >= Math.max(0, here - 40); i--) {
    const p = found[i];
    if (!p.drop && p.measure && !p.parts_of) return p;
  }
  return undefined;
}

/** "The gunmen seized 40 passengers. 12 are still held.": a bare count that only repeats the verb of a
 * figure just before (same measure, previous two sentences) counts the same people, so it takes its group
 * when it is smaller (those still held of those seized). */
export function carryGroup(tokens: Token[], c: FigureCandidate, recent: FigureCandidate[], first = true,
  earlier?: FigureCandidate): void {
  if (c.how !== 'post' || c.group !== 'people' || c.knownGroup || c.g1 !== c.mention.t1 || c.lead !== undefined) return;
  // "police had rearrested 58 of the escapees ... another 11 had handed themselves in", "Three of our comrades fell.
  // Another 4 were injured": "another" adds people of the kind just counted (of the same measure, or in the sentence
  // right before), whatever its size
  if ((c.mention.increment || tokens[c.mention.t0].low === 'another') && !c.parts_of) {
    // ("Three persons lost their lives, and a further eight were injured": a count before it in its own sentence is
    // whom the gapped clause goes on about, even when that count's group is plain people)
    if (earlier) {
      if (earlier.group !== 'people') c.group = earlier.group;
      return;
    }
    for (let i = recent.length - 1; i >= 0; i--) {
      const p = recent[i];
      if (p.sent === c.sent || p.drop || !p.measure || p.parts_of) continue;
      if (p.group !== 'people' && (p.measure === c.measure || p.sent === c.sent - 1)) c.group = p.group;
      return;
    }
    return;
  }
  // ("received 68 burn patients ... Eleven are on oxygen": a patient's condition picks out of the injured before)
  // ("leaving some 2,300 refugees without a roof. ... around 600 have been moved to the reception centre": the displaced
  // too, a share of the displaced just counted)
  if (c.measure !== 'held' && c.measure !== 'missing' && c.measure !== 'freed' && c.measure !== 'arrested' &&
    c.measure !== 'displaced' && !(c.measure === 'injured' && conditionCue(tokens, c))) return;
  if (c.parts_of) return;
  for (let i = recent.length - 1; i >= 0; i--) {
    const p = recent[i];
    // (a part of a total is no whole to pick out of: "68 patients, 19 of them children. Eleven are on oxygen")
    if (p.sent === c.sent || p.drop || !p.measure || p.parts_of) continue;
    // the nearest earlier figure must be about the same thing ("seven workers were abducted … four were freed":
    // those freed are some of those held)
    // (only as the sentence's first count: "'about 15' taken, 2 escaped" speaks of its own 15)
    // ("212 inmates fled … 58 had been recaptured": the recaptured are some of the escaped prisoners)
    // ("Six hostages were released. Five remain held.", "12 miners were rescued. Three are still missing": those
    // still held or missing are the rest of the people just freed or found dead)
    const rest = (c.measure === 'held' || c.measure === 'missing') && (p.measure === 'freed' || p.measure === 'killed') && first;
    // ("Police arrested 60 protesters ... Forty were released": those released are some of those arrested)
    const bailed = c.measure === 'freed' && p.measure === 'arrested' && first;
    // ("The boat was carrying 56 migrants. Thirty-one were rescued, and 25 are still missing": each count after a
    // count of who was there picks out of them, not only the first)
    const there = p.measure === 'present' && p.sent === c.sent - 1 && (c.measure === 'held' || c.measure === 'missing' ||
      c.measure === 'freed');
    if (p.measure !== c.measure && !(c.measure === 'freed' && p.measure === 'held' && first) && !rest && !bailed && !there &&
      !(c.measure === 'arrested' && p.measure === 'other' && PRISONERS.has(p.group))) {
      // ("abducted 11 passengers ...; one passenger was wounded ... 3 were freed and 8 remain captive": a count of the
      // wounded or dead in between is an aside of the same event; the freed are still some of those held)
      if (ASIDE_MEASURES.has(p.measure) && (c.measure === 'freed' || c.measure === 'held') && first && p.sent >= c.sent - 2) continue;
      return;
    }
    // a larger count is another tally of the event (another source), not the people still in that state
    const n = c.mention.high ?? c.mention.low;
    const whole = p.mention.low ?? p.mention.high;
    // (a vague count of escapees is no tally to compare with: "dozens broke out … 58 had been recaptured")
    // ("2 of the abducted constables were released; 4 remain missing": the rest after some were freed may be more
    // than those freed)
    // ("11 worshippers had escaped ... 'Twenty-three remain in captivity'": the rest still held are of the kind freed)
    const rests = rest && p.measure === 'freed' && p.parts_of === undefined && (partOfLabel(tokens, p) ||
      (c.measure === 'held' && tokens[c.mention.t0 - 1]?.low !== 'the'));
    if (p.group !== 'people' && n !== null && whole !== null && (n < whole || rests || (p.measure !== c.measure &&
      p.mention.hedge === 'vague'))) c.group = p.group;
    return;
  }
}

/** "the update listed 37 people injured": a verb of listing before the count only says it was counted; the harm
 * right after the noun says what happened to them (the manifest that "listed 45 passengers" keeps them aboard). */
const LISTING = figureWords('listing');
export function listedWith(tokens: Token[], m: NumberMention, t0: number, pre: { measure: Measure } | undefined,
  post: { measure: Measure; direct: boolean }): boolean {
  return pre?.measure === 'present' && post.direct && post.measure !== 'present' && m.t0 - 1 >= t0 && LISTING.has(tokens[m.t0 - 1].low);
}

const ASIDE_MEASURES = new Set<string | undefined>(['injured', 'killed']);
/** "have died or gone missing", "are dead or missing", "were killed or abducted": a cue joined by "or" to a cue of
 * another measure counts people of either, so the count is neither (guide: "died or went missing" is other). */
const OR_SKIP = new Set(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'gone', 'went', 'got', 'become', 'became']);
const EITHER = new Set<string | undefined>(['killed', 'injured', 'missing', 'held']);
export function eitherMeasure(tokens: Token[], c: FigureCandidate, t1: number): void {
  // (harms only: "had swum ashore or been picked up by boats" are freed either way)
  if (!EITHER.has(c.measure) || c.how !== 'post' || c.parts_of) return;
  let k = c.reach;
  if (k >= t1 || tokens[k].low !== 'or') return;
  k++;
  while (k < t1 && k <= c.reach + 3 && OR_SKIP.has(tokens[k].low)) k++;
  const other = lexicons().measureSlots.post.at(tokens, k, t1);
  if (other && other.data !== c.measure && EITHER.has(other.data)) c.measure = 'other';
}
/** "2 of the abducted constables", "three of the hostages": a count picked out of people named by a definite noun. */
function partOfLabel(tokens: Token[], p: FigureCandidate): boolean {
  const k = p.mention.t1;
  return k + 1 < tokens.length && tokens[k].low === 'of' && tokens[k + 1].low === 'the';
}

// (looked for in every text: word-sets.ts)
const UNCOUNTED = new WordSet(figureWords('uncounted'));
/** "An unknown number of prospectors were sleeping at the camp ... By evening 12 remained missing": a bare count of
 * those still missing or held takes the group of people the sentence before (or its own start) named without
 * counting them. */
export function uncountedAt(doc: Document): number[] {
  const { tokens } = doc;
  const at: number[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (UNCOUNTED.hasToken(tokens[k]) && tokens[k + 1].low === 'number' && tokens[k + 2].low === 'of') at.push(k);
  }
  return at;
}

export function uncountedGroup(doc: Document, c: FigureCandidate, uncounted: number[]): void {
  if (c.group !== 'people' || c.knownGroup || !c.measure || c.g1 !== c.mention.t1 || c.parts_of || c.lead !== undefined) return;
  // (only for those still unaccounted for or held: people rescued or killed may include others)
  if (c.measure !== 'missing' && c.measure !== 'held') return;
  const { tokens, sentences } = doc;
  const from = sentences[Math.max(0, c.sent - 1)].t0;
  const lex = lexicons();
  for (const k of uncounted) {
    if (k < from || k + 3 >= c.mention.t0) continue;
    let j = k + 3;
    for (let n = 0; n < 2 && j < c.mention.t0 && !lex.groups.at(tokens, j, c.mention.t0) && tokens[j].kind === 'word' &&
      !PERSON_NOUN.test(tokens[j].low); n++) j++;
    const gm = lex.groups.at(tokens, j, c.mention.t0);
    // (a plural that reads as people, listed or not: "prospectors", "diggers")
    const group = gm ? gm.data || plural(tokens[gm.end - 1].low) :
      j < c.mention.t0 && tokens[j].kind === 'word' && PERSON_NOUN.test(tokens[j].low) ? tokens[j].low : undefined;
    if (group && group !== 'people') {
      c.group = group;
      c.knownGroup = true;
    }
  }
}
