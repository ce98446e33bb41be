// The per-sentence driver: for each number phrase of a sentence, reject distractors, find the counted
// noun phrase and its measure, then link the sentence's counts to each other (parts, lists, ellipsis).
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import { findNumbers, FROM_TO_MOVES, type NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { lexiconRole } from '../lexicon/load.js';
import type { PhraseMatch } from '../phrases.js';
import { FORCE_GROUPS, FACILITIES } from '../present.js';
import { aliveObject, outObject } from '../states.js';
import { figureWords, ABOARD_GROUPS, WHOLE_DETERMINERS, POST_SKIP, MODALS, MODIFIERS, FUNCTION, UNITS_OF, NOMINAL_GROUPS, HARM_HEADS, STATE_HEADS,
  ZERO_NOUNS, DETERMINERS_OF, ARTICLES, PLACE_PREPS, BE, STATE_AUX, plural, isCap, ARMED_BANDS, PERFECT, PLACE_PLURALS,
  PERSON_NOUN, POSSESSIVES, HARMED, KIN_OWNERS, NATIONALS, LIST_OPEN, ARMED_LOOK, FINITE_ONLY, HIT_ONLY, ENEMY_KILL, CARE_PLACES, HOSPITAL_MOVES, BODY_WORDS as BODY_NOUN, PARTICIPLE_PREPS,
  DATELINE_MARKS, harmReported, demonymNoun, oneNamedBefore, openerBefore } from './words.js';
import type { FigureCandidate, GroupHit } from './candidate.js';
import { slotCue } from './cues.js';
import { bodiesOf, isRate, zeroNounAt, thingCounted, describingAside, isDistractor, isSpeakerNoun,
  distractorAfterModifiers, isYear, outOfThings, restatedFrom, vehicleCarrying } from './distractors.js';
import { bandSized, findGroup } from './group.js';
import { postMeasure } from './post-measure.js';
import { dashAside } from './asides.js';
import { placeThenVerb, finiteAfter, relativeObject } from './clauses.js';
import { causedFlight, rescueMove, custodyObject, sentTo, movedToCare, facilityHolds, toSafety, broughtOut, takenAway } from './moves.js';
import { preMeasureCue, invertedPassive, invertedCue } from './pre-measure.js';
import { thereWere, estimatedAt, tollAt, nominalCue, nominalGroup, putAt, revisedFigure, tollMove } from './nominal.js';
import { sharedVerbs } from './coordination.js';
import { codedTotal, presentLabel, sumsUp, listLabel, rowCell, bulletinCell } from './labels.js';
import { partsByReference } from './parts.js';
import { listedAfterIntro, appositionParts, subsetsAndBreakdowns } from './breakdowns.js';
import { foreignersOfTotal } from './nationalities.js';
import { ellipticalCounts } from './ellipsis.js';
import { incrementsAndSubsets, lastBefore } from './increments.js';
import { armedThem, inmatesHeldByPrison } from './captives.js';
import { listedWith } from './carry.js';
import { WordSet } from '../word-sets.js';

/** Shares of a whole that are not numbers ("half of the 400 passengers were evacuated"). */
const SHARE_WORDS = new Set(['half', 'most', 'majority', 'third', 'quarter', 'rest', 'remainder', 'bulk', 'part']);
// ("nil casualties among rescuers": the word of sitreps and releases for none)
/** "The dead included ...": a verb that lists who a nominal before it counts. */
const INCLUDED = new Set(['included', 'include', 'includes']);
const ZERO = new Set(['no', 'none', 'nobody', 'noone', 'nil']);
// (looked for in every sentence: word-sets.ts)
const ZERO_WORDS = new WordSet(ZERO);
const YEAR_PREPS = new Set(['in', 'since', 'of', 'during', 'by', 'until', 'from', 'before', 'after']);

/** Verbs of a guess before "to be N" ("believed to be four"). */
const GUESSED = new Set(['believed', 'thought', 'said', 'estimated', 'reported']);

/** Shares with no size of their own ("some of us", "many of us"). */
const UNSIZED_SHARES = new Set(['some', 'many', 'most', 'few']);

const NEIGHBOURHOODS = new Set(['neighbourhoods', 'neighborhoods', 'quarters', 'streets', 'blocks', 'buildings']);
/** "evacuated the residents of two neighbourhoods close to the plant, some 650 persons,": a count set off by commas
 * that restates the object of a verb before it, a noun of people with no count of its own, takes that verb. */
function objectApposition(tokens: Token[], m: NumberMention, t0: number, t1: number):
  { measure: Measure; modal: boolean; far?: boolean } | undefined {
  if (m.t0 - 3 < t0 || tokens[m.t0 - 1].low !== ',') return undefined;
  const lex = lexicons();
  // (the count closes the apposition: a comma, a full stop or the sentence's end after its noun)
  const g = lex.groups.at(tokens, m.t1, t1);
  if (!g || (g.end < t1 && tokens[g.end].low !== ',' && tokens[g.end].low !== '.')) return undefined;
  for (let j = m.t0 - 2; j > Math.max(t0, m.t0 - 16); j--) {
    const t = tokens[j];
    // (no other clause or count between; "the residents of two neighbourhoods": a count of places is no count of people)
    if (t.low === ';' || t.low === ':' || t.low === ',' || BE.has(t.low)) return undefined;
    if ((t.kind === 'num' || lex.numberWords.has(t.low)) && !PLACE_PLURALS.has(tokens[j + 1].low) &&
      !NEIGHBOURHOODS.has(tokens[j + 1].low)) return undefined;
    // the object right after the verb: a noun of people with no count ("the residents", "villagers")
    let o = j;
    if (o < m.t0 && (tokens[o].low === 'the' || tokens[o].low === 'all')) o++;
    const obj = lex.groups.at(tokens, o, m.t0);
    if (!obj) continue;
    const cue = lex.measureSlots.pre.endingAt(tokens, j, t0);
    if (cue && !MODALS.has(tokens[j - cue.length - 1]?.low ?? '')) return { measure: cue.data, modal: false, far: true };
  }
  return undefined;
}

/** Gatherings held for people (figure-words.txt role gathering). */
const GATHERINGS = figureWords('gathering');
const THING_VERBS = new Set(['held', 'holding', 'seized', 'seizing', 'captured', 'capturing', 'released', 'releasing',
  'recovered', 'took', 'carried', 'carrying', 'lost', 'claimed', 'claiming', 'pulled', 'saved', 'dispatched',
  'deployed', 'evacuated', 'freed', 'listed', 'treated']);

/** People the police want, whom a search looks for as suspects, not as the missing. */
const WANTED = new Set(['suspects', 'attackers', 'escapees', 'fugitives', 'gunmen', 'robbers', 'kidnappers']);

const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', '-', '\u2014', '(']);

/** "The candidates, 64 of them," — the group of the definite plural (no count before it) set off right before the
 * count at `at`, when a comma closes the aside after "them" (`g1`); else undefined. */
function wholeThem(tokens: Token[], at: number, g1: number, t0: number, t1: number): string | undefined {
  if (at - 3 < t0 || tokens[at - 1].low !== ',' || g1 >= t1 || tokens[g1].low !== ',') return undefined;
  const gm = lexicons().groups.endingAt(tokens, at - 1, t0);
  if (!gm || !tokens[at - 2].low.endsWith('s')) return undefined;
  const s = at - 1 - gm.length;
  if (s - 1 < t0 || (tokens[s - 1].low !== 'the' && tokens[s - 1].low !== 'their' && tokens[s - 1].low !== 'its')) return undefined;
  return gm.data || tokens[at - 2].low;
}

/** "<band>, [hedge] N of them," — the aside after a noun of armed men (or forces) that gives how many there were. */
function bandSizeAside(tokens: Token[], m: NumberMention, g1: number, t0: number, t1: number): boolean {
  if (m.t0 - 2 < t0 || tokens[m.t0 - 1].low !== ',' || g1 >= t1 || tokens[g1].low !== ',') return false;
  const band = lexicons().groups.endingAt(tokens, m.t0 - 1, t0);
  if (!band || (band.data !== 'attackers' && band.data !== 'security_forces') || m.low === null || m.low < 2) return false;
  // ("the five slain rebels, one of them a female,": a band counted already; the aside is a part of it)
  const s = m.t0 - 1 - band.length;
  for (let k = s - 1; k >= Math.max(t0, s - 3); k--) {
    if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) return false;
  }
  return true;
}

const MEANS_PREPS = new Set(['on', 'in', 'with', 'aboard']);

/** The people noun ending at `end`, or before a short phrase of how they came ("gunmen on motorbikes", "raiders in
 * two pickups") that ends there: at most four words after the preposition. */
function groupBeforeMeans(tokens: Token[], end: number, t0: number): PhraseMatch<string> | undefined {
  const lex = lexicons();
  const gm = lex.groups.endingAt(tokens, end, t0);
  if (gm) return gm;
  for (let p = end - 2; p >= Math.max(t0 + 1, end - 5); p--) {
    if (tokens[p].kind === 'punct') return undefined;
    if (MEANS_PREPS.has(tokens[p].low)) return lex.groups.endingAt(tokens, p, t0);
  }
  return undefined;
}

/** A tally that went past a number ("tops 30,000") is at least that number. */
const EXCEEDS = new Set(['tops', 'topped', 'crosses', 'crossed', 'surpasses', 'surpassed', 'exceeds', 'exceeded',
  'passes', 'passed', 'pass']);

/** The number phrases of sentence [t0, t1) and its zero and "all" words, in text order: the mentions
 * sentenceFigures reads (a sentence with none has no figure, so findFigures skips it). */
const CASUALTY_HEADS = new Set(['casualties', 'casualty']);
const RECEIVED_PEOPLE = new Set(['people', 'persons', 'victims']);
const HELD_BY_PLACE = new Set(['had', 'housed', 'held']);
/** "had been received", "were received" at `k` in a sentence that names a place of care. */
function receivedAt(tokens: Token[], k: number, t0: number, t1: number): boolean {
  let j = k;
  while (j < Math.min(t1, k + 3) && STATE_AUX.has(tokens[j].low)) j++;
  // ("The Western Visayas Medical Center said 26 people had been brought in since the blast": taken in too)
  if (j === k || j >= t1 || (tokens[j].low !== 'received' && !(tokens[j].low === 'brought' && tokens[j + 1]?.low === 'in'))) {
    return false;
  }
  return careNamed(tokens, t0, t1);
}
/** "the bodies, five women and two men, ...": the measure of the dead or hurt named before the comma that opens the
 * list the count at `at` stands in (plain words, counts and "and" between), else undefined. */
function appositionOfHarmed(tokens: Token[], at: number, t0: number): Measure | undefined {
  let k = at - 1;
  while (k > t0 && k > at - 8 && tokens[k].low !== ',' && (tokens[k].kind === 'word' || tokens[k].kind === 'num') &&
    !BE.has(tokens[k].low)) k--;
  if (k - 2 < t0 || tokens[k].low !== ',' || tokens[k - 2].low !== 'the') return undefined;
  const head = tokens[k - 1].low;
  return BODY_NOUN.has(head) ? 'killed' : HARM_HEADS.get(head) ?? NOMINAL_GROUPS.get(head);
}
/** A state force named as a body ("the army", "police"; attribution-words.txt role forcebody). */
const FORCE_BODIES = lexiconRole('attribution-words.txt', 'forcebody');
/** The side whose men were lost: the nearest armed party or force named before "lost" in its clause, or 'own' for
 * "we" or "our" (the speaker's). */
function losingSide(tokens: Token[], lost: number, t0: number): string | undefined {
  const lex = lexicons();
  for (let k = lost - 1; k >= Math.max(t0, lost - 16); k--) {
    if (tokens[k].low === ';' || tokens[k].low === '.') return undefined;
    const gm = lex.groups.at(tokens, k, lost);
    if (gm?.data === 'attackers' || gm?.data === 'security_forces') return gm.data;
    if (lex.sources.at(tokens, k, lost)?.data.kind === 'militant') return 'attackers';
    if (FORCE_BODIES.has(tokens[k].low)) return 'security_forces';
    if (tokens[k].low === 'we' || tokens[k].low === 'our') return 'own';
  }
  return undefined;
}
/** Verbs of a release by captors, which keep a harmed hostage freed. */
const RELEASE_VERBS = new Set(['freed', 'released', 'free', 'release', 'frees', 'releases', 'handed', 'swapped', 'exchanged']);
/** A verb or noun of death after `from` in the sentence ("..., of whom five died after arrival"). */
function diedAfter(tokens: Token[], from: number, t1: number): boolean {
  for (let k = from; k < t1; k++) if (lexicons().measures.at(tokens, k, k + 1)?.data.measure === 'killed') return true;
  return false;
}
/** The sentence names a place of care. */
function careNamed(tokens: Token[], t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) if (CARE_PLACES.has(tokens[i].low)) return true;
  return false;
}
/** A place of care names the subject right before the verb at `v` ("Narok County Referral Hospital admitted"). */
function careSubject(tokens: Token[], v: number, t0: number): boolean {
  for (let i = v - 1; i >= Math.max(t0, v - 6) && tokens[i].kind === 'word'; i--) if (CARE_PLACES.has(tokens[i].low)) return true;
  return false;
}
/** Whether a count stands between `from` and `to` (a number in digits or words). */
function countBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) return true;
  return false;
}

export function sentenceMentions(tokens: Token[], t0: number, t1: number): NumberMention[] {
  const mentions = findNumbers(tokens, t0, t1);
  // Zero claims ("no one was hurt", "no casualties") and "all the hostages"
  for (let k = t0; k < t1; k++) {
    const low = tokens[k].low;
    if (ZERO_WORDS.hasToken(tokens[k]) || low === 'all') {
      let e = k + 1;
      if (low === 'no' && e < t1 && (tokens[e].low === 'one')) e++;
      // "all (of) the hostages"
      if (low === 'all' && e < t1 && tokens[e].low === 'of') e++;
      if (low === 'all' && e < t1 && DETERMINERS_OF.has(tokens[e].low) && tokens[e].low !== 'that') e++;
      mentions.push({
        t0: k, t1: e, n0: k, n1: e, low: low === 'all' ? null : 0, high: low === 'all' ? null : 0,
        hedge: low === 'all' ? 'vague' : 'exact', digits: false,
      });
    }
  }
  mentions.sort((a, b) => a.t0 - b.t0);
  return mentions.map(oneShape);
}

/**
 * The mention with all its fields, in one order. Mentions are made in several places with different optional fields
 * (and some added later), and sentenceFigures and the rules after it read m.t0, m.t1, m.n0 ... at hundreds of sites:
 * objects of one shape keep those reads direct rather than generic (megamorphic) lookups. A spread of one
 * ({ ...m, t0 }) keeps the shape.
 */
function oneShape(m: NumberMention): NumberMention {
  return {
    t0: m.t0, t1: m.t1, n0: m.n0, n1: m.n1, low: m.low, high: m.high, hedge: m.hedge, digits: m.digits,
    increment: m.increment, vague: m.vague, hedgeBefore: m.hedgeBefore, change: m.change,
  };
}

/** The same for a group hit (findGroup makes them in many places): one shape for the reads of g.g1, g.group, ... */
function oneHitShape(h: GroupHit): GroupHit {
  return {
    g0: h.g0, g1: h.g1, group: h.group, known: h.known, implied: h.implied, preMeasure: h.preMeasure, anaphor: h.anaphor,
    nominal: h.nominal, whole: h.whole, own: h.own,
  };
}

/** Figure candidates of one sentence, in text order. `recent` holds the figures of the sentences before. */
const BODY_WORDS = figureWords('body-word');
/** Verbs that bring people out of danger when a particle of where from follows their noun (figure-words.txt). */
const BROUGHT_OUT = figureWords('brought-out');
const OUT_PARTICLES = new Set(['out', 'down', 'from', 'off']);
const UNDER = new Set(['under', 'beneath', 'underneath']);
const DANGER_PLACES = figureWords('danger-place');
const ARMS_VERBS = figureWords('arms-verb');
/** "armed with rifles", "carrying pistols" right after the counted noun: a word of bearing arms and the arms. */
function armedAfter(tokens: Token[], k: number, t1: number): boolean {
  if (k >= t1 || !ARMS_VERBS.has(tokens[k].low)) return false;
  if (tokens[k].low === 'armed' && tokens[k + 1]?.low === 'with') return true;
  for (let j = k + 1; j < Math.min(t1, k + 4); j++) if (ARMED_LOOK.has(tokens[j].low) && tokens[j].low !== 'armed') return true;
  return false;
}

/** A unit noun's singular, as low.replace(/ies$/, 'y').replace(/s$/, '') gives it (asked of most counts: no regex). */
function unitSingular(low: string): string {
  const w = low.endsWith('ies') ? low.slice(0, -3) + 'y' : low;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** "all were freed", "all of them were later released", "freed all of them": "all" alone stands for the people
 * counted before (people), when a verb of what befell captives or victims says what happened to them. */
const ALL_MEASURES = new Set<Measure>(['freed', 'held', 'killed']);
// (the verbs of captivity and death only: "all have since been discharged", "all were in stable condition" and "all
// have since returned home" say how the people counted before are, not a count of their own)
const ALL_VERBS = new Set(['released', 'freed', 'rescued', 'killed', 'executed', 'abducted', 'kidnapped', 'seized']);
const ALL_SKIP = new Set(['were', 'had', 'have', 'been', 'later', 'eventually', 'safely', 'since', 'subsequently', 'soon']);
// (the people counted just before were taken, held, freed, killed or there: "nine people treated ...; all have since
// been released" leaves hospital)
const ALL_BEFORE = new Set<Measure>(['held', 'freed', 'killed', 'present', 'missing']);
function bareAll(tokens: Token[], m: NumberMention, g: GroupHit | undefined, t0: number, t1: number,
  last: FigureCandidate | undefined): boolean {
  if (!last?.measure || !ALL_BEFORE.has(last.measure) || (g && !(g.anaphor && tokens[g.g1 - 1].low === 'them'))) return false;
  const pre = lexicons().measureSlots.pre.endingAt(tokens, m.t0, t0);
  if (pre && ALL_MEASURES.has(pre.data) && ALL_VERBS.has(tokens[m.t0 - 1].low)) return true;
  let k = g ? g.g1 : m.t1;
  for (let n = 0; n < 4 && k < t1 && ALL_SKIP.has(tokens[k].low); n++) k++;
  if (k === (g ? g.g1 : m.t1)) return false;
  const cue = k < t1 ? slotCue(tokens, k, t1, 'post') : undefined;
  return !!cue && ALL_MEASURES.has(cue.measure) && ALL_VERBS.has(tokens[k].low);
}

/** What befalls people, as against where they are or go. */
const HARMS = new Set<Measure>(['killed', 'injured', 'missing', 'held']);
/** "taken three soldiers prisoner": a verb of taking split around its object by the state it leaves them in. */
const TAKE_SPLIT = new Set(['took', 'taken', 'take', 'takes', 'taking']);
const CAPTIVE_AFTER = new Set(['prisoner', 'prisoners', 'captive', 'captives', 'hostage', 'hostages']);

export function sentenceFigures(doc: Document, si: number, mentions: NumberMention[], recent: FigureCandidate[],
  seen: Set<Measure> = new Set(),
  older: { all: FigureCandidate[]; end: number } = { all: [], end: 0 }): FigureCandidate[] {
  const { tokens } = doc;
  const lex = lexicons();
  const { t0, t1 } = doc.sentences[si];
  const out: FigureCandidate[] = [];
  let lastEnd = t0;
  const hits = new Map<FigureCandidate, GroupHit | undefined>();
  for (const m of mentions) {
    if (m.t0 < lastEnd) continue; // a zero/all word inside a number phrase ("no fewer than")
    lastEnd = m.t1;
    const word = tokens[m.n0].low;
    const isZero = m.low === 0 && m.high === 0 && (ZERO.has(word) || word === 'zero');
    let zeroThem = false;
    const isAll = word === 'all' && m.low === null;
    if (!isZero && !isAll && isDistractor(doc, m, t0, t1)) continue;
    if (isAll && m.t1 < t1 && (tokens[m.t1].kind === 'num' || lex.numberWords.has(tokens[m.t1].low))) continue; // "all four attackers"
    // ("all the remaining hostages, 27 in number, were freed": the count in the aside is the figure)
    if (isAll && inNumberAside(tokens, m.t1, t1)) continue;
    // "Missing: 9 (all fishermen)", "the three freed hostages, all Thai nationals,": says who the count before is
    if (isAll && m.t0 - 2 >= t0 && (tokens[m.t0 - 1].low === '(' || tokens[m.t0 - 1].low === ',') &&
      out.length > 0 && m.t0 - out[out.length - 1].reach <= 2) continue;
    // "four of the seven dead": the seven refers back to a total given before
    // (guide: only when it repeats a total already given; "75 of the 97 miners working there" → present 97)
    if (!isZero && !isAll && m.t0 - 3 >= t0 && tokens[m.t0 - 1].low === 'the' && tokens[m.t0 - 2].low === 'of' &&
      out.length > 0 && out[out.length - 1].mention.t1 === m.t0 - 2 &&
      (recent.some((r) => r.mention.low === m.low) || out.some((r) => r.mention.low === m.low) ||
        (!findGroup(tokens, m.t1, t1) && !(m.t1 < t1 && NOMINAL_GROUPS.has(tokens[m.t1].low))))) continue;
    // "none of the remaining seven", "two of the other five": the second number points back at people counted before
    if (!isZero && !isAll && m.t0 - 4 >= t0 && (tokens[m.t0 - 1].low === 'remaining' || tokens[m.t0 - 1].low === 'other') &&
      tokens[m.t0 - 2].low === 'the' && tokens[m.t0 - 3].low === 'of' && out.length > 0 &&
      out[out.length - 1].mention.t1 === m.t0 - 3 && !findGroup(tokens, m.t1, t1)) continue;
    // (one person, or none of a kind: "No rescuer was hurt" names its group by the singular, as "one rescuer" does)
    const found = findGroup(tokens, m.t1, t1, (m.low === 1 && m.high === 1) || (isZero && word === 'no' && m.n1 === m.n0 + 1));
    let g = found && oneHitShape(found);
    // ("two men armed with rifles stormed the bar": men the clause after them arms are attackers, as "armed men" are)
    if (g && (g.group === 'men' || g.group === 'people') && !g.anaphor && armedAfter(tokens, g.g1, t1)) g = { ...g, group: 'attackers' };
    // ("at least five bodies of attackers", "the bodies of 3 soldiers" aside: whose bodies the group after "of" says)
    if (g && g.implied === 'killed' && g.group === 'people' && tokens[g.g1]?.low === 'of' && BODY_WORDS.has(tokens[g.g1 - 1].low)) {
      let k = g.g1 + 1;
      if (k < t1 && (tokens[k].low === 'the' || tokens[k].low === 'their')) k++;
      const whose = k < t1 && tokens[k].kind === 'word' ? lex.groups.at(tokens, k, t1) : undefined;
      if (whose) g = { ...g, group: whose.data || tokens[whose.end - 1].low, g1: whose.end };
    }
    // ("at least 18 soldiers' bodies brought to Torodi": the bodies of the people counted are their dead; the
    // apostrophe is gone from the quote-free tokens read here)
    // ("One of the men remains in a critical condition": "remains" right after a noun is its verb)
    if (g && !g.implied && g.g1 < t1 && (tokens[g.g1].low === 'bodies' || tokens[g.g1].low === 'corpses')) {
      g = { ...g, g1: g.g1 + 1, implied: 'killed' };
    } else if (g && !g.implied && g.g1 + 1 < t1 && tokens[g.g1].low === "'s" && BODY_WORDS.has(tokens[g.g1 + 1].low)) {
      g = { ...g, g1: g.g1 + 2, implied: 'killed' };
    }
    // ("No one remains unaccounted for", "nobody remains missing": a pronoun of people, the word after it a verb)
    if (g && !g.known && isZero && (word === 'nobody' || word === 'noone' || (word === 'no' && m.n1 > m.n0 + 1))) g = undefined;
    let crewOf = false;
    // "the vessel's crew of 18", "a crew of two": the collective before "of" names whom the number counts
    if (!g && m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'of' && tokens[m.t0 - 2].low === 'crew') {
      g = oneHitShape({ g0: m.t1, g1: m.t1, group: 'crew', known: true });
      crewOf = true;
    }
    // "No crew fatalities reported", "no police casualties": a group noun before the harm noun
    if (isZero && g?.known && !g.implied && g.g1 < t1 && ZERO_NOUNS.has(tokens[g.g1].low)) {
      const noun = lex.measures.at(tokens, g.g1, g.g1 + 1);
      if (noun && noun.data.slots.has('noun')) g = { ...g, g1: g.g1 + 1, implied: noun.data.measure };
    }
    // "there were no survivors" says everyone died, not that nobody was rescued or present
    if (isZero && g && tokens[g.g1 - 1].low === 'survivors') continue;
    // ("Nobody came to help us", "nobody came for hours": help that did not come, no count of who was there)
    if (isZero && tokens[g ? g.g1 : m.t1]?.low === 'came') continue;
    // "all but three escaped": the three are the ones who did not
    if (!isZero && !isAll && m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'but' && tokens[m.t0 - 2].low === 'all') continue;
    if (isZero || isAll) {
      // "no one", "nobody", "none (of the X)" count people; "no casualties"/"no deaths" imply the measure.
      // ("Missing: Nil": a sitrep's table line says none with the word of its own)
      const tableNil = word === 'nil' && m.t0 > t0 && tokens[m.t0 - 1].text === ':';
      const bare = word === 'nobody' || word === 'noone' || (word === 'no' && m.n1 > m.n0 + 1) || word === 'none' || tableNil;
      const allAlone = isAll && (!g || !g.known || g.anaphor) && bareAll(tokens, m, g, t0, t1, out[out.length - 1] ?? recent[recent.length - 1]);
      if (!g && !bare && !allAlone) continue;
      if (isAll && !allAlone && (!g || !g.known || g.anaphor)) continue;
      if (isZero && !bare && g && !g.known) continue;
      zeroThem = isZero && !!g?.anaphor;
      if (g?.anaphor) g = undefined;
    }
    // ("the 1994 killings", "the 2019 deaths": after "the", a year names which killings, it counts none)
    if (isYear(tokens, m) && (!g || (m.t0 > t0 && YEAR_PREPS.has(tokens[m.t0 - 1].low)) ||
      (m.t0 > t0 && tokens[m.t0 - 1].low === 'the' && !!lex.measureSlots.noun.at(tokens, m.t1, t1)))) continue;
    // ("shot down eight of them out of eleven drones": "them" are the things the whole after "out of" names)
    if (g?.anaphor && outOfThings(tokens, g.g1, t1)) continue;
    // ("Some of us had been waiting since dawn", "many of us lost everything": a speaker's unsized share of their own
    // group counts nobody)
    if (g && UNSIZED_SHARES.has(word) && g.g1 - 2 > m.t0 - 1 && tokens[g.g1 - 1].low === 'us' && tokens[g.g1 - 2].low === 'of') continue;
    // ("the assailants, estimated at about sixty on motorcycles": what carried them is no count of its own; nor after
    // "numbering", which sizes the noun before it: "bandits numbering about 30 on motorcycles")
    const estimateBy = (m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'at' && tokens[m.t0 - 2].low === 'estimated' ||
      m.t0 - 1 > t0 && tokens[m.t0 - 1].low === 'numbering' ||
      tokens[m.t0].low === 'estimated') && m.t1 < t1 && PLACE_PREPS.has(tokens[m.t1].low);
    // (nor what carried a band sized by the count: "an armed bandit group of 100 on motorcycles")
    if (!g && !estimateBy && distractorAfterModifiers(tokens, m.t1, t1) && !(PLACE_PREPS.has(tokens[m.t1]?.low ?? '') &&
      bandSized(tokens, m.t0, t0))) continue;
    // "including the two found in the block": a definite number with no noun points back at people counted before
    // ("The three were abducted in January", "The three who were rescued ...": but a sentence that opens on them says
    // what happened to them)
    // ("The ELN freed the four on Friday": the object of a verb that says what happened to them is a count too)
    // ("The seven - five Chadians, a Cameroonian and a Belgian nurse - were seized": past an aside between dashes)
    const afterDefinite = m.t1 < t1 ? dashAside(tokens, m.t1, t1, true) : m.t1;
    if (!g && !isZero && !isAll && m.t0 > t0 && tokens[m.t0 - 1].low === 'the' && !m.digits &&
      !(m.t0 - 1 === t0 && afterDefinite < t1 && (BE.has(tokens[afterDefinite].low) || tokens[afterDefinite].low === 'who')) &&
      !(m.t0 - 2 >= t0 && lex.measureSlots.pre.endingAt(tokens, m.t0 - 1, t0))) continue;
    // "(male 98, female 61)", "soldiers 5, civilians 3": a list item names its group before the number
    let lead: number | undefined;
    if (!g && !isZero && !isAll && m.t0 === m.n0 && m.t0 - 2 >= t0 && LIST_OPEN.has(tokens[m.t0 - 2].low)) {
      const label = listLabel(tokens, m.t0 - 1);
      if (label) {
        g = oneHitShape({ g0: m.t1, g1: m.t1, group: label, known: true });
        lead = m.t0 - 1;
      }
    }
    // "collapsing one entrance and killing seven": a noun that names no people (not in the people or unit lexicons)
    // right after the number is what it counts
    if (!g && !isZero && !isAll && thingCounted(tokens, m.t1, t1)) continue;
    const reachGroup = g ? g.g1 : m.t1;
    if (!isZero && !isAll && isRate(tokens, reachGroup, t1)) continue; // "40,000 passengers a day"
    // "two officials said", "three witnesses told": counts of sources are not figures
    // ("No crew fatalities reported" counts harm, not speakers)
    if (reachGroup < t1 && !(isZero && (g?.implied || word === 'none')) && lex.reporting.has(tokens[reachGroup].low) && !lex.weakReporting.has(tokens[reachGroup].low) &&
      !(reachGroup + 1 < t1 && tokens[reachGroup + 1].low === 'to') && (isSpeakerNoun(tokens, m.t1, reachGroup) || !!g?.anaphor) && // ("one of them told relatives")
      !(reachGroup + 1 < t1 && slotCue(tokens, reachGroup + 1, t1, 'post')) && // "400 reported killed" is a figure
      !(!g && slotCue(tokens, reachGroup, t1, 'post')) && // "9 admitted": a cue that is also a reporting verb
      !harmReported(tokens, reachGroup, t1)) continue;
    // ("One of the freed women, Fatima Abdalla, said", "One freed passenger, a trader who gave his name only as Faly,
    // said": the one person an apposition names before a reporting verb is a source, not a count)
    if (m.low === 1 && m.high === 1 && m.t0 === t0 && g && apposedSpeaker(tokens, reachGroup, t1)) continue;
    // "18 teams of the NDRF are deployed", "four companies of troops": a count of units is no count of people
    // ("12 search and rescue teams": the head noun after its modifiers is the unit)
    if (g && g.g1 > g.g0 && !g.anaphor && (g.g1 - g.g0 === 1 || !g.known) &&
      UNITS_OF.has(unitSingular(tokens[g.g1 - 1].low))) continue;
    // ("The candidates, 64 of them, had been sitting the paper": "them" set off right after a definite plural with no
    // count of its own are that noun's people, the whole of them, not a part of a count before)
    const whole = g?.anaphor && tokens[g.g1 - 1].low === 'them' ? wholeThem(tokens, m.t0, g.g1, t0, t1) : undefined;
    if (whole && g) g = { ...g, group: whole, anaphor: false };
    // (every field is set here, the optional ones undefined, so that all candidates share one hidden class: the
    // later rules read them at hundreds of sites, which stay monomorphic)
    const cand: FigureCandidate = {
      sent: si, mention: m, g0: g ? g.g0 : m.t1, g1: reachGroup, group: g ? g.group : 'people', knownGroup: g ? g.known : false,
      carried: undefined, measure: undefined, how: undefined, modal: undefined, quantifier: undefined,
      reach: reachGroup,
      lead: undefined, parts_of: undefined, drop: undefined, ownSide: undefined, subset: undefined, coded: undefined,
      rel: undefined, groupOf: undefined, pointsBack: undefined,
    };
    hits.set(cand, g);
    // ("One guard was shot. No one else was hurt": "else" sets the zero apart from the people counted before; it
    // takes no group from them)
    if (isZero && !g && tokens[m.t1]?.low === 'else') cand.knownGroup = true;
    if (g?.own) cand.ownSide = true;
    if (lead !== undefined) cand.lead = lead;
    if (isAll) cand.quantifier = 'all';
    // measure: post (with an auxiliary) beats pre; pre beats an adjective before the noun ("23 injured
    // people"), which beats a bare post participle; then nominal; then the noun itself
    // in "27 of the 41 passengers abducted … have been freed", "abducted" counts the 41 and "freed" the 27
    // ("Three of five abducted fishermen freed": a headline's whole right after "of", with no article)
    const bareWhole = m.t0 - 1 >= t0 && tokens[m.t0 - 1].low === 'of' && out.length > 0 && out[out.length - 1].mention.t1 === m.t0 - 1;
    // ("three of its 19 occupants drowned", "none of their 40 passengers was hurt": a whole owned by a vehicle or a party)
    const inWhole = m.t0 - 2 >= t0 && WHOLE_DETERMINERS.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 2].low === 'of' || bareWhole;
    let post = postMeasure(tokens, reachGroup, t1, inWhole);
    // ", eleven (11) in number": the count set off after the noun it sizes
    const inNumber = m.t0 > t0 && tokens[m.t0 - 1].low === ',' && tokens[m.t1]?.low === 'in' && tokens[m.t1 + 1]?.low === 'number';
    // ("all the remaining hostages, 27 in number, were freed": the count in an aside takes the verb after it)
    if (inNumber && m.t1 + 3 < t1 && tokens[m.t1 + 2].low === ',') post = postMeasure(tokens, m.t1 + 3, t1, inWhole) ?? post;
    // "A total of 10,295 people (2,811 families) have been evacuated": an aside in brackets after the noun
    if (!post && reachGroup + 2 < t1 && tokens[reachGroup].low === '(') {
      let close = reachGroup + 1;
      while (close < Math.min(t1, reachGroup + 8) && tokens[close].low !== ')' && tokens[close].low !== '(') close++;
      if (close < t1 && tokens[close].low === ')') post = postMeasure(tokens, close + 1, t1, inWhole);
    }
    // ("some 40 households (200 people) were evacuated": a restatement in brackets goes on after them)
    if (!post && reachGroup + 1 < t1 && tokens[reachGroup].low === ')' && restatedFrom(tokens, m, t0) >= 0) {
      post = postMeasure(tokens, reachGroup + 1, t1, inWhole);
    }
    // ("4 soldiers and 2 civilians - a taxi driver and his son - were killed": the same between dashes)
    if (!post && dashAside(tokens, reachGroup, t1) > reachGroup) post = postMeasure(tokens, dashAside(tokens, reachGroup, t1), t1, inWhole);
    // "More than 1,500 families, about 9,000 people, have been displaced": an apposition between commas
    // ("86 families, or some 340 residents, had been evacuated": the same after ", or", and after a restatement of
    // households, see restatedFrom)
    const appositionOpen = m.t0 > t0 && (tokens[m.t0 - 1].low === ',' ||
      tokens[m.t0 - 1].low === 'or' && m.t0 - 2 >= t0 && tokens[m.t0 - 2].low === ',');
    if (!post && (appositionOpen || restatedFrom(tokens, m, t0) >= 0) && reachGroup + 1 < t1 &&
      tokens[reachGroup].low === ',' &&
      (POST_SKIP.has(tokens[reachGroup + 1].low) || slotCue(tokens, reachGroup + 1, t1, 'post'))) {
      post = postMeasure(tokens, reachGroup + 1, t1, inWhole);
    }
    // "295 of the 459 people on board (are) unaccounted for": the cue right after the noun counts the whole
    // ("Two of the 12 guards died": a verb that is never a participle is the part's own)
    // ("three of the five crew lost their lives": a verb with an object of its own is finite too)
    const finiteVerb = FINITE_ONLY.has(tokens[reachGroup]?.low ?? '') || POSSESSIVES.has(tokens[reachGroup + 1]?.low ?? '');
    const wholeCue = post && g?.whole && !finiteVerb ? slotCue(tokens, reachGroup, t1, 'post') : undefined;
    if (wholeCue) {
      const main = finiteAfter(tokens, wholeCue.end, t1);
      post = main ? { measure: main.measure, end: main.end, aux: true, modal: false, direct: true } :
        postMeasure(tokens, wholeCue.end, t1);
    }
    // ("seized the trawler and its crew of 18": the verb stands before the collective)
    const restated = restatedFrom(tokens, m, t0);
    // ("The toll rose to 18 on Friday after four critically injured persons died": a count a toll moved to is the
    // toll's; a verb reached only past an aside is another clause's)
    if (post && !post.direct && tollAt(tokens, m, t0)) post = undefined;

    // ("the police have detained no one", "the fire injured nobody": a person-zero right after an active verb of harm or
    // custody is the verb's object, the zero of that measure; "none" and "no <noun>" are left to their nouns)
    // ("the army said it had lost no men", "the raid killed no civilians": "no" and a noun of people right after the
    // verb, too)
    const verbBefore = isZero && word === 'no' && m.t0 > t0 ? lex.measureSlots.pre.at(tokens, m.t0 - 1, m.t0) : undefined;
    const noPeople = !!verbBefore && HARMS.has(verbBefore.data) && !!g?.known && !g.implied && !g.anaphor;
    const zeroObject = isZero && ((!g && (word === 'nobody' || word === 'noone' || (word === 'no' && m.n1 > m.n0 + 1))) || noPeople) ?
      preMeasureCue(tokens, m, t0) : undefined;
    const pre = isZero ? (zeroObject && !zeroObject.far && !zeroObject.modal && !zeroObject.demand ? zeroObject : undefined) :
      preMeasureCue(tokens, m, t0) ?? (crewOf ? preMeasureCue(tokens, { ...m, t0: m.t0 - 2 }, t0) : undefined) ??
      (restated >= 0 ? preMeasureCue(tokens, { ...m, t0: restated }, t0) : undefined) ?? objectApposition(tokens, m, t0, t1);
    // "None of the 42 passengers were injured", "two of the 12 guards were killed": the finite verb is the part's;
    // the whole keeps no measure of its own (passengers and crew were aboard: present)
    // ("most of the roughly 200 guests had fled": a share with no count of its own leaves the whole the one count, of
    // people who were there)
    const shareOf = m.t0 - 3 >= t0 && SHARE_WORDS.has(tokens[m.t0 - 3].low);
    // ("none of the 400 passengers had been hurt": the perfect passive too)
    const perfectBeen = PERFECT.has(tokens[reachGroup]?.low ?? '') && tokens[reachGroup + 1]?.low === 'been';
    if (inWhole && post && (BE.has(tokens[reachGroup]?.low ?? '') || perfectBeen || finiteVerb ||
      (shareOf && STATE_AUX.has(tokens[reachGroup]?.low ?? ''))) &&
      ((out.length > 0 && out[out.length - 1].mention.t1 === m.t0 - 2) || bareWhole || shareOf)) {
      post = undefined;
      if (ABOARD_GROUPS.has(g?.group ?? '') || (shareOf && g?.known)) {
        cand.measure = 'present';
        cand.how = 'noun';
      } else cand.drop = true;
    }
    // ("Of the 47 occupants, 44 passengers and 3 crew members, two passengers were killed": a sentence that opens on its
    // whole, a breakdown of who they were after it, gives the verb to the part counted last; the counts before it were
    // there)
    if (!cand.measure && !cand.drop && !isZero && !isAll && g?.known && !g.anaphor && !g.implied &&
      !lex.measures.at(tokens, g.g1 - 1, g.g1) && tokens[t0].low === 'of' &&
      tokens[t0 + 1]?.low === 'the' && m.t0 >= t0 + 2 && m.t0 <= t0 + 4 && tokens[reachGroup]?.low === ',' &&
      countBetween(tokens, reachGroup, t1)) {
      post = undefined;
      cand.measure = g.preMeasure ?? 'present'; // ("Of the 12 abducted students, five escaped": held)
      cand.how = 'noun';
    }
    // ("none of the roughly 400 passengers on the train had been hurt", "two of the 30 workers in the mine died": the
    // finite verb after the place is the part's; the place says the whole were there)
    if (inWhole && post && !cand.measure && !cand.drop && out.length > 0 && out[out.length - 1].mention.t1 === m.t0 - 2 &&
      placeThenVerb(tokens, reachGroup, t1)) {
      post = undefined;
      cand.measure = 'present';
      cand.how = 'noun';
    }
    // ("the two pilots were killed along with 4 of the 13 passengers and nine passengers had been admitted": the
    // whole after a part with no verb of its own says they were aboard; the verb after "and" is the next count's)
    if (inWhole && !cand.measure && !cand.drop && ABOARD_GROUPS.has(g?.group ?? '') && out.length > 0 &&
      out[out.length - 1].mention.t1 === m.t0 - 2 && (!post || tokens[reachGroup]?.low === 'and' || tokens[reachGroup]?.low === ',')) {
      post = undefined;
      cand.measure = 'present';
      cand.how = 'noun';
    }
    const coded = !cand.measure && !cand.drop && (!isZero || word === 'none' || word === 'nil') && !isAll ? codedTotal(tokens, m, t0) : undefined;
    if (coded) { // ("Fatalities: none", "Arrests: 150+")
      cand.measure = coded;
      cand.how = 'nom';
      cand.coded = true;
    }
    // ("Injuries: Crew - None Passengers - 2 (Serious)": a safety bulletin's header line)
    const bulletin = !cand.measure && !isAll ? bulletinCell(tokens, m, t0, t1) : undefined;
    if (bulletin) {
      cand.measure = bulletin.measure;
      cand.group = bulletin.group;
      cand.knownGroup = true;
      cand.how = 'nom';
      cand.drop = undefined;
    }
    // ("Manavgat: Deaths 3, Injured 41, Evacuated 5,900": a table row's cells, each label before its count)
    const cell = !isAll ? rowCell(tokens, m, t0, t1, doc.text) : undefined;
    if (cell) {
      cand.measure = cell;
      cand.how = 'nom';
      cand.drop = undefined;
    }
    // "Resources: 1,100 personnel, 86 appliances", "Deployed: 30 rescue volunteers": a coder's label of who was sent or
    // involved opens a list of people who were there
    if (!cand.measure && !cand.drop && !isZero && !isAll && presentLabel(tokens, t0, m.t0)) {
      cand.measure = 'present';
      cand.how = 'nom';
    }
    // "In all, seven people died": a sentence that opens by summing up gives a total of the figures before it
    if (!isZero && !isAll && sumsUp(tokens, t0, m.t0)) cand.coded = true;
    // "A minibus carrying 22 farm labourers was swept away": the finite verb after is the vehicle's; its load was aboard
    if (!cand.measure && !cand.drop && pre?.measure === 'present' && !pre.modal && vehicleCarrying(tokens, m.t0, t0)) {
      cand.measure = 'present';
      cand.how = 'pre';
    }
    // "the men who abducted 6 pupils have been arrested": the count is the object of a relative clause; the finite
    // verb after it is said of the antecedent ("the men"), so the relative verb decides
    if (!cand.measure && !cand.drop && pre && !pre.modal && post && relativeObject(tokens, m.t0, t0)) {
      cand.measure = pre.measure;
      cand.how = 'pre';
    }
    let inverted: Measure | undefined;
    if (cand.measure || cand.drop) {
      // decided above
    } else if (g?.nominal) {
      // "11 of the dead were women"; "two of the wounded died" (a later verb overrides)
      // ("four of the victims were children who were swept away": a relative clause on the named group says how, not what)
      // ("two of the abducted, both girls aged 14, escaped": a finite verb after an aside of who they are says it too)
      // ("two of the injured were flown to the capital": moving the hurt or the dead somewhere keeps their harm)
      const moved = post?.measure === 'present' && HARMED.has(g.implied);
      cand.measure = post && post.aux !== undefined && post.measure !== 'other' && (post.direct || post.aux && describingAside(tokens, g.g1, post.end)) &&
        !post.rel && !moved ? post.measure : g.implied;
      cand.how = 'noun';
      // "police rescued 5 of the victims": an active verb before says what happened to this part
      if (cand.measure === g.implied && !(post && post.direct) && pre && !pre.modal && !pre.far) cand.measure = pre.measure;
      // "none of the victims had links to the army": a zero needs a verb saying what did not happen to them
      if (isZero && !(post && post.direct) && !(pre && !pre.modal)) cand.drop = true;
      if (post) cand.reach = post.end;
    } else if (g?.implied === 'killed' && !isZero) {
      cand.measure = 'killed'; // "12 bodies were recovered"
      cand.how = 'noun';
      if (post) cand.reach = post.end;
    } else if (post && ((!post.aux && post.measure === 'present') || post.rel) && !isZero && m.t0 - 1 > t0 &&
      (BE.has(tokens[m.t0 - 1].low) || INCLUDED.has(tokens[m.t0 - 1].low)) && (inverted = nominalCue(tokens, m, t0))) {
      // ("Among the deceased were 3 farm labourers working in the fields": the inverted copula names what befell them;
      // a participle after the noun only says what they were doing, a relative clause how: "Among the dead are five
      // children who were swept away")
      cand.measure = inverted;
      cand.how = 'nom';
    } else if (post && !post.aux && post.measure === 'present' && !isZero && m.t0 - 1 > t0 && tokens[m.t0 - 1].low === 'and' &&
      out.length > 0 && out[out.length - 1].how === 'nom' && out[out.length - 1].measure && out[out.length - 1].reach <= m.t0 - 1 &&
      INCLUDED.has(tokens[out[out.length - 1].mention.t0 - 1]?.low ?? '')) {
      // ("The dead included 23 Burundian and 11 Congolese nationals travelling to the market": the second item of what
      // the nominal includes, its participle only says what they were doing)
      cand.measure = out[out.length - 1].measure;
      cand.how = 'nom';
    } else if (post && (post.aux || (!pre && !g?.preMeasure) || pre?.far || listedWith(tokens, m, t0, pre, post) ||
      // ("At least 12 displaced civilians killed in a raid on the camp": being displaced says who they are; the harm
      // after the noun, even with no auxiliary, is what befell them)
      // ("Two (2) of the recaptured inmates sustained injuries": so does being caught again, or freed)
      (!pre && g?.preMeasure !== undefined && !HARMS.has(g.preMeasure) && HARMS.has(post.measure) &&
        (g.preMeasure === 'displaced' || post.direct))) &&
      !(post.rel && pre && !pre.modal) &&
      // ("Police freed all 31 passengers still on board": where they still were when the verb before acted on them)
      !(pre && !pre.modal && !pre.far && pre.measure !== 'present' && post.measure === 'present' && stillThere(tokens, reachGroup, post.end)) &&
      // ("were still holding the crew and at least 20 passengers aboard the aircraft": held where they are)
      !(pre && !pre.modal && pre.measure === 'held' && post.measure === 'present' && !post.aux) &&
      // ("Gunmen killed 12 soldiers and 3 others were wounded": the object of an active verb is no subject of the
      // passive after a second count; that count has a clause of its own)
      !(pre && !pre.modal && !pre.far && secondCountAt(tokens, reachGroup, t1)) &&
      // (nor the count a toll was put at: "the toll now stands at seven and three people are still missing")
      !(secondCountAt(tokens, reachGroup, t1) && tollAt(tokens, m, t0)) &&
      !(pre?.measure === 'killed' && post.measure === 'injured' && bodiesOf(tokens, m.t0, t0))) {
      // ("the bodies of 5 people were taken to hospital" stay dead)
      // a relative clause ("freed 11 pupils who remain in hospital") yields to the main verb before it
      cand.measure = post.measure;
      cand.how = 'post';
      cand.modal = post.modal;
      cand.reach = post.end;
      if (post.rel) cand.rel = true;
      // ("the 300 evacuees are being housed in two schools": people named by their displacement stay displaced where
      // they are put up)
      if (post.measure === 'present' && g?.implied === 'displaced') cand.measure = 'displaced';
      // "25 injured persons were rescued and sent to hospital": saving or moving the hurt is care; the harm adjective
      // on the counted noun says what happened to them (as "rescued with injuries" does)
      if ((g?.preMeasure === 'injured' || g?.preMeasure === 'killed') && rescueMove(tokens, reachGroup, post.end)) {
        cand.measure = g.preMeasure;
      }
      // ("dozens of injured fans were lying on the floor": an unknown harm yields to the harm the noun already names)
      if ((g?.preMeasure === 'injured' || g?.preMeasure === 'killed') && post.measure === 'other') cand.measure = g.preMeasure;
    } else if (pre && (pre.measure === 'displaced' || (pre.measure === 'present' && !pre.modal)) &&
      (g?.preMeasure === 'injured' || g?.preMeasure === 'killed')) {
      // ("had carried 27 wounded people from the station to hospitals": the same for a verb of carrying)
      // "evacuated 41 wounded passengers to hospital": moving the harmed is care, not displacement; the harm
      // adjective on the counted noun says what happened to them
      cand.measure = g.preMeasure;
      cand.how = 'post';
    } else if (pre) {
      cand.measure = pre.measure;
      cand.how = 'pre';
      cand.modal = pre.modal;
      // ("Rescuers pulled 17 injured survivors from the wreckage": a harm adjective on the noun beats the rescue, as in
      // the passive; a release by captors stays freed: "freed 12 wounded hostages")
      if (pre.measure === 'freed' && (g?.preMeasure === 'injured' || g?.preMeasure === 'killed') && m.t0 - 1 >= t0 &&
        !RELEASE_VERBS.has(tokens[m.t0 - 1].low)) cand.measure = g.preMeasure;
    } else if (g?.preMeasure) {
      cand.measure = g.preMeasure;
      cand.how = 'post';
    } else if (post && !(secondCountAt(tokens, reachGroup, t1) && tollAt(tokens, m, t0))) {
      cand.measure = post.measure;
      cand.how = 'post';
      cand.reach = post.end;
    } else {
      const nom = isZero ? undefined : nominalCue(tokens, m, t0) ?? (restated >= 0 ? nominalCue(tokens, { ...m, t0: restated, n0: restated }, t0) : undefined);
      if (nom) {
        cand.measure = nom;
        cand.how = 'nom';
        // "put the number of dead soldiers at 20", "the toll among miners rose to 12": the group sits in the nominal
        if (!g) {
          // ("Workers underground: 31": a label line opening on a people noun names them)
          const ng = nominalGroup(tokens, m.t0, t0) ??
            (m.t0 - 2 > t0 && m.t0 - 2 <= t0 + 3 && tokens[m.t0 - 1].low === ':' ? listLabel(tokens, t0) : undefined);
          if (ng) {
            cand.group = ng;
            cand.knownGroup = true;
          }
        }
      } else if (g?.implied && m.t0 > t0 && tokens[m.t0 - 1].low === ':' && invertedCue(tokens, m, t0)) {
        // ("Freed: 9 hostages": the label says what befell them; the noun only who they are)
        cand.measure = invertedCue(tokens, m, t0)!.measure;
        cand.how = 'nom';
      } else if (g?.implied && (!isZero || zeroNounAt(tokens, m.n1, g.g1 - 1) || tokens[g.g0].low === 'loss')) {
        cand.measure = g.implied;
        cand.how = 'noun';
      } else if (thereWere(tokens, m.t0, t0) && g?.known && isZero && CASUALTY_HEADS.has(tokens[g.g1 - 1].low)) {
        cand.measure = 'killed'; // ("there were no army casualties": no casualties means nobody was killed)
        cand.how = 'noun';
      } else if (thereWere(tokens, m.t0, t0) && g?.known) {
        cand.measure = 'present'; // "in the mine there were 143 workers"
        cand.how = 'pre';
      } else if (g?.known && m.t0 - 2 >= t0 && invertedPassive(tokens, m.t0, t0)) {
        // translated word order: "to the scene were involved 120 rescuers", "were evacuated 300 persons"
        cand.measure = invertedPassive(tokens, m.t0, t0);
        cand.how = 'pre';
      } else {
        // ("On board were the pilot and five passengers": one person listed before the count)
        const one = oneNamedBefore(tokens, m.t0, t0);
        const inv = invertedCue(tokens, m, t0) ?? (restated >= 0 ? invertedCue(tokens, { ...m, t0: restated, n0: restated }, t0) : undefined) ??
          (one >= 0 ? invertedCue(tokens, { ...m, t0: one, n0: one }, t0) : undefined);
        if (inv) {
          cand.measure = inv.measure;
          cand.how = 'nom';
          if (!g && inv.group) {
            cand.group = inv.group;
            cand.knownGroup = true;
          }
        }
      }
    }
    // ("volunteers hauled 17 people out of the canal alive": an active verb of bringing out, "alive" after its object)
    // ("extracted 9 people alive": "alive" after the object of a verb that alone leaves their fate open decides it)
    if ((!cand.measure || cand.measure === 'other' && cand.how === 'pre') && !cand.drop && !isZero && !isAll &&
      (aliveObject(tokens, m.t0, reachGroup, t0, t1) || outObject(tokens, m.t0, reachGroup, t0))) {
      cand.measure = 'freed';
      cand.how = 'pre';
    }
    // ("transferred 40 inmates to the maximum security prison": moved between places of custody)
    // ("ambulances ferried 18 casualties to the district hospital", "villagers took 12 people to hospital": the object
    // of a move to a place of care was hurt, as "were taken to hospital" says)
    if ((!cand.measure || cand.measure === 'other' || cand.measure === 'freed' || cand.measure === 'present') && !cand.drop &&
      !isZero && !isAll && g?.known && !g.anaphor && !FORCE_GROUPS.has(cand.group) && movedToCare(tokens, m.t0, reachGroup, t0, t1)) {
      cand.measure = 'injured';
      cand.how = 'pre';
    }
    // ("police are looking for 4 suspects", "a manhunt for two suspects": a search for the wanted is no search for
    // the missing; the guide counts them as other)
    if (cand.measure === 'missing' && cand.how === 'pre' && WANTED.has(cand.group)) cand.measure = 'other';
    // ("The prison, built for 1,000, holds more than 2,100 inmates": a place of custody or shelter that holds people
    // says how many were there, not who holds them captive)
    if (!cand.drop && !isZero && !isAll && (!cand.measure || cand.how === 'pre' || cand.how === 'post') && facilityHolds(tokens, m.t0, t0)) {
      cand.measure = 'present';
      cand.how = 'pre';
    }
    // ("firefighters brought 40 people to safety", "soldiers helped 300 residents to safety": the object of a verb that
    // takes it to safety was rescued; "moved 300 residents to safety" moved them out, as "moved to safety" says)
    if (!cand.measure && !cand.drop && !isZero && !isAll && g?.known && !g.anaphor) {
      const safe = toSafety(tokens, m.t0, reachGroup, t0, t1);
      if (safe) {
        cand.measure = safe;
        cand.how = 'pre';
      }
    }
    // ("Crews brought three people out of the bedrooms", "let seven passengers off the bus": freed; "had taken 11 people
    // with them into the bush", "took four passengers away": held)
    if ((!cand.measure || cand.how === 'pre' && cand.measure === 'present') && !cand.drop && !isZero && !isAll && g?.known &&
      !g.anaphor) {
      const moved = broughtOut(tokens, m.t0, reachGroup, t0, t1) ?? takenAway(tokens, m.t0, reachGroup, t0, t1);
      if (moved) {
        cand.measure = moved;
        cand.how = 'pre';
      }
    }
    if (!cand.measure && !cand.drop && !isZero && !isAll && custodyObject(tokens, m.t0, reachGroup, t0, t1)) {
      cand.measure = 'other';
      cand.how = 'pre';
    }
    if ((!cand.measure || cand.how !== 'post') && !cand.drop && !isZero && !isAll && sentTo(tokens, m.t0, reachGroup, t0, t1)) {
      cand.measure = 'killed';
      cand.how = 'pre';
    }
    // "the bodies of two were found on the beach": whatever is done with bodies, the people counted are dead
    if (!isZero && !isAll && cand.measure && cand.measure !== 'killed' && cand.measure !== 'other' && !cand.drop &&
      bodiesOf(tokens, m.t0, t0)) {
      cand.measure = 'killed';
      cand.how = 'noun';
    }
    // ("The body of one crew member was recovered": a body counted by the person it was, whatever verb follows)
    if (!isZero && !isAll && !cand.measure && !cand.drop && g?.known && tokens[m.t0 - 1]?.low !== 'the' && bodiesOf(tokens, m.t0, t0)) {
      cand.measure = 'killed';
      cand.how = 'noun';
    }
    // "recovered the bodies of the five slain rebels": a definite count of the dead points back at them
    if (!isZero && !isAll && tokens[m.t0 - 1]?.low === 'the' && bodiesOf(tokens, m.t0, t0)) {
      // (the count may stand a few sentences back: "Five (5) members were killed … at 5:40 a.m. … the bodies of the five")
      const back = [...older.all.slice(Math.max(0, older.end - 40), older.end), ...recent, ...out].reverse().find((r) =>
        r !== cand && r.measure === 'killed' && !r.drop && r.mention.low === m.low && r.mention.high === m.high);
      if (back) {
        cand.drop = true;
        cand.pointsBack = back; // ("..., one of them a female": "them" are the dead counted before)
      }
    }
    // "all passengers were accounted for": "all" with no measure of its own counts nothing
    if (isAll && cand.measure === 'other') cand.drop = true;
    // ("Missing: 4 (fisherfolk from Tacloban City)", "Fatalities: 2 (adult males, found in the same structure)": on a
    // label line, a bracket right after the count that opens on a noun of people says who they are)
    if (!g && cand.group === 'people' && cand.measure && m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === ':' && tokens[m.t1]?.low === '(') {
      // (not a credit, "(police)", "(Sudan Doctors Network)", nor a list of places, "(Gupis 6, Phander 3)")
      // (nor one person described, "Survivors: 1 (child, approx. 5 years)", nor a breakdown, "(children under 5: 17; ...)")
      const open = tokens[m.t1 + 1];
      let close = m.t1 + 1;
      while (close < t1 && tokens[close].low !== ')' && tokens[close].low !== ':' && tokens[close].kind !== 'num') close++;
      const who = open && open.kind === 'word' && open.text === open.low && !lex.sources.at(tokens, m.t1 + 1, t1) &&
        m.low !== 1 && tokens[close]?.low === ')' ?
        findGroup(tokens, m.t1 + 1, t1) : undefined;
      if (who?.known && !who.anaphor && !who.implied && who.group !== 'people' && who.g0 === m.t1 + 1) {
        cand.group = who.group;
        cand.knownGroup = true;
      }
    }
    // "Hostages: 23 freed, 4 still held": a label naming a group opens the line
    // ("Passengers: Fatalities: 7 / Occupants: 20": the line's label says which occupants)
    if (!g && (cand.group === 'people' || cand.group === 'occupants') && cand.measure && m.t0 - 2 >= t0 && tokens[t0 + 1]?.low === ':') {
      const label = lex.groups.at(tokens, t0, t0 + 1);
      // ("Police: 18 killed, 9 rescued" names who says it, not who was counted: forces are left out)
      if (label && label.data !== 'people' && label.data !== 'security_forces') {
        cand.group = label.data || plural(tokens[t0].low);
        cand.knownGroup = true;
      }
    }
    // ("police put the number at 18", "the diocese put the number taken at 17", "media put attacker deaths at 5": a
    // count put "at" a figure names what it counts between "put" and "at")
    // ("the Red Cross put the displaced at around 1,800 people": a plain "people" after the count names nobody new)
    const plainPeople = !!g && g.group === 'people' && !g.implied && !g.anaphor;
    // (no measure yet, or only one read off a nominal before, with plain people)
    const measureOpen = !cand.measure || (cand.how === 'nom' && cand.group === 'people');
    let put = (!g || plainPeople) && !isZero && !isAll && measureOpen ? putAt(tokens, m.t0, t0) : undefined;
    // ("put the number of missing pupils at 52, but revised it down to 40": a measure read off the words before is the
    // revised figure's own, with its people)
    const revised = !put && !g && !isZero && !isAll && measureOpen && revisedFigure(tokens, m.t0, t0);
    if (revised) put = { bare: true };
    // ("Police later put the figure at 12", "revised that figure down to 15": the latest figure given before, moved)
    if (put?.bare && !put.measure && (!cand.measure || revised)) {
      // (a count earlier in this sentence is that figure, even before its measure is settled: "confirmed 11 taken,
      // but the union put the number at 13")
      const mine = out.filter((r) => r !== cand && !r.drop);
      const last = mine.length > 0 ? (mine[mine.length - 1].measure ? mine[mine.length - 1] : undefined) :
        lastBefore(recent, out, 0, (r) => !!r.measure && !r.drop && !r.parts_of);
      if (last) {
        cand.measure = last.measure;
        cand.how = 'nom';
        cand.group = last.group;
        cand.knownGroup = last.knownGroup;
      }
    }
    if (put && (put.measure || cand.measure)) {
      if (!cand.measure) {
        cand.measure = put.measure;
        cand.how = 'nom';
      }
      if (put.group) {
        cand.group = put.group;
        cand.knownGroup = true;
      } else if (put.bare) {
        // (the bare "number" restates the latest count of that measure, and its people)
        // (bounded: the latest 40 figures, so a sentence of thousands of counts stays linear)
        const last = lastBefore(recent, out, out.length, (r) => r !== cand && r.measure === cand.measure && !r.drop && !r.parts_of && r.knownGroup);
        if (last) cand.group = last.group;
      }
    }
    // "Five soldiers and three civilians were killed, bringing the death toll to eight": the new toll sums them
    if (!cand.coded && !isZero && !isAll && cand.how === 'nom' && tollMove(tokens, t0, m.t0)) cand.coded = 'sum';
    // "Of the 43 miners on shift when the gas exploded, 31 were brought up": the whole were there (present)
    // (also after a dateline: "MENDI - Of the 26 passengers taken from a bus ..., 19 had been released")
    const opensOf = m.t0 - 2 === t0 || (m.t0 - 3 > t0 && m.t0 - 3 - t0 <= 3 && DATELINE_MARKS.has(tokens[m.t0 - 3].low));
    if (!cand.measure && !cand.drop && opensOf && tokens[m.t0 - 2].low === 'of' && tokens[m.t0 - 1].low === 'the' &&
      g?.known && !g.anaphor) {
      // ("Of the 63 pupils taken from the school on Monday, 19 ...": the whole were taken, not only there)
      const taken = tokens[reachGroup]?.low === 'taken' && reachGroup + 1 < t1 &&
        (tokens[reachGroup + 1].low === ',' || (tokens[reachGroup + 1].low !== 'to' && PARTICIPLE_PREPS.has(tokens[reachGroup + 1].low)));
      cand.measure = taken ? 'held' : 'present';
      cand.how = 'noun';
    }
    // ("Relatives said the crew numbered 12", "the attackers numbered about 40": a noun of people, then "numbered";
    // "those killed numbered 31" keeps its toll)
    // ("the crew comprised 15 Indonesians": people by nationality make up the crew, and are it)
    const comprised = m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'comprised' &&
      (!g || !g.known || NATIONALS.has(g.group) || isCap(tokens[g.g1 - 1]));
    let band = false;
    // ("The attackers number around 30": the present tense too)
    if (!cand.measure && (!g || comprised) && m.t0 - 2 >= t0 && (NUMBERED.has(tokens[m.t0 - 1].low) || comprised)) {
      const gm = lex.groups.endingAt(tokens, m.t0 - 1, t0);
      // ("the gang numbered about 40": an armed band counted by its men is that many attackers)
      band = !gm && !comprised && ARMED_BANDS.has(tokens[m.t0 - 2].low);
      if (gm || band) {
        cand.measure = 'present';
        cand.how = 'pre';
        cand.group = gm ? gm.data || plural(tokens[m.t0 - 2].low) : 'attackers';
        cand.knownGroup = true;
      }
    }
    // "Four gunmen stormed the bank", "a group of 10 militants": how many attackers there were (guide: present)
    // ("Volunteers from nearby syndicates, numbering about 200": the noun may stand a phrase before)
    // ("The jawans present at the post, eleven (11) in number,": the same with "in number" after the count)
    // ("the attackers, in a number of about 15, entered": translated copy sizes the noun so)
    const numbering = m.t0 > t0 && tokens[m.t0 - 1].low === 'numbering' || inNumber || inANumberOf(tokens, m.t0, t0);
    // ("the perpetrators, numbering 4-5 persons": a bare "persons" after it only repeats the noun it describes)
    const bareAfter = numbering && g?.group === 'people' && !g.anaphor && !g.whole && g.g1 - g.g0 === 1;
    // ("Civil Protection teams, numbering about 80 agents,": a plural for persons we do not list right after the count)
    const after = numbering && (!g || !g.known) && m.t1 < t1 ? tokens[m.t1] : undefined;
    if (after && cand.measure === 'present' && after.kind === 'word' && !isCap(after) && after.low.endsWith('s') &&
      PERSON_NOUN.test(after.low) && !lex.distractors.at(tokens, m.t1, t1)) {
      cand.group = after.low;
      cand.knownGroup = true;
    } else if ((!g || bareAfter) && !band && (cand.measure === 'present' && (cand.how === 'pre' || numbering) ||
      numbering && tokens[m.t1]?.low === 'in' && tokens[m.t1 + 1]?.low === 'number')) {
      const back = numbering ? 10 : 6;
      for (let k = m.t0 - 1; k >= Math.max(t0, m.t0 - back); k--) {
        const gm = lex.groups.endingAt(tokens, k + 1, t0);
        if (gm) {
          cand.group = gm.data || plural(tokens[k].low);
          // ("police, soldiers and volunteers numbering around 400": a list of groups, people as a whole)
          if (numbering && listedBefore(tokens, gm.end - gm.length, t0, cand.group)) cand.group = 'people';
          cand.knownGroup = true;
          break;
        }
        // ("armed drug smugglers numbering seven to nine": a plural for persons we do not list, right before)
        if (numbering && k === m.t0 - 2 && tokens[k].kind === 'word' && !isCap(tokens[k]) && PERSON_NOUN.test(tokens[k].low) &&
          tokens[k].low.endsWith('s')) {
          cand.group = tokens[k].low;
          break;
        }
      }
    }
    // ("the gunmen released the women, who numbered 17": what the verb did to the people the count sizes)
    if (cand.measure === 'present' && m.t0 - 5 >= t0 && NUMBERED.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 2].low === 'who' &&
      tokens[m.t0 - 3].low === ',') {
      for (let v = m.t0 - 5; v >= Math.max(t0, m.t0 - 8); v--) {
        if (!ARTICLES.has(tokens[v + 1].low)) continue;
        const cue = lex.measureSlots.pre.endingAt(tokens, v + 1, t0);
        if (cue && cue.data !== 'present') {
          cand.measure = cue.data;
          cand.how = 'pre';
        }
        break;
      }
    }
    // "The assailants, estimated at about sixty, had arrived", "militants (est. 40-50, on motorbikes)": an estimate set
    // off after a noun of people says how many of them there were
    // ("the attackers, believed to be four, escaped": a guess set off the same way, a hedge of its own)
    const guess = m.t0 - 3 >= t0 && tokens[m.t0 - 1].low === 'be' && tokens[m.t0 - 2].low === 'to' &&
      GUESSED.has(tokens[m.t0 - 3].low);
    const estimated = estimatedAt(tokens, m.t0, t0);
    const est = estimated >= 0 ? estimated : guess ? m.t0 - 3 : m.t0;
    // ("FAMa reinforcements (approx. 80)": any estimate in brackets)
    // (the verb after the aside is the noun's, not the estimate's: "The attackers, estimated at between 40 and 60,
    // overpowered the guards, killing one")
    if (!g && (!cand.measure || cand.how === 'post') && !isZero && !isAll && est - 2 >= t0 &&
      (tokens[est - 1].low === ',' || tokens[est - 1].low === '(') &&
      (guess || tokens.slice(est, m.n0).some((t) => t.low === 'estimated' || t.low === 'est') ||
        (tokens[est - 1].low === '(' && m.hedge === 'about' && m.t0 < m.n0))) {
      const gm = groupBeforeMeans(tokens, est - 1, t0);
      if (gm) {
        cand.measure = 'present';
        cand.how = 'pre';
        cand.group = gm.data || plural(tokens[gm.end - 1].low);
        cand.knownGroup = true;
        if (guess && m.hedge === 'exact') m.hedge = 'about';
      }
    }
    // ("gunmen (bandits, about 15) blocked the road": the bracket names who they were, then how many)
    if (!g && !cand.measure && !isZero && !isAll && m.hedge === 'about' && m.t0 < m.n0 && m.t0 - 3 >= t0 &&
      tokens[m.t0 - 1].low === ',') {
      const gm = lex.groups.endingAt(tokens, m.t0 - 1, t0);
      if (gm && m.t0 - 2 - gm.length >= t0 && tokens[m.t0 - 2 - gm.length].low === '(' &&
        lex.groups.endingAt(tokens, m.t0 - 2 - gm.length, t0)) {
        cand.measure = 'present';
        cand.how = 'pre';
        cand.group = gm.data || plural(tokens[m.t0 - 2].low);
        cand.knownGroup = true;
      }
    }
    // "a group of terrorists estimated at between 80 and 100 elements attacked": the estimate right after the noun
    // (the hedge may hold "estimated at" itself)
    const estAt = est < m.t0 ? est : tokens[m.t0].low === 'estimated' ? m.t0 : -1;
    if (!cand.measure && !isZero && !guess && estAt - 1 >= t0) {
      let gm = lex.groups.endingAt(tokens, estAt, t0);
      // ("a crowd that police estimated at between 3,000 and 4,000 people": after "that" or "which" the group is who
      // made the estimate; the noun before it is what was counted)
      const rel = gm ? estAt - gm.length - 1 : -1;
      if (gm && rel > t0 && (tokens[rel].low === 'that' || tokens[rel].low === 'which')) {
        gm = undefined;
        if (tokens[rel - 1].low === 'crowd' || tokens[rel - 1].low === ',' && tokens[rel - 2]?.low === 'crowd') {
          cand.measure = 'present';
          cand.how = 'pre';
          cand.group = g?.known ? g.group : 'people';
          cand.knownGroup = true;
        }
      }
      if (gm && (gm.data === 'attackers' || gm.data === 'security_forces') && !NOMINAL_GROUPS.has(tokens[estAt - 1].low)) {
        cand.measure = 'present';
        cand.how = 'pre';
        // ("... estimated at 200 fighters": the unit counted may name the group itself)
        cand.group = g?.known && (g.group === 'attackers' || g.group === 'security_forces') ? g.group : gm.data;
        cand.knownGroup = true;
      }
    }
    if (zeroThem && cand.group === 'people') {
      // "four employees made it out … none of them is hurt": them = the people of the last figure
      const last = [...recent, ...out].reverse().find((x) => x !== cand && x.measure && !x.drop && x.mention.low !== 0);
      if (last) cand.group = last.group;
    }
    if (isZero && cand.group === 'people') {
      // "no loss of life among fishermen"
      for (let k = reachGroup; k < Math.min(t1, reachGroup + 8); k++) {
        if (tokens[k].low !== 'among') continue;
        const gm = amongWhom(tokens, k + 1, t1);
        if (gm?.known) cand.group = gm.group;
        break;
      }
    }
    if (isZero && g?.implied && (zeroNounAt(tokens, m.n1, g.g1 - 1) || tokens[g.g0].low === 'loss') &&
      (cand.how === 'noun' || !cand.measure || g.implied === 'other' || amongBetween(tokens, g.g1, cand.reach) ||
        // ("No deaths were reported in Dolow": where the zero was reported is no place anyone was)
        cand.measure === 'present')) {
      // "no casualties" means nobody was killed; "no injuries" nobody injured
      cand.measure = g.implied === 'other' ? 'killed' : g.implied;
      cand.how = 'noun';
    }
    // "seized 40 rifles", "held 3 meetings", "released 2 videos": verbs that also take things count people only
    // with a listed people noun or one that reads as a person ("engineers", "technicians")
    if (cand.how === 'pre' && g && !g.known && !PERSON_NOUN.test(g.group) && m.t0 > t0 &&
      THING_VERBS.has(tokens[m.t0 - 1].low)) cand.measure = undefined;
    // ("the gunmen let nine hostages go", "let 12 prisoners free": the verb split around its object)
    if (m.t0 > t0 && tokens[m.t0 - 1].low === 'let' && g && g.g1 < t1 && (tokens[g.g1].low === 'go' || tokens[g.g1].low === 'free')) {
      cand.measure = 'freed';
      cand.how = 'pre';
    }
    // ("it said it had taken three soldiers prisoner", "took 14 villagers captive": the same with "take")
    if (m.t0 > t0 && TAKE_SPLIT.has(tokens[m.t0 - 1].low) && g && g.g1 < t1 && CAPTIVE_AFTER.has(tokens[g.g1].low)) {
      cand.measure = 'held';
      cand.how = 'pre';
    }
    // ("it had admitted 97 children", but "(admitted 15 / discharged 12)": a hospital's intake counts people only with
    // a noun for them)
    // ("Narok County Referral Hospital admitted 29, of whom ...": a hospital named as the subject admits the hurt)
    if (cand.how === 'pre' && !g && m.t0 > t0 && tokens[m.t0 - 1].low === 'admitted' && !(m.t1 < t1 && tokens[m.t1].kind === 'word') &&
      !careSubject(tokens, m.t0 - 1, t0)) {
      cand.measure = undefined;
    }
    // ("firefighters brought 73 workers down from the roof", "lifted nine people from under the rig", "carried 12
    // people out of the building": a verb of bringing out, the people, then where from)
    if ((!cand.measure || cand.measure === 'present') && g?.known && !g.implied && !g.anaphor && m.t0 > t0 &&
      BROUGHT_OUT.has(tokens[m.t0 - 1].low) && g.g1 + 1 < t1 && OUT_PARTICLES.has(tokens[g.g1].low) &&
      // ("carried 40 passengers from Lagos" is a trip: "from" only out from under or out of a place of danger)
      (tokens[g.g1].low !== 'from' || UNDER.has(tokens[g.g1 + 1].low) ||
        tokens[g.g1 + 1].low === 'the' && DANGER_PLACES.has(tokens[g.g1 + 2]?.low ?? ''))) {
      cand.measure = 'freed';
      cand.how = 'pre';
    }
    // "the injured, numbering about 70": the count of the nominal before it
    if (cand.how === 'pre' && cand.measure === 'present' && m.t0 - 3 >= t0 && tokens[m.t0 - 1].low === 'numbering' &&
      tokens[m.t0 - 2].low === ',') {
      const nominal = NOMINAL_GROUPS.get(tokens[m.t0 - 3].low);
      // ("rescued the victims, numbering 7": the verb before the nominal says what happened to them)
      let v = m.t0 - 4;
      if (v > t0 && DETERMINERS_OF.has(tokens[v].low)) v--;
      const verb = v >= t0 ? lex.measureSlots.pre.endingAt(tokens, v + 1, t0) : undefined;
      // ("evacuated the injured, numbering 42": a move or rescue of the harmed keeps their harm, as "9 injured were
      // evacuated" does)
      const harm = HARM_HEADS.get(tokens[m.t0 - 3].low);
      if (verb && !(harm && STATE_HEADS.has(verb.data as Measure))) cand.measure = verb.data;
      else if (nominal) cand.measure = nominal;
    }
    // ("demanded the release of 35 prisoners": people a party wants freed, when no clause on them says more, are
    // counted as the guide's other; "urged the release of 9 workers who remain in captivity" stays held)
    if (cand.modal && cand.how === 'pre' && cand.measure === 'freed' && pre && 'demand' in pre && pre.demand) {
      cand.measure = 'other';
      cand.modal = false;
    }
    // ("Fifteen of us went out to pull the boats up": a speaker counting their own group says who was there)
    // (the count opens its clause: "they took 36 of us" is an object, its verb decides)
    if (!cand.measure && !cand.drop && !isZero && g && g.g1 - 2 > m.t0 && tokens[g.g1 - 1].low === 'us' &&
      tokens[g.g1 - 2].low === 'of' && (m.t0 === t0 || CLAUSE_OPENERS.has(tokens[m.t0 - 1].low))) {
      cand.measure = 'present';
      cand.how = 'pre';
    }
    // ("the gunmen, maybe 30 of them, blocked the road": a count of "them" set off right after a band says its size)
    if ((!cand.measure || cand.measure === 'other') && !cand.drop && g?.anaphor && bandSizeAside(tokens, m, g.g1, t0, t1)) {
      cand.measure = 'present';
      cand.how = 'pre';
    }
    // "forcing well over a million to flee", "forced 2,000 villagers to leave their homes": the people made to flee
    // (forces ordered to evacuate an area carry out the order: "ordered 40 officers to evacuate the area")
    if (!cand.measure && !cand.drop && !FORCE_GROUPS.has(cand.group) && causedFlight(tokens, m, reachGroup, t0, t1)) {
      cand.measure = 'displaced';
      cand.how = 'pre';
    }
    // "her brother and his two sons had boarded": a person's own relatives in passing, not a count at the scene
    if (cand.measure === 'present' && m.t0 > t0 && (tokens[m.t0 - 1].low === 'his' || tokens[m.t0 - 1].low === 'her')) cand.drop = true;
    // ("the owner, whose two sons had begged him not to sail": kin with no harm verb of their own are no count)
    // (but "six people, including a mother and her two children, died": kin listed among the people counted are some
    // of them)
    if (!cand.measure && m.t0 > t0 && KIN_OWNERS.has(tokens[m.t0 - 1].low) && g && KIN.has(tokens[g.g1 - 1].low) &&
      !listedAfterIntro(tokens, m.t0 - 1, t0)) cand.drop = true;
    // ("At the University College Hospital, a spokesman said 16 victims had been received": taken in by a place of care)
    if ((!cand.measure || cand.measure === 'present') && !cand.drop && !isZero && reachGroup + 1 < t1 && receivedAt(tokens, reachGroup, t0, t1)) {
      cand.measure = 'injured';
      cand.how = 'post';
    }
    // ("the bodies, five women and two men, had been taken to the mortuary", "the injured, 12 men and 3 women, were
    // flown out": a list set off after the dead or the hurt says who they were)
    if (!cand.measure && !cand.drop && !isZero && g?.known && !g.anaphor) {
      const harm = appositionOfHarmed(tokens, m.t0, t0);
      if (harm) {
        cand.measure = harm;
        cand.how = 'noun';
      }
    }
    // ("the hospital had received 31 casualties": casualties a place of care takes in are the hurt, unless the sentence
    // says some of them died: "received 38 casualties, of whom five died after arrival")
    // ("Kaunas Clinics said it had received four people, three of them in shock": people taken in the same way, when
    // nothing else is said of them)
    if (!cand.measure && !isZero && g && (RECEIVED_PEOPLE.has(tokens[g.g1 - 1].low) || g.known && !g.anaphor) && m.t0 - 1 >= t0 &&
      tokens[m.t0 - 1].low === 'received' && careNamed(tokens, t0, t1) && !diedAfter(tokens, g.g1, t1)) {
      cand.measure = 'injured';
      cand.how = 'pre';
    }
    if (cand.measure === 'other' && g && CASUALTY_HEADS.has(tokens[g.g1 - 1].low) && m.t0 - 1 >= t0 &&
      (tokens[m.t0 - 1].low === 'received' || tokens[m.t0 - 1].low === 'admitted') && careNamed(tokens, t0, t1) &&
      !diedAfter(tokens, g.g1, t1)) {
      cand.measure = 'injured';
    }
    // ("The ICU had 18 patients at the time": the patients a place held when it burned were there; what befell them
    // is counted apart)
    if (cand.how === 'noun' && cand.measure === 'injured' && m.t0 - 2 >= t0 && HELD_BY_PLACE.has(tokens[m.t0 - 1].low) &&
      FACILITIES.has(tokens[m.t0 - 2].low)) cand.measure = 'present';
    // ("BANDITS ATTACK CONVOY; 9 NEUTRALISED", "troops neutralised 9": a bare count a force's word for killing its enemy
    // names is attackers)
    if (cand.measure === 'killed' && !g && !isZero && (cand.how === 'post' ? cand.reach > 0 && ENEMY_KILL.has(tokens[cand.reach - 1].low) :
      cand.how === 'pre' && m.t0 > t0 && ENEMY_KILL.has(tokens[m.t0 - 1].low))) {
      cand.group = 'attackers';
      cand.knownGroup = true;
    }
    // ("he believed some had been shot": an unsized "some" that was hit says neither how many nor what befell them)
    if (cand.measure === 'other' && m.vague && !g && cand.reach > 0 && HIT_ONLY.has(tokens[cand.reach - 1].low)) cand.drop = true;
    // "would free them only if 10 jailed comrades were released": a condition, not a fact
    for (let j = m.t0 - 1; j >= Math.max(t0, m.t0 - 2); j--) {
      if (tokens[j].low === 'if' || tokens[j].low === 'unless') cand.modal = true;
    }
    // "death toll tops 30,000", "has crossed 2,000", "nears 500": a tally past or short of a round number
    if (m.hedge === 'exact' && m.t0 > t0 && m.low !== null && m.low > 0 && cand.measure) {
      const verb = tokens[m.t0 - 1].low;
      if (EXCEEDS.has(verb)) {
        m.high = null;
        m.hedge = 'at_least';
      } else if (verb === 'nears' || verb === 'neared' || verb === 'nearing' || verb === 'approaches' || verb === 'approaching') {
        m.low = null;
        m.hedge = 'at_most';
      }
    }
    // ("Funerals for eight of the dead were held", "A vigil for 12 soldiers was held": the gathering was held, not
    // the people it was for; what befell them is their noun's, if it says)
    if (cand.measure === 'held' && m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'for' &&
      GATHERINGS.has(tokens[m.t0 - 2].low)) {
      cand.measure = g?.implied;
      cand.how = g?.implied ? 'noun' : undefined;
    }
    // ("efforts are ongoing to rescue the remaining seven (7) students": the rest a rescue still aims at are held)
    if (cand.modal && cand.measure === 'freed' && cand.how === 'pre' && m.t0 - 1 >= t0 && tokens[m.t0 - 1].low === 'remaining') {
      cand.measure = 'held';
      cand.modal = false;
    }
    // "the toll rose to 33 from 27": 27 is the old value, not a claim
    if (m.t0 > t0 && tokens[m.t0 - 1].low === 'from') {
      const prevFig = out[out.length - 1];
      if (prevFig && prevFig.mention.t0 > t0 && tokens[prevFig.mention.t0 - 1].low === 'to') cand.drop = true;
      // ("Dead: 9 (...), up from 6 in Update No. 2", "the toll stands at 9, up from 6": the old value of an update)
      if (prevFig && m.t0 - 2 >= t0 && (tokens[m.t0 - 2].low === 'up' || tokens[m.t0 - 2].low === 'down')) cand.drop = true;
      // ("the death toll rose from nine to 11": the old value before the new one)
      if (m.t0 - 2 >= t0 && FROM_TO_MOVES.has(tokens[m.t0 - 2].low) && m.t1 + 1 < t1 && tokens[m.t1].low === 'to' &&
        (tokens[m.t1 + 1].kind === 'num' || lex.numberWords.has(tokens[m.t1 + 1].low))) cand.drop = true;
    }
    // ("Four passengers were taken ... The ELN freed the four": a definite count with no noun is the people of that
    // number counted before)
    // (the object of such a verb, or the subject that opens its sentence, "The seven - ... - were seized"; not "the 26
    // dead were 18 soldiers and ...", which names its own people)
    if (!g && cand.group === 'people' && !cand.knownGroup && m.t0 - 1 >= t0 && tokens[m.t0 - 1].low === 'the' &&
      m.low !== null && (m.t0 - 1 === t0 || cand.how === 'pre' && lex.measureSlots.pre.endingAt(tokens, m.t0 - 1, t0)) &&
      !(m.t1 < t1 && NOMINAL_GROUPS.has(tokens[m.t1].low))) {
      const before = lastBefore(recent, out, out.length, (x) => x.mention.low === m.low && x.mention.high === m.high &&
        !!x.knownGroup && !x.drop);
      if (before) cand.group = before.group;
    }
    // ("its fighters had freed 200 prisoners and had lost two men", "the army said it lost two men": the men a side
    // lost are its own, fighters or forces)
    // ("We lost nine men", "lost only one man": the speaker's own side, settled by who says it)
    const lostAt = openerBefore(tokens, m.t0, t0);
    if (cand.measure === 'killed' && cand.how === 'pre' && (cand.group === 'men' || cand.group === 'members') &&
      lostAt >= t0 && tokens[lostAt].low === 'lost') {
      const side = losingSide(tokens, lostAt, t0);
      if (side === 'own') cand.ownSide = true;
      else if (side) cand.group = side;
    }
    // ("Army helicopters airlifted 34 patients to Kathmandu": patients moved by a verb that takes the hurt to care
    // are hurt, not freed; "evacuated" also empties a hospital, so it is left to its own rules)
    if (cand.measure === 'freed' && cand.group === 'patients' && cand.how === 'pre' && m.t0 - 1 >= t0 &&
      HOSPITAL_MOVES.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 1].low !== 'evacuated') cand.measure = 'injured';
    out.push(cand);
  }
  sharedVerbs(doc, si, out, hits);
  partsByReference(doc, si, out, hits, recent, older);
  appositionParts(doc.tokens, out, hits);
  subsetsAndBreakdowns(doc, si, out, hits, recent, older);
  foreignersOfTotal(out);
  appositeCount(doc, si, out, hits);
  ellipticalCounts(doc, si, out, hits, recent);
  whereTheSubjectWent(doc, si, out, hits);
  // ("Deaths: 12 (+3)": a change in brackets is that many more of the figure's measure, not a part of it)
  for (const c of out) if (c.mention.change && c.parts_of) c.parts_of = undefined;
  incrementsAndSubsets(doc, si, out, hits, recent, older, seen);
  inmatesHeldByPrison(out);
  // ("Five passengers died. Among the dead were two Israelis", "killed 43 people, including 21 Britons": a part named
  // by a plural of nationality keeps the group of its total, guide "Subsets")
  for (const c of out) if (c.parts_of && demonymNoun(doc.tokens, c.group, hits.get(c))) c.group = c.parts_of.group;
  // ("The plane carried five passengers. No one died.": "no one" and "nobody" with no noun of their own count people,
  // not the group of the count before them; "no one was hurt on our side" names its side)
  for (const c of out) {
    if (hits.get(c) || c.group === 'people' || !nobodyWord(doc.tokens, c.mention)) continue;
    if (!doc.tokens.slice(c.mention.t1, Math.min(doc.sentences[si].t1, c.mention.t1 + 8)).some((t) => t.low === 'side')) c.group = 'people';
  }
  armedThem(doc.tokens, out, hits, doc.sentences[si].t1);
  return out;
}

/** "nobody", "no one", "noone": a zero that is a pronoun of people. */
function nobodyWord(tokens: Token[], m: NumberMention): boolean {
  const w = tokens[m.n0].low;
  return w === 'nobody' || w === 'noone' || w === 'no' && m.n1 === m.n0 + 2 && tokens[m.n0 + 1].low === 'one';
}

const QUOTES = /^["\u201c\u201d']$/;
/** "the rest of the passengers, about 250, remain in the hands of the hijackers": a bare count set off by commas right
 * after a plural noun of people says how many of them there are, and takes their group. */
function appositeCount(doc: Document, si: number, out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  for (const c of out) {
    if (hits.get(c) || c.group !== 'people' || c.knownGroup) continue;
    let a = c.mention.t0 - 1;
    if (a > t0 && QUOTES.test(tokens[a].text)) a--;
    let b = c.mention.t1;
    if (b < t1 && QUOTES.test(tokens[b].text)) b++;
    if (a <= t0 || tokens[a].low !== ',' || b >= t1 || tokens[b].low !== ',') continue;
    const gm = lexicons().groups.endingAt(tokens, a, t0);
    if (!gm || !tokens[a - 1].low.endsWith('s')) continue;
    // (a noun with a count of its own is another figure: "12 soldiers, 4 civilians, ...")
    const g0 = a - gm.length;
    if (g0 > t0 && (tokens[g0 - 1].kind === 'num' || lexicons().numberWords.has(tokens[g0 - 1].low))) continue;
    const group = gm.data || plural(tokens[a - 1].low);
    if (group !== 'people') c.group = group;
  }
}

/** "The rescued passengers were brought to the health unit, where twelve were treated": a bare count in a "where" clause
 * on the place the sentence's subject went to counts some of that subject, when the sentence opens on a definite
 * plural noun of people with no count ("The (rescued) passengers"). */
function whereTheSubjectWent(doc: Document, si: number, out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  if (out.length === 0 || tokens[t0].low !== 'the') return;
  let k = t0 + 1;
  while (k < Math.min(t1, t0 + 4) && MODIFIERS.has(tokens[k].low)) k++;
  const subject = k < t1 ? lexicons().groups.at(tokens, k, t1) : undefined;
  const group = subject ? subject.data || plural(tokens[subject.end - 1].low) : undefined;
  if (!subject || !group || group === 'people' || !tokens[subject.end - 1].low.endsWith('s')) return;
  // (the subject's own verb follows it: "The rescued passengers were brought ...")
  if (subject.end >= t1 || !(BE.has(tokens[subject.end].low) || tokens[subject.end].low === 'had' || tokens[subject.end].low === 'have')) return;
  for (const c of out) {
    const at = c.mention.t0;
    if (hits.get(c) || c.group !== 'people' || c.knownGroup || !c.measure || at - 2 < subject.end ||
      tokens[at - 1].low !== 'where' || tokens[at - 2].low !== ',') continue;
    c.group = group;
  }
}

/** "No injuries among the firefighters", "no casualties among the search personnel": the people after "among", past
 * a determiner and one modifier of its own. */
function amongWhom(tokens: Token[], k: number, t1: number): GroupHit | undefined {
  if (k < t1 && (tokens[k].low === 'the' || POSSESSIVES.has(tokens[k].low))) k++;
  const gm = k < t1 ? findGroup(tokens, k, t1) : undefined;
  if (gm?.known || k + 1 >= t1 || tokens[k].kind !== 'word' || FUNCTION.has(tokens[k].low)) return gm;
  const next = findGroup(tokens, k + 1, t1);
  return next?.known && next.g0 === k + 1 ? next : gm;
}
const KIN = figureWords('kin');

/** "still on board", "still inside" right after the counted noun: a state with no verb of its own. */
function stillThere(tokens: Token[], k: number, end: number): boolean {
  return k < end && tokens[k].low === 'still' && !tokens.slice(k + 1, end).some((t) => BE.has(t.low) || t.low === 'been');
}

/** ", 27 in number," within six tokens after `k` (past the noun an "all" stands before). */
function inNumberAside(tokens: Token[], k: number, t1: number): boolean {
  for (let j = k; j < Math.min(t1 - 3, k + 6); j++) {
    if (tokens[j].low !== ',') continue;
    const n = j + 1;
    return (tokens[n].kind === 'num' || lexicons().numberWords.has(tokens[n].low)) && tokens[n + 1].low === 'in' &&
      tokens[n + 2].low === 'number';
  }
  return false;
}
const NUMBERED = new Set(['numbered', 'number', 'numbers']);
/** "and 3 others", "and at least 30 civilians": "and" at `k` opening a second count. */
function secondCountAt(tokens: Token[], k: number, t1: number): boolean {
  if (k + 1 >= t1 || tokens[k].low !== 'and') return false;
  const hedge = lexicons().hedgesBefore.at(tokens, k + 1, t1);
  const n = hedge ? k + 1 + hedge.length : k + 1;
  return n < t1 && (tokens[n].kind === 'num' || lexicons().numberWords.has(tokens[n].low));
}

/** "No injuries were reported among those rescued": the people the zero is counted among, not what befell it. */
function amongBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].low === 'among') return true;
  return false;
}

/** A comma at k that opens an apposition closed by a comma and a reporting verb ("..., a trader from Gaya, said"). */
function apposedSpeaker(tokens: Token[], k: number, t1: number): boolean {
  if (tokens[k]?.low !== ',') return false;
  let j = k + 1;
  while (j < t1 && j < k + 25 && tokens[j].low !== ',' && tokens[j].low !== ';' && tokens[j].low !== ':') j++;
  if (j + 1 >= t1 || tokens[j].low !== ',' || j === k + 1) return false;
  const lex = lexicons();
  return lex.reporting.has(tokens[j + 1].low) && !lex.weakReporting.has(tokens[j + 1].low);
}

/** "police, soldiers and volunteers": another group of people joined by "and" or a comma right before `g0`. */
function listedBefore(tokens: Token[], g0: number, t0: number, group: string): boolean {
  const k = g0 - 1;
  if (k - 1 < t0 || (tokens[k].low !== 'and' && tokens[k].low !== ',')) return false;
  const other = lexicons().groups.endingAt(tokens, k, t0);
  if (!other) return false;
  // ("According to police, gunmen numbering about 30": the group before the comma is who speaks, no list item)
  for (let j = k - other.length - 1; j >= Math.max(t0, k - other.length - 6); j--) {
    if (tokens[j].low === 'to' && tokens[j - 1]?.low === 'according') return false;
    if (tokens[j].low === ',') break;
  }
  return (other.data || plural(tokens[k - 1].low)) !== group;
}

/** ", in a number of about 15,": the phrase before the count at `at` that sizes the noun before it. */
function inANumberOf(tokens: Token[], at: number, t0: number): boolean {
  return at - 4 >= t0 && tokens[at - 1].low === 'of' && tokens[at - 2].low === 'number' && tokens[at - 3].low === 'a' &&
    tokens[at - 4].low === 'in';
}
