// Passes over a sentence's figures once all are found: totals moved by an increment, splits by place
// and bracket, sums that add up to a total, repeats of the same figure, and the final keep.
import type { Document, Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, PLACE_PREPS, BE, isCap, PERSON_NOUN, FINITE_ONLY, TOLL_CARRIERS, VEHICLE_HAD, CARE_PLACES } from './words.js';
import { type FigureCandidate, makeGroupPart, pastCount } from './candidate.js';
import { slotCue } from './cues.js';
import { sameSentenceBefore } from './carry.js';

/** "15 passengers, of whom four women and one child, and two crew members", "18 passengers, including five women, and
 * two crew": an item after an aside of parts coordinates with the count the aside hangs on (not with the last part),
 * and counts inside the aside with no cue of their own are parts of that count. Run once the sentence's breakdowns
 * have their measures; each item looks back over a bounded stretch. */
const ASIDE_PARTS = new Set(['including', 'among', 'of']);
export function afterPartsAside(tokens: Token[], found: FigureCandidate[], t0: number): void {
  for (let i = 1; i < found.length; i++) {
    const c = found[i];
    const k = c.mention.t0;
    if (c.measure || c.drop || k - 4 < t0 || tokens[k - 1].low !== 'and' || tokens[k - 2].low !== ',') continue;
    for (let j = i - 1; j >= 0; j--) {
      const nb = found[j];
      if (nb.mention.t0 < k - 24) break;
      const o = pastCount(nb);
      if (o + 1 >= k - 2 || tokens[o].low !== ',' || !ASIDE_PARTS.has(tokens[o + 1].low)) continue;
      if (!nb.measure || nb.drop || tokens.slice(o + 1, k - 2).some((t) => t.low === ',' || t.low === ';' || t.low === ':')) break;
      c.measure = nb.measure;
      c.how = 'coord';
      c.modal = nb.modal;
      if (nb.parts_of) c.parts_of = nb.parts_of; // (a further item of the same breakdown)
      let sum = 0;
      for (let n = j + 1; n < i; n++) {
        const part = found[n];
        sum += part.mention.low ?? 0;
        if (part.measure || part.drop || sum > (nb.mention.low ?? nb.mention.high ?? 0)) continue;
        part.measure = nb.measure;
        part.parts_of = nb;
        part.how = 'part';
        part.modal = nb.modal;
      }
      break;
    }
  }
}

/** "The flight had 4 crew and 120 passengers": the second item of what a vehicle had was aboard too. */
export function vehicleHadToo(tokens: Token[], c: FigureCandidate, prev: FigureCandidate | undefined): void {
  if (c.measure || c.drop || !prev || prev.measure !== 'present' || prev.how !== 'pre' || c.mention.t0 < 2) return;
  if (tokens[c.mention.t0 - 1].low !== 'and' || pastCount(prev) !== c.mention.t0 - 1) return;
  if (!VEHICLE_HAD.has(tokens[prev.mention.t0 - 1]?.low ?? '') || !(c.group === 'passengers' || c.group === 'crew')) return;
  c.measure = 'present';
  c.how = 'pre';
}

/** "Five more people were kidnapped, bringing the total to 32": a bare total moved by the figure before it in the
 * sentence has that figure's measure (and its group when the total names none). */
const MOVED_TOTALS = new Set(['total', 'tally', 'number', 'count']);
export function movedTotal(tokens: Token[], c: FigureCandidate, found: FigureCandidate[], i: number): void {
  const k = c.mention.t0;
  if (c.measure || c.drop || k < 4 || tokens[k - 1].low !== 'to' || !MOVED_TOTALS.has(tokens[k - 2].low)) return;
  let v = k - 3;
  while (v > k - 6 && v > 0 && (tokens[v].low === 'the' || tokens[v].low === 'overall' || tokens[v].low === 'its')) v--;
  if (!TOLL_CARRIERS.has(tokens[v].low)) return;
  // (searched back from the count, not copied: a sentence may hold thousands of counts)
  let p: FigureCandidate | undefined;
  for (let j = i - 1; j >= 0 && !p; j--) if (found[j].measure && !found[j].drop) p = found[j];
  if (!p) return;
  c.measure = p.measure;
  c.how = 'nom';
  if (c.group === 'people' && !c.knownGroup) c.group = p.group;
}

/** "killing eight workers ... Seven women and one man died": exact counts of one measure and of different groups in
 * a sentence that add up to an exact total of that measure in the two sentences before are its breakdown (parts). */
const DEMOGRAPHIC = figureWords('demographic');
/** An exact count above zero ("12", not "about 12", "12-14" or "no"). */
function exact(c: FigureCandidate): boolean {
  return c.mention.hedge === 'exact' && c.mention.low !== null && c.mention.low === c.mention.high && c.mention.low > 0;
}
export function sumsToTotal(found: FigureCandidate[], recent: FigureCandidate[]): void {
  const live = found.filter((c) => c.measure && !c.drop);
  for (const measure of new Set(live.map((c) => c.measure))) {
    const items = live.filter((c) => c.measure === measure);
    if (items.length < 2 || items.some((c) => c.parts_of || c.mention.increment || !exact(c))) continue;
    if (new Set(items.map((c) => c.group)).size !== items.length) continue;
    const sum = items.reduce((n, c) => n + (c.mention.low ?? 0), 0);
    let total: FigureCandidate | undefined;
    for (let i = recent.length - 1; i >= 0 && !total; i--) {
      const x = recent[i];
      if (x.measure === measure && !x.drop && !x.parts_of) total = x;
    }
    if (!total || !exact(total) || total.mention.low !== sum || recent.some((x) => x.parts_of === total)) continue;
    // (a breakdown by sex or age, or of plain "people": "two hijackers killed … one passenger and one gendarme
    // killed" counts other people)
    if (total.group !== 'people' && !items.every((c) => DEMOGRAPHIC.has(c.group))) continue;
    for (const c of items) {
      c.parts_of = total;
      c.how = 'part';
    }
  }
}

/** "17 people had died - 14 civilians and three soldiers - along with all four attackers": a count after "along with"
 * shares the harm of the count before it in its sentence; a noun's own "present" is no measure against it. */
export function alongWith(tokens: Token[], found: FigureCandidate[]): void {
  for (let i = 1; i < found.length; i++) {
    const c = found[i];
    let k = c.mention.t0 - 1;
    if (k >= 0 && tokens[k].low === 'all') k--;
    if (k < 1 || tokens[k].low !== 'with' || tokens[k - 1].low !== 'along') continue;
    if (c.measure && !(c.measure === 'present' && c.how === 'noun')) continue;
    const p = sameSentenceBefore(found, i);
    if (!p || (p.measure !== 'killed' && p.measure !== 'injured')) continue;
    c.measure = p.measure;
    c.how = 'coord';
  }
}

/** "had held 10 hostages, eight employees and two customers": exact counts of one measure, each of its own group, set
 * right after an exact count by a comma and joined by commas and "and", that add up to it are its breakdown. */
export function appositionSum(tokens: Token[], found: FigureCandidate[]): void {
  for (let i = 0; i + 2 < found.length; i++) {
    const total = found[i];
    if (!total.measure || total.drop || total.parts_of || !exact(total) || tokens[total.reach]?.low !== ',') continue;
    let sum = 0;
    let j = i + 1;
    let gap = total.reach;
    const groups = new Set([total.group]);
    for (; j < found.length && sum < total.mention.low!; j++) {
      const c = found[j];
      const glue = tokens.slice(gap, c.mention.t0).map((t) => t.low).join(' ');
      if (c.measure !== total.measure || c.drop || c.parts_of || !exact(c) || groups.has(c.group) ||
        !(glue === ',' || glue === 'and' || glue === ', and')) break;
      groups.add(c.group);
      sum += c.mention.low!;
      gap = c.reach;
    }
    if (j - i < 3 || sum !== total.mention.low) continue;
    for (let k = i + 1; k < j; k++) {
      found[k].parts_of = total;
      found[k].how = 'part';
    }
    i = j - 1;
  }
}

/** Words of a state that stand as the noun after a count ("the two missing", "the three dead"). */
const STATE_NOUNS = new Set(['missing', 'dead', 'injured', 'wounded', 'deceased', 'abducted', 'kidnapped', 'rescued']);

/** "The three survivors remain under police guard": "the" before a count whose measure only comes from its noun
 * points back at a figure already given with that value (no new claim). */
export function theSameAgain(doc: Document, c: FigureCandidate, before: FigureCandidate[]): void {
  const v = c.mention;
  const t = doc.tokens;
  // ("The search is continuing for the two missing, two young men ...": a state word as the noun, no verb after it)
  // (not a whole that parts are picked out of: "Of the 14 wounded, five were flown to Niamey")
  const stateNoun = STATE_NOUNS.has(t[v.t1]?.low ?? '') && (v.t1 + 1 >= t.length || t[v.t1 + 1].low === ',' ||
    t[v.t1 + 1].low === '.') && t[v.t0 - 2]?.low !== 'of';
  // ("Search operations for the two (2) missing fishermen are ongoing": the people searched for, named again)
  const searchedFor = STATE_NOUNS.has(t[v.t1]?.low ?? '') && t[v.t0 - 2]?.low === 'for';
  if ((c.how !== 'noun' && !stateNoun && !searchedFor) || c.drop || v.t0 === 0 || t[v.t0 - 1].low !== 'the') return;
  // (a bounded look-back keeps long documents linear)
  let earlier: FigureCandidate | undefined;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 40) && !earlier; i--) {
    const p = before[i];
    if (!p.drop && p.mention.low === v.low && p.mention.high === v.high) earlier = p;
  }
  if (!earlier) return;
  c.drop = true;
  c.pointsBack = earlier;
}

/** "17 of them have been treated and sent home, while the remaining six are being cared for": the rest of the same
 * total as the part before it, with that total's group. */
/** "two of the dead were polling assistants and one was a police constable": a second predicate joined by "and"
 * to a part goes on picking out of the same total (not the latest total of another measure). */
export function samePickAgain(tokens: Token[], p: FigureCandidate, c: FigureCandidate): void {
  const total = p.parts_of;
  if (!total || !c.parts_of || c.parts_of === total || p.sent !== c.sent || c.drop || p.drop) return;
  const at = c.mention.t0;
  if (at < 1 || tokens[at - 1].low !== 'and' || !BE.has(tokens[c.mention.t1]?.low ?? '') || at - p.mention.t1 > 9) return;
  for (let k = p.mention.t1; k < at - 1; k++) {
    const low = tokens[k].low;
    if (tokens[k].kind === 'num' || low === ',' || low === ';' || low === 'who' || low === 'which') return;
  }
  if ((total.mention.low ?? Infinity) < (p.mention.low ?? 0) + (c.mention.low ?? 0)) return;
  c.parts_of = total;
  c.measure = total.measure;
}

const STAND_INS = new Set(['them', 'whom', 'these', 'those']);
/** "Twelve other devotees received burns. Of them, eight (8) were admitted": a part with no noun of its own (a bare
 * number, "N of them") counts people of its total's group. */
export function bareTakesTotalGroup(tokens: Token[], c: FigureCandidate): void {
  const total = c.parts_of;
  if (!total || c.group !== 'people' || total.group === 'people' || c.drop) return;
  if (c.g1 > c.mention.t1 && !STAND_INS.has(tokens[c.g1 - 1].low)) return;
  c.group = total.group;
}

/** "Four workers died and nine were hurt ... Eight of the victims came from the same commune": "victims" counts the
 * dead and the hurt together, so a count of them with no verb of harm of its own that is larger than every death
 * toll before it is not a death toll (it says who the victims were). */
export function moreVictimsThanDead(doc: Document, c: FigureCandidate, before: FigureCandidate[]): void {
  const { tokens } = doc;
  const m = c.mention;
  if (c.measure !== 'killed' || m.low === null || m.t1 + 2 >= tokens.length ||
    tokens[m.t1].low !== 'of' || tokens[m.t1 + 1].low !== 'the' || tokens[m.t1 + 2].low !== 'victims') return;
  if (c.reach > c.g1) return; // a verb of its own ("eight of the victims died")
  // (nor a part of a smaller toll)
  if (c.parts_of && (c.parts_of.measure !== 'killed' || (c.parts_of.mention.low ?? Infinity) >= m.low)) return;
  let toll = false;
  for (const p of before) {
    if (p.drop || p.measure !== 'killed' || p.parts_of || p.mention.low === null) continue;
    if (p.mention.low >= m.low) return;
    toll = true;
  }
  if (!toll) return;
  c.measure = 'other';
  c.parts_of = undefined;
}

export function theRemaining(doc: Document, found: FigureCandidate[]): void {
  const { tokens } = doc;
  for (let i = 1; i < found.length; i++) {
    const c = found[i];
    const at = c.mention.t0;
    if (c.drop || c.parts_of || at < 2 || tokens[at - 1].low !== 'remaining' || tokens[at - 2].low !== 'the') continue;
    const p = found.slice(0, i).reverse().find((x) => !x.drop && x.parts_of);
    if (!p || !p.parts_of || (c.measure && c.measure !== p.parts_of.measure)) continue;
    const was = c.group;
    makeGroupPart(c, p.parts_of);
    // ("..., two of them with severe burns": "them" are these six)
    for (const x of found.slice(i + 1)) if (x.parts_of === c && x.group === was) x.group = c.group;
  }
}

const SPLIT_OPEN = new Set([',', '(', 'and', ';', ':', '\u2014', '-']);
/** "Five herders died (two in Bayan-Ondor soum and three in Jinst soum)", "... 2 dead, one in A and one in B": bare
 * counts that say where each of a total's people was are its parts, with its measure and group. */
export function placeSplit(doc: Document, found: FigureCandidate[]): void {
  const { tokens } = doc;
  let total: FigureCandidate | undefined;
  for (const c of found) {
    if (c.drop) continue;
    const at = c.mention.t1;
    const bare = c.g1 <= at && at + 1 < tokens.length && tokens[at].low === 'in' && isCap(tokens[at + 1]) &&
      c.mention.t0 > 0 && SPLIT_OPEN.has(tokens[c.mention.t0 - 1].low) && !c.parts_of && (!c.measure || c.measure === 'present');
    if (bare && total && total.measure && (c.mention.low ?? 0) < (total.mention.low ?? 0)) {
      makeGroupPart(c, total);
      continue;
    }
    // (a part already linked to the total keeps it open for the next item)
    if (!bare && !(total && c.parts_of === total)) total = c.measure && !c.parts_of && c.measure !== 'present' ? c : undefined;
  }
}

/** "14 killed (11 at the scene, 3 in hospital)": counts in a bracket right after a total, each with only a place or
 * time phrase ("at the scene", "later in hospital", "on the way"), that add up to the total say where its people were
 * when it happened: its parts, with its measure (the place is no cue of their own). */
const SPLIT_ADVERBS = figureWords('split-adverb');
export function bracketSplit(doc: Document, found: FigureCandidate[]): void {
  const { tokens } = doc;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const m = c.mention;
    // (an "at least" total too: "At least 9 died (6 in the collapse, 3 in hospital)")
    if (!c.measure || c.drop || c.parts_of || c.modal || m.low === null || (m.low !== m.high && m.hedge !== 'at_least') || m.low < 2) continue;
    // the bracket opens after the count, its noun and at most two cue words ("14 killed (", "14 people died (")
    let open = pastCount(c);
    const t1 = doc.sentences[c.sent].t1;
    // ("fifteen (15) persons lost their lives, thirteen at the scene and two while undergoing treatment": the same split
    // set off by a comma to the clause's end, after a cue of up to three words)
    // ("13 killed at the scene (12 passengers, 1 truck driver)": a place phrase after the cue too)
    while (open < t1 && open < pastCount(c) + 5 && tokens[open].kind === 'word') open++;
    const comma = open < t1 && tokens[open].low === ',';
    if (open >= t1 || tokens[open].low !== '(' && !comma) continue;
    let close = open + 1;
    while (close < t1 && close - open <= 24 && tokens[close].low !== ')' && tokens[close].low !== '(' &&
      !(comma && (tokens[close].low === ';' || tokens[close].low === '.'))) close++;
    if (comma ? close - open > 24 : close >= t1 || tokens[close].low !== ')') continue;
    // (the counts after the total, in text order, up to the bracket's end: a scan, not a filter of the sentence)
    const items: FigureCandidate[] = [];
    for (let j = i + 1; j < found.length && found[j].mention.t0 < close; j++) {
      const p = found[j];
      if (!p.drop && p.mention.t0 > open && p.mention.t1 < close) items.push(p);
    }
    if (items.length < 2) continue;
    let sum = 0;
    let ok = true;
    // ("13 killed at the scene (12 passengers, 1 truck driver)": each item names who, with no measure of its own)
    const named = items.every((p) => p.knownGroup && p.g1 > p.mention.t1 && !p.measure &&
      (tokens[p.g1]?.low === ',' || tokens[p.g1]?.low === 'and' || p.g1 === close));
    for (const p of items) {
      const n = p.mention;
      if (n.low === null || n.low !== n.high || n.hedge !== 'exact') { ok = false; break; }
      if (named) {
        sum += n.low;
        continue;
      }
      // the count's own words: no noun, an adverb of time at most, then a preposition
      let k = n.t1;
      while (k < close && SPLIT_ADVERBS.has(tokens[k].low)) k++;
      if (k >= close || !(PLACE_PREPS.has(tokens[k].low) || tokens[k].low === 'en' || tokens[k].low === 'while')) { ok = false; break; }
      sum += n.low;
    }
    if (!ok || sum !== m.low) continue;
    for (const p of items) {
      p.parts_of = c;
      p.measure = c.measure;
      if (!named) {
        p.group = c.group;
        p.knownGroup = c.knownGroup;
      }
      p.how = 'part';
    }
  }
}

const THEY = new Set(['they', 'both']);
/** "two men were later found with gunshot wounds. They were conveyed to the hospital, where they were pronounced
 * dead": the next sentence, about "they" and with no count of its own, tells that the wounded died. */
export function diedAfter(doc: Document, si: number, found: FigureCandidate[]): void {
  const live = found.filter((c) => !c.drop && c.measure);
  const last = live[live.length - 1];
  if (!last || last.measure !== 'injured' || last.parts_of || si + 1 >= doc.sentences.length) return;
  if (live.some((c) => c !== last && c.measure === 'injured')) return;
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si + 1];
  if (t0 >= t1 || !THEY.has(tokens[t0].low)) return;
  for (let k = t0; k < t1; k++) {
    if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) return;
    const cue = slotCue(tokens, k, t1, 'post');
    if (cue?.measure === 'killed' && BE.has(tokens[k - 1]?.low) || cue?.measure === 'killed' && FINITE_ONLY.has(tokens[k].low)) {
      last.measure = 'killed';
      return;
    }
  }
}
/** "3 were freed ... and 8 remain captive", "2 of the constables were released; 4 remain missing": a bare count of those
 * still held or missing right after a count of the freed in its sentence is the rest of the same people. */
export function restAfterFreed(p: FigureCandidate, c: FigureCandidate): void {
  if (c.how !== 'post' || c.group !== 'people' || c.knownGroup || c.g1 !== c.mention.t1 || c.lead !== undefined || c.parts_of) return;
  if ((c.measure !== 'held' && c.measure !== 'missing') || p.measure !== 'freed' || p.drop || p.group === 'people') return;
  c.group = p.group;
}

export function keep(c: FigureCandidate): boolean {
  // A count with no measure word is not coded: on the dev set, calling every such count "other" cost far
  // more precision than it gained.
  if (c.drop || c.modal || !c.measure) return false;
  // a noun we do not list is only a group of people when a people-only verb says so
  if (!c.knownGroup && c.g1 > c.mention.t1 && c.how !== 'post' && c.how !== 'part' && (c.how === 'noun' ||
    c.measure === 'present' || c.measure === 'affected' || c.measure === 'other' ||
    // (the evacuated or relocated counted by a noun that reads as a person are people: "evacuated 41 campers")
    (c.measure === 'displaced' && !PERSON_NOUN.test(c.group)))) return false;
  return true;
}

const DIED_WORDS = figureWords('died-word');
const SCENE_WORDS = figureWords('scene-word');
/** "4 died at the scene, 3 in hospital", "two died on the spot and one in hospital": the second count shares the verb
 * of death; its place says where they died, not that they are hurt. */
export function diedThenInHospital(tokens: Token[], p: FigureCandidate, c: FigureCandidate): void {
  // ("Eleven died at the scene and three others in hospital": "others" is no noun of its own)
  const others = c.g1 === c.mention.t1 + 1 && (tokens[c.mention.t1].low === 'others' || tokens[c.mention.t1].low === 'more');
  if (p.measure !== 'killed' || c.measure !== 'injured' || (c.g1 > c.mention.t1 && !others) || c.sent !== p.sent) return;
  const at = c.mention.t0;
  if (at < 1 || (tokens[at - 1].low !== ',' && tokens[at - 1].low !== 'and')) return;
  let died = false;
  let scene = false;
  for (let k = p.mention.t1; k < at - 1; k++) {
    if (DIED_WORDS.has(tokens[k].low)) died = true;
    if (SCENE_WORDS.has(tokens[k].low)) scene = true;
    if (tokens[k].kind === 'num') return;
  }
  let k = others ? c.g1 : c.mention.t1;
  if (!(tokens[k]?.low === 'in' || tokens[k]?.low === 'at')) return;
  k++;
  if (tokens[k]?.low === 'the' || tokens[k]?.low === 'a') k++;
  if (!died || !scene || !CARE_PLACES.has(tokens[k]?.low ?? '')) return;
  c.measure = 'killed';
  c.group = p.group;
}
