// People staying somewhere or rescued from it: shelters, camps, stranded people lifted out. Whether a
// count is displaced, present or freed depends on where they stayed and when.
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import { lexicons, type MeasureSlot } from '../lexicon/index.js';
import { bracketedFigure, figureWords, PERSON_NOUN, STAY, BE, lyAdverb } from './words.js';
import { type FigureCandidate, pastCount, giveMeasure } from './candidate.js';
import { restatedFrom } from './distractors.js';
import { hyphenAdverb } from './post-measure.js';
import { isNumberWord } from '../numbers.js';

const SHELTER_MOVE = figureWords('shelter-move');
const SHELTERS = figureWords('shelter');
const LIFT = figureWords('lift');
const STRANDED = figureWords('stranded-place');
/** Verbs of taking people in somewhere ("registered 212 people at the relief centre"). */
const TAKEN_IN = figureWords('taken-in');
const AUXILIARIES = new Set(['had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'being', 'be', 'since', 'already',
  'now', 'all', 'reportedly']);

/** Where a count of people was brought or stays (figure-words.txt shelter roles):
 * "14,000 residents had been moved to 62 cyclone shelters" and "a temporary shelter, where 21 residents ... are
 * staying" are displaced; "took 143 people off rooftops by boat" is a rescue (freed). */
export function shelterOrRescue(doc: Document, c: FigureCandidate): void {
  const { tokens } = doc;
  const t0 = doc.sentences[c.sent].t0;
  const end = Math.min(doc.sentences[c.sent].t1, tokens.length);
  if (!(c.knownGroup || PERSON_NOUN.test(c.group) || c.group === 'people')) return;
  const after = pastCount(c);
  // (a count already present may only be found staying in a shelter below)
  const bare = !c.measure;
  // rescue: "took/lifted/plucked N people off rooftops", "from the roofs of their houses"
  const v = c.mention.t0 - 1;
  if (bare && v >= t0 && LIFT.has(tokens[v].low) && after < end && (tokens[after].low === 'off' || tokens[after].low === 'from') &&
    markAtWord(tokens, c, after + 1, Math.min(end, after + 4), STRANDED, 'freed', 'pre')) return;
  // moved: "had been moved to 62 cyclone shelters", "were shifted to relief camps"
  // ("residents of two villages, approximately 2,300 persons, were shifted": a count set off as an apposition shares
  // the verb after its closing comma)
  let k = after < end && tokens[after].low === ',' && c.mention.t0 > t0 && tokens[c.mention.t0 - 1].low === ',' ? after + 1 : after;
  // ("some 120 families (approx. 700 people) from low-lying neighbourhoods had moved to schools": past the bracket that
  // restates them and the place they came from, up to its auxiliary)
  if (k < end && tokens[k].low === ')' && c.mention.t0 > t0 && restatedFrom(tokens, c.mention, t0) >= 0) k++;
  // ("Around 2,000 residents of two villages were moved": the same after "of", a count of places inside)
  if (k < end && (tokens[k].low === 'from' || tokens[k].low === 'of')) {
    let j = k + 1;
    while (j < Math.min(end, k + 8) && (tokens[j].kind === 'word' || tokens[j].low === '-' || tokens[j].kind === 'num') &&
      !AUXILIARIES.has(tokens[j].low)) j++;
    if (j > k + 1 && j < end && AUXILIARIES.has(tokens[j].low)) k = j;
  }
  // ("were temporarily shifted": an adverb between the auxiliary and the verb)
  while (k < end && (AUXILIARIES.has(tokens[k].low) || (k > after && tokens[k].low.length > 5 && lyAdverb(tokens[k].low)) ||
    (k > after && hyphenAdverb(tokens, k)))) k += k > after && hyphenAdverb(tokens, k) ? 3 : 1;
  if (bare && k + 1 < end && SHELTER_MOVE.has(tokens[k].low) && tokens[k + 1].low === 'to' &&
    markAtWord(tokens, c, k + 2, Math.min(end, k + 7), SHELTERS, 'displaced', 'post', (t) => t.kind === 'punct' && t.low !== '-')) return;
  // ("the authorities moved 3,000 villagers to safer areas": the active verb before its object)
  if (bare && v >= t0 && SHELTER_MOVE.has(tokens[v].low) && after + 1 < end && tokens[after].low === 'to' &&
    markAtWord(tokens, c, after + 1, Math.min(end, after + 6), SHELTERS, 'displaced', 'pre', (t) => t.kind === 'punct' && t.low !== '-')) return;
  // ("Red Cross volunteers registered 212 people at the relief centre", "accommodated 86 people in an evacuation
  // centre": taken in at a shelter are displaced)
  // ("At the relief centre set up in the hall, volunteers registered 212 people": the place may open the sentence)
  if (bare && v >= t0 && TAKEN_IN.has(tokens[v].low) &&
    ((after + 1 < end && (tokens[after].low === 'at' || tokens[after].low === 'in') &&
      markAtWord(tokens, c, after + 1, Math.min(end, after + 6), SHELTERS, 'displaced', 'pre', (t) => t.kind === 'punct' && t.low !== '-')) ||
    (opensOnPlace(tokens, t0, v) && markAtWord(tokens, c, t0 + 1, Math.min(v, t0 + 6), SHELTERS, 'displaced', 'pre', (t) => t.kind === 'punct')))) return;
  if (stayPlace(tokens, c, after, end)) return;
  // staying: "a school turned shelter, where 21 residents whose homes were destroyed are staying"
  let w = c.mention.t0 - 1;
  while (w > t0 && w >= c.mention.t0 - 3 && tokens[w].low !== 'where') w--;
  if (w <= t0 || tokens[w].low !== 'where') return;
  let shelter = false;
  for (let j = w - 1; j >= Math.max(t0, w - 4); j--) if (SHELTERS.has(tokens[j].low)) shelter = true;
  if (!shelter) return;
  markAtWord(tokens, c, after, Math.min(end, after + 10), STAY, 'displaced', 'post', (t) => t.low === ',' || t.low === ';');
}

/** The sentence opens on "At" or "In", a place's preposition, a few words before the verb at `v`. */
function opensOnPlace(tokens: Token[], t0: number, v: number): boolean {
  return v - t0 >= 3 && (tokens[t0].low === 'at' || tokens[t0].low === 'in');
}

const STAY_PLACES = figureWords('stay-place');
const STAY_IF_PLACE = figureWords('stay-if-place');
/** A time clause of the event follows in the same clause ("... when the fire broke out", "as the flames spread"). */
function atTheTime(tokens: Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 8); j++) {
    const w = tokens[j].low;
    // (not "schools and gyms opened as shelters": "as" after a participle says what a place serves as)
    if (w === 'when' || w === 'as' && !(j > from && /ed$/.test(tokens[j - 1].low))) return true;
    if (w === '.' || w === ';' || w === ',' || tokens[j].kind === 'num') return false;
  }
  return false;
}
const OVERNIGHT_MOVES = new Set(['moved', 'shifted', 'relocated']);
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', 'and', 'while', 'after', 'since', 'as']);
const ONE_PLACE = new Set(['camp', 'church', 'chapel', 'monastery', 'mosque']);
const STAY_STOPS = new Set(['.', ';', ':', 'while', 'whereas', 'but', 'who', 'which', 'when', 'after', 'said', 'says']);
/** A count's own clause goes on to say where its people stay or were moved since the disaster (figure-words.txt
 * `stay-place`): "residents of towns on the slopes spent a third night in evacuation centres", "9,412 people were
 * staying in 31 evacuation centres", "1,500 residents living next to the plant were moved to temporary shelters",
 * "1,150 people have been moved by ferry to Santo, and are staying with host families" → displaced. The clause
 * ends at another count, another measure word or a new clause. */
function stayPlace(tokens: Token[], c: FigureCandidate, after: number, end: number): boolean {
  const lex = lexicons();
  const stop = Math.min(end, after + 16);
  for (let j = after; j < stop; j++) {
    // (a figure written again in brackets after its words: "six (6) evacuation centers")
    if (bracketedFigure(tokens, j, stop)) {
      j += 2;
      continue;
    }
    const w = tokens[j].low;
    // ("9,412 people from 2,760 families were staying": a count after a preposition only says where they came from)
    // ("the two adjoining ones": a number after "the" points at things named before, no new count)
    // ("61,500 people were staying in 72 centres": a count of the places themselves)
    // ("1,630 persons are staying in six (6) evacuation centers": the figure again in brackets)
    const p = bracketedFigure(tokens, j + 1, end) ? j + 4 : j + 1;
    const places = j > after && (tokens[j - 1].low === 'in' || tokens[j - 1].low === 'at') && p < end &&
      (STAY_PLACES.has(tokens[p].low) || STAY_PLACES.has(tokens[p + 1]?.low ?? ''));
    if (STAY_STOPS.has(w) || (tokens[j].kind === 'num' || isNumberWord(tokens[j])) && !places &&
      !(j > after && (tokens[j - 1].low === 'from' || tokens[j - 1].low === 'of' || tokens[j - 1].low === 'the'))) return false;
    // ("34 people had been taken from St Monica's Catholic Church": a move from a place is no stay there)
    if (SHELTER_MOVE.has(w) && tokens[j + 1]?.low === 'from') continue;
    // ("4,200 people were now in the two camps": being in such a place)
    // ("24,870 persons are inside 212 evacuation centers": inside as in)
    const beIn = (w === 'in' || w === 'inside') && j > after && (BE.has(tokens[j - 1].low) || (tokens[j - 1].low === 'now' ||
      tokens[j - 1].low === 'still') && BE.has(tokens[j - 2]?.low ?? ''));
    // ("about 8,000 people were sheltering", "about 900 are being housed": a stay that ends its clause, after the event)
    if ((w === 'sheltering' || w === 'housed' && tokens[j - 1]?.low === 'being') && j > after &&
      (j + 1 >= end || CLAUSE_ENDS.has(tokens[j + 1].low)) && !atTheTime(tokens, j + 1, end) &&
      // (not a place's people when it happened: "a fire broke out in the station, where 87 were being housed")
      !(c.mention.t0 > 0 && tokens[c.mention.t0 - 1].low === 'where')) {
      giveMeasure(c, 'displaced', 'post', j + 1);
      return true;
    }
    if (!(STAY.has(w) || SHELTER_MOVE.has(w) || STAY_IF_PLACE.has(w) || w === 'spent' || w === 'spending' || beIn)) {
      // ("were sheltering" is a cue of being there: the place after it decides)
      if (lex.measureSlots.post.at(tokens, j, end, (m) => m !== 'present')) return false;
      continue;
    }
    for (let k = j + 1; k < Math.min(end, j + 12); k++) {
      if (bracketedFigure(tokens, k, end)) {
        k += 2;
        continue;
      }
      if (tokens[k].kind === 'punct' && tokens[k].low !== '-') break;
      // ("46 residents of the block and the two adjoining ones had been moved to a hotel and a sports school for the
      // night", "about 1,100 residents of Hassanabad and the hamlet of Khizerabad had spent the night in schools"): a
      // stay or move for the night, away from home after the event, is displacement whatever the place
      // ("around 1,500 people moved overnight to two school buildings": the same said with "overnight")
      // ("Between 300 and 400 people spent last night at the Casino centre")
      const night = tokens[k].low === 'night' && (tokens[k - 1].low === 'the' || tokens[k - 1].low === 'last') &&
        (tokens[k - 2]?.low === 'for' || k - 2 === j && (w === 'spent' || w === 'spending')) || tokens[k].low === 'overnight' && k === j + 1 && OVERNIGHT_MOVES.has(w);
      if (night && !atTheTime(tokens, k + 1, end)) {
        giveMeasure(c, 'displaced', 'post', k + 1);
        return true;
      }
      if (k >= j + 8) continue;
      // ("about 200 residents were sheltering in a primary school": after "sheltering" any shelter)
      // (one camp or house of worship slept in is where they were when it happened: "Nineteen workers were sleeping at
      // the camp and seven of them escaped")
      // (nor one camp people were moved or taken to: "taken to the police camp for questioning", "the hostages were
      // moved to a second camp")
      if (STAY_PLACES.has(tokens[k].low) && !((w === 'sleeping' || beIn || SHELTER_MOVE.has(w)) && ONE_PLACE.has(tokens[k].low)) ||
        w === 'sheltering' && SHELTERS.has(tokens[k].low)) {
        // ("300 people were staying in the camp when the fire broke out": there when it happened, present)
        if (atTheTime(tokens, k + 1, end)) return false;
        giveMeasure(c, 'displaced', 'post', k + 1);
        return true;
      }
    }
  }
  return false;
}

/**
 * The first of `words` in tokens [from, to), before any token `stop` says ends the phrase, gives the count its
 * measure (and reaches past it); false when there is none.
 */
function markAtWord(tokens: Token[], c: FigureCandidate, from: number, to: number, words: Set<string>, measure: Measure,
  how: MeasureSlot, stop: (t: Token) => boolean = () => false): boolean {
  for (let j = from; j < to; j++) {
    if (stop(tokens[j])) return false;
    if (words.has(tokens[j].low)) {
      giveMeasure(c, measure, how, j + 1);
      return true;
    }
  }
  return false;
}
