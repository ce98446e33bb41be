// Where people were taken: to hospital or care, into or between places of custody, to safety, or made
// to flee. A move says the people were there (injured, held, present) without a verb of harm.
import type { Measure } from '../types.js';
import { asideEnd } from './asides.js';
import type { Token } from '../document.js';
import type { NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, POSSESSIVES, HOSPITAL_MOVES, FUNCTION, BE, STATE_AUX, plural, isCap, IRREGULAR_PARTICIPLES, CUSTODY_PLACES,
  ARTICLES, CAUSED_TO, endsInLy, CARE_PLACES } from './words.js';
import type { FigureCandidate } from './candidate.js';

const HOSPITAL_STAYS = figureWords('hospital-stay'); // ("12 were treated at the district hospital") // ("5 were referred to the district hospital")

const FLIGHT = figureWords('flight');
/** "forcing 2,000 people to flee": a causative verb right before the count and a verb of flight in the infinitive
 * after its noun (a call or a plan, "urged 5,000 residents to flee", is no cause and stays out). */
export function causedFlight(tokens: Token[], m: NumberMention, after: number, t0: number, t1: number): boolean {
  // ("ordered all 1,650 residents to leave": "all" before the count)
  const v = m.t0 - 1 >= t0 && tokens[m.t0 - 1].low === 'all' ? m.t0 - 2 : m.t0 - 1;
  // ("Wildfire forces thousands from beach resorts": forced from a place)
  if (v >= t0 && FORCE_FROM.has(tokens[v].low) && after + 1 < t1 && tokens[after].low === 'from') return true;
  if (v < t0 || !CAUSED_TO.has(tokens[v].low)) return false;
  // ("residents of the lowest-lying neighbourhoods to leave": the place they are from, up to six words)
  let k = after;
  if (k < t1 && (tokens[k].low === 'of' || tokens[k].low === 'from')) {
    let j = k + 1;
    while (j < Math.min(t1, k + 7) && (tokens[j].kind === 'word' || tokens[j].low === '-') && tokens[j].low !== 'to') j++;
    if (j < t1 && tokens[j].low === 'to') k = j;
  }
  return k + 1 < t1 && tokens[k].low === 'to' && FLIGHT.has(tokens[k + 1].low);
}

const RESCUE_MOVES = figureWords('rescue-move');
/** A rescue or a move of people (not a release by captors) between the noun and the end of its verb. */
export function rescueMove(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < tokens.length; k++) if (RESCUE_MOVES.has(tokens[k].low)) return true;
  return false;
}

/** "are being cared for at the regional hospital" */
export function caredFor(tokens: Token[], k: number, t1: number): boolean {
  return tokens[k].low === 'cared' && k + 2 < t1 && tokens[k + 1].low === 'for' && (tokens[k + 2].low === 'at' || tokens[k + 2].low === 'in');
}

const CUSTODY_MOVES = figureWords('custody-move');
const OTHER_SITES = new Set(['centre', 'center', 'centres', 'centers', 'facility', 'facilities', 'site', 'camp']);
/** The token after the place when a move at k takes people in custody to another such place ("transferred to the
 * Litoral Penitentiary", "relocated to another centre"), or -1; a place of care is the injured's move, not this. */
export function custodyMove(tokens: Token[], k: number, t1: number, object = false): number {
  if (k >= t1 || !(object || CUSTODY_MOVES.has(tokens[k].low)) || !(k + 2 < t1 && tokens[k + 1].low === 'to')) return -1;
  for (let j = k + 2; j < Math.min(t1, k + 8) && tokens[j].kind === 'word'; j++) {
    const w = tokens[j].low;
    if (CARE_PLACES.has(w)) return -1;
    if (CUSTODY_PLACES.has(w)) return j + 1;
    if (OTHER_SITES.has(w) && (tokens[j - 1].low === 'another' || tokens[j - 1].low === 'other')) return j + 1;
  }
  return -1;
}

/** "transferred 40 inmates to the maximum security prison": the count at `n0` (its noun ends at `g1`) is the object of a
 * move between places of custody (other, as the passive "had been transferred to" is). */
export function custodyObject(tokens: Token[], n0: number, g1: number, t0: number, t1: number): boolean {
  let v = n0 - 1;
  if (v > t0 && (tokens[v].low === 'the' || tokens[v].low === 'all' || tokens[v].low === 'another')) v--;
  if (v < t0 || !CUSTODY_MOVES.has(tokens[v].low) || g1 >= t1 || tokens[g1].low !== 'to') return false;
  return custodyMove(tokens, g1 - 1, t1, true) > 0;
}

const SENT_TO = figureWords('sent-to');
/** "sent four (4) of them to hell", "sent 12 terrorists to hell": the count at `n0` (its noun ends at `g1`) is the
 * object of "sent", and the place after it is one of the killed (figure-words.txt sent-to). */
export function sentTo(tokens: Token[], n0: number, g1: number, t0: number, t1: number): boolean {
  const v = n0 - 1 > t0 && tokens[n0 - 1].low === 'the' ? n0 - 2 : n0 - 1;
  return v >= t0 && tokens[v].low === 'sent' && g1 + 1 < t1 && tokens[g1].low === 'to' && SENT_TO.has(tokens[g1 + 1].low);
}

/** Verbs that send staff somewhere to work ("sent 30 doctors to the hospital"), no move of the hurt. */
const SENDING = new Set(['sent', 'deployed', 'dispatched', 'assigned', 'posted', 'mobilised', 'mobilized', 'seconded', 'drafted']);
/** "Children under five account for 96 of the cases", "women accounted for 12 of the dead": the subject of "account
 * for" names the group of the share after it (up to five words of its own before the verb). */
const ACCOUNT = new Set(['account', 'accounts', 'accounted', 'accounting']);
export function accountsFor(tokens: Token[], c: FigureCandidate, t0: number): void {
  const v = c.mention.t0 - 2;
  if (c.group !== 'people' || v <= t0 || tokens[v + 1].low !== 'for' || !ACCOUNT.has(tokens[v].low)) return;
  const lex = lexicons();
  for (let k = v - 1; k >= Math.max(t0, v - 5); k--) {
    const gm = lex.groups.at(tokens, k, v);
    if (gm && (k === t0 || !lex.groups.at(tokens, k - 1, v))) {
      if (gm.data !== 'people') {
        c.group = gm.data || plural(tokens[gm.end - 1].low);
        c.knownGroup = true;
      }
      return;
    }
    if (tokens[k].kind !== 'word' && tokens[k].kind !== 'num') return;
  }
}

/** "ferried 18 casualties to the district hospital": an active verb right before the count whose object goes "to" a
 * place of care named within a few words after its noun. */
export function movedToCare(tokens: Token[], n0: number, g1: number, t0: number, t1: number): boolean {
  const v = n0 - 1;
  if (v < t0 || g1 + 1 >= t1 || tokens[g1].low !== 'to') return false;
  const verb = tokens[v];
  if (verb.kind !== 'word' || FUNCTION.has(verb.low) || BE.has(verb.low) || isCap(verb) || SENDING.has(verb.low) ||
    !(verb.low.endsWith('ed') || IRREGULAR_PARTICIPLES.has(verb.low) || HOSPITAL_MOVES.has(verb.low) || verb.low === 'took')) return false;
  for (let j = g1 + 1; j < Math.min(t1, g1 + 6) && tokens[j].kind === 'word'; j++) if (CARE_PLACES.has(tokens[j].low)) return true;
  return false;
}

/** "the prison holds 2,100 inmates", "the penitentiary currently holds 2,134 persons": "holds" (an adverb may stand
 * between) right before the count, with a place that takes people in as its subject (figure-words holding-place), past an
 * aside set off by commas ("The prison, built for 1,000, holds"). Bounded to a few words back. */
const FACILITIES = figureWords('holding-place');
const HOLDS = new Set(['holds', 'held', 'hold']);
/** ("currently houses about 1,650 inmates", "accommodates 503 inmates": said of a prison only; a camp that houses
 * people houses the displaced) */
const HOUSES = new Set(['houses', 'housed', 'accommodates', 'accommodated']);
const PRISON_PLACES = new Set(['prison', 'prisons', 'jail', 'penitentiary', 'facility']);
export function facilityHolds(tokens: Token[], at: number, t0: number): boolean {
  let v = at - 1;
  if (v > t0 && endsInLy(tokens[v].low)) v--;
  // (a hedge before the count: "houses about 1,650 inmates")
  if (v > t0 && !HOLDS.has(tokens[v].low) && !HOUSES.has(tokens[v].low) && lexicons().hedgesBefore.at(tokens, v, at)) v--;
  if (v > t0 && endsInLy(tokens[v].low)) v--;
  const houses = v > t0 && HOUSES.has(tokens[v].low);
  if (v <= t0 || !(HOLDS.has(tokens[v].low) || houses)) return false;
  // ("Inmates at the prison held seven guards hostage": people held as hostages are captives, not the prison's count)
  for (let k = at; k < Math.min(tokens.length, at + 6) && tokens[k].kind !== 'punct'; k++) {
    if (tokens[k].low === 'hostage' || tokens[k].low === 'hostages' || tokens[k].low === 'captive') return false;
  }
  let commas = 0;
  for (let k = v - 1; k >= Math.max(t0, v - 10); k--) {
    const low = tokens[k].low;
    if (FACILITIES.has(low)) return !houses || PRISON_PLACES.has(low);
    if (low === ',' && ++commas > 2) return false;
    if (low === ';' || low === '.' || (low !== ',' && tokens[k].kind !== 'word' && tokens[k].kind !== 'num')) return false;
    if (commas % 2 === 0 && low !== ',' && (BE.has(low) || lexicons().groups.at(tokens, k, k + 1))) return false;
  }
  return false;
}

/** "Crews brought three people out of the bedrooms", "neighbours led 12 residents out through the smoke", "the gunmen
 * let seven passengers off the bus": a verb of bringing out or letting go right before the count, its particle right
 * after the counted noun; freed, or undefined ("carried" is left out: "the bus carried 40 passengers out of the city"). */
const OUT_MOVERS = new Set(['brought', 'led', 'helped', 'got', 'guided', 'walked', 'hauled', 'lifted', 'winched']);
const LET_GO = new Set(['let', 'allowed']);
export function broughtOut(tokens: Token[], n0: number, g1: number, t0: number, t1: number): Measure | undefined {
  let v = n0 - 1;
  // ("the gunmen let the other 31 passengers go": the rest of them)
  if (v - 1 >= t0 && (tokens[v].low === 'other' || tokens[v].low === 'remaining') && tokens[v - 1].low === 'the') v -= 2;
  if (v < t0 || g1 >= t1) return undefined;
  const verb = tokens[v].low;
  // ("let 22 passengers, most of them women and children, leave the aircraft": past an aside on who they were)
  if (LET_GO.has(verb) && tokens[g1].low === ',') {
    const end = asideEnd(tokens, g1, t1);
    if (end > g1 && end + 1 < t1 && tokens[end].low === ',') g1 = end + 1;
  }
  // ("let 35 students and their teachers leave the college": a second noun joined on shares the way out)
  if (LET_GO.has(verb) && tokens[g1].low === 'and' && g1 + 2 < t1 && POSSESSIVES.has(tokens[g1 + 1].low) &&
    tokens[g1 + 2].kind === 'word') g1 += 3;
  if (g1 >= t1) return undefined;
  const after = tokens[g1].low;
  const next = g1 + 1 < t1 ? tokens[g1 + 1] : undefined;
  // (out of a place, out alive, or out at the end of a clause: not "brought 40 people out to protest")
  const out = after === 'out' && (!next || next.kind === 'punct' || next.low === 'of' || next.low === 'alive' ||
    next.low === 'through' || next.low === 'safely' || next.low === 'unharmed');
  if (OUT_MOVERS.has(verb) && out) return 'freed';
  // ("let 21 passengers get off", "allowed nine hostages to leave": the way out after the noun)
  const getOff = (after === 'get' || after === 'step' || after === 'walk') && next?.low === 'off' ||
    after === 'leave' || after === 'out' || after === 'to' && next?.low === 'leave';
  // (not a demand opening the sentence: "Let 12 hostages go," the group said)
  if (LET_GO.has(verb) && (after === 'off' || after === 'go' || getOff) && !isCap(tokens[v])) return 'freed';
  return undefined;
}

/** "the gunmen had taken 11 people with them into the bush", "took four passengers away", "marched 30 pupils into the
 * forest": a verb of taking right before the count, then where the captors took them; held, or undefined. */
const TAKE_AWAY = new Set(['took', 'taken', 'take', 'taking', 'marched', 'led']);
const TAKEN_INTO = new Set(['bush', 'forest', 'forests', 'hills', 'mountains', 'jungle', 'desert', 'captivity', 'creeks']);
export function takenAway(tokens: Token[], n0: number, g1: number, t0: number, t1: number): Measure | undefined {
  // ("marched the 63 other passengers into the bush": past the article)
  const v = n0 - 2 >= t0 && tokens[n0 - 1].low === 'the' ? n0 - 2 : n0 - 1;
  if (v < t0 || g1 >= t1 || !TAKE_AWAY.has(tokens[v].low)) return undefined;
  const after = tokens[g1].low;
  if (after === 'with' && tokens[g1 + 1]?.low === 'them' || after === 'away' && tokens[v].low !== 'led') return 'held';
  if (after !== 'into' && after !== 'to') return undefined;
  for (let k = g1 + 1; k < Math.min(t1, g1 + 4); k++) if (TAKEN_INTO.has(tokens[k].low)) return 'held';
  return undefined;
}

/** "brought 40 people to safety": an active verb right before the count, "to safety" right after its noun; the measure
 * (displaced for a verb that moves people out, freed for any other), or none. */
const SAFETY_MOVES = figureWords('shelter-move');
export function toSafety(tokens: Token[], n0: number, g1: number, t0: number, t1: number): Measure | undefined {
  const v = n0 - 1;
  if (v < t0 || g1 + 1 >= t1 || tokens[g1].low !== 'to' || tokens[g1 + 1].low !== 'safety') return undefined;
  const verb = tokens[v];
  if (verb.kind !== 'word' || FUNCTION.has(verb.low) || BE.has(verb.low) || isCap(verb) ||
    !(verb.low.endsWith('ed') || IRREGULAR_PARTICIPLES.has(verb.low) || verb.low === 'led' || verb.low === 'brought')) return undefined;
  return SAFETY_MOVES.has(verb.low) && verb.low !== 'brought' && verb.low !== 'taken' ? 'displaced' : 'freed';
}

/** "214 persons deprived of liberty have been transferred to other centres": from `k`, a finite custody move right
 * after a participle on the noun (the end of its place), or -1. */
export function finiteCustodyMove(tokens: Token[], k: number, t1: number): number {
  if (k >= t1 || !STATE_AUX.has(tokens[k].low)) return -1;
  let v = k + 1;
  while (v < Math.min(t1, k + 4) && (STATE_AUX.has(tokens[v].low) || tokens[v].low === 'also' || tokens[v].low === 'since')) v++;
  return custodyMove(tokens, v, t1);
}


/** The token after the place of care when a move or stay at k takes people there ("rushed to a nearby hospital",
 * "treated at Nsanje District Hospital"), or -1. */
export function toHospital(tokens: Token[], v: number, t1: number): number {
  const low = tokens[v].low;
  const cared = caredFor(tokens, v, t1);
  // ("Six were taken by ambulance to Warrenton Memorial Hospital": the means of the move before its place)
  const k = !cared && HOSPITAL_MOVES.has(low) ? byMeans(tokens, v, t1) : v;
  if (!(cared || k + 1 < t1 && (HOSPITAL_MOVES.has(low) && tokens[k + 1].low === 'to' || HOSPITAL_STAYS.has(low) &&
    (tokens[k + 1].low === 'at' || tokens[k + 1].low === 'in')))) return -1;
  // ("taken to Kisii Teaching and Referral Hospital": a hospital's name may take a few more words)
  // ("taken to the Santa Maria de la Luz hospital": also after an article)
  const named = (k + 2 < t1 && isCap(tokens[k + 2])) || (k + 3 < t1 && ARTICLES.has(tokens[k + 2].low) && isCap(tokens[k + 3]));
  const stop = Math.min(t1, k + (cared ? 8 : 6) + (named ? 4 : 0));
  let j = k + 2;
  // ("the Sub-District Hospital Kangan": a hyphen inside the name)
  for (; j < stop && (tokens[j].kind === 'word' || (tokens[j].low === '-' && !tokens[j].space)) && tokens[j].low !== 'for'; j++) {
    if (CARE_PLACES.has(tokens[j].low)) return j + 1;
  }
  return cared || !HOSPITAL_MOVES.has(low) ? -1 : forCare(tokens, j, t1);
}

/** "taken by (air) ambulance to": the token before "to" when a move's means (by and up to two words) stands between
 * the verb at `v` and "to", else `v`. */
function byMeans(tokens: Token[], v: number, t1: number): number {
  if (v + 3 >= t1 || tokens[v + 1].low !== 'by') return v;
  let b = v + 2;
  while (b < Math.min(t1, v + 5) && tokens[b].kind === 'word' && tokens[b].low !== 'to') b++;
  return b > v + 2 && b < t1 && tokens[b].low === 'to' ? b - 1 : v;
}

const CARE_PURPOSES = figureWords('care-purpose');
/** "airlifted to Kathmandu for treatment", "flown to the capital for emergency surgery": a move whose purpose is care
 * counts the hurt as a move to a hospital does; from the end of the destination at `j`, the token after the care
 * word, or -1. */
function forCare(tokens: Token[], j: number, t1: number): number {
  if (j + 1 >= t1 || tokens[j].low !== 'for') return -1;
  for (let e = j + 1; e < Math.min(t1, j + 4) && tokens[e].kind === 'word'; e++) if (CARE_PURPOSES.has(tokens[e].low)) return e + 1;
  return -1;
}

const FORCE_FROM = new Set(['force', 'forces', 'forced', 'forcing']);
