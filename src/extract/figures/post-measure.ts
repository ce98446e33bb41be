// The measure after the counted noun: passive and finite verbs ("12 soldiers were killed"), harm
// states ("with gunshot wounds"), coordinated predicates and breakdowns named inline after the noun.
import type { Measure } from '../types.js';
import type { Token } from '../document.js';
import { parseNumber } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { aliveOut, alongAside, captorsHands, listedAside, stateIn } from '../states.js';
import { bracketedFigure, plural, figureWords, numberSignDot, DENIALS, POST_SKIP, HARM_VERBS, BREAK_VERBS, BODY_PARTS, PARTICIPLE_PREPS, HOSPITAL_MOVES, HARM_NOUNS, HARM_FINITE, MODALS,
  FUNCTION, PART_INTRO, RATE_UNITS, BANDS_OF, UNITS_OF, HARM_HEADS, STATE_HEADS, DETERMINERS_OF, PLACE_PREPS, BE,
  STATE_AUX, isCap, PERFECT, TITLES, PLACE_PLURALS, PERSON_NOUN, CLAUSE_BREAK, FINITE_ONLY, IRREGULAR_PARTICIPLES,
  POSSESSIVES, ARTICLES, SUBSET_MEASURE, lyAdverb } from './words.js';
import { slotCue, skipToCue } from './cues.js';
import { findGroup } from './group.js';
import { ageAfterName, nextPersonWithAge, ageAside, namesAside, originList, sharedOrigin, dashAside, actedAside, aliveAside, closingBracket,
  havingAside } from './asides.js';
import { mainAfterClause, finiteAfter } from './clauses.js';
import { caredFor, custodyMove, finiteCustodyMove, toHospital } from './moves.js';

/** Words after a count that place its people at the scene ("23 people present", "the workers there"). */
const AT_SCENE = new Set(['present', 'there']);
const STILL_AT = new Set(['inside', 'aboard', 'there', 'present']);
/** Where people ran to, after a verb of running away ("fled into the hills", "ran towards the river"). */
const FLED_TO = new Set(['into', 'to', 'towards', 'toward']);
/** Collectives counted after "of" ("a crew of two", "a team of five"). */
const CREW_WORDS = new Set(['crew', 'team', 'staff', 'group', 'party', 'squad', 'unit']);
/** Activities that place people at the scene, after a form of "be" ("were queuing"). */
const PRESENT_ING = new Set(['queuing', 'queueing', 'praying', 'attending', 'watching', 'waiting', 'sleeping',
  'standing', 'shopping', 'working', 'staying', 'living', 'camping', 'worshipping', 'travelling', 'traveling',
  'sheltering', 'gathered', 'crowded', 'inside', 'aboard', 'present',
  // ("200 soldiers, backed by a helicopter, were searching the hills": responders at work are at the scene)
  'searching', 'patrolling', 'combing', 'boarding']);
/** Verbs whose object takes its state after it ("leaving nine soldiers and a civilian dead"). */
const LEAVING = new Set(['leaving', 'left', 'leave', 'leaves']);
/** Words opening an aside about all the people counted (", both girls aged 14,"). */
const WHOLE_APPOSITION = new Set(['both', 'all']);
/** Words for all or most of a count, opening an aside on it ("five, all with burns"). */
const WHOLE_OF = new Set(['all', 'most', 'each', 'both']);
/** "with (gunshot) injuries / wounds / burns" right after a verb of moving: the end of the harm noun, else -1. */
function withHarm(tokens: Token[], k: number, t1: number): number {
  // ("had been brought in overnight with gunshot and cut wounds": an adverb of time between the move and the harm)
  if (k + 1 < t1 && TIME_ADVERBS.has(tokens[k].low)) k++;
  // ("9 others were evacuated by helicopter to Oksibil with gunshot wounds": past a short route in plain words)
  const route = k;
  while (k < Math.min(t1, route + 6) && tokens[k].kind === 'word' && tokens[k].low !== 'with' && tokens[k].low !== 'and') k++;
  if (k >= t1 || tokens[k].low !== 'with') return -1;
  for (let j = k + 1; j < Math.min(t1, k + 5); j++) {
    if (HARM_NOUNS.has(tokens[j].low)) return j + 1;
    if (tokens[j].kind !== 'word' || FUNCTION.has(tokens[j].low) && tokens[j].low !== 'and') return -1;
  }
  return -1;
}
const TIME_ADVERBS = figureWords('time-adverb');
const ATTACK_ACTS = figureWords('attack-act');
const CALLS = new Set(['urged', 'asked', 'told', 'ordered', 'called', 'advised', 'warned', 'encouraged', 'urging', 'asking']);
/** A verb of calling on people a few words before `k` ("urged 5,000 residents to"). */
function calledBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (CALLS.has(tokens[j].low)) return true;
    if (tokens[j].low === '.' || tokens[j].low === ';') return false;
  }
  return false;
}
/** A crossing cue ("crossed from Congo", "crossed the border", its verb among its last three words) followed in its
 * clause by an act of attack ("by boat and attacked"). */
function crossedToAttack(tokens: Token[], cue: { measure: Measure; end: number }, t1: number): boolean {
  if (cue.measure !== 'displaced' || ![1, 2, 3].some((d) => /^cross/.test(tokens[cue.end - d]?.low ?? ''))) return false;
  for (let k = cue.end; k < Math.min(t1, cue.end + 14); k++) {
    if (tokens[k].low === ';' || tokens[k].low === '.') return false;
    if (ATTACK_ACTS.has(tokens[k].low)) return true;
  }
  return false;
}
const NOT_PARTICIPLES = new Set(['during', 'including', 'according', 'following', 'regarding', 'concerning',
  'nothing', 'something', 'anything', 'morning', 'evening', 'building', 'king', 'thing', 'bring', 'spring', 'ceiling']);
/** "were in critical condition", "are in custody": not a place where people were present. */
const NOT_PLACES = new Set(['possession', 'critical', 'serious', 'stable', 'condition', 'custody', 'captivity', 'hospital', 'hospitals',
  'shock', 'danger', 'touch', 'contact', 'charge', 'favour', 'favor', 'talks', 'hiding', 'mourning', 'good',
  'poor', 'fair', 'need', 'care', 'intensive', 'icu', 'treatment', 'a', 'an', 'the', 'their', 'fact', 'total',
  'addition', 'all', 'least', 'most', 'risk', 'pain', 'tears', 'power', 'control', 'command', 'place', 'time',
  'shelter', 'shelters', 'camps', 'camp', 'relief', 'stock', 'jail', 'jails', 'prison', 'detention', 'queue',
  'heavy', 'state', 'grave', 'satisfactory', 'bad', 'severe', 'moderate', 'urgent', 'safe', 'agony', 'coma']);
const UNHARMED = figureWords('unharmed');

/** Measure from a verb/adjective after the noun phrase ("were killed", "dead", "on board"). */
const THEN = figureWords('then');
const PATIENTS = new Set(['patients', 'patient', 'inpatients']);
const CRITICAL_AFTER = new Set([',', '.', ';', ':', ')', '-', '\u2014', '\u2013', 'after', 'following', 'in', 'at', 'and']);

/** "sustained gunshot wounds and died on the way", "were wounded and later died": coordinated predicates give the
 * later outcome, so harm followed by "and (later) died" is a death. Returns the end of the later verb. */
function laterDeath(tokens: Token[], k: number, t1: number, want: Measure = 'killed'): number {
  // ("were badly hurt in the fall and later died": a short phrase of words may stand before "and")
  const stop = Math.min(t1, k + 6);
  while (k < stop && tokens[k].low !== 'and' && tokens[k].kind === 'word' && !BE.has(tokens[k].low)) k++;
  if (k >= t1 || tokens[k].low !== 'and') return -1;
  let j = k + 1;
  // ("were missing for hours and were located alive": the found keep their own auxiliary)
  if (want === 'freed' && j < t1 && (tokens[j].low === 'were' || tokens[j].low === 'was')) j++;
  while (j < t1 && THEN.has(tokens[j].low)) j++;
  const cue = j < t1 ? slotCue(tokens, j, t1, 'post') : undefined;
  // (not a verb with an object of its own: "destroyed four vehicles and killed 27 soldiers")
  return cue?.measure === want && !objectAt(tokens, cue.end, t1) ? cue.end : -1;
}

/** A count, a determiner, a vague count or a noun of people at `e`: the object of the verb before it ("killed 27
 * soldiers", "rescued several passengers"). */
function objectAt(tokens: Token[], e: number, t1: number): boolean {
  if (e >= t1) return false;
  const lex = lexicons();
  return tokens[e].kind === 'num' || lex.numberWords.has(tokens[e].low) || DETERMINERS_OF.has(tokens[e].low) ||
    !!lex.vague.at(tokens, e, t1) || !!lex.groups.at(tokens, e, t1);
}

/** "... and escaped": the verb right after "and" at `k` (past "then", "later"), when it is a cue with no object of its
 * own (a count or a determiner after it) and not a state of being somewhere. */
function laterVerb(tokens: Token[], k: number, t1: number): { measure: Measure; end: number } | undefined {
  let j = k + 1;
  while (j < t1 && THEN.has(tokens[j].low)) j++;
  if (j >= t1 || tokens[j].kind !== 'word' || BE.has(tokens[j].low)) return undefined;
  const cue = slotCue(tokens, j, t1, 'post');
  if (!cue || cue.measure === 'present') return undefined;
  // ("jumped into the river and rescued several passengers": the rescued are the object, not the divers)
  return objectAt(tokens, cue.end, t1) ? undefined : cue;
}

/** An object right after a verb: a count of people that no verb of its own follows ("killed 30 soldiers." but not
 * the tally "5 killed 12 injured"), or "the" and a people or harm noun ("treated the wounded"). */
const OBJECT_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'its']);
function activeObject(tokens: Token[], e: number, t1: number, verb?: Measure): boolean {
  if (e + 1 >= t1) return false;
  const lex = lexicons();
  const at = tokens[e];
  if (at.kind === 'num' || lex.numberWords.has(at.low)) {
    const gm = lex.groups.at(tokens, e + 1, t1);
    // ("Two robbers held 17 people inside the branch", "held 17 people hostage": a place, or the verb's own
    // complement, after the object is no verb of the object's own)
    const after = gm && gm.end < t1 ? slotCue(tokens, gm.end, t1, 'post') : undefined;
    return !!gm && (!after || after.measure === 'present' || after.measure === verb);
  }
  // ("Two gunmen killed a teacher", "four soldiers shot dead a suspect": one person as the object)
  // (not an agent: "12 people held by a criminal organisation")
  if ((at.low === 'a' || at.low === 'an') && tokens[e - 1].low !== 'by' && tokens[e + 1].kind === 'word' &&
    lex.groups.word(plural(tokens[e + 1].low)) !== undefined) return true;
  return OBJECT_DETERMINERS.has(at.low) && (!!lex.groups.at(tokens, e + 1, t1) || HARM_HEADS.has(tokens[e + 1].low));
}

const PERFECT_ADVERBS = new Set(['already', 'also', 'now', 'reportedly', 'since', 'so', 'far']);
/** Tokens [q, k) are the auxiliary of an active perfect ("have", "had already"): no "been", no "were". */
function perfectOnly(tokens: Token[], q: number, k: number): boolean {
  let have = false;
  for (let j = q; j < k; j++) {
    if (PERFECT.has(tokens[j].low)) have = true;
    else if (!PERFECT_ADVERBS.has(tokens[j].low)) return false;
  }
  return have;
}

/** "N men with burns (later) died": a death verb right after the harm noun that describes the people. */
function withHarmThenDied(tokens: Token[], k: number, t1: number): number {
  while (k < t1 && (THEN.has(tokens[k].low) || tokens[k].low === 'have' || tokens[k].low === 'had' || tokens[k].low === 'has')) k++;
  const cue = k < t1 ? slotCue(tokens, k, t1, 'post') : undefined;
  return cue?.measure === 'killed' ? cue.end : -1;
}

/** "... in the bush and reunited with their families": "and" within a few words of a place, then a post cue of a
 * measure other than presence (no new subject between: a number or a group noun ends the search). */
function coordinatedVerb(tokens: Token[], from: number, t1: number): { measure: Measure; end: number } | undefined {
  const lex = lexicons();
  for (let k = from; k < Math.min(t1, from + 5); k++) {
    const low = tokens[k].low;
    if (tokens[k].kind === 'num' || low === ',' || low === ';' || low === '.' || lex.groups.at(tokens, k, t1)) return undefined;
    if (low !== 'and' || k + 1 >= t1) continue;
    const cue = slotCue(tokens, k + 1, t1, 'post');
    return cue && cue.measure !== 'present' ? cue : undefined;
  }
  return undefined;
}

/** "eight civilians including two children were killed": a breakdown after the counted noun with no comma before
 * it; from "including" at `k`, up to three counted items joined by "and", each a count and a noun of people, ending
 * right before an auxiliary or a post cue. Returns where the verb starts, or -1. */
function includedItems(tokens: Token[], k: number, t1: number): number {
  const lex = lexicons();
  if (tokens[k].low !== 'including') return -1;
  let j = k + 1;
  for (let item = 0; item < 3; item++) {
    if (item > 0) {
      if (j >= t1 || tokens[j].low !== 'and') return -1;
      j++;
    }
    // ("five policemen including a sub-inspector embraced shahadat": one person named by "a", no count of its own)
    if (j < t1 && (tokens[j].low === 'a' || tokens[j].low === 'an')) {
      const after = onePersonItem(tokens, j + 1, t1);
      if (after < 0) return -1;
      j = after;
      if (includedVerb(tokens, j, t1)) return j;
      continue;
    }
    const hedge = j < t1 ? lex.hedgesBefore.at(tokens, j, t1) : undefined;
    if (hedge) j += hedge.length;
    const n = j < t1 ? parseNumber(tokens, j, t1) : undefined;
    if (!n) return -1;
    j = n.end;
    // (the digits repeated in brackets, as releases write them: "two (2) children")
    if (bracketedFigure(tokens, j, t1)) j += 3;
    const stop = Math.min(t1, j + 3);
    let noun = -1;
    for (let w = j; w < stop && tokens[w].kind === 'word' && !FUNCTION.has(tokens[w].low) && !BE.has(tokens[w].low); w++) {
      if (lex.groups.at(tokens, w, t1) || PERSON_NOUN.test(tokens[w].low)) noun = w + 1;
    }
    if (noun < 0) return -1;
    j = noun;
    if (includedVerb(tokens, j, t1)) return j;
  }
  return -1;
}

/** Words of report that stand before a participle of what befell people ("reported missing", "feared dead"). */
const REPORTED_PARTICIPLES = new Set(['reported', 'listed', 'declared', 'feared', 'presumed', 'confirmed']);

/** "one of them", "two of whom" opening an aside at `k`. */
function ofThemAside(tokens: Token[], k: number, t1: number): boolean {
  return k + 2 < t1 && (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) && tokens[k + 1].low === 'of' &&
    (tokens[k + 2].low === 'them' || tokens[k + 2].low === 'whom');
}

/** An auxiliary or a verb of what befell the people right at `j` (the end of a breakdown before its verb). */
function includedVerb(tokens: Token[], j: number, t1: number): boolean {
  return j < t1 && (BE.has(tokens[j].low) || tokens[j].low === 'have' || tokens[j].low === 'had' ||
    !!slotCue(tokens, j, t1, 'post') || HARM_FINITE.has(tokens[j].low));
}

/** The words of one person's noun after "a" ("sub-inspector", "ASI", "woman constable"), from `k` up to the "and"
 * of a next item or the verb; returns where they end, or -1 (none, or more than four words). */
function onePersonItem(tokens: Token[], k: number, t1: number): number {
  for (let w = k; w < Math.min(t1, k + 5); w++) {
    const t = tokens[w];
    if (w > k && (t.low === 'and' || includedVerb(tokens, w, t1))) return w;
    if (!(t.kind === 'word' && !FUNCTION.has(t.low) && !BE.has(t.low)) && !(t.low === '-' && !t.space && w > k)) return -1;
  }
  return -1;
}

/** Kinds of body one person may belong to, named in lower case (figure-words.txt member-body). */
const MEMBER_BODIES = figureWords('member-body');
/** From "of" at k: past "of (the) <a capitalised name>", "and" or "of" allowed between its capitalised words, or past a
 * body named by its kind ("of the local vigilance group"); else k. */
function pastBodyName(tokens: Token[], k: number, t1: number): number {
  if (k >= t1 || tokens[k].low !== 'of') return k;
  let j = tokens[k + 1]?.low === 'the' ? k + 2 : k + 1;
  // ("two security guards and a member of the local vigilance group were shot dead": a body named by its kind)
  if (j < t1 && !isCap(tokens[j])) {
    for (let b = j; b < Math.min(t1, j + 4) && tokens[b].kind === 'word' && !FUNCTION.has(tokens[b].low); b++) {
      if (MEMBER_BODIES.has(tokens[b].low)) return b + 1;
    }
  }
  if (j >= t1 || !isCap(tokens[j])) return k;
  const stop = Math.min(t1, j + 10);
  while (j < stop && (isCap(tokens[j]) || ((tokens[j].low === 'and' || tokens[j].low === 'of') && j + 1 < t1 && isCap(tokens[j + 1])))) j++;
  return j;
}

/** Words opening a second subject with no count of its own after "and" ("and a driver", "and both pilots"). */
const SHARED_SUBJECT_OPEN = new Set(['a', 'an', 'both', 'the', 'their', 'its', 'his', 'her']);

export function postMeasure(tokens: Token[], q: number, t1: number, inWhole = false): { measure: Measure; end: number; aux: boolean; modal: boolean; direct: boolean; rel?: boolean } | undefined {
  const lex = lexicons();
  let aux = false;
  let modal = false;
  let skippedAside = false;
  let placeSkipped = false;
  let sawBe = false;
  let rel = false;
  // (a relative clause passed whole: the verbs after it are the count's own, "two who resisted were shot and wounded")
  let relSkipped = false;
  let andAt = -1;
  // "Three students, ages 14, 15 and 16, and one teacher were killed": an aside of ages alone says nothing of what
  // happened to them; read on from after it as if it were not there
  q = ageAside(tokens, q, t1);
  // ("two (2) of our police officers, Patrolman A, 24, and Patrolman B, 27, lost their lives": who they were, by name)
  q = namesAside(tokens, q, t1);
  // ("4,560 people in 12 villages have been affected": a counted place inside the noun phrase says where they are)
  if (q + 2 < t1 && PLACE_PREPS.has(tokens[q].low) && (tokens[q + 1].kind === 'num' || lex.numberWords.has(tokens[q + 1].low)) &&
    PLACE_PLURALS.has(tokens[q + 2].low)) q += 3;
  q = partsInline(tokens, q, t1);
  // ("All 23 people present at the site were killed", "the 40 workers there were hurt": being at the scene says where
  // they were; a verb after it says what befell them)
  // (one word only, so that a run of such words reads in one step: no recursion down a long run)
  // ("the six hostages still inside were freed", "the 12 passengers still aboard were released": where they still
  // were, then what befell them; one step, not down a run of such words)
  if (q + 2 < t1 && tokens[q].low === 'still' && STILL_AT.has(tokens[q + 1].low) && tokens[q + 2].low !== 'still') {
    const after = postMeasure(tokens, q + 2, t1, inWhole);
    if (after && after.measure !== 'present') return after;
  }
  if (q + 1 < t1 && AT_SCENE.has(tokens[q].low) && !AT_SCENE.has(tokens[q + 1].low)) {
    const after = postMeasure(tokens, q + 1, t1, inWhole);
    if (after && after.measure !== 'present') return after;
  }
  // ("Four passengers (three soldiers on leave and a police officer) were taken off and held": a bracket of who they
  // were between the count and its verb)
  if (q + 2 < t1 && tokens[q].low === '(') {
    const close = closingBracket(tokens, q, t1);
    if (close > q + 1 && close + 1 < t1 && (BE.has(tokens[close + 1].low) || PERFECT.has(tokens[close + 1].low))) q = close + 1;
  }
  // "Two aid workers and an Italian engineer held for eight months ... were freed": a singular joined to the
  // counted noun shares its verb
  // ("All 15 passengers and both pilots died", "12 miners and the shift foreman were trapped": so does a definite one)
  // ("43 passengers plus the assistant driver held": a coder's "plus" joins them as "and" does)
  if (q + 2 < t1 && (tokens[q].low === 'and' || tokens[q].low === 'plus') && SHARED_SUBJECT_OPEN.has(tokens[q + 1].low)) {
    let j = q + 2;
    // ("Four learners and a security guard sustained gunshot wounds": a verb of harm received as well)
    const verb = (i: number): boolean => !!slotCue(tokens, i, t1, 'post') || HARM_FINITE.has(tokens[i].low);
    // ("43 passengers and the bus's assistant driver were still held": an owner's noun before the person's)
    while (j < Math.min(t1, q + 8) && tokens[j].kind === 'word' && !FUNCTION.has(tokens[j].low) && !verb(j)) j++;
    // ("Two correctional officers and a member of the Nigeria Security and Civil Defence Corps were killed": the body
    // the one person belongs to, by its name)
    j = pastBodyName(tokens, j, t1);
    // (or its plural auxiliary, whatever verb follows it: "... assistant driver were still in the hands of the
    // abductors"; "and a civilian was hurt" is a clause of its own)
    // ("about 200 miners and their families had fled": or the perfect's auxiliary)
    if (j > q + 2 && j < t1 && (verb(j) || tokens[j].low === 'were' || tokens[j].low === 'are' ||
      ((tokens[j].low === 'had' || tokens[j].low === 'have') && !!slotCue(tokens, j + 1, t1, 'post')))) q = j;
  }
  // ("about 150 gendarmes and special forces troops had surrounded the aircraft": a second noun of people with no count
  // of its own, joined by "and", shares the verb)
  if (q + 2 < t1 && tokens[q].low === 'and') {
    // (one modifier may stand first: "special forces troops")
    const gm = lex.groups.at(tokens, q + 1, t1) ??
      (tokens[q + 1].kind === 'word' && !FUNCTION.has(tokens[q + 1].low) ? lex.groups.at(tokens, q + 2, t1) : undefined);
    let e = gm ? gm.end : -1;
    if (e > 0 && e < t1 && lex.groups.at(tokens, e, t1)) e = lex.groups.at(tokens, e, t1)!.end; // "special forces troops"
    if (e > 0 && e < t1 && (BE.has(tokens[e].low) || PERFECT.has(tokens[e].low) || !!slotCue(tokens, e, t1, 'post'))) q = e;
  }
  // ("Some 80 firefighters and 12 fire trucks from Baguio and La Trinidad responded": a count of vehicles or things
  // joined to the people shares their verb, past where they came from)
  if (q + 3 < t1 && tokens[q].low === 'and' && (tokens[q + 1].kind === 'num' || lex.numberWords.has(tokens[q + 1].low)) &&
    lex.distractors.at(tokens, q + 2, t1)) {
    // ("Some 120 firefighters and 28 vehicles, including six aerial ladders, were deployed": an aside on the things)
    let j = q + 3;
    if (j + 1 < t1 && tokens[j].low === ',' && tokens[j + 1].low === 'including') {
      const close = tokens.slice(j + 2, Math.min(t1, j + 10)).findIndex((t) => t.low === ',');
      if (close >= 0) j += close + 3;
    }
    for (; j < Math.min(t1, q + 18) && (tokens[j].kind === 'word' || tokens[j].low === '-'); j++) {
      if (slotCue(tokens, j, t1, 'post')) {
        q = j;
        break;
      }
    }
  }
  // ("Five guards briefly taken hostage by prisoners were released": an adverb before a participle that opens a
  // clause on the noun belongs to the clause)
  if (q + 2 < t1 && lyAdverb(tokens[q].low) &&
    (tokens[q + 1].low === 'taken' || IRREGULAR_PARTICIPLES.has(tokens[q + 1].low) || tokens[q + 1].low.endsWith('ed')) &&
    !slotCue(tokens, q, t1, 'post') &&
    // (not an adjective before its noun, "57 critically injured persons"; "taken hostage" is one phrase)
    !(lex.groups.at(tokens, q + 2, t1) && (slotCue(tokens, q + 1, t1, 'post')?.end ?? 0) <= q + 2)) q++;
  let limit = Math.min(t1, q + 8);
  if ((q < t1 && (tokens[q].low === 'of' || tokens[q].low === 'from') || q > 0 && tokens[q - 1].low === 'of') &&
    !(q < t1 && slotCue(tokens, q, t1, 'post'))) { // "forced 80,000 from their homes" is the cue itself
    // "26 soldiers of the occupying army were ...", "members of a wedding party were ..."
    let j = q < t1 && (tokens[q].low === 'of' || tokens[q].low === 'from') ? q + 1 : q;
    const from = j;
    const stop = Math.min(t1, j + 7);
    // ("more than 100 soldiers of both countries lost their lives")
    if (j < stop && (DETERMINERS_OF.has(tokens[j].low) || tokens[j].low === 'both')) j++;
    // ("members of a local self-defence group were killed": a hyphenated word inside)
    let stopAt = stop;
    // ("5 members of the rescue teams were wounded": a measure word that names a body of people is part of the name)
    // ("crew members of MV Al-Madina-3 have been": a vessel's number joined to its name by a hyphen)
    const nameNumber = (i: number): boolean => tokens[i].kind === 'num' && i > from && tokens[i - 1].low === '-' && !tokens[i - 1].space &&
      !tokens[i].space;
    // ("64 soldiers of the Mobile Brigade No. 14 were stationed", "miners of the Cooperativa Minera 20 de Octubre": a
    // number inside a body's name)
    const unitNumber = (i: number): boolean => i > from && (tokens[i].kind === 'num' && (isCap(tokens[i - 1]) && tokens[i - 1].kind === 'word' ||
      numberSignDot(tokens, i - 1)) || numberSignDot(tokens, i));
    while (j < stopAt && (tokens[j].kind === 'word' || (tokens[j].low === '-' && !tokens[j].space) || nameNumber(j) || unitNumber(j)) &&
      !POST_SKIP.has(tokens[j].low) && (!lex.measures.at(tokens, j, t1) || BODY_NOUNS.has(tokens[j + 1]?.low) ||
        // ("2,500 people of the affected villages have been shifted": a word of harm that describes the places)
        PLACE_PLURALS.has(tokens[j + 1]?.low ?? '')) &&
      !FUNCTION.has(tokens[j].low) && !(j > from && PLACE_PREPS.has(tokens[j].low)) &&
      // ("two employees of the plant received smoke poisoning": a verb of harm received ends the origin)
      !(j > from && HARM_FINITE.has(tokens[j].low)) &&
      // ("passengers of the minibus hit by a train": a participle with its agent opens a clause on the origin)
      !(j > from && IRREGULAR_PARTICIPLES.has(tokens[j].low) && tokens[j + 1]?.low === 'by')) {
      j++;
      // ("workers of the Water and Sanitation Agency (WASA) died": "and"/"of" inside a name, an acronym after it)
      if (j + 1 < t1 && isCap(tokens[j - 1]) && (tokens[j].low === 'and' || tokens[j].low === 'of') && isCap(tokens[j + 1])) {
        j++;
        stopAt = Math.min(t1, stopAt + 3);
      } else if (j + 2 < t1 && isCap(tokens[j - 1]) && tokens[j].low === 'and' && (PLACE_PLURALS.has(tokens[j + 1].low) ||
        (tokens[j + 1].kind === 'word' && !FUNCTION.has(tokens[j + 1].low) && PLACE_PLURALS.has(tokens[j + 2].low)))) {
        // ("residents of Somare and neighbouring villages fled": a named place and the places around it)
        j = PLACE_PLURALS.has(tokens[j + 1].low) ? j + 2 : j + 3;
        break;
      } else if (j + 2 < t1 && isCap(tokens[j - 1]) && tokens[j].low === '(' && tokens[j + 2].low === ')' &&
        tokens[j + 1].text === tokens[j + 1].text.toUpperCase() && tokens[j + 1].kind === 'word') {
        j += 3;
        break;
      }
    }
    // ("Four soldiers from the heroes of the Security Belt Forces were martyred": one more "of the X" inside the
    // origin, when a capitalised name or a plural noun follows)
    if (j > from && j + 2 < t1 && tokens[j].low === 'of' && DETERMINERS_OF.has(tokens[j + 1].low) &&
      (isCap(tokens[j + 2]) || lex.groups.at(tokens, j + 2, t1))) {
      let a = j + 2;
      const cap = Math.min(t1, a + 6);
      while (a < cap && (tokens[a].kind === 'word' || (tokens[a].low === '-' && !tokens[a].space)) && !POST_SKIP.has(tokens[a].low) &&
        !lex.measures.at(tokens, a, t1) && !FUNCTION.has(tokens[a].low)) a++;
      if (a < t1 && (BE.has(tokens[a].low) || tokens[a].low === 'have' || tokens[a].low === 'has' || tokens[a].low === 'had')) j = a;
    }
    // "9,812 people from seven villages inside the danger zone have been evacuated": a place after the origin
    // belongs to the origin; the auxiliary after it opens the verb
    // ("Some 400 residents of two hamlets next to the plant were evacuated": the same after "of")
    if (j > from && (tokens[q].low === 'from' || tokens[q].low === 'of') && j < t1 && (PLACE_PREPS.has(tokens[j].low) ||
      tokens[j].low === 'to' && (tokens[j - 1].low === 'next' || tokens[j - 1].low === 'close'))) {
      for (let a = j + 1; a < Math.min(t1, j + 9) && tokens[a].low !== ',' && tokens[a].low !== '.' && tokens[a].low !== ';'; a++) {
        if (BE.has(tokens[a].low) || tokens[a].low === 'have' || tokens[a].low === 'has' || tokens[a].low === 'had') {
          j = a;
          break;
        }
      }
    }
    // ("140 personnel from the NDMO, Vanuatu Mobile Force, police and Red Cross are deployed": the origin may be a
    // list of bodies; "from 11 agencies": a count of them)
    // ("87 foreign nationals of Guatemalan, Honduran and Salvadoran nationality were being housed": a list after "of")
    if (q < t1 && (tokens[q].low === 'from' || tokens[q].low === 'of')) j = originList(tokens, from, j, t1);
    if (j > from && (j > from + 1 || !DETERMINERS_OF.has(tokens[from].low))) {
      q = j;
      limit = Math.min(t1, q + 8);
      // ("Six members of the vigilance committee of the locality of Ldamtsai, in the district of Mokolo, department of
      // Mayo-Tsanaga, region of the Far North, were killed": translated copy names every unit of the place in turn)
      const chain = placeChain(tokens, q, t1);
      if (chain > 0) {
        q = chain;
        limit = Math.min(t1, q + 8);
      }
    }
  }
  // ("Two fighters of the BNRA, Shay Mureed and Dostain Baloch, embraced martyrdom": who they were, by name, after
  // their origin too)
  const named = namesAside(tokens, q, t1);
  if (named > q) {
    q = named;
    limit = Math.min(t1, q + 8);
  }
  // "47 people presumed to have taken part in the violence were apprehended": a reduced clause of belief; the finite
  // verb after it is the main one
  if (q + 2 < t1 && BELIEF_VERBS.has(tokens[q].low) && tokens[q + 1].low === 'to' && !slotCue(tokens, q, t1, 'post')) {
    for (let j = q + 2; j < Math.min(t1, q + 16); j++) {
      const w = tokens[j].low;
      if (w === ',' || w === ';' || w === '.' || tokens[j].kind === 'num') break;
      // ("five youths believed to have led the charge have been arrested": a perfect passive is the finite verb too)
      if ((BE.has(w) || (PERFECT.has(w) && tokens[j + 1]?.low === 'been')) && tokens[j - 1].low !== 'to') {
        skippedAside = true;
        q = j;
        limit = Math.min(t1, j + 8);
        break;
      }
    }
  }
  for (let k = q; k < limit; k++) {
    // "two missionaries taken in the same area are still held", "one of those transferred later died": a participle
    // with no auxiliary opens a clause on the noun; the finite verb after it says what happened
    // ("three persons deprived of liberty lost their lives", "two men armed with machetes were arrested": any
    // participle with its preposition opens such a clause too)
    // ("40 people living next to the plant were evacuated", "families farming on the slopes were moved": a present
    // participle with its preposition opens one too)
    // ("Two more passengers of the minibus hit by a freight train ... have died": an irregular one with its "by")
    if (k === q && !aux && (tokens[k].low === 'taken' || HOSPITAL_MOVES.has(tokens[k].low) ||
      (IRREGULAR_PARTICIPLES.has(tokens[k].low) && tokens[k + 1]?.low === 'by') || (tokens[k].low.length > 4 &&
      (tokens[k].low.endsWith('ed') || tokens[k].low.endsWith('ing')) && k + 1 < t1 && (PARTICIPLE_PREPS.has(tokens[k + 1].low) ||
        tokens[k].low.endsWith('ing') && tokens[k + 1].low === 'next'))) && !slotCue(tokens, k, t1, 'post')) {
      const main = finiteAfter(tokens, k + 1, t1);
      if (main) return { measure: main.measure, end: main.end, aux: true, modal, direct: true, rel };
    }
    // "33 miners spent 69 days trapped", "two aid workers spent 11 months in captivity": the state after the time
    if (tokens[k].low === 'spent' && k + 3 < t1 && (tokens[k + 1].kind === 'num' || lex.numberWords.has(tokens[k + 1].low)) &&
      RATE_UNITS.has(tokens[k + 2].low.replace(/s$/, '')) && slotCue(tokens, k + 3, t1, 'post')) {
      aux = true;
      k += 2;
      continue;
    }
    // ("five soldiers, including a subedar, having fought bravely, were martyred": a second aside, a participle
    // clause of how they acted, after the first)
    const acted = skippedAside && k > q && tokens[k - 1].low === ',' ? actedAside(tokens, k, t1) : -1;
    if (acted > k) {
      k = acted;
      limit = Math.min(t1, acted + 8);
      continue;
    }
    const alive = aliveAside(tokens, k, t1);
    if (alive > k) {
      k = alive - 1;
      limit = Math.min(t1, alive + 6);
      continue;
    }
    // ("173 passengers were not injured", "Passengers who were not injured, 173 in total": unharmed, as "walked away
    // unharmed" is, per the guide: other)
    if (aux && DENIALS.has(tokens[k].low) && k + 1 < t1) {
      const denied = slotCue(tokens, k + 1, t1, 'post');
      if (denied && (denied.measure === 'injured' || denied.measure === 'killed')) {
        return { measure: 'other', end: denied.end, aux: true, modal, direct: !skippedAside, rel };
      }
    }
    const found = slotCue(tokens, k, t1, 'post');
    // ("a group of terrorists estimated at fifteen crossed from Congo by boat and attacked the landing site": a band
    // that crosses to attack is no one fleeing)
    // ("urged 5,000 residents to flee": a headline's "flee" after "to" is a call, no flight; moves.ts reads a cause)
    const call = found && tokens[k].low === 'flee' && k > 0 && tokens[k - 1].low === 'to' && calledBefore(tokens, k - 1);
    const cue = found && (crossedToAttack(tokens, found, t1) || call) ? undefined : found;
    // ("flown to" is a responder's arrival, unless a hospital follows: "four were flown to the regional hospital")
    // ("12 of whom were evacuated to Cibitoke hospital": moving people to a place of care moves the hurt)
    const hospital = !cue || cue.measure === 'present' ? toHospital(tokens, k, t1) :
      // (patients moved to other hospitals are displaced: "The hospital's 40 remaining patients were evacuated to
      // hospitals in Saravena")
      cue.measure === 'displaced' && HOSPITAL_MOVES.has(tokens[cue.end - 1].low) && !(q > 0 && PATIENTS.has(tokens[q - 1].low)) ?
        toHospital(tokens, cue.end - 1, t1) : -1;
    // ("Twelve gunmen killed 30 soldiers", "twelve medics treated the wounded": a bare verb with an object of its own
    // is active; the count is its subject, not what it did to them)
    // ("6 nurses in the hands of the gunmen": a cue that opens on a preposition is no verb and has no object)
    if (cue && !aux && k === q && q > 0 && tokens[q - 1].kind === 'word' && !PLACE_PREPS.has(tokens[k].low) &&
      activeObject(tokens, cue.end, t1, cue.measure)) return undefined;
    // ("Four gunmen have freed 31 people": the perfect of an active verb with an object of its own, likewise)
    if (cue && k > q && perfectOnly(tokens, q, k) && q > 0 && tokens[q - 1].kind === 'word' &&
      activeObject(tokens, cue.end, t1, cue.measure)) return undefined;
    if (cue && hospital < 0) {
      // "12 people trapped in the rubble were rescued", "40 passengers abducted on Monday have been freed": a
      // participle modifies the noun; the finite verb after it is the main one
      // ("eleven people inside the hospital were injured", "40 passengers on board were killed": a place or a
      // state right after the noun only says where they were; the clause's own finite verb says what befell them)
      // ("2 persons reported missing were found alive", "three miners feared dead were brought up alive": a word of
      // report before the participle leaves it a participle)
      // ("Two people previously listed as missing were found alive": an adverb before the word of report and "as" after)
      let r = q < t1 && lyAdverb(tokens[q].low) ? q + 1 : q;
      const reported = r < t1 && REPORTED_PARTICIPLES.has(tokens[r].low);
      if (reported) r += tokens[r + 1]?.low === 'as' ? 2 : 1;
      const reportedAt = reported && k === r;
      const main = (!aux || reportedAt) && !skippedAside && (k === q || reportedAt) && !inWhole && !FINITE_ONLY.has(tokens[k].low) &&
        (cue.measure !== 'present' || !STATE_AUX.has(tokens[k].low)) ? finiteAfter(tokens, cue.end, t1) : undefined;
      // ("the 450 passengers and crew on board are safe": an adjective of being unharmed says nothing new of them)
      if (main && cue.measure === 'present' && tokens.slice(cue.end, main.end).some((t) => UNHARMED.has(t.low))) {
        return { measure: cue.measure, end: cue.end, aux, modal, direct: !skippedAside, rel };
      }
      // ("9 injured were evacuated to the health centre", "the 12 dead were carried out": a count whose head is itself
      // a harm state keeps it; a move, a rescue or a place says only where the harmed went)
      if (main && STATE_HEADS.has(main.measure) && HARM_HEADS.get(tokens[k].low) === cue.measure) {
        return { measure: cue.measure, end: cue.end, aux: true, modal, direct: !skippedAside, rel };
      }
      if (main) return { measure: main.measure, end: main.end, aux: true, modal, direct: true, rel };
      // ("Clashes leave 14 persons deprived of liberty dead": the prisoners' participle says who they are, the
      // complement after it what befell them)
      if (cue.measure === 'arrested' && k === q && tokens[cue.end]?.low === 'dead') {
        return { measure: 'killed', end: cue.end + 1, aux, modal, direct: true, rel };
      }
      // ("214 persons deprived of liberty have been transferred to other centres": the noun's participle says who they
      // are; the finite move between places of custody says what became of them)
      const moved = !aux && k === q && !inWhole ? finiteCustodyMove(tokens, cue.end, t1) : -1;
      if (moved > 0) return { measure: 'other', end: moved, aux: true, modal, direct: true, rel };
      // ("thirteen workers were kidnapped and murdered": the captives' later outcome too, death or freedom)
      const died = cue.measure === 'injured' || cue.measure === 'held' ? laterDeath(tokens, cue.end, t1) : -1;
      if (died > 0) return { measure: 'killed', end: died, aux: true, modal, direct: !skippedAside, rel };
      const letGo = cue.measure === 'held' ? laterDeath(tokens, cue.end, t1, 'freed') : -1;
      if (letGo > 0) return { measure: 'freed', end: letGo, aux: true, modal, direct: !skippedAside, rel };
      // ("Two of the skiers were caught and fully buried": caught by snow, water or fire, what it did to them decides)
      if (cue.measure === 'arrested' && tokens[cue.end - 1].low === 'caught' && tokens[cue.end]?.low === 'and') {
        const j = cue.end + 1;
        const then = j < t1 ? slotCue(tokens, j, t1, 'post') ?? (lyAdverb(tokens[j].low) ? slotCue(tokens, j + 1, t1, 'post') : undefined) :
          undefined;
        if (then && then.measure !== 'arrested' && then.measure !== 'present') {
          return { measure: then.measure, end: then.end, aux: true, modal, direct: !skippedAside, rel };
        }
      }
      // ("two people were missing for hours and were located alive": the missing found later are rescued)
      const found = cue.measure === 'missing' ? laterDeath(tokens, cue.end, t1, 'freed') : -1;
      if (found > 0) return { measure: 'freed', end: found, aux: true, modal, direct: !skippedAside, rel };
      // ("six were evacuated with injuries", "pulled out with burns": the move says how, the harm what is counted)
      const hurt = STATE_HEADS.has(cue.measure) ? withHarm(tokens, cue.end, t1) : -1;
      if (hurt > 0) return { measure: 'injured', end: hurt, aux: true, modal, direct: !skippedAside, rel };
      // "17 abducted pupils escaped": a verb that is never a participle is the main verb, as an auxiliary says
      // ("ten kidnapped girls have come back": so does a cue that opens on its own auxiliary, except who was there:
      // "3,000 displaced people had been sheltering at the school" stay displaced)
      // ("seven kidnapped traders regained their freedom", "lost their lives": a verb with a possessive object is
      // active, so finite too)
      return { measure: cue.measure, end: cue.end, aux: aux || FINITE_ONLY.has(tokens[k].low) ||
        (STATE_AUX.has(tokens[k].low) && cue.measure !== 'present') || (k + 1 < cue.end && POSSESSIVES.has(tokens[k + 1].low)),
        modal, direct: !skippedAside, rel };
    }
    const low = tokens[k].low;
    // "Four workers die in sewer, two others critical", "two are critical after the blast": "critical" ending its
    // clause is a patient's condition (not "three critical bridges")
    // ("toll rises to 19, three still critical": or past "still")
    if (low === 'critical' && (k === q || sawBe || (k === q + 1 && tokens[q].low === 'still')) && (k + 1 >= t1 || CRITICAL_AFTER.has(tokens[k + 1].low))) {
      return { measure: 'injured', end: k + 1, aux: true, modal, direct: !skippedAside, rel };
    }
    // "received bodily injuries of various severity", "sustained gunshot wounds", "suffered fatal burns"
    if (HARM_VERBS.has(low)) {
      // ("sustained various degrees of injuries": a few words of degree between)
      // ("12 people with gunshot and bush-knife wounds")
      for (let j = k + 1; j < Math.min(t1, k + (low === 'with' ? 8 : 6)); j++) {
        // ("have since died of their wounds": the verb between says what the harm did)
        if (!HARM_NOUNS.has(tokens[j].low) && slotCue(tokens, j, t1, 'post')) break;
        // ("the other five needed no treatment": harm denied)
        if (tokens[j].low === 'no' || tokens[j].low === 'not') break;
        if (!HARM_NOUNS.has(tokens[j].low)) continue;
        let fatal = false;
        for (let f = k + 1; f < j; f++) if (tokens[f].low === 'fatal' || tokens[f].low === 'mortal') fatal = true;
        const died = laterDeath(tokens, j + 1, t1);
        if (died > 0) return { measure: 'killed', end: died, aux: true, modal, direct: !skippedAside, rel };
        // ("two men with severe burns died in hospital": the harm describes them; the verb after it says how it ended)
        const verb = low === 'with' ? withHarmThenDied(tokens, j + 1, t1) : -1;
        if (verb > 0) return { measure: 'killed', end: verb, aux: true, modal, direct: !skippedAside, rel };
        return { measure: fatal ? 'killed' : 'injured', end: j + 1, aux: true, modal, direct: !skippedAside, rel };
      }
    }
    // ("one crew member, a deckhand, broke his wrist", "fractured her left hip": a bone of their own broken)
    if (BREAK_VERBS.has(low) && k + 1 < t1 && POSSESSIVES.has(tokens[k + 1].low)) {
      const part = k + 2 < t1 && BODY_PARTS.has(tokens[k + 2].low) ? k + 2 : k + 3 < t1 && BODY_PARTS.has(tokens[k + 3].low) ? k + 3 : -1;
      if (part > 0) return { measure: 'injured', end: part + 1, aux: true, modal, direct: !skippedAside, rel };
    }
    // "were taken to the district hospital", "rushed to a nearby hospital": the hospital a few words on
    // ("treated at Nsanje District Hospital", "kept in the regional hospital": where they are cared for)
    if (hospital > 0) {
      // "one of those taken to hospital died": with no auxiliary the move is a participle; a finite verb after it rules
      const main = !aux && !skippedAside && !caredFor(tokens, k, t1) ? finiteAfter(tokens, hospital, t1) : undefined;
      if (main) return { measure: main.measure, end: main.end, aux: true, modal, direct: true, rel };
      return { measure: 'injured', end: hospital, aux: true, modal, direct: !skippedAside, rel };
    }
    // "38 inmates had been transferred to El Pozo prison", "about 60 survivors had been transferred to another centre": a
    // finite move from one place of custody to another (other, per the guide), not a rescue or a displacement
    if (aux && !modal) {
      const moved = custodyMove(tokens, k, t1);
      if (moved > 0) return { measure: 'other', end: moved, aux: true, modal, direct: !skippedAside, rel };
    }
    if (MODALS.has(low)) {
      modal = true;
      aux = true;
      continue;
    }
    // "thousands were still queuing", "about 300 were attending": at the scene — unless a place cue follows
    // ("are staying in relief camps" is displaced)
    if (sawBe && PRESENT_ING.has(low)) {
      if (k + 1 < t1 && slotCue(tokens, k + 1, t1, 'post')) continue;
      return { measure: 'present', end: k + 1, aux: true, modal, direct: !skippedAside };
    }
    // "are internally displaced", "were critically injured": an adverb between the auxiliary and the verb
    if (aux && lyAdverb(low) && k + 1 < limit) continue;
    // ("were pre-emptively evacuated", "were self-evidently ..."): the same adverb written with a hyphen
    if (aux && hyphenAdverb(tokens, k) && k + 3 < limit) { k += 2; continue; }
    // "14 on the ground killed", "12 people in the village were killed": a place, then the verb
    // (before the skip words, which hold "in" for "in total")
    // ("one passenger with a heart condition was also allowed to leave": a "with" phrase that names no harm says which
    // of them, as a place does)
    if (!sawBe && !skippedAside && (PLACE_PREPS.has(low) || low === 'with') && k + 1 < t1) {
      let j = k + 1;
      // ("57 pupils at a primary school in Muhoroni were treated": a second place phrase may follow the first)
      for (let phrase = 0; phrase < 2; phrase++) {
        if (phrase > 0) {
          // ("about 1,200 workers in the port and the neighbouring industrial zone were evacuated": a second place
          // joined by "and the")
          if (j + 2 < t1 && tokens[j].low === 'and' && tokens[j + 1].low === 'the') j++;
          else if (!(j < t1 && PLACE_PREPS.has(tokens[j].low) && j + 1 < t1)) break;
          else j++;
        }
        if (j < t1 && DETERMINERS_OF.has(tokens[j].low)) j++;
        // ("in the adult intensive care unit died": up to four words of place)
        // ("along County Road 16", "on Highway 9": a numbered road's number is part of its name)
        const roadNumber = (i: number): boolean => tokens[i].kind === 'num' && i > k + 1 && isCap(tokens[i - 1]) &&
          tokens[i - 1].kind === 'word';
        // ("two civilians on a motor-tricycle were injured": a hyphen inside a word is no word of its own)
        const joined = (i: number): boolean => tokens[i].low === '-' && !tokens[i].space && i > k + 1 && tokens[i - 1].kind === 'word' &&
          i + 1 < t1 && tokens[i + 1].kind === 'word' && !tokens[i + 1].space;
        // ("residents along the Frio and Sabinal rivers were evacuated": "and" between two names is inside the place)
        const nameAnd = (i: number): boolean => tokens[i].low === 'and' && i > k + 1 && isCap(tokens[i - 1]) && i + 1 < t1 &&
          isCap(tokens[i + 1]);
        for (let words = 0; j < t1 && words < 4 && (tokens[j].kind === 'word' || roadNumber(j) || joined(j)) &&
          (!FUNCTION.has(tokens[j].low) || nameAnd(j)) &&
          !POST_SKIP.has(tokens[j].low) && !HARM_FINITE.has(tokens[j].low) && !PLACE_PREPS.has(tokens[j].low) && !lex.measures.at(tokens, j, j + 1) &&
          // ("87 learners at a boarding school in Ntcheu fell ill": a cue of two words after the place ends it too)
          !(tokens[j].text === tokens[j].low && lex.measureSlots.post.at(tokens, j, t1)); j++) {
          if (!joined(j) && !(j > 0 && joined(j - 1)) && !nameAnd(j)) words++;
        }
      }
      // ("four people in the house sustained injuries": a verb of harm received after the place, too)
      if (j > k + 1 && j < t1 && (POST_SKIP.has(tokens[j].low) || slotCue(tokens, j, t1, 'post') || HARM_VERBS.has(tokens[j].low))) {
        skippedAside = true;
        placeSkipped = true;
        k = j - 1;
        limit = Math.min(t1, j + 8);
        continue;
      }
    }
    // ("had been found hiding in the bush", "were found wandering near the camp": where they were found, not a verb
    // of its own)
    if (sawBe && k > q && tokens[k - 1].low === 'found' && low.length > 5 && low.endsWith('ing') && !slotCue(tokens, k, t1, 'post')) {
      continue;
    }
    // ("14 people had been pulled out of the river alive": brought out of danger alive)
    const out = aliveOut(tokens, k, t1);
    if (out > 0) return { measure: 'freed', end: out, aux: true, modal, direct: !skippedAside, rel };
    // ("leaving 40 people in the hijackers' hands": held by the armed men whose hands they are in)
    if (low === 'in' && k + 1 < t1) {
      const hands = captorsHands(tokens, k + 1, t1);
      if (hands > 0) return { measure: 'held', end: hands, aux: true, modal, direct: !skippedAside };
    }
    // ("nine aid workers remain in rebel custody": a state that lasts)
    if (!sawBe && low === 'in' && k > q && /^remain(s|ed)?$/.test(tokens[k - 1].low)) {
      const state = stateIn(tokens, k + 1 < t1 && DETERMINERS_OF.has(tokens[k + 1].low) ? k + 2 : k + 1, t1);
      if (state) return { measure: state.measure, end: state.end, aux: true, modal, direct: !skippedAside };
    }
    if (POST_SKIP.has(low) && !(sawBe && low === 'in' && k + 1 < t1 && tokens[k + 1].low !== 'total')) {
      aux = true;
      if (BE.has(low) || low === 'been') sawBe = true;
      continue;
    }
    // "14 women and six children were among those taken", "were among the dead": the people they are counted among
    // ("among" itself is skipped like an auxiliary)
    if (sawBe && (low === 'those' || low === 'the') && tokens[k - 1].low === 'among' && k + 1 < t1) {
      const among = slotCue(tokens, k + 1, t1, 'post');
      const measure = among?.measure ?? SUBSET_MEASURE.get(tokens[k + 1].low);
      if (measure && measure !== 'present') return { measure, end: among ? among.end : k + 2, aux: true, modal, direct: !skippedAside };
    }
    // ("19 people had been brought in overnight with gunshot wounds": brought in with a harm, to care)
    if (sawBe && low === 'in' && k > q && tokens[k - 1].low === 'brought') {
      const hurt = withHarm(tokens, k + 1, t1);
      if (hurt > 0) return { measure: 'injured', end: hurt, aux: true, modal, direct: !skippedAside, rel };
    }
    // "50,000 people were on the grounds", "150 guests had been in a tent": present at the scene
    if (sawBe && (low === 'in' || low === 'on' || low === 'inside' || low === 'at' || low === 'aboard')) {
      let j = k + 1;
      if (j < t1 && DETERMINERS_OF.has(tokens[j].low)) j++;
      // ("are now in Sri Lankan custody", "remain in the regional hospital": a state, not a place where they were)
      const state = low === 'in' ? stateIn(tokens, j, t1) : undefined;
      if (state) return { measure: state.measure, end: state.end, aux: true, modal, direct: !skippedAside };
      if (j < t1 && tokens[j].kind === 'word' && !NOT_PLACES.has(tokens[j].low) && !lex.measures.at(tokens, j, j + 1)) {
        // ("four students had been found hiding in the bush and reunited with their families": a second verb
        // coordinated with the first shares its subject and says what became of them)
        const second = coordinatedVerb(tokens, j + 1, t1);
        if (second) return { measure: second.measure, end: second.end, aux: true, modal, direct: !skippedAside };
        return { measure: 'present', end: j + 1, aux: true, modal, direct: !skippedAside };
      }
      break;
    }
    // ", including 43 men," / ", 11 of them women," — skip once to the verb after the parenthetical
    // "Three fishermen from X, who were seized at sea on 2 October, were retrieved": the relative clause below
    if (low === ',' && !skippedAside && k + 1 < t1 && tokens[k + 1].low === 'who' && k === q) continue;
    // ("We received five, all with burns and fractures", "nine were brought in, most of them with gunshot wounds": an
    // aside of harm on the whole count says what befell them)
    if (low === ',' && k === q && k + 2 < t1 && WHOLE_OF.has(tokens[k + 1].low)) {
      const j = k + 2 < t1 && tokens[k + 2].low === 'of' && tokens[k + 3]?.low === 'them' ? k + 4 : k + 2;
      const hurt = withHarm(tokens, j, t1);
      if (hurt > 0) return { measure: 'injured', end: hurt, aux: true, modal, direct: !skippedAside, rel };
    }
    // ("eight civilians including two children were killed": a breakdown with no commas before the verb)
    const included = k === q && !skippedAside ? includedItems(tokens, k, t1) : -1;
    if (included > k) {
      skippedAside = true;
      k = included - 1;
      limit = Math.min(t1, included + 8);
      continue;
    }
    // (", and forty-one (41) injured, evacuated to ...": a comma before "and" and a count opens the next item of a
    // list, no aside on this one)
    const nextItem = low === ',' && k + 2 < t1 && tokens[k + 1].low === 'and' &&
      (tokens[k + 2].kind === 'num' || lex.numberWords.has(tokens[k + 2].low));
    if (low === ',' && !skippedAside && !nextItem) {
      let j = k + 1;
      // ("Three suspects, including a 34-year-old woman who had worked for one of the families, were arrested")
      // ("One evacuee, a 78-year-old man with a heart condition, died": an apposition that opens on an article may
      // describe the person at length, and a hyphenated word counts as one)
      // ("nine (9) civilians, among them a local elder and two (2) hotel employees, and three (3) ... lost their lives")
      // ("Three civilians, one of them a tea seller who worked beside the barrier, were killed": a part picked by "of
      // them" may describe its person at length too)
      let stop = Math.min(t1, k + (k + 1 < t1 && (tokens[k + 1].low === 'including' || tokens[k + 1].low === 'among') ? 24 :
        k + 1 < t1 && (tokens[k + 1].low === 'a' || tokens[k + 1].low === 'an') || ofThemAside(tokens, k + 1, t1) ||
        // ("Four other victims, three females and one male between the ages of 16 and 20, were transported": a
        // breakdown with its ages)
        k + 1 < t1 && (tokens[k + 1].kind === 'num' || lex.numberWords.has(tokens[k + 1].low)) ? 18 : 12));
      for (let h = k + 1; h < stop && stop < t1; h++) if (tokens[h].low === '-' && !tokens[h].space && !tokens[h + 1]?.space) stop = Math.min(t1, stop + 2);
      const listAside = k + 1 < t1 && (tokens[k + 1].low === 'including' || tokens[k + 1].low === 'among');
      // ("One fisherman, Mr. Ali Sow, aged 27, lost his life": the full stop of a title goes on)
      while (j < stop && tokens[j].low !== ',' && (tokens[j].low !== '.' || TITLES.has(tokens[j - 1].low)) &&
        tokens[j].low !== ';') {
        // ("two soldiers, Naik A (age 29 years, resident of District B) and Sepoy C (...), ...": a bracket inside the
        // aside, commas and all, is passed whole)
        const close = tokens[j].low === '(' ? closingBracket(tokens, j, t1) : -1;
        if (close > j) {
          stop = Math.min(t1, stop + close - j);
          j = close + 1;
        } else j++;
        // (", including Chinese, Austrian and Swiss citizens, have been abducted": the commas of a list of names inside
        // the aside go on)
        if (j + 1 < stop && tokens[j].low === ',' && listAside && isCap(tokens[j + 1])) j++;
      }
      if (j < stop && tokens[j].low === ',') {
        // (", having fought gallantly,": a participle aside right after it is passed too)
        j = havingAside(tokens, j, t1);
        // ("one of the abducted girls, Fatima Sani, 15, had escaped": a name and an age, each set off by commas)
        // ("Two of them, a scaffolder, 24, and a bricklayer, 51, were killed": a second person and age)
        const aged = ageAfterName(tokens, j, t1);
        j = aged > j ? nextPersonWithAge(tokens, aged, t1) : j;
        // ("1,842 personnel, including 612 from AFAD, together with 380 vehicles, are working": a second aside of
        // what came along)
        j = alongAside(tokens, j, t1);
        // ("nationals of Syria, Afghanistan and Somalia, aged between 17 and 34,": a list of names, then ages)
        j = listedAside(tokens, j, t1, (c) => ageAside(tokens, c, t1));
        // (", both girls aged 14," / ", all of them miners,": an aside that only says who all of them are leaves the
        // verb after it the count's own)
        skippedAside = !WHOLE_APPOSITION.has(tokens[k + 1].low);
        // (only an aside that breaks the count down: "6 civilians, including 2 children, and 3 soldiers were")
        if (PART_INTRO.has(tokens[k + 1].low)) andAt = j + 1;
        k = j;
        limit = Math.min(t1, j + 8);
        continue;
      }
    }
    // "48 rescuers and 11 units of equipment were involved": a second count joined to the subject shares its verb
    // ("47 patients and about 30 health workers were inside": a hedge before the second count)
    const hedged = low === 'and' && k + 1 < t1 ? lex.hedgesBefore.at(tokens, k + 1, t1) : undefined;
    const second = hedged ? k + 1 + hedged.length : k + 1;
    // ("At least 6 civilians, including a nurse and 2 children, and 3 soldiers were killed": the same past an
    // aside that breaks the first count down)
    if (low === 'and' && (k === q && !skippedAside || k === andAt) && second + 1 < t1 && (tokens[second].kind === 'num' ||
      lex.numberWords.has(tokens[second].low))) {
      let j = second + 1;
      // ("and three (3) members of the security forces": the digits repeated in brackets, as releases write them)
      if (bracketedFigure(tokens, j, t1)) j += 3;
      const stop = Math.min(t1, j + 4);
      const from = j;
      while (j < stop && tokens[j].kind === 'word' && !BE.has(tokens[j].low) && !slotCue(tokens, j, t1, 'post') &&
        (!FUNCTION.has(tokens[j].low) || tokens[j].low === 'of')) j++;
      // ("and three (3) members of the security forces lost their lives": "the" after "of", up to six words, when the
      // verb follows right after)
      if (j < t1 && tokens[j].low === 'the' && tokens[j - 1].low === 'of') {
        let e = j + 1;
        while (e < Math.min(t1, from + 6) && tokens[e].kind === 'word' && !FUNCTION.has(tokens[e].low) &&
          !BE.has(tokens[e].low) && !slotCue(tokens, e, t1, 'post')) e++;
        if (e < t1 && e > j + 1 && (BE.has(tokens[e].low) || slotCue(tokens, e, t1, 'post'))) j = e;
      }
      // ("146 personnel and 32 units of equipment of the Ministry, the police and the ambulance service are
      // involved": the bodies both come from, one or a list, stand before the shared verb)
      if (j < t1 && !BE.has(tokens[j].low)) j = sharedOrigin(tokens, j, t1);
      // ("4 soldiers and 2 civilians - a driver and his son - were killed": an aside between dashes or brackets)
      if (j < t1 && !BE.has(tokens[j].low)) j = dashAside(tokens, j, t1, true);
      // (past the aside only a count with its own noun: "..., among them a colonel, and twelve were wounded" is a
      // clause of its own)
      // ("... and 95 vehicles have been deployed": the perfect too)
      const perfect = j + 1 < t1 && (tokens[j].low === 'have' || tokens[j].low === 'has') && tokens[j + 1].low === 'been';
      // ("Floods killed 12 people and 30 were injured": a bare number after "and" is the subject of a clause of its
      // own, "30 [people] were injured", not a second subject of the first count's noun)
      // ("Nine civilians, among them an elder, and three soldiers lost their lives": a finite verb of its own, too)
      if (j < t1 && (BE.has(tokens[j].low) || perfect || (k === andAt && slotCue(tokens, j, t1, 'post'))) && j > second + 1) {
        skippedAside = true;
        k = j - 1;
        limit = Math.min(t1, j + 8);
        continue;
      }
    }
    // ("61 passengers and a crew of two, the driver and a conductor, were on board": a crew counted after "of" is a
    // second subject too)
    if (low === 'and' && k === q && !skippedAside && k + 5 < t1 && (tokens[k + 1].low === 'a' || tokens[k + 1].low === 'an') &&
      CREW_WORDS.has(tokens[k + 2].low) && tokens[k + 3].low === 'of' &&
      (tokens[k + 4].kind === 'num' || lex.numberWords.has(tokens[k + 4].low))) {
      let j = k + 5;
      if (tokens[j].low === ',') {
        let c = j + 1;
        while (c < Math.min(t1, j + 9) && tokens[c].low !== ',' && tokens[c].low !== '.' && tokens[c].low !== ';') c++;
        if (c < t1 && tokens[c].low === ',') j = c + 1;
      }
      if (j < t1 && (BE.has(tokens[j].low) || slotCue(tokens, j, t1, 'post'))) {
        skippedAside = true;
        k = j - 1;
        limit = Math.min(t1, j + 8);
        continue;
      }
    }
    // "14 brewers and sellers have been arrested": a second plural noun of people, with no number, shares the count
    if (low === 'and' && k === q && !skippedAside && k + 2 < t1 && tokens[k + 1].kind === 'word' && !isCap(tokens[k + 1]) &&
      (PERSON_NOUN.test(tokens[k + 1].low) || lex.groups.at(tokens, k + 1, k + 2)) &&
      (BE.has(tokens[k + 2].low) || tokens[k + 2].low === 'have' || tokens[k + 2].low === 'had')) {
      skippedAside = true;
      k++;
      continue;
    }
    // "Four Chinese nationals and their Kenyan driver were abducted": one more person without a number joins
    // the subject before the verb
    if (low === 'and' && k === q && !skippedAside) {
      let j = k + 1;
      if (j < t1 && (ARTICLES.has(tokens[j].low) || POSSESSIVES.has(tokens[j].low))) {
        j++;
        let stop = Math.min(t1, j + 3);
        // ("two cooks and the school's storekeeper had been arrested": a possessive noun first)
        if (j + 2 < t1 && tokens[j].kind === 'word' && (tokens[j + 1].low === "'" || tokens[j + 1].low === '\u2019') &&
          tokens[j + 2].low === 's') {
          j += 3;
          stop = Math.min(t1, j + 3);
        }
        // ("100 extra officers and a team of soldiers had been flown in": a unit named by what it is made of;
        // "leaving nine soldiers and an unknown number of fighters dead")
        if (j + 2 < t1 && (BANDS_OF.has(tokens[j].low) || UNITS_OF.has(tokens[j].low)) && tokens[j + 1].low === 'of') {
          j += 2;
          stop = Math.min(t1, j + 3);
        } else if (j + 3 < t1 && tokens[j].low === 'unknown' && tokens[j + 1].low === 'number' && tokens[j + 2].low === 'of') {
          j += 3;
          stop = Math.min(t1, j + 3);
        }
        while (j < stop && tokens[j].kind === 'word' && !BE.has(tokens[j].low) && !FUNCTION.has(tokens[j].low) &&
          !lexicons().numberWords.has(tokens[j].low) && tokens[j].low !== 'had' && tokens[j].low !== 'have' &&
          !(j > k + 2 && lex.measures.at(tokens, j, j + 1))) j++;
        // (a plural verb: "12 soldiers and a civilian was hurt" is two clauses)
        if (j < t1 && j > k + 2 && (tokens[j].low === 'were' || tokens[j].low === 'are' ||
          ((tokens[j].low === 'had' || tokens[j].low === 'have') && j + 1 < t1 && tokens[j + 1].low === 'been') ||
          (tokens.slice(Math.max(0, q - 7), q).some((t) => LEAVING.has(t.low)) && slotCue(tokens, j, t1, 'post')))) {
          skippedAside = true;
          k = j - 1;
          limit = Math.min(t1, j + 8);
          continue;
        }
      }
    }
    // "three policemen guarding the gate were among the dead": a participle clause, then the verb
    const relative = low === 'who' || low === 'which' || low === 'that';
    if (relative) {
      // "12 soldiers who were killed": the relative clause itself carries the verb
      let j = k + 1;
      j = skipToCue(tokens, j, Math.min(t1, k + 5), t1);
      const inner = j < t1 ? slotCue(tokens, j, t1, 'post') : undefined;
      if (inner) {
        // "seven civilians who had been held in a hamlet since October were freed": the main verb after the
        // relative clause says what happened to them in the end
        const main = !inWhole ? mainAfterClause(tokens, inner.end, t1) : undefined;
        // ("7 persons who fled the centre are being sought": a search for people who ran away is for suspects or
        // escapees, other per the guide, not for the missing)
        // ("six passengers who fled into the hills are still being traced": fleeing somewhere from danger leaves them lost)
        if (main?.measure === 'missing' && RAN_AWAY.has(tokens[j].low) && !FLED_TO.has(tokens[inner.end]?.low ?? '')) {
          return { measure: 'other', end: main.end, aux: true, modal, direct: true };
        }
        if (main) return { measure: main.measure, end: main.end, aux: true, modal, direct: true };
        aux = true;
        rel = true;
        continue;
      }
      // ("one (1) customer who suffered a gunshot wound to the leg", "two pupils who sustained burns": a relative clause
      // of harm received; a main verb after it still rules)
      if (j < t1 && HARM_FINITE.has(tokens[j].low)) {
        for (let h = j + 1; h < Math.min(t1, j + 5); h++) {
          if (!HARM_NOUNS.has(tokens[h].low)) {
            if (tokens[h].kind !== 'word' || FUNCTION.has(tokens[h].low) && tokens[h].low !== 'a') break;
            continue;
          }
          const main = !inWhole ? mainAfterClause(tokens, h + 1, t1) : undefined;
          if (main) return { measure: main.measure, end: main.end, aux: true, modal, direct: true };
          let fatal = false;
          for (let f = j + 1; f < h; f++) if (tokens[f].low === 'fatal' || tokens[f].low === 'mortal') fatal = true;
          return { measure: fatal ? 'killed' : 'injured', end: h + 1, aux: true, modal, direct: true, rel: true };
        }
      }
    }
    // "four children separated from their families were yet to be traced": a past participle with its phrase
    const pastParticiple = k === q && (low.length > 4 && low.endsWith('ed') || IRREGULAR_PARTICIPLES.has(low)) && k + 1 < t1 &&
      PARTICIPLE_PREPS.has(tokens[k + 1].low);
    if (!skippedAside && k > q - 1 && tokens[k].kind === 'word' &&
      (relative || pastParticiple || low.endsWith('ing') && !NOT_PARTICIPLES.has(low))) {
      let j = k + 1;
      if (relative && j < t1 && (BE.has(tokens[j].low) || tokens[j].low === 'had')) j++;
      const stop = Math.min(t1, k + (relative ? 16 : pastParticiple ? 12 : 8)); // ("who were on the slopes when the eruption began are stranded")
      // "four employees who hid in a storeroom have made it out": the clause ends at the next auxiliary
      // ("Twelve detainees identified as instigators have been arrested": "have been" after a participle too)
      // ("one police officer escorting the train had been killed": a perfect passive ends a present participle's clause)
      const ends = (i: number): boolean => BE.has(tokens[i].low) || (i > k + 2 && i + 1 < t1 && tokens[i + 1].low === 'been' &&
        (tokens[i].low === 'have' || tokens[i].low === 'has' || tokens[i].low === 'had')) || ((relative || pastParticiple) && i > k + 2 &&
        ((tokens[i].low === 'have' || tokens[i].low === 'has' || tokens[i].low === 'had') && (!!slotCue(tokens, i + 1, t1, 'post') ||
          (i + 1 < t1 && tokens[i + 1].low === 'been')) ||
        // ("six passengers who were sitting at the front died", "twelve pilgrims who were walking beside the float
        // received burns": a verb that is never a participle, or one of harm, is the main verb after the clause)
        FINITE_ONLY.has(tokens[i].low) || HARM_FINITE.has(tokens[i].low) ||
        // ("four fishermen who went to sea on Monday remain missing": a state cue that never takes an object)
        // (not a cue inside a phrase, "will find a safe haven", nor after a modal)
        // ("two farmers who had gone back to feed livestock inside the zone were missing": being somewhere is the
        // clause's own place, not the main verb)
        // ("civilians who were at the checkpoint also lost their lives": a post phrase longer than the active verb it
        // starts with is intransitive, so it is the main verb too)
        (relative && i > k + 3 && !FUNCTION.has(tokens[i - 1].low) && (slotCue(tokens, i, t1, 'post')?.measure ?? 'present') !== 'present' &&
          (lex.measureSlots.pre.at(tokens, i, t1)?.end ?? 0) < slotCue(tokens, i, t1, 'post')!.end &&
          !tokens.slice(k, i).some((t) => MODALS.has(t.low)))));
      // (a group inside a phrase of the clause is not a new subject: "suspected of helping the assailants were")
      // (a date inside the clause is no count: "who went to sea on 13 February")
      const dateDay = (i: number): boolean => tokens[i].kind === 'num' && ((i + 1 < t1 && lex.months.has(tokens[i + 1].low)) ||
        lex.months.has(tokens[i - 1].low));
      // ("inside the six-kilometre danger zone": a hyphenated measure inside the clause)
      const joined = (i: number): boolean => tokens[i].low === '-' && !tokens[i].space && tokens[i - 1].kind === 'word';
      // ("collaborators who supplied fuel and foodstuffs to the bandits have been arrested": in a relative clause too)
      // ("a bus which was intercepted by armed individuals were freed": the group's adjective after the preposition)
      const inPhrase = (i: number): boolean => FUNCTION.has(tokens[i - 1].low) ||
        (i - 2 > k && FUNCTION.has(tokens[i - 2].low) && tokens[i - 1].kind === 'word' && !lex.groups.at(tokens, i - 1, i));
      while (j < stop && !ends(j) && (tokens[j].kind === 'word' || dateDay(j) || joined(j)) && (!lex.groups.at(tokens, j, j + 1) ||
        ((pastParticiple || relative) && inPhrase(j)))) j++;
      // ("Three civilians who live near the base, among them a 9-year-old girl, suffered shrapnel injuries": an aside
      // of parts after the clause, closed by a comma, before the main verb)
      let partsAside = false;
      if (relative && j + 2 < t1 && tokens[j].low === ',' && (tokens[j + 1].low === 'among' || tokens[j + 1].low === 'including')) {
        let c = j + 2;
        while (c < Math.min(t1, j + 14) && tokens[c].low !== ',' && tokens[c].low !== ';' && tokens[c].low !== '.') c++;
        if (c + 1 < t1 && tokens[c].low === ',' && ends(c + 1)) {
          j = c + 1;
          partsAside = true;
        }
      }
      if ((j < stop || partsAside) && ends(j)) {
        skippedAside = true;
        relSkipped = relative;
        k = j - 1;
        limit = Math.min(t1, j + 8);
        continue;
      }
    }
    // ("was also hit by a stray bullet and died on the spot", "were flown by helicopter to Kathmandu with frostbite and
    // broken bones": a verb with no cue of its own after the auxiliary; the outcome joined by "and", or the harm it
    // carried them with, says what befell them)
    if (sawBe && !modal && k > q && tokens[k].kind === 'word' && !FUNCTION.has(low) && low.length > 2) {
      const died = laterDeath(tokens, k + 1, t1);
      if (died > 0) return { measure: 'killed', end: died, aux: true, modal, direct: !skippedAside, rel };
      for (let j = k + 1; j < Math.min(t1, k + 10); j++) {
        const w = tokens[j].low;
        if (w === 'with') {
          const hurt = withHarm(tokens, j, t1);
          if (hurt > 0) return { measure: 'injured', end: hurt, aux: true, modal, direct: !skippedAside, rel };
          break;
        }
        // ("eight had been shifted to Vadodara in a critical condition": the state they were moved in)
        const state = w === 'in' ? slotCue(tokens, j, t1, 'post') : undefined;
        if (state?.measure === 'injured') return { measure: 'injured', end: state.end, aux: true, modal, direct: !skippedAside, rel };
        if (tokens[j].kind !== 'word' || CLAUSE_BREAK.has(w) || w === 'who' || w === 'which') break;
      }
    }
    // "20 people fell into the water and were not seen again": a second predicate joined by "and"; it
    // yields to an active verb before the number (aux false)
    // ("one traveller was hit by a stray bullet and died": the same after an auxiliary)
    const firstVerb = (!aux && k === q) || (sawBe && !modal && k > q && POST_SKIP.has(tokens[k - 1].low));
    if ((!skippedAside || placeSkipped || relSkipped) && firstVerb && tokens[k].kind === 'word' && !FUNCTION.has(low)) {
      for (let j = k + 1; j < Math.min(t1, k + 10); j++) {
        const w = tokens[j].low;
        if (tokens[j].kind === 'num' || w === ',' || w === ';' || lex.groups.at(tokens, j, j + 1)) break;
        if (w !== 'and') continue;
        const nx = j + 1 < t1 ? tokens[j + 1].low : '';
        // ("one suspect attempted to escape and sustained injuries": a verb of harm received, with its noun)
        if (nx === 'were' || nx === 'are' || nx === 'have' || HARM_FINITE.has(nx)) {
          const second = postMeasure(tokens, j + 1, t1, inWhole);
          if (second) return { ...second, aux: false, direct: true };
        }
        // ("four passengers were taken off and held", "were stopped and abducted": a second participle after a passive
        // auxiliary shares it, and its cue is the count's)
        // (harm and capture only: "98 have been screened and released", "identified and handed over" say what became
        // of people already counted)
        const shared = sawBe && k > q && tokens[j + 1]?.kind === 'word' ? slotCue(tokens, j + 1, t1, 'post') : undefined;
        if (shared && SHARED_PASSIVE.has(shared.measure)) return { measure: shared.measure, end: shared.end, aux: true, modal, direct: true };
        // ("two men fell through the ice and drowned": the later verb is the outcome)
        const died = laterDeath(tokens, j, t1);
        if (died > 0) return { measure: 'killed', end: died, aux: false, modal, direct: true };
        // ("27 prisoners broke through the fence and escaped", "five hostages forced a window and fled": so is any later
        // verb with no object of its own after an active verb with no cue)
        const later = !sawBe && k === q ? laterVerb(tokens, j, t1) : undefined;
        if (later) return { measure: later.measure, end: later.end, aux: false, modal, direct: true };
        break;
      }
    }
    break;
  }
  return undefined;
}
/** Words that name a unit of territory, before "of" and its name ("the district of Mokolo", "region of the Far North"). */
const PLACE_UNITS = figureWords('chain-unit');
/** From the comma at `c`: comma-set segments that each name a unit of territory ("in the district of Mokolo",
 * "department of Mayo-Tsanaga", "region of the Far North"), at most six, the last closed by a comma before an
 * auxiliary or a verb of what befell the people. Returns where that verb starts, or -1. */
function placeChain(tokens: Token[], c: number, t1: number): number {
  let seen = 0;
  // ("of the locality of Ldamtsai, in the district of ...": the first may hang on the noun by "of", with no comma)
  while (c < t1 && (tokens[c].low === ',' || (seen === 0 && tokens[c].low === 'of')) && seen < 6) {
    const after = tokens[c].low === 'of' ? c : c + 1;
    if (seen > 0 && after < t1 && (BE.has(tokens[after].low) || PERFECT.has(tokens[after].low) || slotCue(tokens, after, t1, 'post'))) {
      return after;
    }
    let j = after;
    if (j >= t1) return -1;
    // (the origin before may have read the unit already: "of the locality | of Ldamtsai")
    if (tokens[j].low === 'of' && PLACE_UNITS.has(tokens[j - 1].low)) j++;
    else {
      if (j < t1 && (PLACE_PREPS.has(tokens[j].low) || tokens[j].low === 'of')) j++;
      if (j < t1 && tokens[j].low === 'the') j++;
      if (j + 2 >= t1 || !PLACE_UNITS.has(tokens[j].low) || tokens[j + 1].low !== 'of') return -1;
      j += 2;
    }
    if (j < t1 && tokens[j].low === 'the') j++;
    const name = j;
    while (j < Math.min(t1, name + 6) && (isCap(tokens[j]) || (tokens[j].low === '-' && !tokens[j].space))) j++;
    if (j === name) return -1;
    c = j;
    seen++;
  }
  return -1;
}

/** Verbs of belief that open a reduced clause with "to" ("presumed to have taken part", "believed to have joined"). */
const BELIEF_VERBS = new Set(['presumed', 'believed', 'thought', 'suspected', 'alleged', 'reputed', 'understood']);
const RAN_AWAY = figureWords('ran-away');

/** "Six villagers including two women were killed": parts named right after the counted noun with no comma before
 * the verb ("including N X", up to four items joined by "and" or commas); returns the token after them, or `q`. */
function partsInline(tokens: Token[], q: number, t1: number): number {
  if (q + 2 >= t1 || tokens[q].low !== 'including') return q;
  let at = q + 1;
  for (let n = 0; n < 4; n++) {
    const num = parseNumber(tokens, at, t1);
    if (!num) return q;
    const g = findGroup(tokens, num.end, t1);
    if (!g) return q;
    at = g.g1;
    if (at + 1 < t1 && (tokens[at].low === 'and' || tokens[at].low === ',') && parseNumber(tokens, at + 1, t1)) at++;
    else return at;
  }
  return q;
}
const SHARED_PASSIVE = new Set<Measure>(['killed', 'injured', 'held', 'arrested', 'missing']);

/** Nouns for a body of people after a modifier ("rescue teams", "evacuation units"). */
const BODY_NOUNS = new Set(['team', 'teams', 'unit', 'units', 'squad', 'squads', 'service', 'services', 'workers']);

/** "pre-emptively", "self-evidently": a word, a hyphen and an adverb in "-ly", written as one (tokens k to k + 2). */
export function hyphenAdverb(tokens: Token[], k: number): boolean {
  const h = tokens[k + 1];
  const a = tokens[k + 2];
  return !!a && h.low === '-' && !h.space && !a.space && tokens[k].kind === 'word' && a.kind === 'word' && lyAdverb(a.low);
}
