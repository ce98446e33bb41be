// Whose side a count is on, from who says it: a party's own men and its enemy, a force's colleagues, a party that
// "arrests" (holds) people. Pure functions of the tokens, the figure and its source.
import type { SourceRef } from './types.js';
import { tokenize, type Document } from './document.js';
import type { FigureCandidate } from './figures.js';
import { kindOf } from './attribution.js';
import { stateSubject } from './figures/incident.js';
import { lexicons } from './lexicon/index.js';

export function officialSide(src: SourceRef): boolean {
  if (src.kind === 'official') return true;
  if (src.kind !== 'unnamed') return false;
  const toks = tokenize(src.name);
  return kindOf(toks, 0, toks.length).kind === 'official';
}

/** "It said none of its men had been hurt" in a militant party's voice: the party's own men are attackers; so are
 * the words a party has for its fighters ("Two of the brothers were killed", "3 brothers were martyred"). */
// (the words of group.ts's OWN_FIGHTERS that keep their own noun as a group, read here with the speaker known)
const PARTY_FIGHTERS = new Set(['brothers', 'lions', 'knights', 'inghimasis']);
/** Bodies of armed men that "its" may stand for ("the militia", "the army"). */
const FORCE_BODIES = new Set(['militia', 'militias', 'army', 'police', 'battalion', 'unit', 'garrison', 'forces', 'force']);
/** Where the clause before "its" ends, looking back (a stop, a comma, a quote). */
const CLAUSE_EDGES = new Set(['.', ',', ';', '"', '\u201c', '\u201d']);
/** What a party calls its own after "of its" / "of their" ("seven of their own", "14 of its members"). */
const OWN_MEN = new Set(['own', 'members', 'fighters', 'men', 'comrades']);
export function partyMen(tokens: Document['tokens'], c: FigureCandidate, src: SourceRef): boolean {
  if (src.kind === 'militant' && PARTY_FIGHTERS.has(c.group)) return true;
  // ("we lost only one man" in the party's voice)
  if (src.kind === 'militant' && c.ownSide && (c.group === 'men' || c.group === 'members')) return true;
  // ("its fighters had killed 40 soldiers and had lost seven of their own", "the release of 14 of its members": the
  // party's own men)
  const k = c.mention.t1;
  if (src.kind === 'militant' && c.group === 'people' && k + 2 < tokens.length && tokens[k].low === 'of' &&
    OWN.has(tokens[k + 1].low) && OWN_MEN.has(tokens[k + 2].low)) {
    // (not when "its" is a force named just before: "attacked a position of the militia and killed 9 of its members")
    if (tokens[k + 2].low === 'own') return true;
    const lex = lexicons();
    for (let j = c.mention.t0 - 1; j >= Math.max(0, c.mention.t0 - 12); j--) {
      if (CLAUSE_EDGES.has(tokens[j].low)) break;
      if (lex.groups.at(tokens, j, j + 1)?.data === 'security_forces' || FORCE_BODIES.has(tokens[j].low)) return false;
    }
    return true;
  }
  return src.kind === 'militant' && c.group === 'men' && c.g1 - 2 >= c.g0 && tokens[c.g1 - 1].low === 'men' &&
    (tokens[c.g1 - 2].low === 'its' || tokens[c.g1 - 2].low === 'their');
}

/** "The soldiers of the Caliphate arrested 5 spies": the party's own men (a group phrase of attackers) before the verb. */
function partyMenBefore(tokens: Document['tokens'], v: number, t0: number): boolean {
  const lex = lexicons();
  for (let j = v - 1; j >= Math.max(t0, v - 8); j--) {
    if (lex.groups.at(tokens, j, v)?.data === 'attackers' || PARTY_FIGHTERS.has(tokens[j].low)) return true;
  }
  return false;
}

/** "it had captured 8 soldiers", "they arrested 5 spies" after the party that says so: the party's own act. */
function partyPronoun(tokens: Document['tokens'], v: number, t0: number): boolean {
  let j = v - 1;
  while (j > t0 && (tokens[j].low === 'had' || tokens[j].low === 'have' || tokens[j].low === 'has' || tokens[j].low === 'also')) j--;
  return j >= t0 && (tokens[j].low === 'it' || tokens[j].low === 'they' || tokens[j].low === 'we');
}

const PHRASE_ENDS = new Set(['is', 'are', 'was', 'were', 'had', 'have', 'has', 'and', 'who', 'which', 'that']);
/** "Dozens of the enemy were wounded": whose enemy is the speaker's side; a party's enemy is the state's forces, a
 * state body's enemy the attackers. */
export function enemySide(tokens: Document['tokens'], c: FigureCandidate, src: SourceRef): string | undefined {
  const k = c.mention.t1;
  // ("12 of the enemy"; a vague word takes its "of" along: "dozens of | the enemy")
  const ofThe = (j: number): boolean => j + 2 < tokens.length && tokens[j].low === 'of' && tokens[j + 1].low === 'the' &&
    tokens[j + 2].low === 'enemy';
  // ("25 members of the enemy forces": the word inside the counted phrase)
  let inPhrase = false;
  for (let j = k; j < Math.min(tokens.length, k + 6) && tokens[j].kind === 'word' && !PHRASE_ENDS.has(tokens[j].low); j++) {
    if (tokens[j].low === 'enemy') inPhrase = true;
  }
  const named = c.g1 > c.g0 && tokens[c.g1 - 1].low === 'enemy' || ofThe(k) || ofThe(k - 1) || inPhrase;
  // ("We lost nine men ... We killed 23 of them": "them" there is the enemy, though the pronoun took the speaker's
  // "men" from the count before)
  const hitThem = weHitThem(tokens, c);
  if (!(c.group === 'people' || c.group === 'men' && hitThem) || !named && !hitThem) return undefined;
  return src.kind === 'militant' ? 'security_forces' : src.kind === 'official' ? 'attackers' : undefined;
}

const WE = new Set(['we', 'our']);
const HIT = new Set(['killed', 'wounded', 'injured', 'shot', 'neutralised', 'neutralized', 'eliminated']);
/** "We killed 23 of them", "our men wounded five of them": whom the speaker's side hit are the enemy (a verb of harm
 * right before the count, "we" or "our" at most three words before it; "we rescued 27 of them" rescued anyone). */
function weHitThem(tokens: Document['tokens'], c: FigureCandidate): boolean {
  const k = c.mention.t1;
  if (c.how !== 'pre' || k + 1 >= tokens.length || tokens[k].low !== 'of' || tokens[k + 1].low !== 'them') return false;
  const v = c.mention.t0 - 1;
  if (v < 0 || !HIT.has(tokens[v].low)) return false;
  for (let j = v - 1; j >= Math.max(0, v - 3); j--) if (WE.has(tokens[j].low)) return true;
  return false;
}

/** "its fighters had arrested 35 collaborators": the label an armed party gives the people it seized or killed for
 * siding with the state counts people in its own voice (in the state's voice, "suspected collaborators" are who they
 * are). */
const PARTY_LABELS = new Set(['collaborators', 'informers', 'informants']);
export function partyLabel(c: FigureCandidate, src: SourceRef): string | undefined {
  return src.kind === 'militant' && PARTY_LABELS.has(c.group) ? 'people' : undefined;
}

/** "Eight of our colleagues fell" in a police or army spokesman's words: the force's own men. */
const FORCE_SPEAKER = /\b(?:police|army|military|gendarmerie|armed forces|defence|defense|troops)\b/i;
export function forceColleagues(tokens: Document['tokens'], c: FigureCandidate, src: SourceRef): boolean {
  if (c.group !== 'colleagues' || src.kind !== 'official' || !FORCE_SPEAKER.test(src.name)) return false;
  // ("... and two others were wounded": the others carry the colleagues of the clause before)
  for (let k = Math.max(0, c.mention.t0 - 20); k < Math.min(tokens.length - 1, c.mention.t1 + 3); k++) {
    if (tokens[k].low === 'our' && tokens[k + 1].low === 'colleagues') return true;
  }
  return false;
}

/** The party's own men (or the party itself) as the subject of the verb at v. */
function partyActs(tokens: Document['tokens'], v: number, t0: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 4); j--) if (OWN.has(tokens[j].low)) return true;
  // ("The soldiers of the Caliphate arrested 5 spies", "JNIM said it had captured 8 soldiers", "The brothers arrested
  // 5 spies": the party's men before the verb, no state actor)
  return stateSubject(tokens, v, t0) === false || partyPronoun(tokens, v, t0) || partyMenBefore(tokens, v, t0);
}

/** The verb of a measure that a coordinated verb (after "and" at `and`) shares its subject with, within the clause. */
function firstVerb(tokens: Document['tokens'], and: number, t0: number): number | undefined {
  const lex = lexicons();
  for (let j = and - 2; j >= Math.max(t0, and - 16); j--) {
    if (tokens[j].low === '.' || tokens[j].low === ';') return undefined;
    if (lex.measures.at(tokens, j, and)) return j;
  }
  return undefined;
}

const DETAINED = new Set(['detained', 'arrested', 'captured', 'apprehended']);
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'be']);
/** "none of its men had been captured" in a party's voice: the party's own men taken by the state are arrested. */
export function partyMenTaken(tokens: Document['tokens'], c: FigureCandidate, src: SourceRef): boolean {
  if (c.measure !== 'held' || !partyMen(tokens, c, src)) return false;
  for (let k = c.g1; k < Math.min(tokens.length, c.g1 + 4); k++) {
    if (DETAINED.has(tokens[k].low)) return k > c.g1 && PASSIVE_AUX.has(tokens[k - 1].low) && tokens[k + 1]?.low !== 'by';
  }
  return false;
}
const OWN = new Set(['our', 'its', 'their']);
/** "Our forces also detained 3 soldiers", "workers detained by our Frente Sur" in a militant party's voice: the party's
 * own men detaining people hold them captive (only the state arrests). The party is named by a possessive a few words
 * before the verb, or after its "by". */
export function partyDetention(tokens: Document['tokens'], c: FigureCandidate, src: SourceRef, t0 = 0): boolean {
  if (src.kind !== 'militant' || c.measure !== 'arrested') return false;
  if (c.how === 'pre') {
    let v = c.mention.t0 - 1;
    if (v > 0 && /^["\u201c\u201d']$/.test(tokens[v].text)) v--;
    if (v < 0 || !DETAINED.has(tokens[v].low)) return false;
    // ("its fighters had killed dozens of soldiers and captured 8": the verb's subject is the first verb's; the soldiers
    // between are that verb's object)
    const first = tokens[v - 1]?.low === 'and' ? firstVerb(tokens, v - 1, t0) : undefined;
    return partyActs(tokens, first ?? v, t0);
  }
  const k = Math.max(c.g1, c.mention.t1);
  return k + 2 < tokens.length && DETAINED.has(tokens[k].low) && tokens[k + 1].low === 'by' && OWN.has(tokens[k + 2].low);
}
