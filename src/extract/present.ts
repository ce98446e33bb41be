// People who were there (guide: present) that a verb of harm or capture does not name: the people a place held or
// housed, a unit counted by its size, the crowd that shots, gas or a baton charge met, and people who rushed or
// flocked to one spot. Each rule reads the words around a count that has no measure of its own (or "held", when the
// holder is a place), so it adds no claim where another cue already decided. Pure and bounded in tokens.
import { perDocument, type Document, type Token } from './document.js';
import type { FigureCandidate } from './figures.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole } from './lexicon/load.js';
import { parseNumber } from './numbers.js';
import { seenCount } from './seen.js';
import { numberSignDot, onePickedOut } from './figures/words.js';

const words = (role: string): Set<string> => lexiconRole('figure-words.txt', role);
/** Places that hold people ("the ward", "the camp"): shared with the figure rules. */
export const FACILITIES = words('facility');
const FACILITY_HOLDS = words('facility-hold');
const FIRE_AT = words('fire-at');
const CONVERGE = words('converge');
const UNITS_OF = words('unit-of');
const CARE_PLACES = words('care-place');
const PUT_AT = words('put-at');
const PROTEST_VERBS = words('protest-verb');
const RESCUE_WORK = words('rescue-work');
const STAGE = words('stage');
const PROTEST_NOUNS = words('protest-noun');
const DEPART = words('depart');
const VESSELS = words('vessel');
const PORTS = words('port');
/** Nouns of the counted harm: "the number of dead at 40" is a toll, not a crowd. */
const TOLL_NOUNS = new Set(['dead', 'deaths', 'injured', 'wounded', 'casualties', 'victims', 'fatalities', 'missing',
  'displaced', 'killed', 'bodies', 'survivors']);
/** ("as 12 people were fleeing", "were bleeding": an -ing of harm or flight is no state of being there) */
const HARM_ING = new Set([...words('harm-verb')].filter((w) => w.endsWith('ing')).concat(['fleeing', 'escaping',
  'dying', 'bleeding', 'drowning', 'evacuating', 'receiving', 'recovering']));

/** The part of a group hit this module reads. */
export interface CountedGroup {
  g0: number;
  g1: number;
  group: string;
  known: boolean;
  anaphor?: boolean;
}

/**
 * Forces and responders: a unit of them counted by its size is there (guide: "a team of 85 security personnel"),
 * and a count of them a verb deploys is there too (figures.ts).
 */
export const FORCE_GROUPS = new Set(['security_forces', 'personnel', 'rescuers', 'firefighters']);
/** Words that may stand between a place and its verb ("the prison was then holding", "the camp, which housed"). */
const HOLD_GAP = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'been', 'then', 'still', 'already',
  'currently', 'reportedly', 'which', 'that']);
/** Words that end a search back for the determiner of a unit. */
const FUNCTION_BREAK = new Set(['of', 'and', 'or', 'with', 'to', 'by', 'in', 'on', 'at', 'from', 'for', 'that', 'which']);
const ARMED_NOUNS = new Set(['men', 'people', 'youths', 'individuals', 'persons']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'this', 'that', 'their', 'our']);
/** A place after one of these is not the subject ("gunmen at the school held 30 pupils"). */
const PREPOSITIONS = new Set(['at', 'in', 'into', 'from', 'near', 'inside', 'outside', 'to', 'on', 'of', 'by', 'behind',
  'around', 'across', 'towards', 'toward', 'past', 'through']);
const AUX = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is', 'then', 'quickly', 'reportedly', 'also', 'soon',
  'later', 'had', 'already', 'all']);
const DIRECTIONS = new Set(['to', 'into', 'onto', 'towards', 'toward', 'on', 'around']);
// ('and' may join the things fired: "live rounds and tear gas at")
const BREAKS = new Set(['.', ';', ':', 'but', 'while', 'who', 'which', 'that', 'when', 'after', 'before']);

/**
 * "The prison, built for 400 people, was holding 1,130 inmates", "the school had 327 students", "a camp housing
 * 3,000 people": a verb of holding or having whose subject is a place says who was in it (present); people held by a
 * person or band stay held.
 */
function heldByPlace(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  let k = c.mention.t0 - 1;
  if (k < t0 || !FACILITY_HOLDS.has(tokens[k].low)) return false;
  k--;
  for (let n = 0; k >= t0 && n < 14; n++, k--) {
    const low = tokens[k].low;
    if (HOLD_GAP.has(low) && !FACILITIES.has(low)) continue;
    if (low === ',') {
      // an aside set off by commas between the place and its verb ("The prison, built for 400 people, was holding")
      let j = k - 1;
      while (j >= Math.max(t0, k - 10) && tokens[j].low !== ',') j--;
      if (j >= t0 && tokens[j].low === ',' && FACILITIES.has(tokens[j - 1]?.low ?? '')) {
        k = j;
        continue;
      }
      // "the prison, which held": the comma right after the place
      if (FACILITIES.has(tokens[k - 1]?.low ?? '')) continue;
      return false;
    }
    if (!FACILITIES.has(low)) return false;
    // the place is the subject: a determiner (or a name) before it, no preposition before that
    let d = k - 1;
    while (d >= t0 && tokens[d].kind === 'word' && tokens[d].text[0] !== tokens[d].low[0] && !DETERMINERS.has(tokens[d].low)) d--;
    if (d < t0) return true;
    if (!DETERMINERS.has(tokens[d].low)) return tokens[d].low === ',';
    return d - 1 < t0 || !PREPOSITIONS.has(tokens[d - 1].low);
  }
  return false;
}

/** A place of custody (figure-words `custody-place`) in the clause before `at`. */
function prisonBefore(tokens: Token[], at: number, t0: number): boolean {
  for (let k = at - 1; k >= Math.max(t0, at - 16); k--) if (CUSTODY_PLACES.has(tokens[k].low)) return true;
  return false;
}

/** "529 of the 544 detainees held at the prison fled": prisoners a place of custody held were in it (present), as
 * "the prison was holding 1,130 inmates" is; hostages held by a band stay held. */
const CUSTODY_PLACES = words('custody-place');
const PRISONERS = words('prisoner');
function heldInCustody(tokens: Token[], c: FigureCandidate, g1: number, t1: number): boolean {
  if (!PRISONERS.has(c.group) || g1 + 1 >= t1 || tokens[g1].low !== 'held') return false;
  const prep = tokens[g1 + 1].low;
  if (prep !== 'at' && prep !== 'in') return false;
  for (let k = g1 + 2; k < Math.min(t1, g1 + 6); k++) if (CUSTODY_PLACES.has(tokens[k].low)) return true;
  return false;
}

/** "a team of 85 security personnel", "a unit of 40 soldiers": forces or responders counted as a unit. */
function unitOfForce(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  const at = c.mention.t0;
  if (!FORCE_GROUPS.has(c.group)) return false;
  // ("a combined team of about 250 police and military personnel", "a joint task force of 90 officers": up to two
  // adjectives between the determiner and the unit)
  if (at - 3 >= t0 && tokens[at - 1].low === 'of' && UNITS_OF.has(tokens[at - 2].low)) {
    for (let k = at - 3; k >= Math.max(t0, at - 5); k--) {
      if (DETERMINERS.has(tokens[k].low)) return true;
      if (tokens[k].kind !== 'word' || FUNCTION_BREAK.has(tokens[k].low)) return false;
    }
    return false;
  }
  // ("eighteen units of the Fire Service, with 135 firefighters, rushed to the spot": the men a unit came with)
  return at - 2 >= t0 && tokens[at - 1].low === 'with' && (tokens[at - 2].low === ',' || UNITS_OF.has(tokens[at - 2].low));
}

/** "fired live rounds and tear gas at several hundred youths", "opened fire on 200 worshippers": the people shot at
 * were there; whether any were hit is another count. */
function firedAt(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  const prep = c.mention.t0 - 1;
  if (prep <= t0 || (tokens[prep].low !== 'at' && tokens[prep].low !== 'on')) return false;
  for (let k = prep - 1; k >= Math.max(t0, prep - 7); k--) {
    const low = tokens[k].low;
    if (FIRE_AT.has(low)) return true;
    if (BREAKS.has(low) || low === ',' || tokens[k].kind === 'num') return false;
  }
  return false;
}

/** "had rushed", "had flocked": the coming was before the event the report tells. */
function hadCome(tokens: Token[], c: FigureCandidate, g: CountedGroup, t1: number): boolean {
  const k = verbAfter(tokens, c, g, t1);
  return k > 0 && tokens[k - 1].low === 'had';
}

/** "hundreds of residents, including women with buckets, had rushed to the tanker", "thousands flocked to the
 * square": people coming to one spot are there (not a verb of sending: who rushed is the subject). */
function cameTo(tokens: Token[], c: FigureCandidate, g: CountedGroup, t1: number): boolean {
  const k = verbAfter(tokens, c, g, t1); // (past an aside that describes them)
  if (k < 0 || k + 1 >= t1 || !CONVERGE.has(tokens[k].low) || !DIRECTIONS.has(tokens[k + 1].low)) return false;
  // ("were rushed to hospital" is a move of the injured, and a passive is no coming of one's own)
  if (tokens[k - 1].low === 'were' || tokens[k - 1].low === 'was') return false;
  const place = k + 2 < t1 && DETERMINERS.has(tokens[k + 2].low) ? k + 3 : k + 2;
  return place >= t1 || !CARE_PLACES.has(tokens[place].low);
}

const PAST_NOT_THERE = words('not-there');
const PAST_THERE = words('past-there');
const AT_THE_TIME = new Set(['when', 'while', 'as', 'where', 'whilst']);
/** "while around 25 labourers were cutting slabs", "where about 300 men were kneeling": a clause of time or place
 * with a count in the past progressive says what they were doing there when it happened. */
function doingThere(tokens: Token[], c: FigureCandidate, g: CountedGroup, t0: number, t1: number): boolean {
  const at = c.mention.t0 - 1;
  if (at < t0 || !AT_THE_TIME.has(tokens[at].low)) return false;
  let k = skipWhoAside(tokens, Math.max(g.g1, c.mention.t1), t1);
  // ("as thousands of employees rushed for the exits": a clause of time with its own subject and an active verb in
  // the past says what they were doing when it happened)
  // (not a verb with an infinitive after it: "while two others managed to escape" did what the infinitive says)
  if (tokens[at].low !== 'where' && k < t1 && ownPastVerb(tokens[k]) && tokens[k + 1]?.low !== 'to') return true;
  if (k < t1 && tokens[k].low === 'had' && tokens[k + 1]?.low === 'been') k++;
  else if (k >= t1 || (tokens[k].low !== 'were' && tokens[k].low !== 'was')) return false;
  const v = tokens[k + 1];
  return !!v && v.kind === 'word' && v.low.length > 5 && v.low.endsWith('ing') && v.low !== 'being' &&
    !HARM_ING.has(v.low);
}

/** "about 30 people on his boat had been singing on the deck when the crash came": a counted subject in the past
 * progressive, with the event after it in a clause of time, says what they were doing there when it happened; "20
 * workers had been near the tank when it blew up" says where they were. */
function doingWhen(tokens: Token[], c: FigureCandidate, g: CountedGroup, t1: number): boolean {
  // (a count, not "some of the boys": a vague part is not coded as who was there)
  if (c.mention.hedge === 'vague') return false;
  let k = Math.max(g.g1, c.mention.t1);
  // ("had counted 14 people walking in front of him when the slope gave way", "saw about a dozen men working on the
  // upper floors when the wind picked up": a participle right after the counted noun, the event later)
  if (k < t1 && activeIng(tokens[k]) && !PRESENT_AUX_BEFORE.has(tokens[c.mention.t0 - 1]?.low ?? '')) {
    for (let n = k + 1; n < t1; n++) {
      if (tokens[n].low === 'when' || tokens[n].low === 'as') return true;
      if (tokens[n].low === ';' || tokens[n].kind === 'num') return false;
    }
    return false;
  }
  // (a short place after the group: "on his boat", "in the hall", "aboard the bus")
  if (k < t1 && PLACE_OPEN.has(tokens[k].low)) {
    let j = k + 1;
    while (j < Math.min(t1, k + 5) && tokens[j].kind === 'word' && !PROGRESSIVE_AUX.has(tokens[j].low)) j++;
    if (j >= t1 || !PROGRESSIVE_AUX.has(tokens[j].low)) return false;
    k = j;
  }
  if (k < t1 && tokens[k].low === 'had' && tokens[k + 1]?.low === 'been') k++;
  else if (k >= t1 || (tokens[k].low !== 'were' && tokens[k].low !== 'was')) return false;
  const v = tokens[k + 1];
  // ("at least 20 workers had been near the tank when it blew up": a short place after the verb, then the event)
  if (v && (PLACE_OPEN.has(v.low) || v.low === 'near')) {
    for (let n = k + 2; n < Math.min(t1, k + 9); n++) {
      if (tokens[n].low === 'when' || tokens[n].low === 'as') return n > k + 2;
      if (tokens[n].kind !== 'word') return false;
    }
    return false;
  }
  if (!v || v.kind !== 'word' || v.low.length <= 5 || !v.low.endsWith('ing') || v.low === 'being' || HARM_ING.has(v.low)) {
    return false;
  }
  // the event comes later in the same sentence: "... when the roof fell", "... as the blast hit"
  for (let n = k + 2; n < t1; n++) if (tokens[n].low === 'when' || tokens[n].low === 'as') return true;
  return false;
}
const PLACE_OPEN = new Set(['on', 'in', 'inside', 'aboard', 'at']);
/** ("killing 14 people walking ...": a verb of harm right before the count makes the participle no state of theirs) */
const PRESENT_AUX_BEFORE = new Set(['killing', 'killed', 'injuring', 'injured', 'wounding', 'wounded']);

/** An -ing form of doing (not of harm or flight, not "being"): "walking", "climbing", "working". */
function activeIng(t: Token): boolean {
  return t.kind === 'word' && t.low.length > 5 && t.low.endsWith('ing') && t.low !== 'being' && !HARM_ING.has(t.low) &&
    !NOT_DOING.has(t.low);
}
const NOT_DOING = new Set(['including', 'according', 'following', 'during', 'regarding', 'concerning', 'involving',
  'leaving', 'bringing', 'taking', 'raising', 'pushing', 'missing', 'remaining', 'wearing', 'carrying', 'belonging']);

/** "where about 40 people, most of them foreign trekkers with their guides, were climbing": an aside set off by commas
 * that only says who they were (no verb, no count) is passed; returns the token after it, or `k`. */
function skipWhoAside(tokens: Token[], k: number, t1: number): number {
  if (k >= t1 || tokens[k].low !== ',') return k;
  for (let j = k + 1; j < Math.min(t1, k + 16); j++) {
    const t = tokens[j];
    if (t.low === ',') return j + 1 < t1 && (tokens[j + 1].low === 'were' || tokens[j + 1].low === 'had') ? j + 1 : k;
    if (t.kind !== 'word' || HOLD_GAP.has(t.low) || t.low === 'who') return k;
  }
  return k;
}
const PROGRESSIVE_AUX = new Set(['had', 'were', 'was']);

/** An active verb in the past that is no cue of harm, no state and no move of the hurt ("rushed", "watched"). */
function ownPastVerb(t: Token): boolean {
  return t.kind === 'word' && (PAST_THERE.has(t.low) ||
    (t.low.length > 4 && t.low.endsWith('ed') && !HOLD_GAP.has(t.low) && !PAST_NOT_THERE.has(t.low)));
}

/** "Police put the number of gunmen at four to six", "estimated the number of marchers at 5,000": an estimate of how
 * many of a group there were. Returns the group it names, if any. */
function numberOfAt(tokens: Token[], c: FigureCandidate, t0: number, t1: number): string | undefined {
  const at = c.mention.t0 - 1;
  if (at - 4 < t0 || tokens[at].low !== 'at') return undefined;
  // "<verb> the number of <group> at N": the group's noun may take up to three words
  for (let k = at - 2; k >= Math.max(t0 + 2, at - 5); k--) {
    if (tokens[k].low !== 'of' || tokens[k - 1].low !== 'number' || tokens[k - 2].low !== 'the') continue;
    if (k - 3 < t0 || !PUT_AT.has(tokens[k - 3].low)) return undefined;
    const gm = lexicons().groups.at(tokens, k + 1, t1);
    if (!gm || gm.end !== at || TOLL_NOUNS.has(tokens[gm.end - 1].low)) return undefined;
    return gm.data || tokens[gm.end - 1].low;
  }
  return undefined;
}

/** "85 people had left the Libyan coast", "some 430 people had departed from Tobruk": in a report about a boat, the
 * people who set out from a port or coast were aboard (present); those who left their homes are another matter. */
function setOutFrom(doc: Document, c: FigureCandidate, g: CountedGroup, t1: number): boolean {
  const { tokens } = doc;
  let k = Math.max(g.g1, c.mention.t1);
  while (k < t1 && (tokens[k].low === 'had' || tokens[k].low === 'have' || tokens[k].low === 'reportedly')) k++;
  if (k + 2 >= t1 || !DEPART.has(tokens[k].low)) return false;
  k++;
  if (tokens[k].low === 'from') k++;
  const named = tokens[k].kind === 'word' && tokens[k].text[0] !== tokens[k].low[0];
  // ("the Libyan coast", "the port of Sfax")
  let j = tokens[k].low === 'the' ? k + 1 : k;
  while (j < Math.min(t1, k + 3) && tokens[j].kind === 'word' && tokens[j].text[0] !== tokens[j].low[0]) j++;
  if (!named && !(j < t1 && PORTS.has(tokens[j].low))) return false;
  // a vessel named in the sentence or not long before
  const from = Math.max(0, doc.sentences[c.sent].t0 - 400);
  for (let n = from; n < t1; n++) if (VESSELS.has(tokens[n].low)) return true;
  return false;
}

/** The verb right after a counted subject (past an aside set off by commas and auxiliaries), or -1. */
function verbAfter(tokens: Token[], c: FigureCandidate, g: CountedGroup, t1: number): number {
  let k = Math.max(g.g1, c.mention.t1);
  if (k < t1 && tokens[k].low === ',') {
    let j = k + 1;
    while (j < Math.min(t1, k + 12) && tokens[j].low !== ',' && tokens[j].kind !== 'num') j++;
    if (j >= t1 || tokens[j].low !== ',') return -1;
    k = j + 1;
  }
  // ("several thousand residents of Maputo and Matola blocked", "dozens of people from nearby Shimabala compound
  // rushed": a named origin, two names joined by "and" at most, with "nearby" before and a place noun after it)
  if (k + 2 < t1 && (tokens[k].low === 'of' || tokens[k].low === 'from')) {
    let j = k + 1;
    if (ORIGIN_OPENERS.has(tokens[j].low)) j++;
    if (j < t1 && capWord(tokens[j])) {
      while (j < Math.min(t1, k + 9) && (capWord(tokens[j]) || (tokens[j].low === 'and' && j + 1 < t1 && capWord(tokens[j + 1])))) j++;
      if (j < t1 && ORIGIN_PLACES.has(tokens[j].low)) j++;
      k = j;
    }
  }
  while (k < t1 && AUX.has(tokens[k].low)) k++;
  return k < t1 ? k : -1;
}

/** Words before and after a place's name in an origin ("from nearby Shimabala compound", "of the Kibera settlement"). */
const ORIGIN_OPENERS = new Set(['nearby', 'neighbouring', 'neighboring', 'the']);
const ORIGIN_PLACES = words('origin-place');

/** A capitalised word (a name's). */
function capWord(t: Token): boolean {
  return t.kind === 'word' && t.text[0] !== t.low[0];
}

/** "About 80 protesters demonstrated outside parliament", "some 500 people took part in a march", "around 200
 * farmers held a sit-in": people who protested were at the protest (guide: "joined the protest" → present). */
function protested(tokens: Token[], c: FigureCandidate, g: CountedGroup, t1: number): boolean {
  const k = verbAfter(tokens, c, g, t1);
  if (k < 0 || tokens[k - 1].low === 'were' || tokens[k - 1].low === 'was') return false;
  const low = tokens[k].low;
  if (PROTEST_VERBS.has(low)) return low !== 'participated' || tokens[k + 1]?.low === 'in';
  // "took to the streets", "went on strike"
  if (low === 'took' && tokens[k + 1]?.low === 'to' && tokens[k + 2]?.low === 'the' && tokens[k + 3]?.low === 'streets') return true;
  if (low === 'went' && tokens[k + 1]?.low === 'on' && tokens[k + 2]?.low === 'strike') return true;
  // "held a sit-in", "staged a two-day protest": a verb of holding an event, then the event
  if (!STAGE.has(low)) return false;
  let j = k + 1;
  if (j < t1 && (tokens[j].low === 'a' || tokens[j].low === 'an')) j++;
  for (let n = 0; n < 4 && j < t1 && !PROTEST_NOUNS.has(tokens[j].low); n++) j++;
  return j < t1 && PROTEST_NOUNS.has(tokens[j].low);
}

/** "has deployed around 420 personnel to the affected villages" in a sentence about search and rescue: bare
 * "personnel" of a rescue or relief effort are personnel, not security forces ("security personnel", "police
 * personnel" keep their force). */
function rescuePersonnel(doc: Document, c: FigureCandidate, g: CountedGroup, t0: number, t1: number): boolean {
  const { tokens } = doc;
  if (c.group !== 'security_forces' || g.g1 - 1 < 0 || tokens[g.g1 - 1].low !== 'personnel') return false;
  // only the bare noun, right after the count
  if (g.g1 - 1 !== c.mention.t1) return false;
  for (let k = t0; k < t1; k++) if (RESCUE_WORK.has(tokens[k].low)) return true;
  // (a bulletin on a quake or a flood: "1,842 personnel ... are working in the field" are its relief workers; not
  // "personnel from the Police Force", nor the harmed)
  const next = tokens[g.g1]?.low;
  if (c.measure && c.measure !== 'present') return false;
  // (in a report on a disaster only, as for the bare noun below: a lone "90 personnel from the fire service, the coast
  // guard and police" keeps the force)
  if (next === 'from' || next === 'of') return rescueBodyAmong(tokens, g.g1 + 1, t1) && disasterLead(doc);
  return disasterLead(doc);
}

/** "personnel of the Volunteer Fire Brigades, the Army and the National Police", "personnel from BPBD, Basarnas, TNI
 * and volunteers" in a disaster report: a list of bodies that names a fire, rescue or relief service is a joint team of
 * responders, not a force; "personnel from the Police Force" stays one. Reads at most 20 tokens. */
function rescueBodyAmong(tokens: Token[], k: number, t1: number): boolean {
  for (let j = k; j < Math.min(t1, k + 20); j++) {
    // (the list ends where another count starts: "of the Mobile Force and 14 Red Cross volunteers")
    if (STATE_AUX_WORDS.has(tokens[j].low) || tokens[j].low === ';' || parseNumber(tokens, j, t1)) return false;
    if (RESCUE_BODY.has(tokens[j].low)) return true;
  }
  return false;
}
const RESCUE_BODY = words('rescue-body');

/** The report's first six sentences (a heading block may take some) name a disaster and no siege (contexts.txt). */
const disasterLead = perDocument((doc): boolean => {
  const lex = lexicons();
  let disaster = false;
  let siege = false;
  const { tokens, sentences } = doc;
  for (let si = 0; si < Math.min(6, sentences.length); si++) {
    for (let k = sentences[si].t0; k < sentences[si].t1; k++) {
      const hit = lex.contexts.at(tokens, k, sentences[si].t1);
      if (hit?.data === 'disaster') disaster = true;
      else if (hit?.data === 'siege') siege = true;
    }
  }
  return disaster && !siege;
});

const PROTEST_DOC = words('protest-doc');
/** Whether the report's first two sentences are about a protest (its incident), read once per document. */
const aboutProtest = perDocument((doc) => {
  const end = doc.sentences[Math.min(1, doc.sentences.length - 1)]?.t1 ?? 0;
  for (let k = 0; k < end; k++) if (PROTEST_DOC.has(doc.tokens[k].low)) return true;
  return false;
});

const FORCE_WORK = words('force-work');
/** Words that may stand between a clause's opening and its count ("about", "some", "more than", "a total of"). */
const COUNT_LEAD = new Set(['about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'than',
  'more', 'least', 'at', 'total', 'a', 'of', 'an', 'estimated', 'up', 'to', 'only']);
/** Tokens that open the clause a subject count stands in. */
const CLAUSE_OPEN = new Set(['', ',', ';', ':', '(', '-', '–', '•', 'and', 'that', 'said', 'says', 'while', 'as', 'when', 'where', 'but',
  'until']);
const LATER_AUX = new Set(['been', 'being', 'also', 'still', 'now', 'currently', 'then', 'reportedly', 'later', 'all']);

/** "Around 60 firefighters from four towns battled the flames", "A total of 160 personnel from the army, police and
 * Red Cross are engaged in search and rescue", "along with 450 Army personnel, are engaged": forces or responders as
 * the subject of what they did there (guide: responders deployed there are present). Not an object ("the army
 * sent 300 soldiers" is read by its verb), nor a subject of reporting ("300 officers said"). */
function forceAtWork(doc: Document, c: FigureCandidate, g: CountedGroup, t0: number, t1: number): boolean {
  const { tokens } = doc;
  let p = c.mention.t0 - 1;
  while (p >= t0 && COUNT_LEAD.has(tokens[p].low) && !(tokens[p].low === 'of' && tokens[p - 1]?.low !== 'total')) p--;
  // ("We have nearly 40 people on the ground": whoever a searching party says it has at the scene)
  if (c.group === 'people' && weHaveThere(tokens, g, p, t0, t1)) return true;
  // ("We had 26 guests here when the sea came over the road": whom a speaker had with them when it happened)
  if (weHadHere(tokens, g, p, t0, t1)) return true;
  if (!workingForce(c.group) && !(c.group === 'people' && forcesListed(tokens, g))) return false;
  const prev = p >= t0 ? tokens[p].low : '';
  // ("Navy and Air Force teams, along with 450 Army personnel, are engaged": a subject joined on by "along with")
  const along = prev === 'with' && (tokens[p - 1]?.low === 'along' || tokens[p - 1]?.low === 'together');
  if (broughtAlong(tokens, p, prev, t0)) return true;
  // ("We have 46 rescuers on the mountain": forces a speaker has at the scene)
  if ((prev === 'have' || prev === 'has') && g.g1 + 1 < t1 && (tokens[g.g1].low === 'on' || tokens[g.g1].low === 'at') &&
    tokens[g.g1 + 1].low === 'the') return true;
  // ("We have 40 officers working on this case": at work on it, by a verb of work after them)
  if ((prev === 'have' || prev === 'has' || prev === 'had') && g.g1 < t1 && /ing$/.test(tokens[g.g1].low) &&
    FORCE_WORK.has(tokens[g.g1].low)) return true;
  // ("Forces in the field: 420 volunteers, 260 firefighters and 35 technicians", "- 94 firefighters from 11 fire
  // stations" under a "Resources" heading: forces listed under a label of what was committed)
  if (forceLabelled(doc, c.mention.t0, t0)) return true;
  if (!CLAUSE_OPEN.has(prev) && !along) return false;
  let k = pastCompoundNoun(tokens, Math.max(g.g1, c.mention.t1), t1);
  // ("About 100 police officers, backed by a helicopter, searched the estate": past an aside with no count)
  if (k < t1 && tokens[k].low === ',' && prev !== ',') {
    let j = k + 1;
    while (j < Math.min(t1, k + 9) && tokens[j].kind === 'word') j++;
    if (j < t1 && j > k + 1 && tokens[j].low === ',') k = j + 1;
  }
  // ("CRPF and Jharkhand Jaguar teams, around 600 personnel in all, launched": a total in an aside)
  if (k + 1 < t1 && tokens[k].low === 'in' && (tokens[k + 1].low === 'all' || tokens[k + 1].low === 'total')) k += 2;
  // ("special forces flown in from Baidoa - about 60 commandos - led the final push": the aside's closing dash)
  if (k < t1 && (prev === '-' || prev === '\u2013' || prev === '\u2014') && tokens[k].low === prev) k++;
  // (or its closing comma: "teams, around 600 personnel in all, launched")
  else if (k < t1 && prev === ',' && tokens[k].low === ',') k++;
  // ("the search along with 80 SDRF and NDRF personnel.": forces joined on at the clause's end)
  if (along && (k >= t1 || CLAUSE_END_MARKS.has(tokens[k].low))) return true;
  // the body or place they came from ("from the UPDF, Uganda Police Force and Uganda Red Cross Society")
  if (k < t1 && (tokens[k].low === 'from' || tokens[k].low === 'of')) {
    let j = k + 1;
    // (a list of bodies may run long: "of the Volunteer Fire Brigades, the Army of Guatemala and the National Civil
    // Police"; it ends at an auxiliary or an own past verb, regular or not: "from three towns fought the flames")
    // ("of the Mobile Brigade No. 14 were stationed": the dot of a unit's "No." ends nothing)
    while (j < Math.min(t1, k + 20) && (tokens[j].kind === 'word' || tokens[j].low === ',' || tokens[j].kind === 'num' ||
      numberSignDot(tokens, j)) &&
      !STATE_AUX_WORDS.has(tokens[j].low) && !(ownPastVerb(tokens[j]) && tokens[j].text[0] === tokens[j].low[0])) j++;
    k = j;
  }
  k = skipCompanions(tokens, k, t1);
  k = joinedForce(tokens, k, t1);
  if (along && k < t1 && tokens[k].low === ',') k++;
  if (k >= t1) return false;
  if (STATE_AUX_WORDS.has(tokens[k].low)) {
    let v = k + 1;
    while (v < t1 && LATER_AUX.has(tokens[v].low)) v++;
    return v < t1 && FORCE_WORK.has(tokens[v].low) && !(tokens[v].low === 'on' || tokens[v].low === 'at') ||
      // ("were on the scene", "are at the site")
      v + 2 < t1 && (tokens[v].low === 'on' || tokens[v].low === 'at') && tokens[v + 1].low === 'the' &&
      SCENE_WORDS.has(tokens[v + 2].low);
  }
  const v = tokens[k];
  // (a cue of presence for what follows is no other measure: "took part, backed by 14 armoured vehicles")
  const cue = lexicons().measures.at(tokens, k, t1);
  return ownPastVerb(v) && v.text[0] === v.low[0] && (!cue || cue.data.measure === 'present') &&
    !HARM_WORDS.has(v.low);
}
const STATE_AUX_WORDS = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'had']);

const FORCE_LABEL = words('force-label');
/** Whether a list item at `at` stands under a label of forces committed: after "Forces in the field:" in its own
 * sentence (only list words between), or in a bulleted line under a heading such as "Resources" (at most ten lines
 * up). */
function forceLabelled(doc: Document, at: number, t0: number): boolean {
  const { tokens } = doc;
  let colon = -1;
  // (bounded: a label's list is a line, so a sentence of thousands of counts stays linear)
  for (let k = at - 1; k >= Math.max(t0, at - LABEL_REACH); k--) {
    const t = tokens[k];
    if (t.low === ':') {
      colon = k;
      break;
    }
    if (!(t.kind === 'word' || t.kind === 'num' || t.low === ',' || t.low === '-')) return false;
  }
  if (colon > t0) return colon - t0 <= 5 && tokens.slice(t0, colon).some((t) => FORCE_LABEL.has(t.low));
  if (colon >= 0 || !BULLETS.has(tokens[t0].low)) return false;
  const si = tokens[t0].sent;
  for (let s = si - 1; s >= Math.max(0, si - 10); s--) {
    const { t0: h0, t1: h1 } = doc.sentences[s];
    if (BULLETS.has(tokens[h0].low)) continue;
    return h1 - h0 <= 3 && tokens.slice(h0, h1).some((t) => FORCE_LABEL.has(t.low));
  }
  return false;
}
const BULLETS = new Set(['-', '•', '*', '\u2013']);
/** How far back from a count its label's colon may stand (tokens). */
const LABEL_REACH = 60;

/** A force or a body of responders: the groups whose counts at work are present. */
function workingForce(group: string): boolean {
  return FORCE_GROUPS.has(group) || RESPONDER_GROUPS.has(group);
}
/** Responders who are no force but work at a scene as one ("612 operatives", "about 60 responders"). */
const RESPONDER_GROUPS = new Set(['volunteers', 'personnel', 'responders', 'operatives', 'paramedics']);

/** "14 police search-and-rescue officers": past a hyphenated modifier and the noun of people after it (from `k`, the
 * token after the group's first noun); else `k`. */
function pastCompoundNoun(tokens: Token[], k: number, t1: number): number {
  let j = k;
  while (j + 2 < t1 && tokens[j].kind === 'word' && tokens[j + 1].low === '-' && !tokens[j + 1].space && !tokens[j + 2].space) j += 2;
  if (j === k || j >= t1 || tokens[j].kind !== 'word') return k;
  const gm = lexicons().groups.at(tokens, j + 1, t1);
  return gm && gm.end === j + 2 ? gm.end : k;
}

/** "We have 46 rescuers on the mountain", "we have nearly 40 people on the ground": "we have" (p at "have"), the count,
 * then "on/at the" and a place of the scene. */
function weHaveThere(tokens: Token[], g: CountedGroup, p: number, t0: number, t1: number): boolean {
  return p - 1 >= t0 && tokens[p].low === 'have' && tokens[p - 1].low === 'we' && g.g1 + 2 < t1 &&
    (tokens[g.g1].low === 'on' || tokens[g.g1].low === 'at') && tokens[g.g1 + 1].low === 'the' && SCENE_WORDS.has(tokens[g.g1 + 2].low);
}

const HERE = new Set(['here', 'there', 'aboard', 'inside']);
/** "We had 26 guests here when ...", "we had 40 pupils inside": "we had" (p at "had"), the count, its noun, then a word
 * of being at the place. */
function weHadHere(tokens: Token[], g: CountedGroup, p: number, t0: number, t1: number): boolean {
  return p - 1 >= t0 && tokens[p].low === 'had' && tokens[p - 1].low === 'we' && g.g1 > g.g0 && g.g1 < t1 &&
    HERE.has(tokens[g.g1].low);
}

/** "About 600 soldiers and volunteers", "soldiers, police officers, firefighters and volunteers": a list of forces
 * and responders that the group names people as a whole. */
function forcesListed(tokens: Token[], g: CountedGroup): boolean {
  const groups = lexicons().groups;
  let n = 0;
  for (let k = g.g0; k < g.g1; k++) {
    const t = tokens[k];
    if (t.low === ',' || t.low === 'and') continue;
    const gm = groups.at(tokens, k, g.g1);
    if (!gm) continue;
    const group = gm.data || tokens[gm.end - 1].low;
    if (!workingForce(group)) return false;
    n++;
    k = gm.end - 1;
  }
  return n >= 2;
}
const CLAUSE_END_MARKS = new Set(['.', ';', '!', '?']);
const FORCE_WITH = words('force-with');
const FORCE_BY = words('force-by');
const FORCE_HELP = words('force-help');

const TEAM_WORDS = new Set(['teams', 'units', 'crews', 'squads']);
/** "Officers from the Recce Squad, about 30 in all, stormed the office", "Rescue teams, about 80 people in all, were
 * working": a force or a body of responders, then its size in an aside closed by "in all" (or "in total") and a
 * comma, then what it did there. The group of the force (teams: personnel), else undefined. `after` is the token
 * after the count's own noun, if it has one. */
function forceInAll(tokens: Token[], c: FigureCandidate, t0: number, t1: number, after = c.mention.t1): string | undefined {
  const p = c.mention.t0 - 1;
  if (p - 1 < t0 || tokens[p].low !== ',') return undefined;
  let k = after;
  if (k + 2 >= t1 || tokens[k].low !== 'in' || (tokens[k + 1].low !== 'all' && tokens[k + 1].low !== 'total') ||
    tokens[k + 2].low !== ',') return undefined;
  k += 3;
  // (after an auxiliary, only a verb of work: "were working", not "have reached 15,000 households")
  const v0 = k;
  while (k < t1 && (STATE_AUX_WORDS.has(tokens[k].low) || LATER_AUX.has(tokens[k].low))) k++;
  if (k >= t1 || !isLow(tokens[k]) || HARM_WORDS.has(tokens[k].low) ||
    !(FORCE_WORK.has(tokens[k].low) || (k === v0 && ownPastVerb(tokens[k])))) return undefined;
  const groups = lexicons().groups;
  for (let j = p - 1; j >= Math.max(t0, p - 8); j--) {
    const t = tokens[j];
    if (t.kind === 'num' || t.low === ',' || t.low === ';' || t.low === ':') return undefined;
    if (TEAM_WORDS.has(t.low)) return 'personnel';
    const gm = t.kind === 'word' ? groups.at(tokens, j, p) : undefined;
    const group = gm ? gm.data || tokens[gm.end - 1].low : '';
    if (workingForce(group)) return group;
  }
  return undefined;
}

/** "surrounded the peninsula with about 60 marines", "assisted by about 60 volunteers": forces brought to a cordon or
 * an assault, or come to help, are there (`p` is the token before the count, `prev` its lower-case text). */
function broughtAlong(tokens: Token[], p: number, prev: string, t0: number): boolean {
  if (prev === 'by') return p - 1 >= t0 && FORCE_BY.has(tokens[p - 1].low);
  // ("the search was continuing with the help of 45 rescue personnel")
  if (prev === 'of') return p - 3 >= t0 && FORCE_HELP.has(tokens[p - 1].low) && tokens[p - 2].low === 'the' && tokens[p - 3].low === 'with';
  if (prev !== 'with') return false;
  for (let k = p - 1; k >= Math.max(t0, p - 8); k--) {
    if (CLAUSE_END_MARKS.has(tokens[k].low) || tokens[k].low === ',') return false;
    if (FORCE_WITH.has(tokens[k].low)) return true;
  }
  return false;
}

/** "240 police officers and 80 soldiers searched the block": a second count of a force joined by "and" shares the
 * verb after it; returns the token after that count's noun, or `k`. */
function joinedForce(tokens: Token[], k: number, t1: number): number {
  if (k + 2 >= t1 || tokens[k].low !== 'and') return k;
  // ("about 50 police officers and soldiers were tracking": a second force with no count of its own)
  // ("about 1,800 police officers and some 600 soldiers had been sent": the second count may have its hedge)
  const hedge = lexicons().hedgesBefore.at(tokens, k + 1, t1);
  const num = parseNumber(tokens, hedge ? hedge.end : k + 1, t1) ?? { end: k + 1 };
  if (num.end >= t1) return k;
  // (one word may qualify it: "About 200 soldiers and federal police officers had surrounded")
  const gm = lexicons().groups.at(tokens, num.end, t1) ?? (num.end + 1 < t1 && tokens[num.end].kind === 'word' ?
    lexicons().groups.at(tokens, num.end + 1, t1) : undefined);
  const group = gm ? gm.data || tokens[gm.end - 1].low : '';
  return gm && workingForce(group) ? gm.end : k;
}
const COMPANION_OPEN = new Set([',', 'and', 'with']);

/** "310 firefighters, 92 engines and nine aircraft were fighting", "185 firefighters with 42 fire engines are
 * operating": counts of what came along (machines, or more people) between the subject and its verb are passed;
 * returns the token after them, or `k`. Bounded: at most four items of eight tokens each. */
function skipCompanions(tokens: Token[], k: number, t1: number): number {
  let at = k;
  for (let n = 0; n < 4 && at + 1 < t1 && COMPANION_OPEN.has(tokens[at].low); n++) {
    let j = at + 1;
    if (tokens[j].low === 'and' || tokens[j].low === 'with') j++;
    const num = j < t1 ? parseNumber(tokens, j, t1) : undefined;
    // ("Hundreds of volunteers with shovels joined the soldiers": what they carried, with no count, right before an
    // own past verb)
    // ("About 600 soldiers and volunteers with shovels and two bulldozers were working": more came along after "and")
    if (!num && tokens[at].low === 'with') {
      let e = at + 1;
      while (e < Math.min(t1, at + 4) && tokens[e].kind === 'word' && !ownPastVerb(tokens[e]) && !STATE_AUX_WORDS.has(tokens[e].low) &&
        tokens[e].low !== 'and') e++;
      if (e > at + 1 && e < t1 && ownPastVerb(tokens[e]) && isLow(tokens[e])) at = e;
      else if (e > at + 1 && e + 1 < t1 && tokens[e].low === 'and' && parseNumber(tokens, e + 1, t1)) { at = e; continue; }
      break;
    }
    if (!num) break;
    const j1 = num.end;
    let e = j1;
    // (a hyphen joins words of one item: "water-dropping aircraft")
    // ("About 40 firefighters with two engines battled the blaze": an own past verb after the item ends it too)
    while (e < Math.min(t1, j1 + 7) && (tokens[e].kind === 'word' && !STATE_AUX_WORDS.has(tokens[e].low) &&
      tokens[e].low !== 'and' && tokens[e].low !== 'with' && !(e > j1 && ownPastVerb(tokens[e]) && isLow(tokens[e])) ||
      tokens[e].low === '-' && !tokens[e].space)) e++;
    if (e === j1) break;
    at = e;
  }
  return at !== k && at < t1 && (STATE_AUX_WORDS.has(tokens[at].low) || ownPastVerb(tokens[at]) && isLow(tokens[at])) ? at : k;
}
const isLow = (t: Token): boolean => t.text[0] === t.low[0];
// (and the places a search for the missing is made: "were on the mountain on Monday")
const SCENE_WORDS = new Set(['scene', 'site', 'spot', 'ground', 'location', 'mountain', 'hillside', 'slope', 'slopes',
  'summit', 'shore', 'riverbank']);
const HARM_WORDS = words('harm-verb');

/** "barricaded themselves inside the branch with twenty-three (23) people", "holed up in a farmhouse with six
 * villagers": the people an armed party shut itself in with are held. */
function holedUpWith(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  let p = c.mention.t0 - 1;
  while (p >= t0 && COUNT_LEAD.has(tokens[p].low) && tokens[p].low !== 'of') p--;
  if (p < t0 || tokens[p].low !== 'with') return false;
  for (let k = p - 1; k >= Math.max(t0, p - 10); k--) {
    const t = tokens[k];
    if (HOLE_UP.has(t.low)) return true;
    if (t.kind === 'num' || t.low === ';' || t.low === ',' || t.low === 'and' && k < p - 1 && tokens[k + 1].kind !== 'word') return false;
  }
  return false;
}
const HOLE_UP = words('hole-up');

/**
 * Sets `present` on the counts of one sentence (tokens t0..t1) that were there by one of the rules above. `hit` gives
 * the counted noun of each count.
 */
export function presentHere(doc: Document, out: FigureCandidate[], hit: (c: FigureCandidate) => CountedGroup | undefined,
  t0: number, t1: number): void {
  const { tokens } = doc;
  for (const c of out) {
    if (c.drop || c.modal || c.parts_of || c.mention.low === 0 && c.mention.high === 0) continue;
    const g = hit(c);
    if (!g && !c.measure) {
      const group = numberOfAt(tokens, c, t0, t1) ?? forceInAll(tokens, c, t0, t1);
      if (group) {
        c.measure = 'present';
        c.how = 'pre';
        c.group = group;
        c.knownGroup = true;
      }
      continue;
    }
    // ("Rescue teams, about 80 people in all, were working": the people of the teams named before the aside)
    if (!c.measure && g?.known && !g.anaphor && c.group === 'people' && forceInAll(tokens, c, t0, t1, g.g1)) {
      c.measure = 'present';
      c.how = 'pre';
      continue;
    }
    // ("The prison, built for 300 inmates, was holding 1,140 at the time": a bare count a prison holds is its inmates)
    if (!g && c.measure === 'held' && c.how !== 'post' && heldByPlace(tokens, c, t0)) {
      c.measure = 'present';
      c.how = 'pre';
      if (prisonBefore(tokens, c.mention.t0, t0)) {
        c.group = 'inmates';
        c.knownGroup = true;
      }
      continue;
    }
    if (!g || !g.known || g.anaphor) continue;
    // ("when one of the robbers panicked", "one of them kept shouting": one person picked out of a band is no count of it)
    if (!c.measure && onePickedOut(tokens, c.mention)) continue;
    if (rescuePersonnel(doc, c, g, t0, t1)) c.group = 'personnel';
    // ("three or four men armed with pistols forced the pilot to divert": men the text arms are attackers, as
    // "armed men" are)
    if (ARMED_NOUNS.has(c.group) && tokens[g.g1]?.low === 'armed' && tokens[g.g1 + 1]?.low === 'with' &&
      (!c.measure || c.measure === 'present')) c.group = 'attackers';
    if ((c.measure === 'held' || !c.measure) && c.how !== 'post' && heldByPlace(tokens, c, t0)) {
      c.measure = 'present';
      c.how = 'pre';
      continue;
    }
    // ("200 farmers held a sit-in": a subject that held an event holds nobody; the marchers are the incident's
    // people only in a report about the protest, not in one about a collapse that a march followed)
    if (c.measure === 'held' && heldInCustody(tokens, c, g.g1, t1)) {
      c.measure = 'present';
      continue;
    }
    if ((!c.measure || c.measure === 'held') && protested(tokens, c, g, t1)) {
      // (a protest told in the report's first two sentences is its incident)
      if (c.sent <= 1 || aboutProtest(doc)) {
        c.measure = 'present';
        c.how = 'post';
      } else if (c.measure === 'held') c.drop = true;
      continue;
    }
    if (c.measure) continue;
    const seen = seenCount(tokens, c.mention.t0, g.g1, t0, t1);
    if (seen) {
      c.measure = seen;
      c.how = 'pre';
      continue;
    }
    if (holedUpWith(tokens, c, t0)) {
      c.measure = 'held';
      c.how = 'pre';
      continue;
    }
    if (unitOfForce(tokens, c, t0) || firedAt(tokens, c, t0) || forceAtWork(doc, c, g, t0, t1)) {
      c.measure = 'present';
      c.how = 'pre';
    } else if (cameTo(tokens, c, g, t1) && (c.sent <= 1 || hadCome(tokens, c, g, t1) || aboutProtest(doc)) ||
      doingThere(tokens, c, g, t0, t1) || doingWhen(tokens, c, g, t1) || setOutFrom(doc, c, g, t1)) {
      // (people who came later in a report on something else came after it: "hundreds of relatives rushed to the
      // site" is no count of who was there; "had rushed" before it happened, or a lead, is)
      c.measure = 'present';
      c.how = 'post';
    } else if (RESPONDERS_THERE.has(c.group)) {
      // ("around 150 firefighters", "45 divers", "some 400 rescuers": responders counted with no verb of another
      // measure are those at work at the scene)
      c.measure = 'present';
      c.how = 'noun';
    }
  }
}
const RESPONDERS_THERE = new Set(['firefighters', 'rescuers', 'divers', 'volunteers', 'personnel', 'responders',
  'paramedics', 'operatives', 'technicians']);
