// The incident around a figure: a siege, a raid, an evacuation, a deployment. Reads what the sentence
// says happened to the place or the actors to give a measure a bare count does not have.
import { perDocument, type Document, type Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { FORCE_GROUPS } from '../present.js';
import { figureWords, UNITS_OF, DETERMINERS_OF, BE, ARMED_BANDS, COLLECTIVES, ARMING, CLAUSE_BREAK, CUSTODY_PLACES,
  POSSESSIVES, RELATIVE_AUX, PRISONERS, CAPTURE, VEHICLE_HAD, endsInLy } from './words.js';
import { type FigureCandidate, pastCount } from './candidate.js';
import { slotCue, inBodyPart } from './cues.js';
import { takenOutOfThoseAboard, bareTaken } from './captives.js';

const WALKOUT = figureWords('walkout');
const WALKOUT_SKIP = new Set(['have', 'has', 'had', 'were', 'are', 'was', 'is', 'all', 'finally', 'safely', 'then', 'now', 'just']);
const ATTACK_ACTS = figureWords('attack-act');
/** "two masked gunmen got out and opened fire", "two attackers arrived on a motorcycle and fled": attackers who act in
 * the attack within a few words after their noun were there (present), whatever escape the clause tells as well. */
function attackActAfter(tokens: Token[], c: FigureCandidate, t1: number): boolean {
  if (c.group !== 'attackers') return false;
  for (let k = c.g1; k < Math.min(t1, c.g1 + 8); k++) {
    if (tokens[k].low === ';' || tokens[k].low === '.') return false;
    if (ATTACK_ACTS.has(tokens[k].low)) return true;
  }
  return false;
}

/** Nouns that name people by no role, which their own act may show to be attackers. */
const SHOOTERS = new Set(['men', 'people', 'individuals', 'persons', 'youths']);
/** Adverbs between such a noun and its verb ("two men then opened fire"). */
const SHOOTER_ADVERBS = new Set(['then', 'allegedly', 'reportedly', 'also', 'later', 'suddenly', 'had']);
/** Words after "fired" that make it a shooting, not a dismissal or a passive ("fired at", "fired shots"). */
const FIRED_AT = new Set(['at', 'on', 'toward', 'towards', 'into', 'indiscriminately', 'shots', 'handguns', 'guns', 'rifles',
  'weapons', 'pistols']);

/** From k (right after the counted noun, past an adverb): "opened fire" or "fired at ..." opens the clause. */
function firedNext(tokens: Token[], k: number, t1: number): boolean {
  while (k < t1 && SHOOTER_ADVERBS.has(tokens[k].low)) k++;
  if (k + 1 >= t1) return false;
  if (tokens[k].low === 'opened' && tokens[k + 1].low === 'fire') return true;
  return tokens[k].low === 'fired' && FIRED_AT.has(tokens[k + 1].low);
}

/** The counted people "walked out" / "are out" right after their noun (past auxiliaries and adverbs). */
function walkedOut(tokens: Token[], c: FigureCandidate, t1: number): boolean {
  let k = pastCount(c);
  // ("the last three pupils and the two teachers walked out": a second subject joined by "and" shares the verb)
  if (k < t1 && tokens[k].low === 'and') {
    let j = k + 1;
    while (j < Math.min(t1, k + 6) && tokens[j].kind !== 'punct' && !WALKOUT.has(tokens[j].low) && !WALKOUT_SKIP.has(tokens[j].low)) j++;
    if (j > k + 1) k = j;
  }
  const from = k;
  while (k < t1 && k - from < 3 && WALKOUT_SKIP.has(tokens[k].low)) k++;
  if (k + 1 < t1 && WALKOUT.has(tokens[k].low) && tokens[k + 1].low === 'out') return true;
  return k < t1 && k > from && BE.has(tokens[k - 1].low) && tokens[k].low === 'out' &&
    (k + 1 >= t1 || tokens[k + 1].kind === 'punct');
}
const LEAVE_VERBS = new Set(['leave', 'go', 'disembark', 'walk']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'me', 'us']);
const HAZARDS = figureWords('hazard');
/** What a hazard does to the people it catches ("caught and carried", "caught and buried", "caught and swept away"). */
const CARRIED = new Set(['carried', 'buried', 'swept', 'dragged', 'trapped']);
const DETAIN_WORDS = new Set(['detained', 'arrested', 'captured', 'apprehended']);
const CAPTOR_WORDS = figureWords('captor-word');
const AGENT_DETERMINERS = new Set(['the', 'their', 'its', 'our', 'his', 'a', 'an']);
/** An armed party after "by": attackers, a band ("the gang") or a captor word ("rebels", "our fighters"). */
function armedAgent(tokens: Token[], k: number, t1: number): boolean {
  let j = k;
  while (j < t1 && AGENT_DETERMINERS.has(tokens[j].low)) j++;
  if (j >= t1) return false;
  // ("the armed group", "a kidnapping ring": a collective armed by the word before it)
  if (j + 1 < t1 && ARMING.has(tokens[j].low) && COLLECTIVES.has(tokens[j + 1].low)) return true;
  return lexicons().groups.at(tokens, j, t1)?.data === 'attackers' || ARMED_BANDS.has(tokens[j].low) || CAPTOR_WORDS.has(tokens[j].low);
}

/** A subject of civilians before the verb at k ("residents of a village detained ..."). */
function civilianSubject(tokens: Token[], k: number, t0: number): boolean {
  for (let j = k - 1; j >= Math.max(t0, k - 10); j--) {
    const g = lexicons().groups.at(tokens, j, k);
    if (g && g.data === 'civilians') return true;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
function pronounRelative(tokens: Token[], c: FigureCandidate, t1: number): void {
  let j = pastCount(c);
  if (j + 1 >= t1 || c.g1 <= c.mention.t1) return;
  // ("the 12 hostages the gang freed": a definite subject of one noun that names a party)
  if (tokens[j].low === 'the' && j + 2 < t1 && (armedAgent(tokens, j, t1) || STATE_ACTORS.has(tokens[j + 1].low))) j++;
  else if (!RELATIVE_PRONOUNS.has(tokens[j].low)) return;
  j++;
  // ("80 people it was carrying")
  while (j < t1 && (RELATIVE_AUX.has(tokens[j].low) || BE.has(tokens[j].low))) j++;
  const cue = j < t1 ? slotCue(tokens, j, t1, 'pre') : undefined;
  if (!cue || cue.measure === 'other') return;
  c.measure = cue.measure;
  c.how = 'pre';
}

export interface Contexts {
  siege: boolean[];
  disaster: boolean[];
  /** The report as a whole is about people held by force rather than a disaster. */
  docSiege: boolean;
  /** The report is about people in flight: two sentences or more name refugees or the displaced. */
  docFlight: boolean;
  /** The report is about people the state arrests and detains: two sentences or more say so, none names a siege. */
  docCustody: boolean;
}

/** Per sentence, whether it names a siege/hostage incident or a disaster (one pass over the tokens). */
export function incidentContexts(doc: Document): Contexts {
  const { tokens, sentences } = doc;
  const lex = lexicons();
  const siege = sentences.map(() => false);
  const disaster = sentences.map(() => false);
  let nSiege = 0;
  let nDisaster = 0;
  let nFlight = 0;
  let nCustody = 0;
  for (let si = 0; si < sentences.length; si++) {
    const { t0, t1 } = sentences[si];
    let flight = false;
    let custody = false;
    for (let k = t0; k < t1; k++) {
      const hit = lex.contexts.at(tokens, k, t1);
      if (!hit) continue;
      if (hit.data === 'flight') flight = true;
      else if (hit.data === 'custody') custody = true;
      else if (hit.data === 'siege') {
        siege[si] = true;
        nSiege++;
      } else {
        disaster[si] = true;
        nDisaster++;
      }
    }
    if (flight) nFlight++;
    if (custody) nCustody++;
  }
  return { siege, disaster, docSiege: nSiege > nDisaster, docFlight: nFlight >= 2, docCustody: nCustody >= 2 && nSiege === 0 };
}

const EVACUATE = /^evacuat/;
const HOLD = new Set(['held', 'holding', 'hold', 'holds']);
const STATE_ACTORS = new Set(['police', 'army', 'military', 'troops', 'soldiers', 'forces', 'authorities',
  'policemen', 'commandos', 'officers', 'gendarmes', 'gendarmerie', 'security']);
const TAKEN_BY_STATE = new Set(['attackers', 'suspects', 'prisoners', 'inmates', 'people', 'civilians']);

const SURROUNDINGS = new Set(['homes', 'home', 'houses', 'area', 'areas', 'neighbourhood', 'neighborhood', 'vicinity',
  'village', 'villages', 'town', 'towns', 'streets', 'district', 'surrounding', 'nearby', 'city', 'region', 'zone']);
/** "evacuated from the hotel": out of one place (the held building), not from homes or an area around it. */
/** "evacuated 320 civilians, mostly women and children, from the town" in a report whose siege sentence names "the
 * town" ("a blockade around the town of Léré"): the place they left is the one held by attackers, so a rescue. */
function fromHeldPlace(doc: Document, c: FigureCandidate, ctx: Contexts): boolean {
  const { tokens } = doc;
  const t1 = doc.sentences[c.sent].t1;
  const after = pastCount(c);
  for (let k = after; k + 2 < Math.min(t1, after + 14); k++) {
    const w = tokens[k].low;
    // ("320 civilians, mostly women and children, from the town": an "and" inside an aside joins nouns)
    if (w === ';' || w === '.' || (CLAUSE_BREAK.has(w) && w !== 'and')) return false;
    if (w !== 'from' || !DETERMINERS_OF.has(tokens[k + 1].low) || POSSESSIVES.has(tokens[k + 1].low)) continue;
    const place = tokens[k + 2];
    if (place.kind !== 'word') return false;
    // (a town, a village or an area too, when it is the one held: the place a few words after the siege word)
    const lex = lexicons();
    return doc.sentences.some((s, si) => ctx.siege[si] && siegedPlace(tokens, s.t0, s.t1, place.low, lex));
  }
  return false;
}

function siegedPlace(tokens: Token[], t0: number, t1: number, place: string, lex: ReturnType<typeof lexicons>): boolean {
  for (let k = t0; k < t1; k++) {
    const hit = lex.contexts.at(tokens, k, t1);
    if (!hit || hit.data !== 'siege') continue;
    for (let j = hit.end; j < Math.min(t1, hit.end + 4); j++) if (tokens[j].low === place) return true;
  }
  return false;
}

// ("evacuated through the kitchens at the rear", "evacuated out of the hotel": the way out of the held place)
const OUT_OF_PLACE = new Set(['from', 'through']);
function fromBuilding(tokens: Token[], ev: number, t1: number): boolean {
  let k = ev + 1;
  if (k >= t1) return false;
  if (k + 1 < t1 && tokens[k].low === 'out' && tokens[k + 1].low === 'of') k++;
  const way = OUT_OF_PLACE.has(tokens[k].low) || tokens[k].low === 'of' && k > ev + 1;
  if (k + 2 >= t1 || !way || !DETERMINERS_OF.has(tokens[k + 1].low)) return false;
  const noun = tokens[k + 2];
  return noun.kind === 'word' && !SURROUNDINGS.has(noun.low) && !POSSESSIVES.has(tokens[k + 1].low);
}

const NEIGHBOURING = figureWords('neighbouring');
/** "evacuated from neighbouring units", "from nearby homes", "from the surrounding streets": out of the places around
 * a held one, as any evacuation from homes is (the siege word in the sentence notwithstanding). */
function fromAround(tokens: Token[], ev: number, t1: number): boolean {
  const k = ev + 1 < t1 && tokens[ev + 1].low === 'from' ? ev + 2 : -1;
  if (k < 0 || k >= t1) return false;
  const w = DETERMINERS_OF.has(tokens[k].low) && k + 1 < t1 ? tokens[k + 1].low : tokens[k].low;
  return NEIGHBOURING.has(w);
}

/** The cue word of a candidate: the first of `words` between the number's verb window and its reach. */
function cueWord(tokens: Token[], c: FigureCandidate, t0: number, test: (low: string) => boolean): number {
  const from = Math.max(t0, c.mention.t0 - 6);
  const to = Math.min(tokens.length, Math.max(c.reach, c.g1) + 1);
  for (let k = from; k < to; k++) if (test(tokens[k].low)) return k;
  return -1;
}

const DEPLOY = figureWords('deploy');
/** Words between a verb of deployment and the count it sends ("sent a detachment of about 250", "flew in some"). */
const DEPLOY_GAP = new Set(['about', 'some', 'around', 'nearly', 'approximately', 'roughly', 'almost', 'over', 'more',
  'than', 'at', 'least', 'up', 'to', 'a', 'an', 'further', 'additional', 'another', 'extra', 'of', 'in', 'out', 'also',
  'mixed', 'total', 'estimated', 'well']);
/** A count of forces sent to the scene is present ("had sent some 400 troops", "deployed two companies to the area,
 * about 300 soldiers"): only for forces and responders, since "sent 12 to hospital" says nothing of presence. */
function deployedForce(doc: Document, c: FigureCandidate): void {
  if (c.measure || !FORCE_GROUPS.has(c.group)) return;
  const { tokens } = doc;
  const t0 = doc.sentences[c.sent].t0;
  let j = c.mention.t0 - 1;
  for (let n = 0; j >= t0 && n < 6 && (DEPLOY_GAP.has(tokens[j].low) || UNITS_OF.has(tokens[j].low)); n++) j--;
  // ("deployed four fire tenders and about forty personnel": the verb's first object, a count of things, between)
  if (j > t0 && tokens[j].low === 'and') {
    let k = j - 1;
    let counted = false;
    for (let n = 0; k >= t0 && n < 5 && tokens[k].kind !== 'punct' && !DEPLOY.has(tokens[k].low); n++, k--) {
      if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) counted = true;
    }
    if (counted && k >= t0 && DEPLOY.has(tokens[k].low)) j = k;
  }
  if (j >= t0 && tokens[j].low === ',') {
    // an apposition that restates what was sent: the verb stands in the clause before the comma
    for (let k = j - 1; k >= Math.max(t0, j - 8); k--) {
      if (tokens[k].low === ',' || tokens[k].low === ';') return;
      if (DEPLOY.has(tokens[k].low)) { j = k; break; }
    }
  }
  if (j < t0 || !DEPLOY.has(tokens[j].low)) return;
  c.measure = 'present';
  c.how = 'pre';
}

/** Verbs of getting away from custody ("escaped", "broke out", "got out"). */
const ESCAPE_VERBS = figureWords('escape');

/** The document names a place of custody (a prison, a jail); read once per document. */
const namesCustody = perDocument((doc) => doc.tokens.some((t) => CUSTODY_PLACES.has(t.low)));

/** "prisoners who broke out", "inmates who escaped": a relative clause of escape right after the counted noun. */
function escapedAfter(tokens: Token[], c: FigureCandidate): boolean {
  const k = c.g1;
  if (k + 1 >= tokens.length || (tokens[k].low !== 'who' && tokens[k].low !== 'that')) return false;
  let v = k + 1;
  while (v < Math.min(tokens.length, k + 4) && (tokens[v].low === 'had' || tokens[v].low === 'have')) v++;
  return v < tokens.length && ESCAPE_VERBS.has(tokens[v].low);
}

const REGISTERED = new Set(['registered', 'profiled']);
const REGISTER_AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'newly']);
/** "registered 7,812 people", "2,310 people were registered", "1,150 people had registered": a verb of registering
 * right before the count or after its noun (past auxiliaries). */
function registered(tokens: Token[], c: FigureCandidate, t0: number, t1: number): boolean {
  if (c.mention.t0 > t0 && REGISTERED.has(tokens[c.mention.t0 - 1].low)) return true;
  let k = pastCount(c);
  while (k < t1 && k < pastCount(c) + 3 && REGISTER_AUX.has(tokens[k].low)) k++;
  return k > pastCount(c) && k < t1 && REGISTERED.has(tokens[k].low);
}

/** Measures that depend on the incident or on who took whom ("evacuated" from a siege is freed). */
export function byIncident(doc: Document, c: FigureCandidate, ctx: Contexts): void {
  const { tokens } = doc;
  deployedForce(doc, c);
  // hostages are held by definition ("the hostages, numbering 26")
  if (c.measure === 'present' && c.group === 'hostages') c.measure = 'held';
  // "Six pupils have walked out of the building", "All the hostages are out": in a hostage or siege report, leaving
  // the held place frees them
  if ((!c.measure || c.measure === 'held') && (ctx.siege[c.sent] || ctx.docSiege) && walkedOut(tokens, c, doc.sentences[c.sent].t1)) {
    c.measure = 'freed';
    c.how = 'post';
  }
  // ("36 pupils were recovered by soldiers", "police recovered 31 passengers": in a kidnapping or hijacking report,
  // people taken back are freed; bodies are not)
  if (!c.measure && (ctx.siege[c.sent] || ctx.docSiege) && c.group !== 'attackers' && c.group !== 'suspects' &&
    !BODY_WORDS.has(tokens[c.g1 - 1]?.low ?? '') && (c.mention.t0 > 0 && RECOVERED.has(tokens[c.mention.t0 - 1].low) ||
    recoveredAfter(tokens, pastCount(c), doc.sentences[c.sent].t1))) {
    c.measure = 'freed';
    c.how = 'post';
  }
  // ("Two suspects were arrested. The other two are still being sought": suspects at large are sought, not missing;
  // guide: suspects who fled are other)
  if (c.measure === 'missing' && (c.group === 'suspects' || c.group === 'attackers')) c.measure = 'other';
  // escaped prisoners are neither freed nor held (guide: other)
  // (attackers who got away are not freed either: "five gunmen were killed; two others escaped")
  // ("212 inmates who fled" is not displacement either)
  // ("The ministry said 198 escaped" in a report on a prison break: a bare count that escaped custody)
  if ((c.measure === 'freed' || c.measure === 'displaced') && (PRISONERS.has(c.group) || c.group === 'attackers' ||
    c.group === 'suspects' || (c.group === 'people' && !c.knownGroup && namesCustody(doc))) &&
    cueWord(tokens, c, doc.sentences[c.sent].t0, (w) => ESCAPE_VERBS.has(w)) >= 0) {
    c.measure = attackActAfter(tokens, c, doc.sentences[c.sent].t1) ? 'present' : 'other';
    return;
  }
  // ("Two men opened fire on the crowd", "at least two individuals fired handguns toward the crowd": people a count
  // names by no role, whose own verb is the shooting, are the attackers, there)
  if (!c.measure && SHOOTERS.has(c.group) && c.g1 > c.mention.t1 && firedNext(tokens, c.g1, doc.sentences[c.sent].t1)) {
    c.measure = 'present';
    c.group = 'attackers';
    c.knownGroup = true;
    return;
  }
  // ("2,310 people were registered", "IOM registered 7,812 people" in a report on people in flight: those an agency
  // registers are the displaced it counts)
  if (!c.measure && ctx.docFlight && registered(tokens, c, doc.sentences[c.sent].t0, doc.sentences[c.sent].t1)) {
    c.measure = 'displaced';
    c.how = 'pre';
  }
  // ("searching for 52 prisoners who broke out": a search for prisoners who got away is for escapees, other)
  if (c.measure === 'missing' && (PRISONERS.has(c.group) || c.group === 'escapees') && escapedAfter(tokens, c)) {
    c.measure = 'other';
    return;
  }
  // "the hijackers let 25 women and children go": freed by their captors
  // ("the gang let the 12 women go": a determiner between)
  // ("had let him and four elderly women go": one person named by a pronoun first)
  const letAt = c.mention.t0 > 1 && tokens[c.mention.t0 - 1].low === 'the' ? c.mention.t0 - 1 :
    c.mention.t0 > 3 && tokens[c.mention.t0 - 1].low === 'and' && OBJECT_PRONOUNS.has(tokens[c.mention.t0 - 2].low) ?
      c.mention.t0 - 2 : c.mention.t0;
  if (!c.measure && letAt > 0 && tokens[letAt - 1].low === 'let' &&
    pastCount(c) < tokens.length && tokens[pastCount(c)].low === 'go') {
    c.measure = 'freed';
    c.how = 'pre';
    c.reach = pastCount(c) + 1;
  }
  // "the hijackers allowed 30 passengers to leave the plane": let go by their captors
  const leaveAt = pastCount(c);
  if (!c.measure && c.mention.t0 > 0 && (tokens[c.mention.t0 - 1].low === 'allowed' || tokens[c.mention.t0 - 1].low === 'permitted') &&
    leaveAt + 1 < tokens.length && tokens[leaveAt].low === 'to' && LEAVE_VERBS.has(tokens[leaveAt + 1].low)) {
    c.measure = 'freed';
    c.how = 'pre';
    c.reach = leaveAt + 2;
  }
  // "officers picked up 9 suspects": picked up by the state is an arrest ("a boat picked up 30 survivors" is not)
  if (!c.measure && c.mention.t0 > 1 && tokens[c.mention.t0 - 1].low === 'up' && tokens[c.mention.t0 - 2].low === 'picked' &&
    stateSubject(tokens, c.mention.t0 - 2, doc.sentences[c.sent].t0) === true) {
    c.measure = 'arrested';
    c.how = 'pre';
  }
  // ("a man fired through the door, hitting one officer in the shoulder": a shot that hits people in a part of the
  // body hurts them, as "was hit in the leg" does)
  if (!c.measure && c.mention.t0 > 0 && HITTING.has(tokens[c.mention.t0 - 1].low) &&
    inBodyPart(tokens, Math.max(c.g1, c.mention.t1), doc.sentences[c.sent].t1) > 0) {
    c.measure = 'injured';
    c.how = 'pre';
  }
  // "its vessels had picked up 46 others from the sea": a boat, crew or rescuer picking people up saves them
  if (!c.measure && c.mention.t0 > 1 && tokens[c.mention.t0 - 1].low === 'up' && tokens[c.mention.t0 - 2].low === 'picked' &&
    pickerBefore(tokens, c.mention.t0 - 2, doc.sentences[c.sent].t0)) {
    c.measure = 'freed';
    c.how = 'pre';
  }
  // ("nine climbers were caught by the avalanche", "caught in the blaze": caught by a hazard is no arrest)
  if (c.measure === 'arrested' && c.how === 'post') {
    const cu = cueWord(tokens, c, doc.sentences[c.sent].t0, (w) => w === 'caught');
    const by = cu >= 0 ? tokens[cu + 1]?.low : undefined;
    // ("Three members of the party were caught and carried 150 metres": caught by the slide that carried them)
    if (by === 'and' && CARRIED.has(tokens[cu + 2]?.low ?? '')) c.measure = undefined;
    if (by === 'by' || by === 'in' || by === 'up') {
      for (let j = cu + 2; j < Math.min(cu + 6, doc.sentences[c.sent].t1); j++) {
        if (HAZARDS.has(tokens[j].low)) c.measure = undefined;
      }
    }
  }
  // ("five were picked up by the standby vessel Grand Banks Provider": picked up by a craft or its crew is a rescue,
  // whatever words stand before the craft)
  if (c.measure === 'arrested' && c.how === 'post') {
    const pu = cueWord(tokens, c, doc.sentences[c.sent].t0, (w) => w === 'picked');
    if (pu >= 0 && tokens[pu + 1]?.low === 'up' && tokens[pu + 2]?.low === 'by') {
      for (let j = pu + 3; j < Math.min(pu + 7, doc.sentences[c.sent].t1) && tokens[j].kind === 'word'; j++) {
        if (PICKERS.has(tokens[j].low)) c.measure = 'freed';
      }
    }
  }
  // "the 14 workers detained by their fighters": detained by an armed party is captivity, not arrest
  if (c.measure === 'arrested' && c.how === 'post') {
    const d = cueWord(tokens, c, doc.sentences[c.sent].t0, (w) => DETAIN_WORDS.has(w));
    if (d >= 0 && tokens[d + 1]?.low === 'by' && armedAgent(tokens, d + 2, doc.sentences[c.sent].t1)) c.measure = 'held';
  }
  // ("residents of a village detained 28 police officers": civilians who detain people hold them captive;
  // only the state arrests)
  if (c.measure === 'arrested' && c.how === 'pre' && c.mention.t0 > 1 && DETAIN_WORDS.has(tokens[c.mention.t0 - 1].low) &&
    stateSubject(tokens, c.mention.t0 - 1, doc.sentences[c.sent].t0) !== true &&
    civilianSubject(tokens, c.mention.t0 - 1, doc.sentences[c.sent].t0)) c.measure = 'held';
  // ("its fighters had "arrested" 34 passengers": an armed party's arrest, in scare quotes or not, is captivity)
  if (c.measure === 'arrested' && c.how === 'pre') {
    let v = c.mention.t0 - 1;
    if (v > 0 && /^["\u201c\u201d']$/.test(tokens[v].text)) v--;
    // (no state actor anywhere before the verb: "Soldiers who fought the militants arrested 12" is the state's)
    const t0 = doc.sentences[c.sent].t0;
    if (v > 0 && DETAIN_WORDS.has(tokens[v].low) && stateSubject(tokens, v, t0) === false &&
      firstStateActor(doc, c.sent) >= v) c.measure = 'held';
  }
  // "a video of 5 engineers it abducted": a relative clause with a pronoun subject and no "that" says what befell them
  if (!c.measure) pronounRelative(tokens, c, doc.sentences[c.sent].t1);
  // "gunmen rounded up 40 villagers and led them into the bush": rounded up by attackers is captivity, not arrest
  if (c.measure === 'arrested' && c.how === 'pre' && c.mention.t0 > 1 && tokens[c.mention.t0 - 1].low === 'up' &&
    (tokens[c.mention.t0 - 2].low === 'rounded' || tokens[c.mention.t0 - 2].low === 'rounding') &&
    stateSubject(tokens, c.mention.t0 - 2, doc.sentences[c.sent].t0) === false) c.measure = 'held';
  if (!c.measure) bareTaken(doc, c, ctx);
  else takenOutOfThoseAboard(doc, c, ctx);
  // "the plane had 180 passengers", "a bus which had 45 passengers": a vehicle's people are those aboard
  if (!c.measure && (c.group === 'passengers' || c.group === 'crew') && c.mention.t0 > 0 &&
    VEHICLE_HAD.has(tokens[c.mention.t0 - 1].low)) {
    c.measure = 'present';
    c.how = 'pre';
  }
  if (c.measure === 'missing' && c.how === 'post' && wasUnderground(tokens, c)) c.measure = 'present';
  // "the mine had 80 workers underground": who was there when it happened
  if (c.measure === 'missing' && c.how === 'post' && c.mention.t0 > 0 && VEHICLE_HAD.has(tokens[c.mention.t0 - 1].low) &&
    tokens[pastCount(c)]?.low === 'underground') c.measure = 'present';
  // "troops recovered 14 kidnapped victims": taken back from the captors
  if (c.measure === 'held' && c.mention.t0 > 0 && RECOVERED.has(tokens[c.mention.t0 - 1].low)) c.measure = 'freed';
  // ("Two of the abducted nurses were recovered safe and sound": the passive too, after the captives' own noun)
  if (c.measure === 'held' && recoveredAfter(tokens, pastCount(c), doc.sentences[c.sent].t1)) c.measure = 'freed';
  // ("eight of the abducted passengers had been found", "three of the kidnapped workers managed to escape", "19 more
  // abducted villagers regain freedom": captives named by their captivity whose own verb says they got back)
  if (c.measure === 'held' && c.how !== 'pre' && backFromCaptivity(tokens, pastCount(c), doc.sentences[c.sent].t1)) c.measure = 'freed';
  if (c.measure !== 'displaced' && c.measure !== 'held' && c.measure !== 'arrested') return;
  const { t0, t1 } = doc.sentences[c.sent];
  if (c.measure === 'displaced') {
    const ev = cueWord(tokens, c, t0, (w) => EVACUATE.test(w));
    if (ev < 0) return;
    // In a siege report, the guests, shoppers or passengers led out of the held place are freed; residents
    // evacuated from around it are displaced like any evacuation from homes.
    const inside = ctx.docSiege && ((c.group !== 'people' && c.group !== 'civilians') || fromBuilding(tokens, ev, t1) ||
      fromHeldPlace(doc, c, ctx));
    if ((ctx.siege[c.sent] || inside) && !ctx.disaster[c.sent] && !fromAround(tokens, ev, t1)) c.measure = 'freed';
    return;
  }
  const k = cueWord(tokens, c, t0, (w) => CAPTURE.has(w) || HOLD.has(w));
  if (k < 0) return;
  if (HOLD.has(tokens[k].low)) {
    // "police held 3 men", "the army is holding 40 suspects": held by the state is arrested
    // ("300 soldiers had been held by crowds": a verb after the count is passive; only its "by" agent holds them)
    // ("troops had located the area where the hostages were being held and at least six were still with the rebels": a
    // passive "held" before the count has its own subject; the troops before it hold no one)
    const passiveBefore = k < c.mention.t0 && k > t0 && tokens[k].low === 'held' && /^(being|been|were|was|are|is)$/.test(tokens[k - 1].low);
    const agent = k > c.mention.t0 ? (tokens[k + 1]?.low === 'by' ? stateSubject(tokens, Math.min(t1, k + 5), k + 1) : undefined) :
      passiveBefore ? undefined : stateSubject(tokens, k, t0);
    // ("some 200 residents surrounded an army platoon and held 28 soldiers": residents holding soldiers keep them
    // captive; the army word before names no subject)
    const residents = c.group === 'security_forces' && k < c.mention.t0 && civilianSubject(tokens, k, t0);
    if (c.measure === 'held' && agent && !residents) c.measure = 'arrested';
    // ("four suspects are being held": suspects and attackers are held by the state)
    if (c.measure === 'held' && k > c.mention.t0 && (c.group === 'suspects' || c.group === 'attackers') && agent === undefined) {
      c.measure = 'arrested';
    }
    // ("30 people were held overnight at the police station", "240 held under emergency laws": a place or a law of
    // custody after the verb makes it the state's)
    if (c.measure === 'held' && k > c.mention.t0 && heldByLaw(tokens, k + 1, t1)) c.measure = 'arrested';
    // ("at least 50 people were held for three days" in a report on a crackdown: held with no holder named, where the
    // report is about the state's arrests, is in its custody)
    if (c.measure === 'held' && ctx.docCustody && agent === undefined && !residents && c.group !== 'security_forces' &&
      c.group !== 'hostages' && !(k > c.mention.t0 && tokens[k + 1]?.low === 'by')) c.measure = 'arrested';
    return;
  }
  if (c.group === 'security_forces') {
    // soldiers who surrender to, or are captured by, a non-state party; a state's "our troops" take them
    // ("were captured by our forces", "surrendered to our troops", "Our troops ... captured two (2) members")
    c.measure = ourTroops(tokens, k, t0, t1) ? 'arrested' : 'held';
    return;
  }
  if (c.group === 'attackers' || c.group === 'suspects') {
    c.measure = 'arrested'; // the state takes attackers
    return;
  }
  if (!TAKEN_BY_STATE.has(c.group)) return;
  // "police captured 5 people" vs "gunmen seized 5 people": the subject before the verb decides
  const subject = stateSubject(tokens, k, t0, t1);
  if (subject !== undefined) c.measure = subject ? 'arrested' : 'held';
}

const LAW_WORDS = figureWords('law');
/** A custody place ("at the police station", "in jail") or a law ("under emergency laws") a few words after "held". */
function heldByLaw(tokens: Token[], from: number, t1: number): boolean {
  for (let j = from; j < Math.min(t1, from + 6); j++) {
    const w = tokens[j].low;
    if (w === ',' || w === ';' || w === '.' || w === 'by' || w === 'and') return false;
    if (CUSTODY_PLACES.has(w) || (w === 'police' && j + 1 < t1 && (tokens[j + 1].low === 'station' || tokens[j + 1].low === 'stations' ||
      tokens[j + 1].low === 'cells'))) return true;
    if (w === 'under') {
      for (let u = j + 1; u < Math.min(t1, j + 4); u++) if (LAW_WORDS.has(tokens[u].low)) return true;
      return false;
    }
  }
  return false;
}

/** "30 miners were underground when the roof fell" says who was there (present); "still underground",
 * "remain underground", "believed to be underground" say who has not come out (missing). */
function wasUnderground(tokens: Token[], c: FigureCandidate): boolean {
  const end = Math.min(tokens.length, c.reach);
  let k = pastCount(c);
  // ("30 to 35 artisanal miners (makorokoza) were underground": past a bracket that glosses the noun)
  if (k + 2 < end && tokens[k].low === '(' && tokens[k + 2].low === ')') k += 3;
  if (k >= end || (tokens[k].low !== 'were' && tokens[k].low !== 'was')) return false;
  k++;
  return k < end && tokens[k].low === 'underground';
}
const RECOVERED = figureWords('recovered');
const BODY_WORDS = new Set(['bodies', 'body', 'corpses', 'remains']);
const RECOVERED_SKIP = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'later', 'since', 'all']);
/** From `k`, past at most `reach` words of `skip` or "-ly" adverbs: the token where the verb stands. */
function pastAuxiliaries(tokens: Token[], k: number, t1: number, skip: Set<string>, reach: number): number {
  let j = k;
  while (j < Math.min(t1, k + reach) && (skip.has(tokens[j].low) || endsInLy(tokens[j].low))) j++;
  return j;
}
/** "... were (later) recovered" right after the counted noun at `k`: a passive of taking captives back. */
function recoveredAfter(tokens: Token[], k: number, t1: number): boolean {
  const j = pastAuxiliaries(tokens, k, t1, RECOVERED_SKIP, 4);
  return j > k && j < t1 && RECOVERED.has(tokens[j].low);
}
const BACK_VERBS = new Set(['found', 'escaped', 'escape', 'regained', 'regain', 'regains']);
const BACK_SKIP = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'later', 'since', 'all', 'managed', 'to', 'also', 'now']);
/** "had been found", "managed to escape", "regain freedom", "found their way back", "walked back": a captive's own
 * verb of getting back right after the counted noun at `k` (not "found dead"). */
function backFromCaptivity(tokens: Token[], k: number, t1: number): boolean {
  const j = pastAuxiliaries(tokens, k, t1, BACK_SKIP, 5);
  if (j >= t1) return false;
  const w = tokens[j].low;
  if (w === 'walked' || w === 'made') return tokens[j + 1]?.low === 'back' || tokens[j + 2]?.low === 'way';
  return BACK_VERBS.has(w) && !(j + 1 < t1 && /^(dead|killed|murdered|buried)$/.test(tokens[j + 1].low));
}
/** Verbs of a shot or blow landing on someone, before the people it hit ("hitting one officer in the shoulder"). */
const HITTING = figureWords('hitting');
const PICKERS = figureWords('picker');
/** The subject of "picked up" at `k` is a boat or a rescuer ("its vessels had", "a passing trawler", "fishermen"): at
 * most four words back, over auxiliaries and modifiers, and over the craft's own name after its noun ('the fishing
 * boat F/B "Santo Niño 3" picked up seven', "the trawler Ocean Star picked up nine"). */
function pickerBefore(tokens: Token[], k: number, t0: number): boolean {
  let j = k - 1;
  const name = j;
  // (a name: capitalised words, a number, a registry prefix's slash, and the quotes around them)
  while (j >= Math.max(t0, k - 9) && (/^\p{Lu}/u.test(tokens[j].text) || tokens[j].kind === 'num' ||
    tokens[j].text === '"' || tokens[j].text === '“' || tokens[j].text === '”' || tokens[j].text === '/')) j--;
  if (j < name && j >= t0 && PICKERS.has(tokens[j].low)) return true;
  for (j = k - 1; j >= Math.max(t0, k - 4); j--) {
    if (PICKERS.has(tokens[j].low)) return true;
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}

/** The nearest actor before the verb at k: true for the state (police, troops), false for attackers. */
const firstStateActors = perDocument(() => new Map<number, number>());
/**
 * Where the sentence's first state actor stands (its end when it has none): whether one stands anywhere before a
 * verb, asked per count, without reading the sentence again each time (one 1 MB sentence of counts).
 */
function firstStateActor(doc: Document, sent: number): number {
  const bySentence = firstStateActors(doc);
  let at = bySentence.get(sent);
  if (at === undefined) {
    const { t0, t1 } = doc.sentences[sent];
    at = t0;
    while (at < t1 && !STATE_ACTORS.has(doc.tokens[at].low)) at++;
    bySentence.set(sent, at);
  }
  return at;
}

const CLAUSE_OPEN_AFTER_COMMA = new Set(['as', 'while', 'whereas', 'but', 'because', 'when', 'although', 'though']);
export function stateSubject(tokens: Token[], k: number, t0: number, t1 = k): boolean | undefined {
  const lex = lexicons();
  for (let j = k - 1; j >= Math.max(t0, k - 10); j--) {
    // ("..., police said, as a rebel group said it was holding six foreigners": a clause opened after a comma has a
    // subject of its own; the state named before it does not hold them)
    if (j > t0 && tokens[j - 1].low === ',' && CLAUSE_OPEN_AFTER_COMMA.has(tokens[j].low)) return undefined;
    // ("a man armed with what police said was a home-made bomb held 11 people": the state as speaker holds no one)
    // (but "The army said it was holding 12 suspects": the state speaks of itself)
    if (STATE_ACTORS.has(tokens[j].low) && j + 2 < k && lex.reporting.has(tokens[j + 1].low) && BE.has(tokens[j + 2].low)) continue;
    // ("A group calling itself the Hararghe Liberation Army said it held 23 soldiers": an armed party's name ends in "Army")
    if (STATE_ACTORS.has(tokens[j].low)) return lex.sources.endingAt(tokens, j + 1, t0)?.data.kind === 'militant' ? false : true;
    const g = lex.groups.at(tokens, j, Math.min(t1, k));
    if (g && g.data === 'attackers') return false;
  }
  return undefined;
}

/** A state's own forces as the party that took soldiers: "our forces / troops / army / units / border guards" right after
 * the verb ("captured by our forces", "surrendered to our troops") or as the subject within six words before it. */
const OUR_FORCES = new Set(['forces', 'troops', 'army', 'units', 'unit', 'guards', 'soldiers']);
function ourTroops(tokens: Token[], k: number, t0: number, t1: number): boolean {
  const ours = (j: number): boolean => tokens[j]?.low === 'our' && (OUR_FORCES.has(tokens[j + 1]?.low ?? '') ||
    (tokens[j + 1]?.kind === 'word' && OUR_FORCES.has(tokens[j + 2]?.low ?? '')));
  if (k + 2 < t1 && (tokens[k + 1].low === 'by' || tokens[k + 1].low === 'to') && ours(k + 2)) return true;
  for (let j = k - 1; j >= Math.max(t0, k - 6); j--) if (ours(j)) return true;
  return false;
}
