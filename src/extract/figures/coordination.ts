// Counts of one sentence that share a verb or a list ("killing 4 customers and wounding 9", "7
// soldiers killed, 4 wounded"): which count a bare one takes its verb and group from.
import type { Document, Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { thenObject } from '../states.js';
import { figureWords, WHOLE_DETERMINERS, POST_SKIP, FUNCTION, BANDS_OF, HARM_HEADS, PLACE_PREPS, BE, POSSESSIVES, ARTICLES,
  LIST_GLUE, onePickedOut, oneNamedBefore, isCap } from './words.js';
import { type FigureCandidate, type GroupHit, pastCount } from './candidate.js';
import { slotCue } from './cues.js';
import { isRate } from './distractors.js';
import { bandSized } from './group.js';
import { attackersSized } from './attackers-sized.js';
import { asideEnd } from './asides.js';
import { tollLabel } from './labels.js';

/** Words after which a number starts a subject or a "with"/"of" phrase. */
const SUBJECT_LEAD = new Set([',', ';', ':', '(', '-', '\u2014', 'and', 'with', 'of', 'the', 'its', 'their', 'all',
  'including', 'were', 'are', 'was', 'had', 'has', 'have', 'by', 'but', 'while', 'as', 'when', 'where', 'some',
  'about', 'around', 'saw', 'seen', 'see', 'sees', 'counted', 'spotted', 'noticed', 'watched', 'at', 'there']);
const REPORTED_LEAD = new Set(['said', 'says', 'say', 'that', 'told']);
const WHICH_OPEN = new Set(['after', 'during', 'before', 'upon', 'whereupon']);

const ELLIPSIS_GLUE = new Set(['then', 'and', ',', 'later']);

const TIME_OPEN = new Set(['at', 'on', 'in', 'around', 'by', 'early', 'late', 'shortly', 'before']);
const OPENING_TIME = figureWords('opening-time');

/** "At dawn two gunmen ...", "On Monday 12 gunmen ...", "At 07:50 two armed men ...": a clause opens on a short
 * time phrase (at most five tokens after its preposition) right before the count at `at`. */
function openingTime(tokens: Token[], at: number, t0: number): boolean {
  // (the phrase may open a clause after a comma: "According to first reports, at approximately 07:50 two armed men")
  for (let k = at - 1; k >= Math.max(t0, at - 6); k--) {
    const t = tokens[k];
    if (TIME_OPEN.has(t.low)) return k < at - 1 && (k === t0 || tokens[k - 1].low === ',');
    if (!(t.kind === 'num' || t.low === ':' || t.low === 'the' || TIME_HEDGES.has(t.low) || OPENING_TIME.has(t.low))) return false;
  }
  return false;
}
const TIME_HEDGES = new Set(['about', 'approximately', 'around', 'roughly']);

/** Counts of one sentence that share a verb or a list: a coder's list after a toll label, coordination, a list's
 * finite verb, a long subject's verb, a second object of the same verb, a gapped clause, people who were there. */
export function sharedVerbs(doc: Document, si: number, out: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>): void {
  const { tokens } = doc;
  const lex = lexicons();
  const { t0, t1 } = doc.sentences[si];
  // A coder's list after a toll label: "Reported fatalities vary: 9 (police), 15 (local leader), 'about 30'
  // (residents)" — every count of the list with no cue of its own is a count of the dead
  const listEnd = tollLabel(tokens, t0, t1);
  if (listEnd > 0) {
    for (const c of out) {
      if (c.measure || c.drop || c.mention.t0 < listEnd || (c.mention.low === 0 && c.mention.high === 0)) continue;
      const g = hits.get(c);
      if (g && !g.known) continue;
      c.measure = 'killed';
      c.how = 'nom';
    }
  }
  // Coordination: "12 soldiers and 3 civilians were killed", "killed 12 soldiers and 3 civilians"
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? out.map((_, i) => i) : out.map((_, i) => out.length - 1 - i);
    for (const i of order) {
      const c = out[i];
      if (c.measure || hits.get(c)?.anaphor) continue;
      const nb = pass === 0 ? out[i - 1] : out[i + 1];
      if (!nb || !nb.measure || nb.drop) continue;
      // ("the remaining 12 seafarers, one of them wounded by gunfire, sailed the vessel": a share picked out of the
      // count by "of them" says nothing of the rest)
      if (pass === 1 && hits.get(nb)?.anaphor) continue;
      const [a, b] = pass === 0 ? [nb, c] : [c, nb];
      if (isCoordinated(tokens, a, b)) {
        c.measure = nb.measure;
        c.how = 'coord';
        c.modal = nb.modal;
        if (nb.parts_of) c.parts_of = nb.parts_of;
      }
    }
  }
  // "Four patients, one nurse and two drivers were killed": the finite verb after a list is every item's, over a
  // noun's own cue ("patients" alone read as hurt) and what that cue passed on along the list
  for (let i = out.length - 1; i > 0; i--) {
    const last = out[i];
    if (last.drop || last.modal) continue;
    // ("Four of the five passengers died": the whole after its part has no verb of its own; the verb is the part's)
    const m0 = last.mention.t0;
    if (m0 - 2 >= t0 && WHOLE_DETERMINERS.has(tokens[m0 - 1].low) && tokens[m0 - 2].low === 'of' && out[i - 1].mention.t1 === m0 - 2) continue;
    // (the last item's own verb, even where a cue along the list got there first: "five patients and one orderly
    // were killed")
    const own = last.how === 'post' ? last.measure :
      last.how === 'coord' || last.how === 'noun' ? slotCue(tokens, pastCount(last), t1, 'post')?.measure : undefined;
    if (!own) continue;
    // ("pulled out 11 bodies and more than 40 injured": "injured" heads the last item itself, no verb of the list)
    // ("3 deaths and 22 injured persons have been added": an adjective of harm before the last item's noun is its own
    // too)
    const ownHead = HARM_HEADS.has(tokens[last.mention.t1]?.low ?? '');
    if (last.measure !== own) { last.measure = own; last.how = 'post'; }
    if (ownHead) continue;
    for (let j = i - 1; j >= 0; j--) {
      const c = out[j];
      // ("recovered 6 survivors, two of them suffering from hypothermia": a share picked by "of them" is no next item
      // of a list; its verb is its own)
      // ("Of the 47 occupants, 44 passengers ..., two passengers were killed": the whole a sentence opens on is no item)
      if (c.mention.t0 === t0 + 2 && tokens[t0].low === 'of' && tokens[t0 + 1].low === 'the') break;
      // ("19 deaths and 4 people missing": a noun that names the dead takes no other verb of the list)
      if (hits.get(c)?.implied === 'killed' && own !== 'killed') break;
      // ("two police officers escorting the train and one passenger were killed": the first item may carry a short
      // phrase of where it was or what it did, closed by "and")
      const modified = j === i - 1 && !c.measure && modifierThenAnd(tokens, c.g1, out[j + 1].mention.t0);
      if (modified && own !== 'present' && hits.get(c) && !hits.get(c)?.anaphor && !hits.get(out[j + 1])?.anaphor) {
        c.measure = own;
        c.how = 'coord';
        break;
      }
      if ((c.how !== 'noun' && c.how !== 'coord') || c.drop || hits.get(c)?.anaphor || hits.get(out[j + 1])?.anaphor ||
        !isCoordinated(tokens, c, out[j + 1]) || !plainListGlue(tokens, c.g1, out[j + 1].mention.t0)) break;
      c.measure = own;
      c.how = 'coord';
    }
  }
  // "A total of 112 personnel and 19 units of equipment of the MES, ..., as well as 30 volunteers, are involved": a
  // release's long subject opened by "a total of" takes the finite verb at its end, past the bodies and asides in it
  totalOfSubject(tokens, out, (c) => hits.get(c), t0, t1);
  toPlaceList(tokens, out);
  // "freed 18 passengers on Thursday, then a further 22 passengers on Friday": a second object with "another" / "a
  // further" after the first object of an active verb, with only times and places between, is more of the same verb
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    if (c.measure || c.drop || !c.mention.increment || hits.get(c)?.anaphor) continue;
    let j = i - 1;
    while (j >= Math.max(0, i - 8) && (out[j].parts_of || out[j].drop)) j--;
    const nb = j >= 0 ? out[j] : undefined;
    // ("recovered seven bodies overnight and two more this morning": a noun that is its own measure, bodies, is
    // counted on by a bare "N more" as an object is)
    const ownNoun = nb?.how === 'noun' && !!nb.measure && hits.get(nb)?.implied === nb.measure && !hits.get(c);
    if (!nb || nb.drop || nb.parts_of || (nb.how !== 'pre' && !ownNoun) || !nb.measure || nb.modal) continue;
    const from = pastCount(nb);
    if (c.mention.t0 - from > 12 || c.mention.t0 <= from || !ELLIPSIS_GLUE.has(tokens[c.mention.t0 - 1].low)) continue;
    let plain = true;
    for (let k = from; k < c.mention.t0 && plain; k++) {
      // (a place after the object, "inside the block", is where, not a cue of its own)
      if (k === from && PLACE_PREPS.has(tokens[k].low)) continue;
      if (tokens[k].kind === 'num' || lex.reporting.has(tokens[k].low) || slotCue(tokens, k, t1, 'pre') ||
        slotCue(tokens, k, t1, 'post') || tokens[k].low === ';' || BE.has(tokens[k].low)) plain = false;
    }
    if (!plain) continue;
    c.measure = nb.measure;
    c.how = 'coord';
    if (c.group === 'people' && !hits.get(c)) c.group = nb.group;
  }
  // "treated nine people for smoke inhalation and two for burns": a gapped clause repeats the verb of the count before
  // it, with a "for" phrase of its own parallel to that count's
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const nb = out[i - 1];
    const after = pastCount(c);
    if (c.measure || c.drop || !nb.measure || nb.drop || nb.modal || c.mention.t0 <= t0 ||
      !(tokens[c.mention.t0 - 1].low === 'and' || tokens[c.mention.t0 - 1].low === ',') ||
      after >= t1 || tokens[after].low !== 'for') continue;
    const from = pastCount(nb);
    let parallel = false;
    for (let k = from; k < c.mention.t0 - 1 && k < from + 12; k++) {
      if (tokens[k].kind === 'num' || tokens[k].low === ';' || tokens[k].low === '.') break;
      if (tokens[k].low === 'for') parallel = true;
    }
    if (!parallel) continue;
    c.measure = nb.measure;
    c.how = 'coord';
  }
  // How many attackers there were ("Four gunmen stormed the bank", "a group of 10 militants"); passengers and
  // crew only exist aboard. Counted with no cue of their own, as a subject or after "with"/"of", they were
  // there (guide: present) — but not as the object of an unrelated verb ("trains run to carry 1,000 passengers").
  for (const c of out) {
    const g = hits.get(c);
    const m = c.mention;
    if (c.measure || !g?.known || g.anaphor || m.increment || c.quantifier || m.low === 0 && m.high === 0) continue;
    // ("when one of the robbers panicked", "one of them kept shouting": one person picked out of a band is no count of it)
    if (onePickedOut(tokens, m)) continue;
    const prev = m.t0 > t0 ? tokens[m.t0 - 1].low : '';
    // passengers and crew only exist aboard: "a bus with 45 passengers", "the ferry and its 12 crew"
    // ("a minibus with nine occupants")
    // ("took off with a pilot and six passengers": one of the crew named first)
    const one = oneNamedBefore(tokens, m.t0, t0);
    const lead = one > t0 ? tokens[one - 1].low : prev;
    const aboard = (g.group === 'passengers' || g.group === 'crew' || tokens[g.g1 - 1].low === 'occupants') &&
      (lead === 'with' || lead === 'its');
    // ("a group of about 60 detainees set fire to mattresses": a band of any people, named by its size)
    const band = prev === 'of' && m.t0 - 2 >= t0 && BANDS_OF.has(tokens[m.t0 - 2].low) && m.t0 - 3 >= t0 &&
      (tokens[m.t0 - 3].low === 'a' || tokens[m.t0 - 3].low === 'the');
    // ("an armed group of about 30 men attacked the station": men of an armed band are its attackers)
    const armed = prev === 'of' && (g.group === 'men' || g.group === 'people') && bandSized(tokens, m.t0, t0);
    if (g.group !== 'attackers' && !aboard && !band && !armed) continue;
    // ("Witnesses said three or four gunmen on motorbikes drove up": the subject of a reported clause)
    // ("a car bomb exploded at the gate, after which between five and seven gunmen ran inside")
    const afterWhich = prev === 'which' && m.t0 - 2 >= t0 && WHICH_OPEN.has(tokens[m.t0 - 2].low);
    if (prev !== '' && !SUBJECT_LEAD.has(prev) && !afterWhich && !(g.group === 'attackers' && REPORTED_LEAD.has(prev)) &&
      !openingTime(tokens, m.t0, t0)) continue;
    const headAfter = g.g1 < t1 ? tokens[g.g1] : undefined; // "militant factions": not the head noun
    if (headAfter && headAfter.kind === 'word' && headAfter.low.endsWith('s') && !POST_SKIP.has(headAfter.low) &&
      !lex.measures.at(tokens, g.g1, t1)) continue;
    if (isRate(tokens, c.reach, t1)) continue;
    c.measure = 'present';
    c.how = 'noun';
    if (armed) c.group = 'attackers';
  }
  // How many attackers there were: a band's size with no noun after the count ("an armed bandit group of 100+ on
  // motorcycles raided the village"), or the attackers sized right after they are named ("the gunmen were "not less
  // than twenty"", "the hijackers, 11 in all, had kept the crew")
  for (const c of out) {
    if (c.drop || c.mention.increment) continue;
    const g = hits.get(c);
    const band = !c.measure && !g && bandSized(tokens, c.mention.t0, t0);
    // (a plain "there were" count of people may be the band too: "There were maybe 40 or 50 of them")
    const named = !band && (!c.measure || c.measure === 'present' && c.group === 'people') &&
      attackersSized(tokens, c.mention.t0, c.mention.t1, g?.g1 ?? c.mention.t1, g?.group, t0, t1);
    if (!band && !named) continue;
    c.measure = 'present';
    c.how = 'noun';
    c.group = 'attackers';
    c.knownGroup = true;
    // ("There were maybe 20 of them": "them" is the band, no share of the people counted before)
    if (named && g?.anaphor) hits.set(c, { ...g, anaphor: false, group: 'attackers' });
  }
  // ("freed 18 passengers on Thursday, then a further 22 on Friday": a later object of the same active verb)
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const nb = out[i - 1];
    if (c.measure || c.drop || nb.drop || nb.how !== 'pre' || !nb.measure || nb.modal) continue;
    if (thenObject(tokens, c.mention.t0, pastCount(c), nb.reach, t0)) {
      c.measure = nb.measure;
      c.how = 'coord';
    }
  }
  // ("took off with 118 passengers and six crew members": the list aboard shares its first item's measure)
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const nb = out[i - 1];
    if (c.measure || c.drop || hits.get(c)?.anaphor || !hits.get(c)?.known || nb.drop || nb.measure !== 'present' ||
      nb.how !== 'noun' || !isCoordinated(tokens, nb, c)) continue;
    c.measure = 'present';
    c.how = 'coord';
  }
}
/** A reporting verb between two counts (at most 30 tokens): the later count is a speaker's own tally. */
export function reportedBetween(tokens: Token[], from: number, to: number): boolean {
  const lex = lexicons();
  // ("admitted 146 patients, according to its superintendent, Dr X, who said 12 were in intensive care": the speaker
  // of the count before, going on in a relative clause, gives no other tally)
  // ("according to" after the count before credits that count)
  for (let k = from; k < Math.min(to, from + 30); k++) {
    if (lex.reporting.has(tokens[k].low) && tokens[k - 1]?.low !== 'who' && tokens[k].low !== 'according') return true;
  }
  return false;
}

/** "killing 4 customers and wounding 9": the bare number's own active verb follows the first figure with only
 * list glue between (no new subject, no clause). */
export function secondVerb(tokens: Token[], first: FigureCandidate, c: FigureCandidate, t0: number): boolean {
  const cue = lexicons().measureSlots.pre.endingAt(tokens, c.mention.t0, t0);
  // a verb of one word ("wounding", "injured", "injures"), not a noun phrase cue ("a crew of two")
  if (!cue || cue.length !== 1 || !/(ing|ed|es)$/.test(tokens[c.mention.t0 - 1].low)) return false;
  const verb = c.mention.t0 - cue.length;
  let from = asideEnd(tokens, Math.max(first.g1, first.reach), verb);
  from = asideEnd(tokens, singleCoObject(tokens, from, verb), verb);
  if (verb <= from || verb - from > 3) return false;
  for (let k = from; k < verb; k++) if (!LIST_GLUE.has(tokens[k].low)) return false;
  return true;
}

/** "killing 9 pilgrims and the driver, and wounding 17": one more person named without a number ("and the driver",
 * "and their guide") joined to the first object before the closing comma; returns that comma, or `from`. */
function singleCoObject(tokens: Token[], from: number, limit: number): number {
  if (from + 3 >= limit || tokens[from].low !== 'and' || !(ARTICLES.has(tokens[from + 1].low) || POSSESSIVES.has(tokens[from + 1].low))) return from;
  for (let k = from + 2; k < limit && k - from <= 5; k++) {
    const t = tokens[k];
    if (t.low === ',') return k > from + 2 ? k : from;
    if (t.kind !== 'word' || FUNCTION.has(t.low) || lexicons().measureSlots.pre.at(tokens, k, k + 1)) return from;
  }
  return from;
}

const SUBJECT_END = new Set(['are', 'were', 'have', 'has', 'had']);
function totalOfSubject(tokens: Token[], out: FigureCandidate[], hit: (c: FigureCandidate) => { known?: boolean } | undefined,
  t0: number, t1: number): void {
  const first = out.find((c) => c.mention.t0 >= t0 && c.mention.t0 < t1);
  if (!first || first.measure || first.drop || first.mention.t0 !== t0 || tokens[t0].low !== 'a' ||
    tokens[t0 + 1].low !== 'total' || tokens[t0 + 2].low !== 'of') return;
  // the first auxiliary after a comma (the end of the subject) must open a cue of its own
  let k = pastCount(first);
  while (k < t1 && !(SUBJECT_END.has(tokens[k].low) && tokens[k - 1].low === ',')) {
    if (tokens[k].low === ';' || tokens[k].low === '.') return;
    k++;
  }
  const cue = k < t1 ? slotCue(tokens, k, t1, 'post') : undefined;
  if (!cue) return;
  for (const c of out) {
    if (c.mention.t0 < t0 || c.mention.t0 >= k || c.measure || c.drop) continue;
    if (c !== first && !hit(c)?.known) continue; // ("19 units of equipment" are no people)
    c.measure = cue.measure;
    c.how = 'post';
  }
}

const WHERE_OPEN = new Set(['on', 'in', 'at', 'aboard', 'inside']);
/** "escorting the train and", "on the bus and": an -ing word or a place preposition opening at most five words with no
 * comma or count, then "and" right before `to`. */
function modifierThenAnd(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > 7 || tokens[to - 1].low !== 'and') return false;
  const open = tokens[from];
  if (!(WHERE_OPEN.has(open.low) || (open.low.endsWith('ing') && open.text[0] === open.low[0] && open.low.length > 5))) return false;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].kind !== 'word' || tokens[k].low === 'and') return false;
  return true;
}

/** Only a comma or an "and" between two items ("four patients, one nurse and two drivers"): a semicolon or ", and"
 * may open a clause of its own ("killing 17 VDP and 4 soldiers; several others were wounded"). */
function plainListGlue(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 2 && tokens[from].low === ',' && tokens[from + 1].low === 'and') return false;
  for (let k = from; k < to; k++) if (tokens[k].low !== ',' && tokens[k].low !== 'and') return false;
  return to > from;
}

export function isCoordinated(tokens: Token[], a: FigureCandidate, b: FigureCandidate): boolean {
  if (a.g1 > b.mention.t0) return false;
  // ("three employees of the colony and seventeen convicted persons perished": where the first come from, then "and")
  const from = originEnd(tokens, a.g1, b.mention.t0);
  if (b.mention.t0 - from > 3) return false;
  // "23 children and their two teachers are safe": a possessive may open the second noun phrase
  // ("26 passengers and all six crew members were still held": so may "all")
  // ("the death of four police agents and of one soldier": translated copy says the preposition of the first again)
  const againOf = (k: number): boolean => tokens[k].low === 'of' && k === b.mention.t0 - 1 && tokens[k - 1].low === 'and' &&
    tokens[a.mention.t0 - 1]?.low === 'of';
  for (let k = from; k < b.mention.t0; k++) {
    if (!LIST_GLUE.has(tokens[k].low) && !(k === b.mention.t0 - 1 && (POSSESSIVES.has(tokens[k].low) || tokens[k].low === 'all')) &&
      !againOf(k)) return false;
    // ("injuring 35 others as thousands of employees rushed out": a lone "as" opens a clause of its own, only "as well
    // as" joins a list)
    if (tokens[k].low === 'as' && tokens[k + 1]?.low !== 'well' && tokens[k - 1]?.low !== 'well') return false;
    // ("seized four traders while 30 villagers slipped away": "while" before a count opens its clause too)
    if (tokens[k].low === 'while' && k === b.mention.t0 - 1) return false;
  }
  return b.mention.t0 > a.g1 || a.g1 === b.mention.t0;
}

/** From `k`, past "of (the) <up to four words>" closed by "and" before `end` (no cue, count or comma inside); else k. */
function originEnd(tokens: Token[], k: number, end: number): number {
  if (tokens[k]?.low !== 'of' || end - k > 8) return k;
  let j = k + 1;
  if (ARTICLES.has(tokens[j]?.low ?? '')) j++;
  const first = j;
  while (j < end && tokens[j].kind === 'word' && !FUNCTION.has(tokens[j].low) && !lexicons().measures.at(tokens, j, j + 1)) j++;
  return j > first && j < end && tokens[j].low === 'and' ? j : k;
}

/** "the injured have been sent to three hospitals: 15 to the Central Hospital, eight to the Third People's Hospital and
 * four to the Weibin District Hospital": counts each sent "to" a named place, joined by commas and "and", share the
 * measure and group of the first (the verb that sent them stands once, before the list). */
function toPlaceList(tokens: Token[], out: FigureCandidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i];
    if (!first.measure || first.drop || first.modal) continue;
    // ("Three of the injured were taken to Cho Ray Hospital and one to ...": the first may carry the verb)
    let firstEnd = -1;
    for (let k = pastCount(first); k < Math.min(tokens.length, pastCount(first) + 5) && firstEnd < 0; k++) {
      if (tokens[k].kind === 'num' || tokens[k].low === ',' || tokens[k].low === '.') break;
      firstEnd = placeAfterTo(tokens, k);
    }
    if (firstEnd < 0) continue;
    for (let j = i + 1; j < out.length; j++) {
      const c = out[j];
      const prev = out[j - 1];
      if (c.measure || c.drop) break;
      const end = j === i + 1 ? firstEnd : placeAfterTo(tokens, pastCount(prev));
      // (the glue between: a comma or "and", then the next count and its own "to <place>")
      let k = end;
      if (tokens[k]?.low === ',') k++;
      if (tokens[k]?.low === 'and') k++;
      if (end < 0 || k !== c.mention.t0 || placeAfterTo(tokens, pastCount(c)) < 0) break;
      c.measure = first.measure;
      c.how = 'coord';
      if (!c.knownGroup) c.group = first.group;
    }
  }
}

/** "to (the) <capitalised name>" at `k` (an owner's "'s" and "of" inside): where it ends, else -1. */
function placeAfterTo(tokens: Token[], k: number): number {
  if (tokens[k]?.low !== 'to') return -1;
  let j = k + 1;
  if (tokens[j]?.low === 'the') j++;
  const name = j;
  // ("the Maternity and Children's Hospital": "and" between two capitalised words of the name)
  while (j < tokens.length && j - name < 10 && (isCap(tokens[j]) || tokens[j].low === "'s" ||
    ((tokens[j].low === 'of' || tokens[j].low === 'and') && j + 1 < tokens.length && tokens[j + 1].kind === 'word' && isCap(tokens[j + 1])) ||
    (tokens[j].low === '-' && !tokens[j].space))) j++;
  return j > name && isCap(tokens[name]) ? j : -1;
}
