// Tallies named by a noun: "the death toll rose to 12", "the number of people missing", "put the number
// at", "there were 143 workers", "estimated at". The measure comes from the tally, not a verb.
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import type { NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, NOMINAL_GROUPS, BE, plural, POSSESSIVES, ARTICLES, SUBSET_MEASURE,
  TOLL_CARRIERS, DENIALS } from './words.js';
import { slotCue } from './cues.js';

/** Words linking a nominal cue to the number ("the death toll rose to 12", "among the dead were 4"). */
const NOM_LINK = new Set(['rose', 'risen', 'rising', 'rises', 'rise', 'climbed', 'climbs', 'climbing', 'jumped',
  'jumps', 'increased', 'increases', 'reached', 'reaches', 'stood', 'stands', 'stand', 'standing', 'is', 'was', 'has',
  'have', 'had', 'now', 'were', 'are', 'include', 'included', 'includes', 'including', 'among', 'at', 'to', 'hit',
  'hits', 'soared', 'mounted', 'touched', 'crossed', 'the', 'of', 'them', 'been', 'further', 'put', 'puts',
  'officially', 'confirmed', 'reported', 'tally', 'total', 'count', 'figure', 'number', 'overall', 'grew', 'grown',
  'went', 'up', 'gone', 'being', ',', 'so', 'far', 'thus', 'a', 'an', 'official', 'provisional', 'final',
  'latest', 'new', 'revised', 'updated', 'climb', 'jump', 'increase', ':', '-', 'persons', 'people', 'climbs',
  'past', 'above', 'numbered', 'number', 'numbers', 'totalled', 'totaled', 'totals', 'came', 'comes', 'there',
  'vary', 'varies', 'varied', // ("reported fatalities vary between 8 and 14")
  'amounts', 'amounted', 'amount', // ("the number of evacuated persons amounts to 1,250")
  'pass', 'passes', 'passed', 'tops', 'topped', // ("as cases pass 1,400")
  'ascends', 'ascended', 'ascend', 'elevated', 'elevates']); // (translated: "the number of the dead ascends to six")
const THERE_AUX = new Set(['must', 'may', 'might', 'could', 'would', 'have', 'had', 'has']);

/** "there were 143 workers", "there must have been twenty of us", "there had been 40": a count said to have been there. */
export function thereWere(tokens: Token[], at: number, t0: number): boolean {
  if (at - 2 < t0) return false;
  // ("the victims were shoppers, and among them there are eight women": a part of those named before, not who was there)
  if (BE.has(tokens[at - 1].low) && tokens[at - 2].low === 'there' && at - 4 >= t0 && tokens[at - 4].low === 'among') return false;
  if (BE.has(tokens[at - 1].low)) return tokens[at - 2].low === 'there';
  if (tokens[at - 1].low !== 'been') return false;
  let k = at - 2;
  while (k > t0 && k >= at - 4 && THERE_AUX.has(tokens[k].low)) k--;
  return k < at - 2 && tokens[k].low === 'there';
}

const OPEN_QUOTES = new Set(['"', '\u201c', '\u00ab']);

/** Where "estimated at" opens before the count at `at`, else -1: the count may be quoted ("estimated at \"about 60\"")
 * and who made the estimate may stand between ("estimated by residents at more than a hundred"). */
export function estimatedAt(tokens: Token[], at: number, t0: number): number {
  let j = at - 1;
  if (j > t0 && OPEN_QUOTES.has(tokens[j].low)) j--;
  if (j - 1 < t0 || tokens[j].low !== 'at') return -1;
  if (tokens[j - 1].low === 'estimated') return j - 1;
  // "by" and up to four words of the estimator, no punctuation
  for (let b = j - 2; b >= Math.max(t0 + 1, j - 5); b--) {
    if (tokens[b].kind !== 'word') return -1;
    if (tokens[b].low === 'by') return tokens[b - 1].low === 'estimated' ? b - 1 : -1;
  }
  return -1;
}

/** Toll verbs that take the new value only after "to"/"at" ("bringing the toll to 41", "put the toll at 9"). */
const NEEDS_TO = new Set(['taking', 'takes', 'bring', 'brings', 'bringing', 'brought', 'pushing', 'pushed', 'pushes',
  'raising', 'raises', 'raised', 'put', 'puts', 'revised', 'revises', 'gone', 'went', 'updated', 'updates']);

/** Verbs that move a toll to a new value: the cue may be far back ("the number of people killed in
 * Monday's quake has risen to 318"). */
const TOLL_MOVES = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'reached', 'stood', 'stands', 'hit',
  'soared', 'mounted', 'put', 'puts', 'raised', 'revised', 'grew', 'gone', 'went', 'bring', 'brings', 'bringing',
  'brought', 'taking', 'takes', 'pushing', 'pushed', 'pushes', 'raising', 'raises', 'numbered', 'totalled', 'totaled',
  // headline present tense ("Death toll in mine blast rises to 41") and other moves of a tally
  'rises', 'climb', 'jumps', 'hits', 'reaches', 'nears', 'neared', 'tops', 'topped', 'crosses', 'crossed', 'surpasses',
  'surpassed', 'exceeds', 'exceeded', 'passes', 'passed', 'mounts', 'soars', 'increases', 'touches', 'touched',
  'stood', 'stand', 'reach', 'climbs', 'reaching', 'revises', 'updated', 'updates', 'amounts', 'amounted',
  // a tally that goes down moves too ("the number of missing has fallen from 9 to 5")
  'fallen', 'fell', 'falls', 'dropped', 'drops', 'decreased', 'declined', 'down',
  // translated copy ("the number of the dead ascends to six", "was elevated to 12")
  'ascends', 'ascended', 'elevated']);

const FRAME_SKIP = new Set(['still', 'now', 'currently', 'yet', 'so', 'far', 'of', 'people', 'persons', 'those', 'who',
  'are', 'were', 'have', 'has', 'been', 'remaining', 'being']);
/** "the number still held by the bandits", "the number of people now missing": a tally named by "number" and the
 * state its people are in (a post cue after a few linking words). `j` is the "number" token. */
function numberFrame(tokens: Token[], j: number, limit: number): Measure | undefined {
  if (j >= limit || tokens[j].low !== 'number') return undefined;
  let q = j + 1;
  // ("the number of suspects detained in the investigation had risen to nine": a people noun before the state too)
  while (q < Math.min(limit, j + 6) && (FRAME_SKIP.has(tokens[q].low) ||
    (q > j + 1 && tokens[q - 1].low === 'of' && lexicons().groups.at(tokens, q, q + 1)))) q++;
  if (q === j + 1 && !(q < limit && tokens[q].low.endsWith('ed'))) return undefined;
  const cue = q < limit ? slotCue(tokens, q, limit, 'post') : undefined;
  // ("the number of people taken from the market has risen to 100": taken from a place is taken captive; taken to a
  // place, into custody or ill is not)
  // ("the number of traders taken": a plural noun we do not list may stand before it)
  const tk = q < limit && tokens[q].low !== 'taken' && tokens[q - 1].low === 'of' && tokens[q].kind === 'word' && tokens[q].low.endsWith('s') ? q + 1 : q;
  if (!cue && tk < limit && tokens[tk].low === 'taken' && tk > j + 2 && !TAKEN_ELSE.has(tokens[tk + 1]?.low ?? '')) return 'held';
  return cue && cue.measure !== 'present' && cue.measure !== 'other' ? cue.measure : undefined;
}
/** Verbs that give a tally "as" its value ("gave the toll as 12", "listed the dead as nine"). */
const GIVE_VERBS = new Set(['gave', 'given', 'give', 'gives', 'giving', 'listed', 'lists', 'stated', 'put', 'puts', 'confirmed']);
const TAKEN_ELSE = new Set(['to', 'into', 'ill', 'in', 'for', 'off', 'over', 'up']);

/** "the toll stands at seven", "the death toll rose to 12": a tally named before the number's "at" or "to". */
export function tollAt(tokens: Token[], m: NumberMention, t0: number): boolean {
  const before = m.t0 - 1 >= t0 ? tokens[m.t0 - 1].low : '';
  // ("the number of the dead has reached 17, ..., and 112 persons were wounded": a verb that takes the new value
  // without "to" moves the toll as "rose to" does)
  return (before === 'at' || before === 'to' || (TOLL_MOVES.has(before) && !NEEDS_TO.has(before))) &&
    nominalCue(tokens, m, t0) !== undefined;
}

export function nominalCue(tokens: Token[], m: NumberMention, t0: number): Measure | undefined {
  const lex = lexicons();
  let k = m.t0;
  // "bringing to 20 the number still held by the bandits": the tally moved is named after the number
  if (m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'to' && TOLL_MOVES.has(tokens[m.t0 - 2].low) && m.t1 + 2 < tokens.length &&
    tokens[m.t1].low === 'the') {
    const limit = Math.min(tokens.length, m.t1 + 12);
    const named = lex.measureSlots.nom.at(tokens, m.t1 + 1, limit)?.data ?? numberFrame(tokens, m.t1 + 1, limit);
    if (named) return named;
  }
  // ("The governorship had given the toll as seven", "gave the death toll as 12": a tally given "as" its value)
  if (m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'as') {
    const tally = lex.measureSlots.nom.endingAt(tokens, m.t0 - 1, t0);
    const verb = tally ? tokens[m.t0 - 1 - tally.length - 1]?.low : undefined;
    if (tally && (verb === 'the' ? GIVE_VERBS.has(tokens[m.t0 - 1 - tally.length - 2]?.low ?? '') : GIVE_VERBS.has(verb ?? ''))) {
      return tally.data;
    }
  }
  // "... has risen to 318", "... put the number of dead at 31"
  let v = m.t0 - 1;
  if (v > t0 && (tokens[v].low === 'to' || tokens[v].low === 'at')) {
    // "raised the overall toll from both quakes to 27": a toll verb somewhere before the "to"
    // (the tally may carry a place and a time: "taking the number of deaths in the district since May 1 to 31")
    // ("taking the number of people killed in Friday's stampede at the annual urs of a Sufi shrine in ... upazila to 17")
    for (let j = v - 1; j > Math.max(t0, v - 28); j--) {
      if (TOLL_MOVES.has(tokens[j].low)) {
        v = j;
        break;
      }
    }
    if (v === m.t0 - 1) v--;
  }
  // (the "at" must stand before the number phrase: "at least 30" opens the number itself; "taking 8 engineers
  // hostage" has a verb that moves a toll only with "to": "taking the toll to 41")
  const direct = v === m.t0 - 1;
  if (v >= t0 && ((TOLL_MOVES.has(tokens[v].low) && !(direct && NEEDS_TO.has(tokens[v].low))) ||
    (v + 1 < m.t0 && tokens[v + 1]?.low === 'at'))) {
    // (the subject of the toll verb may carry a long clause on how they died: "The number of people killed when a
    // tanker overturned on the Kabba-Obajana road on Sunday night has risen to 41"; another count or a semicolon
    // ends the look-back)
    for (let j = m.t0 - 1; j > Math.max(t0, v - 36); j--) {
      if (j < v && (tokens[j].low === ';' || tokens[j].kind === 'num' && v - j > 20)) break;
      const cue = lex.measureSlots.nom.endingAt(tokens, j, t0);
      if (cue) return cue.data;
      // "The number of people who have died after drinking the gin ... rose to 19": the relative clause names it
      // ("put the number of people who died at 22": a verb before the nominal lets the clause run up to the "at")
      const lim = v > j ? v : m.t0 - 1;
      // ("bringing the number still held by the gang to 30")
      const framed = numberFrame(tokens, j, lim);
      if (framed) return framed;
      if (tokens[j].low === 'number' && j + 1 < lim && tokens[j + 1].low === 'of') {
        for (let r = j + 2; r < Math.min(lim, j + 6); r++) {
          if (tokens[r].low !== 'who' && tokens[r].low !== 'that') continue;
          let q = r + 1;
          while (q < Math.min(lim, r + 4) && (tokens[q].low === 'have' || tokens[q].low === 'has' || tokens[q].low === 'had' ||
            BE.has(tokens[q].low) || tokens[q].low === 'been' || tokens[q].low === 'so' || tokens[q].low === 'far')) q++;
          const rc = q < lim ? slotCue(tokens, q, lim, 'post') : undefined;
          if (rc && rc.measure !== 'present') return rc.measure;
          break;
        }
        // ("41 new cases, including two deaths, and that the number of those receiving treatment reached 57": the
        // tally's own subject names no measure; a cue before it is another count's)
        if (j < v) return undefined;
      }
    }
  }
  // ("among the dead were a mother and her two children": the owner's count is one more item of the list)
  const start = m.t0 - 2 > t0 && POSSESSIVES.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 2].low === 'and' ? m.t0 - 1 : m.t0;
  k = start;
  const floor = Math.max(t0, m.t0 - 10);
  while (k > floor) {
    const cue = lex.measureSlots.nom.endingAt(tokens, k, t0);
    // ("Passengers who were not injured, 173 in total": the harm denied, unharmed as "walked away unharmed" is: other)
    if (cue && (cue.data === 'injured' || cue.data === 'killed') && k - cue.length - 1 >= t0 &&
      DENIALS.has(tokens[k - cue.length - 1].low)) return 'other';
    if (cue) return cue.data;
    // "among the injured were a 12-year-old boy and two women": one person without a number comes first
    if (tokens[k - 1].low === 'and' && k === start) {
      let j = k - 2;
      while (j > Math.max(t0, k - 9) && !ARTICLES.has(tokens[j].low) && (tokens[j].kind === 'word' ||
        tokens[j].low === '-' || (tokens[j].kind === 'num' && !tokens[j + 1].space))) j--;
      if (j >= t0 && (tokens[j].low === 'a' || tokens[j].low === 'an') && j < k - 2) {
        k = j;
        continue;
      }
    }
    if (!NOM_LINK.has(tokens[k - 1].low)) return undefined;
    k--;
  }
  return undefined;
}

/** A group noun inside the nominal cue before the number ("the number of dead soldiers at 20"): between a
 * toll word and the number, with no clause break. */
const TOLL_WORDS = new Set(['toll', 'dead', 'deaths', 'killed', 'fatalities', 'injured', 'wounded', 'casualties', 'number']);
const TOLL_ADJECTIVES = new Map([['civilian', 'civilians'], ['military', 'security_forces'], ['police', 'security_forces'],
  ['army', 'security_forces'], ['militant', 'attackers'], ['rebel', 'attackers'], ['insurgent', 'attackers'],
  // ("put the gendarme toll at 11", "the soldier death toll": a singular noun of a force as the modifier)
  ['gendarme', 'security_forces'], ['gendarmerie', 'security_forces'], ['soldier', 'security_forces'],
  ['troop', 'security_forces']]);
export function nominalGroup(tokens: Token[], t: number, t0: number): string | undefined {
  const lex = lexicons();
  let found: string | undefined;
  for (let k = t - 1; k >= Math.max(t0, t - 16); k--) {
    const low = tokens[k].low;
    if (low === ',' || low === ';' || low === ':' || low === '.') return undefined;
    // "put civilian deaths at 9", "military fatalities at 12": an adjective before the toll word names the group
    // ("the police death toll rose to 10", "the civilian casualty toll": past the noun that makes the compound)
    if (TOLL_WORDS.has(low)) {
      // (past twelve tokens only the noun after "number of" names them: a people word between is more often a place
      // phrase's modifier, "from Friday's fire aboard a tourist ferry off Nha Trang")
      if (t - k > 12) return ofGroupBefore(tokens, k, t0);
      const a = k - 1 > t0 && (tokens[k - 1].low === 'death' || tokens[k - 1].low === 'casualty') ? k - 2 : k - 1;
      return found ?? (a >= t0 ? TOLL_ADJECTIVES.get(tokens[a].low) : undefined) ?? ofGroupBefore(tokens, k, t0);
    }
    const gm = lex.groups.endingAt(tokens, k + 1, t0);
    if (gm && gm.data !== 'people' && !found) found = gm.data || plural(tokens[k].low);
  }
  return undefined;
}

/** "the number of workers killed in Tuesday's blast rose to eight": the people noun after "number of" before the
 * participle (not "people", which every toll counts). */
function ofGroupBefore(tokens: Token[], k: number, t0: number): string | undefined {
  const gm = lexicons().groups.endingAt(tokens, k, t0);
  const s = gm ? gm.end - gm.length : -1;
  if (!gm || gm.data === 'people' || s - 2 < t0 || tokens[s - 1].low !== 'of' || !TALLY_NOUNS.has(tokens[s - 2].low)) return undefined;
  return gm.data || plural(tokens[k - 1].low);
}

/** "put the number (taken) at N", "put attacker deaths at N", "confirmed the abduction but put the number at N": what
 * the phrase between "put" (or "placed") and "at" counts; a bare "number" takes the event noun of its clause. Bounded
 * to a few words before the count and one clause before "put". */
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing']);
const TALLY_NOUNS = new Set(['number', 'figure', 'tally', 'count', 'total']);
const TALLY_EVENTS = figureWords('tally-held');
export function putAt(tokens: Token[], at: number, t0: number): { measure?: Measure; group?: string; bare: boolean } | undefined {
  if (at - 3 < t0 || tokens[at - 1].low !== 'at') return undefined;
  let v = at - 2;
  // ("put the number of soldiers it had killed at 11": a tally with a short clause of its own)
  while (v > t0 && v > at - 11 && !PUT_VERBS.has(tokens[v].low)) v--;
  if (!PUT_VERBS.has(tokens[v].low) || v + 1 >= at - 1) return undefined;
  const lex = lexicons();
  let measure: Measure | undefined;
  let group: string | undefined;
  let tally = false;
  for (let k = v + 1; k < at - 1; k++) {
    const w = tokens[k].low;
    if (tokens[k].kind !== 'word') return undefined;
    // ("A police source put it at three": "it" stands for the figure just given)
    if (TALLY_NOUNS.has(w) || (w === 'it' && k === v + 1 && k + 1 === at - 1)) tally = true;
    // ("put the number on board at 35": those aboard were there)
    else if (!measure && (w === 'aboard' || (w === 'on' && tokens[k + 1]?.low === 'board'))) measure = 'present';
    else if (SUBSET_MEASURE.has(w) && (tally || measure === undefined)) measure = SUBSET_MEASURE.get(w);
    else if (!measure && lex.measureSlots.noun.at(tokens, k, k + 1)) measure = lex.measureSlots.noun.at(tokens, k, k + 1)!.data;
    const gm = lex.groups.at(tokens, k, k + 1);
    if (gm && gm.data && gm.data !== 'people') group = gm.data;
  }
  // (only "the number" itself: "the number of those still trapped" names its own people)
  const bare = tally && !measure && !group && tokens.slice(v + 1, at - 1).every((t) => TALLY_NOUNS.has(t.low) ||
    ARTICLES.has(t.low) || t.low === 'it' || t.low === 'that' || t.low === 'this');
  if (bare) {
    // ("confirmed the abduction but put the number at 18": the event noun of the clause before)
    for (let k = v - 1; k >= Math.max(t0, v - 10); k--) {
      if (tokens[k].low === ';' || tokens[k].low === '.') break;
      if (TALLY_EVENTS.has(tokens[k].low)) {
        measure = 'held';
        break;
      }
    }
  }
  if (!tally && !measure) return undefined;
  return { measure, group, bare };
}
/** "The army has revised that figure down to 15", "corrected it to 12": a figure given before, moved to a new value
 * by a verb of revision (the count at `at` stands right after "to"). */
const REVISE_VERBS = new Set(['revised', 'revises', 'revising', 'corrected', 'corrects', 'lowered', 'lowers', 'raised',
  'raises', 'updated', 'updates', 'adjusted', 'adjusts', 'cut', 'cuts', 'brought', 'brings']);
export function revisedFigure(tokens: Token[], at: number, t0: number): boolean {
  let k = at - 1;
  if (k < t0 || tokens[k].low !== 'to') return false;
  k--;
  if (k >= t0 && (tokens[k].low === 'down' || tokens[k].low === 'up')) k--;
  if (k < t0) return false;
  if (tokens[k].low === 'it') return k - 1 >= t0 && REVISE_VERBS.has(tokens[k - 1].low);
  if (tokens[k].low !== 'figure' && tokens[k].low !== 'number' && tokens[k].low !== 'tally') return false;
  return k - 2 >= t0 && (tokens[k - 1].low === 'that' || tokens[k - 1].low === 'this' || tokens[k - 1].low === 'the') &&
    REVISE_VERBS.has(tokens[k - 2].low);
}

/** "bringing the (death) toll to", "taking the number of dead to": a toll moved by the figures before it. */
export function tollMove(tokens: Token[], t0: number, at: number): boolean {
  if (at - 1 < t0 || tokens[at - 1].low !== 'to') return false;
  for (let k = at - 2; k >= Math.max(t0, at - 8); k--) if (TOLL_CARRIERS.has(tokens[k].low)) return true;
  return false;
}

/** The measure of "the wounded", "the dead" standing as a subject earlier in the sentence with no count after it. */
export function nominalBefore(tokens: Token[], t0: number, at: number): Measure | undefined {
  // The last such nominal with no count after it: read back from `at` to the nearest count, not from the sentence's
  // start for every "them" (one long sentence of counts would be read once per count).
  for (let k = at - 2; k >= t0; k--) {
    if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) return undefined;
    // (not "11 of the injured": a count picked out of the nominal is what "them" takes up)
    const m = tokens[k].low === 'the' && tokens[k - 1]?.low !== 'of' ? NOMINAL_GROUPS.get(tokens[k + 1].low) : undefined;
    // (a nominal, not a modifier: "the injured were", not "the injured man")
    if (m && (k + 2 >= at || !lexicons().groups.at(tokens, k + 2, at))) return m;
  }
  return undefined;
}

/** "The injured were taken to ...": the measure of the harm nominal sentence `si` opens on, if it does. */
export function openingNominal(doc: Document, si: number): Measure | undefined {
  if (si < 0) return undefined;
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  if (t0 + 2 >= t1 || tokens[t0].low !== 'the') return undefined;
  const m = NOMINAL_GROUPS.get(tokens[t0 + 1].low);
  return m && (BE.has(tokens[t0 + 2].low) || tokens[t0 + 2].low === 'had' || tokens[t0 + 2].low === 'have') ? m : undefined;
}
