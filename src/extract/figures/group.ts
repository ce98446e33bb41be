// The counted noun phrase: which people a number counts ("30 Pakistani soldiers", "the army",
// "members of the band", "two of the dead were polling assistants"). Separate from the measure, which
// is looked for around the phrase this module finds.
import type { Measure } from '../types.js';
import type { Token } from '../document.js';
import type { PhraseMatch } from '../phrases.js';
import { parseNumber } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, POST_SKIP, HARM_VERBS, PARTICIPLE_PREPS, MANNER_PREPS, SUBORDINATORS, HARM_NOUNS, HARM_FINITE,
  MODIFIERS, FUNCTION, WEEKDAYS, NOMINAL_GROUPS, DETERMINERS_OF, PLACE_PREPS, BE, plural, isCap, ARMED_BANDS,
  COLLECTIVES, ARMING, PERFECT, TITLES, AGE_WORDS, PERSON_NOUN, CLAUSE_BREAK, ARTICLES, lyAdverb,
  plainWord, bracketedFigure } from './words.js';
import type { GroupHit } from './candidate.js';
import { sketchOf } from '../word-sets.js';
import { slotCue } from './cues.js';

/** A party's words for its own fighters, after "our" ("one of our brothers"; guide: attackers). */
/** Determiners between a vague word's "of" and its group ("dozens of the attackers", "scores of its passengers"). */
const VAGUE_OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** Pronouns after a vague word's "of" that point back to people counted before ("tens of them"). */
const BACK_PRONOUNS = new Set(['them', 'those', 'these']);
const OWN_FIGHTERS = new Set(['brothers', 'heroes', 'comrades', 'lions', 'mujahideen', 'mujahidin', 'fighters',
  'martyrs', 'men', 'knights', 'youths', 'cadres', 'guerrillas', 'combatants']); // not "soldiers": "two of our soldiers" in an army release are troops
const ATTACKING = new Set(['attacking', 'raiding', 'storming', 'assaulting', 'inghimasi']);
/** "of those admitted", "of those injured": participles after "those" that name the people of a total. */
const THOSE_STATES = new Map<string, Measure>([['injured', 'injured'], ['wounded', 'injured'], ['hurt', 'injured'],
  ['admitted', 'injured'], ['hospitalised', 'injured'], ['hospitalized', 'injured'], ['killed', 'killed'],
  ['rescued', 'freed'], ['freed', 'freed'], ['evacuated', 'displaced'], ['abducted', 'held'], ['kidnapped', 'held'],
  ['arrested', 'arrested'], ['detained', 'arrested']]);
/** Verbs of dying after "those who" ("two of those who died"). */
const DIED = new Set(['died', 'perished', 'drowned']);
const allCaps = (t: Token): boolean => t.kind === 'word' && t.text.length >= 4 && t.text === t.text.toUpperCase() && t.text !== t.low;
/** A word of a headline set in capitals ("23 SUSPECTED CULTISTS ARRESTED"): a common noun, not a name, when a
 * neighbour is in capitals too (acronyms stand among lower-case words). */
function shouted(tokens: Token[], k: number, t1: number): boolean {
  return allCaps(tokens[k]) && ((k > 0 && allCaps(tokens[k - 1])) || (k + 1 < t1 && allCaps(tokens[k + 1])));
}

/** "(were|are)? women" right after "of them"/"of the dead": the group the part belongs to. */
const PREDICATE_END = new Set(['and', ',', '.', ';', ')']);
/** "two of the dead were polling assistants and ...": a plural for persons we do not list (one plain modifier may
 * stand before it) closing the predicate names the part's group. */
function unlistedPredicate(tokens: Token[], j: number, t1: number, g0: number): GroupHit | undefined {
  for (let h = j; h < Math.min(t1, j + 2); h++) {
    const t = tokens[h];
    if (t.kind !== 'word' || isCap(t) || FUNCTION.has(t.low) || BE.has(t.low)) return undefined;
    if (h + 1 < t1 && !PREDICATE_END.has(tokens[h + 1].low)) continue;
    const ok = t.low.endsWith('s') && !t.low.endsWith('ss') && PERSON_NOUN.test(t.low) && !lexicons().measures.at(tokens, h, h + 1) &&
      !lexicons().distractors.at(tokens, h, t1);
    return ok ? { g0, g1: h + 1, group: t.low, known: true } : undefined;
  }
  return undefined;
}

/** "Four of the injured", "two of the dead": a part its nominal picks, whose people are its total's ("of the victims"
 * says nothing of who they were, and keeps its own group). */
export function nominalOfTotal(tokens: Token[], g: GroupHit): boolean {
  return !!g.nominal && tokens[g.g1 - 1]?.low !== 'victims';
}

/** Spans of time after "a" ("a week later", "a day after", "a few hours on"). */
const TIME_SPANS = new Set(['week', 'day', 'month', 'year', 'fortnight', 'decade', 'while', 'moment', 'minute', 'hour',
  'few', 'couple']);

export function predicateGroup(tokens: Token[], k: number, t1: number): GroupHit | undefined {
  const lex = lexicons();
  let j = k;
  if (j < t1 && BE.has(tokens[j].low)) j++;
  if (j < t1 && (tokens[j].low === 'all' || tokens[j].low === 'also')) j++;
  const predicate = j;
  // "one of them a female", "one of them a 16-year-old schoolboy": a singular part names its noun after "a"
  const single = j < t1 && (tokens[j].low === 'a' || tokens[j].low === 'an');
  if (single) j++;
  // ("troops rescued 16 of them a week later": a span of time, not who they were)
  if (single && j < t1 && TIME_SPANS.has(tokens[j].low)) return undefined;
  // ("a 16-year-old schoolboy": the age before the noun)
  const aged = single && j + 4 < t1 && tokens[j].kind === 'num' && tokens[j + 1].low === '-' && tokens[j + 3].low === '-' &&
    tokens[j + 4].low === 'old';
  if (aged) j += 5;
  for (let n = 0; n < 3 && j < t1 && !lex.groups.at(tokens, j, t1); n++) {
    // ("a female", "a schoolboy", "a Syrian day labourer": the head noun in the singular)
    if (single && tokens[j].kind === 'word') {
      let h = j;
      while (h + 1 < Math.min(t1, j + 3) && tokens[h + 1].kind === 'word' && !FUNCTION.has(tokens[h + 1].low) &&
        !BE.has(tokens[h + 1].low) && !CLAUSE_BREAK.has(tokens[h + 1].low) && !lex.measures.at(tokens, h + 1, h + 2)) h++;
      // ("Two of the dead were a bus conductor and a vendor": people of two kinds, no one group)
      if (tokens[h + 1]?.low === 'and' && (tokens[h + 2]?.low === 'a' || tokens[h + 2]?.low === 'an')) return undefined;
      const head = plural(tokens[h].low);
      const pl = lex.groups.at([{ ...tokens[h], low: head, sketch: sketchOf(head) }], 0, 1);
      // (an unlisted noun for persons needs a word before it: "a day labourer", "a 27-year-old waiter")
      if (pl || (PERSON_NOUN.test(head) && !isCap(tokens[h]) && (h > j || aged))) {
        return { g0: k, g1: h + 1, group: pl?.data || head, known: true };
      }
    }
    if (MODIFIERS.has(tokens[j].low) || (tokens[j].low === '-' && !tokens[j].space) ||
      (j + 1 < t1 && tokens[j + 1].low === '-' && !tokens[j + 1].space)) j++;
    // "four of them bank employees": one unlisted noun before a listed one
    else if (n === 0 && tokens[j].kind === 'word' && !FUNCTION.has(tokens[j].low) && !BE.has(tokens[j].low) &&
      !CLAUSE_BREAK.has(tokens[j].low) && !SUBORDINATORS.has(tokens[j].low) &&
      // ("two of the victims were homeless men": after a verb of being, a state before a listed noun describes it)
      (!lex.measures.at(tokens, j, j + 1) || (j === predicate && BE.has(tokens[k]?.low ?? ''))) &&
      !lex.reporting.has(tokens[j].low) && // ("one of them told relatives": a verb, not a noun)
      !HARM_VERBS.has(tokens[j].low) && // ("four of them sustained injuries": a verb of harm received)
      j + 1 < t1 && lex.groups.at(tokens, j + 1, t1) && tokens[j + 1].low !== 'others') j++;
    else break;
  }
  const gm = lex.groups.at(tokens, j, t1);
  if (!gm) {
    const t = j < t1 ? tokens[j] : undefined;
    if (t && isCap(t) && t.low.endsWith('s') && t.low.length > 4 && !lex.sources.at(tokens, j, j + 1)) {
      return { g0: k, g1: j + 1, group: t.low, known: true }; // "were Egyptians"
    }
    // (only after a verb of being: "were polling assistants", not "on ventilators")
    return single || !BE.has(tokens[k]?.low ?? '') ? undefined : unlistedPredicate(tokens, predicate, t1, k);
  }
  const phrase = tokens.slice(j, gm.end).map((t) => t.low).join(' ');
  return { g0: k, g1: gm.end, group: gm.data || plural(phrase), known: true };
}

/** "the army", "the apostate army", "the national navy": a service word as a noun (up to two plain words before it, no
 * noun after it); the token after it, or -1. */
function forceNoun(tokens: Token[], j: number, t1: number): number {
  for (let k = j; k < Math.min(t1, j + 4); k++) {
    const t = tokens[k];
    // ("members of the army's joint forces": the owner's name before "'s" leaves the head to come)
    if (/^['’]s$/.test(t.low) && k > j) continue;
    if (t.kind !== 'word' || FUNCTION.has(t.low)) return -1;
    // ("three members of the forces", "of the joint forces": a state's forces in lower case; a party's are named)
    if ((t.low === 'forces' || t.low === 'force') && t.text === t.low) return k + 1;
    if (FORCE_MODIFIERS.has(t.low) && !/^['’]s$/.test(tokens[k + 1]?.low ?? '')) return k + 1 < t1 && tokens[k + 1].kind === 'word' && !FUNCTION.has(tokens[k + 1].low) &&
      !BE.has(tokens[k + 1].low) && !lexicons().measures.at(tokens, k + 1, t1) ? -1 : k + 1;
  }
  return -1;
}

/** "members of", "one element of": the word whose "of" gives the group of what follows. */
const MEMBERS_OF = new Set(['members', 'elements', 'member', 'element']);

/** A state force's name used as a modifier ("Navy", "army"). */
const FORCE_MODIFIERS = figureWords('force-modifier');

/** The words for a body's men after its name ("VDP members", "FDS elements"). */
const MEMBER_NOUNS = figureWords('member');
/** Words of a band's kind between an armed party's name and the noun for its men ("Maoist militia members"). */
const BAND_WORDS = new Set(['militia', 'armed', 'cadre', 'guerrilla', 'rebel']);
/** Capitalised words of a body's form that may close an armed party's name ("the Abu Sayyaf Group"). */
const PARTY_FORMS = new Set(['group', 'front', 'movement', 'army', 'brigade', 'brigades', 'organisation', 'organization']);
/** Past the rest of an armed party's name after the words the lexicon knows: a capitalised word of a body's form and
 * the initials in brackets ("members of the Abu Sayyaf | Group (ASG) | were killed"). */
function pastPartyName(tokens: Token[], k: number, t1: number): number {
  if (k < t1 && isCap(tokens[k]) && PARTY_FORMS.has(tokens[k].low)) k++;
  if (k + 2 < t1 && tokens[k].low === '(' && tokens[k + 2].low === ')' && /^[A-Z]{2,}$/.test(tokens[k + 1].text)) k += 3;
  return k;
}

function armedBand(tokens: Token[], j: number, t1: number): number {
  let armed = false;
  for (let k = j; k < Math.min(t1, j + 7); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && !(t.low === '-' && !t.space)) return -1;
    if (ARMED_BANDS.has(t.low) || (armed && COLLECTIVES.has(t.low))) return k + 1;
    if (ARMING.has(t.low)) armed = true;
    else if (FUNCTION.has(t.low) && t.low !== 'for') return -1;
  }
  return -1;
}

/** "members of the group" after "a kidnap-for-ransom group" earlier in the text: the collective noun at `at` was armed
 * when the text brought it in (looked for within a bounded stretch before, so the scan stays linear). */
const ARMED_BACK = 400;
function armedEarlier(tokens: Token[], at: number): boolean {
  const noun = tokens[at].low;
  for (let k = at - 1; k >= Math.max(0, at - ARMED_BACK); k--) {
    if (tokens[k].low !== noun || isCap(tokens[k])) continue; // (not a name: "the Police Maritime Group")
    for (let j = Math.max(0, k - 6); j < k; j++) if (armedBand(tokens, j, k + 1) === k + 1) return true;
    return false; // the nearest earlier mention decides
  }
  return false;
}

/** "an armed bandit group of 100", "a kidnap gang of 60": an armed band sized by the count at `at` (its "of" right
 * before it; the band's words, at most five, open on an article or the sentence). */
export function bandSized(tokens: Token[], at: number, t0: number): boolean {
  if (at - 2 < t0 || tokens[at - 1].low !== 'of') return false;
  for (let j = at - 2; j >= Math.max(t0, at - 6); j--) {
    // ("a bandit gang of 60": a band noun, then the collective that the count sizes)
    const e = armedBand(tokens, j, at - 1);
    if (e < 0 || (e < at - 1 && !(e === at - 2 && COLLECTIVES.has(tokens[e].low)))) continue;
    if (j === t0 || ARTICLES.has(tokens[j - 1].low)) return true;
  }
  return false;
}

/** The noun phrase counted by a number that ends at token p. */
/** ", police officers and Red Cross volunteers": the rest of a list of group nouns from the comma at `k`, closed by
 * "and" (a name of up to two words may stand before the last noun); none when a count or other word breaks it. */
function nounList(tokens: Token[], k: number, t1: number): { groups: string[]; end: number } | undefined {
  const lex = lexicons();
  const groups: string[] = [];
  // ("480 firefighters, foresters and volunteers": a plural for persons we do not list is an item too)
  const item = (j: number): { end: number; data: string } | undefined => {
    const gm = lex.groups.at(tokens, j, t1);
    if (gm) return gm;
    const n = tokens[j];
    return n.kind === 'word' && !isCap(n) && n.low.endsWith('s') && PERSON_NOUN.test(n.low) && !lex.measures.at(tokens, j, j + 1) &&
      !lex.distractors.at(tokens, j, t1) ? { end: j + 1, data: n.low } : undefined;
  };
  while (k + 1 < t1 && tokens[k].low === ',') {
    const gm = item(k + 1);
    if (!gm) return undefined;
    groups.push(gm.data || plural(tokens[gm.end - 1].low));
    k = gm.end;
  }
  if (k + 1 >= t1 || tokens[k].low !== 'and') return undefined;
  let j = k + 1;
  while (j < Math.min(t1, k + 3) && isCap(tokens[j]) && !lex.groups.at(tokens, j, t1)) j++;
  // ("46 women, children and elderly passengers": a modifier of the last noun)
  if (j + 1 < t1 && MODIFIERS.has(tokens[j].low) && !lex.groups.at(tokens, j, t1)) j++;
  // ("firefighters, soldiers and forestry workers": a plain word before the last listed noun)
  else if (j + 1 < t1 && j === k + 1 && plainWord(tokens[j]) && !lex.groups.at(tokens, j, t1) && !lex.measures.at(tokens, j, j + 1) &&
    lex.groups.at(tokens, j + 1, t1)) j++;
  const last = j === k + 1 ? item(j) : lex.groups.at(tokens, j, t1);
  if (!last) return undefined;
  groups.push(last.data || plural(tokens[last.end - 1].low));
  return { groups, end: last.end };
}

/** A plain modifier word: lower-case, no function word, no cue, no count, no noun of people itself. */
function plainModifier(tokens: Token[], k: number, t1: number): boolean {
  const lex = lexicons();
  const t = tokens[k];
  return plainWord(t) &&
    !lex.numberWords.has(t.low) && !lex.measures.at(tokens, k, k + 1) && !lex.reporting.has(t.low) &&
    !lex.groups.at(tokens, k, t1) && !(t.low.endsWith('s') && PERSON_NOUN.test(t.low)) && !t.low.endsWith('ly');
}

/** "security and surveillance agents", "prison security and surveillance agents": one or two plain modifiers, "and",
 * then one modifier and a head noun of people (listed, or a plural like "agents"); returns the last modifier's index,
 * or -1. */
function joinedModifiers(tokens: Token[], k: number, t1: number): number {
  let a = k;
  while (a < Math.min(t1, k + 2) && plainModifier(tokens, a, t1)) a++;
  if (a === k || a + 2 >= t1 || tokens[a].low !== 'and') return -1;
  const lex = lexicons();
  // ("security and surveillance agents": the second modifier may open a listed noun of its own)
  const listed = lex.groups.at(tokens, a + 1, t1);
  if (listed && listed.end > a + 2 && !isCap(tokens[a + 1])) return a + 1;
  if (!plainModifier(tokens, a + 1, t1)) return -1;
  const head = tokens[a + 2];
  const person = lex.groups.at(tokens, a + 2, t1) ||
    (head.kind === 'word' && !isCap(head) && head.low.endsWith('s') && PERSON_NOUN.test(head.low) && !lex.distractors.at(tokens, a + 2, t1));
  return person ? a + 1 : -1;
}

/** "150 DRG and ITBP personnel", "1,500 CRPF and Jharkhand Jaguar personnel", "300 Red Cross and Civil Defence
 * volunteers": two names of bodies (one to three capitalised words each) joined by "and" before a listed noun of
 * people; returns the noun's index, or -1. */
function joinedNames(tokens: Token[], k: number, t1: number): number {
  const name = (j: number): number => {
    let e = j;
    while (e < Math.min(t1, j + 3) && tokens[e].kind === 'word' && isCap(tokens[e]) && !FUNCTION.has(tokens[e].low) &&
      !lexicons().groups.at(tokens, e, t1)) e++;
    return e;
  };
  const a = name(k);
  if (a === k || a + 1 >= t1 || tokens[a].low !== 'and') return -1;
  const b = name(a + 1);
  return b > a + 1 && b < t1 && lexicons().groups.at(tokens, b, t1) ? b : -1;
}

/** "and technicians" after an unlisted plural of people: another noun of people (listed, or shaped like one). */
function otherPeopleNoun(tokens: Token[], k: number, t1: number, first: string): { end: number; known: boolean } | undefined {
  // ("two drivers and injuries to nine others": a harm done is the next item, no second noun of people)
  if (k + 1 >= t1 || tokens[k].low !== 'and' || HARM_NOUNS.has(tokens[k + 1].low)) return undefined;
  const lex = lexicons();
  const known = lex.groups.at(tokens, k + 1, t1);
  if (known) return (known.data || plural(tokens[known.end - 1].low)) !== first ? { end: known.end, known: true } : undefined;
  const n = tokens[k + 1];
  if (n.kind !== 'word' || isCap(n) || n.low === first || !(n.low.endsWith('s') || n.low.endsWith('men')) || !PERSON_NOUN.test(n.low) ||
    lex.measures.at(tokens, k + 1, k + 2) || lex.distractors.at(tokens, k + 1, t1)) return undefined;
  return { end: k + 2, known: false };
}

/** "the fate of another 7 remains unclear": "remains" is the verb unless a noun's neighbours follow it ("7 remains
 * were found", "the remains of"). */
const REMAINS_NOUN_NEXT = new Set(['of', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'and', ',', '.', ';', 'found',
  'recovered', 'exhumed', 'identified']);
function remainsVerb(tokens: Token[], k: number, t1: number): boolean {
  return tokens[k].low === 'remains' && k + 1 < t1 && !REMAINS_NOUN_NEXT.has(tokens[k + 1].low);
}

/** "of (the) <a capitalised name>" at `k`, then an auxiliary or a verb of what befell the person. */
function bodyThenVerb(tokens: Token[], k: number, t1: number): boolean {
  if (k + 2 >= t1 || tokens[k].low !== 'of') return false;
  let j = tokens[k + 1].low === 'the' ? k + 2 : k + 1;
  const name = j;
  while (j < Math.min(t1, name + 6) && (isCap(tokens[j]) || (tokens[j].low === '-' && !tokens[j].space))) j++;
  return j > name && j < t1 && (BE.has(tokens[j].low) || PERFECT.has(tokens[j].low) || !!slotCue(tokens, j, t1, 'post'));
}

/** "military" before a noun is its adjective ("11 military vehicles", "two military sources"); only with no noun after
 * it is it the translated noun for soldiers ("41 military detained", "of them 5 military and"). */
function militaryModifier(tokens: Token[], k: number, t1: number): boolean {
  if (k + 1 >= t1) return false;
  const n = tokens[k + 1];
  // ("the 41 military involved in the insubordination": a participle clause on the noun, not an adjective's noun)
  const participle = n.low.endsWith('ed') && !(k + 2 < t1 && tokens[k + 2].kind === 'word' && tokens[k + 2].low.endsWith('s'));
  return n.kind === 'word' && !BE.has(n.low) && !FUNCTION.has(n.low) && n.low !== 'and' && !participle &&
    !slotCue(tokens, k + 1, t1, 'post');
}

export function findGroup(tokens: Token[], p: number, t1: number, single = false): GroupHit | undefined {
  const lex = lexicons();
  let k = p;
  let preMeasure: Measure | undefined;
  let whole = false;
  // ("the 40-strong crew", "a 300-strong force": the size of a unit, then the noun it counts)
  if (k + 2 < t1 && tokens[k].low === '-' && !tokens[k].space && tokens[k + 1].low === 'strong') {
    k += 2;
    // ("a 10,000-strong crowd gathered": a crowd's size is who was there)
    if (tokens[k].low === 'crowd') return { g0: p, g1: k + 1, group: 'people', known: true, preMeasure: 'present' };
  }
  // ("One (1) Navy SEAL was wounded", "one army sapper died": a force's name, then one word for its men we do not list,
  // then the verb; "two army trucks" are left to the distractors)
  // (a lower-case plural after it is a head noun of its own: "seven army cadets" stay cadets)
  if (k + 2 < t1 && FORCE_MODIFIERS.has(tokens[k].low) && tokens[k + 1].kind === 'word' && !FUNCTION.has(tokens[k + 1].low) &&
    (isCap(tokens[k + 1]) || !tokens[k + 1].low.endsWith('s')) &&
    !lex.groups.at(tokens, k, t1) && !lex.groups.at(tokens, k + 1, t1) && !lex.measures.at(tokens, k + 1, k + 2) &&
    !lex.distractors.at(tokens, k + 1, t1) && !lex.reporting.has(tokens[k + 1].low) &&
    (BE.has(tokens[k + 2].low) || PREDICATE_END.has(tokens[k + 2].low) || lex.measureSlots.post.at(tokens, k + 2, t1))) {
    return { g0: p, g1: k + 2, group: 'security_forces', known: true };
  }
  // ("Two ELN members were killed", "three al-Shabaab fighters": an armed party named before its word for its men)
  // ("arrested 2 suspected TPNPB members": as suspected or alleged ones)
  const pk = k + 2 < t1 && (tokens[k].low === 'suspected' || tokens[k].low === 'alleged') ? k + 1 : k;
  const party = pk + 1 < t1 && tokens[pk].kind === 'word' && isCap(tokens[pk]) ? lex.sources.at(tokens, pk, t1) : undefined;
  if (party?.data.kind === 'militant' && party.end < t1 && (MEMBER_NOUNS.has(tokens[party.end].low) || OWN_FIGHTERS.has(tokens[party.end].low))) {
    return { g0: p, g1: party.end + 1, group: 'attackers', known: true };
  }
  // ("Three (3) Maoist militia members": a word of the band's kind between the party and its men)
  if (party?.data.kind === 'militant' && party.end + 1 < t1 && BAND_WORDS.has(tokens[party.end].low) &&
    MEMBER_NOUNS.has(tokens[party.end + 1].low)) {
    return { g0: p, g1: party.end + 2, group: 'attackers', known: true };
  }
  // ("killed "dozens" of the attackers": a vague word with its "of", then the group as a definite noun)
  // ("led dozens of its passengers into the forest": or after a possessive)
  if (k + 1 < t1 && k > 0 && tokens[k - 1].low === 'of' && VAGUE_OF_DETERMINERS.has(tokens[k].low) && lex.groups.at(tokens, k + 1, t1) &&
    !NOMINAL_GROUPS.has(tokens[k + 1].low)) k++;
  // ("killed tens of the occupier's soldiers": the group after a possessive)
  else if (k + 3 < t1 && k > 0 && tokens[k - 1].low === 'of' && tokens[k].low === 'the' && tokens[k + 2].low === "'s" &&
    lex.groups.at(tokens, k + 3, t1)) k += 3;
  // ("dozens of the injured": the vague word took its "of"; the nominal after it is read as after "12 of")
  if (k + 1 < t1 && k > 0 && tokens[k - 1].low === 'of' && tokens[k].low === 'the' &&
    NOMINAL_GROUPS.has(tokens[k + 1].low)) k--;
  // ("wounded tens of them": the same for a pronoun after the vague word's "of")
  // (not "all of them", which is no count: a quantifier of its own)
  else if (k < t1 && k > 1 && tokens[k - 1].low === 'of' && BACK_PRONOUNS.has(tokens[k].low) && tokens[k - 2].low !== 'all') k--;
  // "12 of the passengers", "12 of them"
  if (k < t1 && (tokens[k].low === 'of' || (tokens[k].low === 'from' && k + 1 < t1 && tokens[k + 1].low === 'the'))) {
    const nx = k + 1 < t1 ? tokens[k + 1].low : '';
    // ("two of those admitted had died", "three of those injured": "those" with the participle of a harm state is
    // that state's nominal, as "of the injured" is)
    const those = nx === 'those' && k + 2 < t1 ? THOSE_STATES.get(tokens[k + 2].low) : undefined;
    if (those && !lex.groups.at(tokens, k + 3, t1)) {
      return { g0: p, g1: k + 3, group: 'people', known: true, implied: those, nominal: true };
    }
    // ("Five of those who died were children", "two of those who were injured": "those who" and the harm)
    const who = nx === 'those' && tokens[k + 2]?.low === 'who' ? k + 3 + (BE.has(tokens[k + 3]?.low ?? '') ? 1 : 0) : -1;
    const harm = who > 0 && who < t1 ? THOSE_STATES.get(tokens[who].low) ?? (DIED.has(tokens[who].low) ? 'killed' : undefined) :
      undefined;
    if (harm) {
      const named = predicateGroup(tokens, who + 1, t1);
      if (named) return { ...named, g0: p, implied: harm, nominal: true };
      return { g0: p, g1: who + 1, group: 'people', known: true, implied: harm, nominal: true };
    }
    if (nx === 'them' || nx === 'those' || nx === 'whom' || nx === 'these' || nx === 'us') {
      // "three of them are children", "11 of them women": the noun after says who they are
      // ("three of those with burns were children": past a "with" phrase that says which of them)
      const past = nx === 'those' ? pastWithPhrase(tokens, k + 2, t1) : k + 2;
      const named = predicateGroup(tokens, past, t1);
      // (those with a harm are the hurt: a part of the injured, as "of the injured" is)
      if (named && past > k + 2 && tokens.slice(k + 3, past).some((t) => HARM_NOUNS.has(t.low))) {
        return { ...named, g0: p, implied: 'injured', nominal: true };
      }
      if (named) return { ...named, g0: p, anaphor: true };
      return { g0: p, g1: k + 2, group: 'people', known: true, anaphor: nx !== 'us' };
    }
    if (nx === 'our' && k + 2 < t1 && OWN_FIGHTERS.has(tokens[k + 2].low)) {
      return { g0: p, g1: k + 3, group: 'attackers', known: true, own: true }; // "two of our brothers": a party's own fighters
    }
    // ("the army said none of its men had died": a body's own men, the state's forces in an official's voice)
    if (nx === 'its' && k + 2 < t1 && tokens[k + 2].low === 'men') return { g0: p, g1: k + 3, group: 'men', known: true, own: true };
    // ("Three of the attacking brothers were killed as martyrs": the raid's side in the party's words)
    if (nx === 'the' && k + 3 < t1 && ATTACKING.has(tokens[k + 2].low) && OWN_FIGHTERS.has(tokens[k + 3].low)) {
      return { g0: p, g1: k + 4, group: 'attackers', known: true, own: true };
    }
    // ("six of my neighbours are dead": a witness's own people too)
    if (nx === 'the' || nx === 'its' || nx === 'their' || nx === 'our' || nx === 'his' || nx === 'her' || nx === 'my') k += 2;
    // ("Three of five abducted fishermen freed", "free two of six abducted traders": a headline's whole with no article)
    else if (k + 2 < t1 && (tokens[k + 1].kind === 'num' || lex.numberWords.has(nx)) && tokens[k].low === 'of') k += 1;
    else return undefined;
    // "27 of the 41 passengers": the group is the whole's noun
    // ("none of the roughly 400 passengers": a hedge before the whole's number)
    const hedge = k < t1 && tokens[k].kind !== 'num' ? lex.hedgesBefore.at(tokens, k, t1) : undefined;
    if (hedge && k + hedge.length < t1 && (tokens[k + hedge.length].kind === 'num' || lex.numberWords.has(tokens[k + hedge.length].low))) {
      k += hedge.length;
    }
    if (k < t1 && (tokens[k].kind === 'num' || lex.numberWords.has(tokens[k].low))) {
      const w = parseNumber(tokens, k, t1);
      if (w) {
        k = w.end;
        // "of the twenty-nine (29) passengers": the digits repeated in brackets, as releases write them
        if (bracketedFigure(tokens, k, t1)) k += 3;
        whole = true;
        // ("Four of the 18 were children": a whole with no noun of its own points back, as "of them" does)
        if (k < t1 && BE.has(tokens[k].low)) {
          const named = predicateGroup(tokens, k, t1);
          if (named) return { ...named, g0: p, anaphor: true };
          return { g0: p, g1: k, group: 'people', known: true, anaphor: true };
        }
      }
    }
    // "two of the seriously injured": an adverb of degree before the nominal
    if (k + 1 < t1 && lyAdverb(tokens[k].low) &&
      NOMINAL_GROUPS.has(tokens[k + 1].low)) k++;
    const nominal = k < t1 ? NOMINAL_GROUPS.get(tokens[k].low) : undefined;
    if (nominal && !(k + 1 < t1 && lex.groups.at(tokens, k + 1, t1))) {
      const named = predicateGroup(tokens, k + 1, t1);
      if (named) return { ...named, g0: p, implied: nominal, nominal: true };
      return { g0: p, g1: k + 1, group: tokens[k].low === 'hostages' || tokens[k].low === 'captives' ? 'hostages' : 'people', known: true, implied: nominal, nominal: true };
    }
  }
  // "including one (1) female,": a person named by sex alone, with no noun after the word (police releases)
  // ("one male between the ages of 16 and 20", "one female aged 19": or an age after it)
  if (k < t1 && (tokens[k].low === 'female' || tokens[k].low === 'male') && (k + 1 >= t1 || tokens[k + 1].kind === 'punct' ||
    tokens[k + 1].low === 'and' || tokens[k + 1].low === 'between' || tokens[k + 1].low === 'aged')) {
    return { g0: p, g1: k + 1, group: tokens[k].low === 'female' ? 'women' : 'men', known: true };
  }
  // ("two herders were shot dead and one other was wounded": "one other" is "others" for a single person)
  if (single && k + 1 < t1 && tokens[k].low === 'other' && (BE.has(tokens[k + 1].low) || slotCue(tokens, k + 1, t1, 'post'))) {
    return { g0: p, g1: k + 1, group: 'people', known: false, preMeasure };
  }
  let skips = 0;
  while (k < t1 && skips <= 4) {
    const gm = lex.groups.at(tokens, k, t1);
    if (!gm && tokens[k].low === 'military' && !militaryModifier(tokens, k, t1)) {
      return { g0: p, g1: k + 1, group: 'security_forces', known: true, preMeasure, whole };
    }
    if (gm) {
      // a noun kept as written is named by its head ("aid workers" → workers)
      let group = gm.data || plural(tokens[gm.end - 1].low);
      let end = gm.end;
      // "nine police recruits", "army cadets": a collective noun used as a modifier; the plural after it is the head
      const lastLow = tokens[gm.end - 1].low;
      const head = gm.end < t1 ? tokens[gm.end] : undefined;
      // "17 VDP members", "three FARDC elements": a force named before the word for its men keeps the force's group
      if (head && MEMBER_NOUNS.has(head.low) && gm.data && gm.data !== 'people') {
        return { g0: p, g1: gm.end + 1, group: gm.data, known: true, preMeasure, whole };
      }
      // ("Seven Central Reserve Police Force (CRPF) personnel": the force's initials in brackets before the word)
      if (head?.low === '(' && gm.end + 3 < t1 && tokens[gm.end + 2].low === ')' && /^[A-Z]{2,}$/.test(tokens[gm.end + 1].text) &&
        MEMBER_NOUNS.has(tokens[gm.end + 3].low) && gm.data && gm.data !== 'people') {
        return { g0: p, g1: gm.end + 4, group: gm.data, known: true, preMeasure, whole };
      }
      // ("9,870 civilian deaths", "14 child fatalities": a group word as the modifier of a toll noun names whom the
      // toll counts, and the noun says what happened to them, as "no civilian casualties" does for none)
      const toll = head && !lastLow.endsWith('s') && head.kind === 'word' && (single || head.low.endsWith('s')) ?
        lex.measures.at(tokens, gm.end, gm.end + 1) : undefined;
      if (toll && toll.data.slots.has('noun') && lex.groups.at(tokens, gm.end, gm.end + 1)) {
        return { g0: p, g1: gm.end + 1, group: gm.data || plural(lastLow), known: true, implied: toll.data.measure, preMeasure,
          whole };
      }
      // (not "ages": "two men ages 20 and 22" gives the men's ages, as "aged" does)
      if (head && !lastLow.endsWith('s') && head.kind === 'word' && head.low.length > 3 && head.low.endsWith('s') &&
        !head.low.endsWith('ss') && !isCap(head) && !POST_SKIP.has(head.low) && !FUNCTION.has(head.low) && head.low !== 'ages' &&
        !lex.measures.at(tokens, gm.end, t1) && !lex.reporting.has(head.low) && !lex.distractors.at(tokens, gm.end, t1)) {
        const more = lex.groups.at(tokens, gm.end, t1);
        if (more) {
          k = gm.end;
          continue;
        }
        return { g0: p, g1: gm.end + 1, group: head.low, known: false, preMeasure, whole };
      }
      // ("One civilian driver ... was also killed": for one person, a singular group noun after a group word used as a
      // modifier is the head)
      if (single && head && !lastLow.endsWith('s') && head.kind === 'word' && !head.low.endsWith('s') && !isCap(head)) {
        const more = lex.groups.at(tokens, gm.end, t1);
        if (more && more.end === gm.end + 1) {
          k = gm.end;
          continue;
        }
      }
      // "150 firefighters, police officers and Red Cross volunteers": a comma list of nouns closed by "and" counts
      // them all (people when they differ)
      const list = end + 1 < t1 && tokens[end].low === ',' ? nounList(tokens, end, t1) : undefined;
      if (list) {
        if (list.groups.some((x) => x !== group)) group = 'people';
        end = list.end;
      } else if (end + 1 < t1 && tokens[end].low === 'and') {
        // "pupils and teachers": two different groups together are people
        // ("the death of four drivers and injuries to nine others": a harm done is the next item, no second group)
        // ("killed 18 policemen and elements of the crusader army": a force's men after "and" are the same side)
        let of = end + 3;
        if (of < t1 && DETERMINERS_OF.has(tokens[of].low)) of++;
        const force = group === 'security_forces' && MEMBERS_OF.has(tokens[end + 1].low) && tokens[end + 2]?.low === 'of' ?
          forceNoun(tokens, of, t1) : -1;
        const sameForce = force > 0;
        if (sameForce) end = force;
        const more = HARM_NOUNS.has(tokens[end + 1]?.low ?? '') || sameForce ? undefined : lex.groups.at(tokens, end + 1, t1);
        // ("120 gendarmes and soldiers", "police officers and gendarmes": two common nouns of one group keep it; a
        // named force after "and" may open the next item of a list: "18 soldiers and Frontier Corps personnel, three
        // railway employees")
        if (more && (more.data || plural(tokens[more.end - 1].low)) !== group) {
          group = 'people';
          end = more.end;
        } else if (more && !isCap(tokens[end + 1])) end = more.end;
        // ("dozens of soldiers and collaborators": a plural for persons we do not list makes a mixed group too)
        const other = more || sameForce ? undefined : otherPeopleNoun(tokens, end, t1, group);
        if (other) {
          group = 'people';
          end = other.end;
        }
      }
      // "members of the security forces": members take the group of what they are members of (guide)
      // ("250 elements of the Defence and Security Forces": releases count a force's men as its elements)
      if (gm.end - 2 >= k && tokens[gm.end - 1].low === 'of' && MEMBERS_OF.has(tokens[gm.end - 2].low)) {
        let j = gm.end;
        if (j < t1 && DETERMINERS_OF.has(tokens[j].low)) j++;
        const head = j;
        for (let n = 0; n < 2 && j < t1 && !lex.groups.at(tokens, j, t1) && MODIFIERS.has(tokens[j].low); n++) j++;
        // ("members of the medical staff": a group whose row names none takes its own noun's)
        const ownNoun = (m: PhraseMatch<string> | undefined): PhraseMatch<string> | undefined =>
          m && !m.data ? { ...m, data: plural(tokens[m.end - 1].low) } : m;
        let of = ownNoun(lex.groups.at(tokens, j, t1));
        // ("no member of the hospital staff": a noun that qualifies the group's own noun)
        // (not "three members of the public hostage": the public are no group's qualifier)
        if (!of && j + 1 < t1 && tokens[j].kind === 'word' && !isCap(tokens[j]) && !FUNCTION.has(tokens[j].low) &&
          tokens[j].low !== 'public') {
          const next = ownNoun(lex.groups.at(tokens, j + 1, t1));
          if (next && next.data !== 'people') of = next;
        }
        // "members of the Kenya Defence Forces": a force's name after a capitalised country or qualifier
        for (let n = 0, c = j; !of && n < 3 && c + 1 < t1 && isCap(tokens[c]) && tokens[c].kind === 'word'; n++, c++) {
          const named = lex.groups.at(tokens, c + 1, t1);
          if (named && named.data === 'security_forces' && isCap(tokens[c + 1])) of = named;
        }
        // ("members of the rebel group", "of the Communist Terrorist Group (CTG)": the band is the whole noun)
        const band = armedBand(tokens, head, t1);
        if (band > 0 && (!of || of.end <= band)) {
          group = 'attackers';
          end = band;
          if (end + 2 < t1 && tokens[end].low === '(' && tokens[end + 2].low === ')' && isCap(tokens[end + 1])) end += 3;
        } else if (of && of.data && of.data !== 'people') {
          group = of.data;
          end = of.end;
        } else if (!of) {
          const band = armedBand(tokens, head, t1);
          // ("two members of the ELN", "members of Boko Haram": an armed party the sources lexicon knows)
          const party = head < t1 && isCap(tokens[head]) ? lex.sources.at(tokens, head, t1) : undefined;
          if (party?.data.kind === 'militant') {
            group = 'attackers';
            end = pastPartyName(tokens, party.end, t1);
          } else if (band > 0) {
            group = 'attackers';
            end = band;
          } else if (head < t1 && tokens[head - 1].low === 'the' && COLLECTIVES.has(tokens[head].low) && armedEarlier(tokens, head)) {
            group = 'attackers';
            end = head + 1;
          } else {
            // ("four members of the army", "4 elements of the apostate army": a state force named by its service word)
            const force = forceNoun(tokens, head, t1);
            if (force > 0) {
              group = 'security_forces';
              end = force;
            }
          }
        }
      }
      const gmEnd = end;
      const noun = lex.measures.at(tokens, k, gm.end);
      const implied = noun && noun.end === gm.end && noun.data.slots.has('noun') ? noun.data.measure : undefined;
      return { g0: p, g1: gmEnd, group, known: true, implied, preMeasure, whole };
    }
    const t = tokens[k];
    if (t.low === '-' && !t.space && k > p) {
      k++;
      continue;
    }
    if (t.kind !== 'word') break;
    // ("three prison security and surveillance agents", "12 search and rescue workers": modifiers joined by "and"
    // before one head noun; read on from the last modifier)
    const joined = skips === 0 ? Math.max(joinedModifiers(tokens, k, t1), joinedNames(tokens, k, t1) - 1) : -1;
    if (joined > k) {
      k = joined;
      skips++;
      continue;
    }
    // one or two unlisted words before a listed noun ("no cholera deaths", "3 wedding guests")
    // "22 received burn injuries" is a verb phrase ("received" is no modifier of "injuries")
    // ("the toll rose to 12 after divers recovered ...": a subordinator or preposition opens a clause, not a noun)
    if (!FUNCTION.has(t.low) && !lex.reporting.has(t.low) && !lex.measures.at(tokens, k, k + 1) && skips < 2 &&
      !HARM_VERBS.has(t.low) && !SUBORDINATORS.has(t.low) && !MANNER_PREPS.has(t.low) && !PLACE_PREPS.has(t.low) &&
      !lex.measureSlots.post.at(tokens, k, t1)) { // "4 sustained fatal injuries" is a verb phrase, not a noun
      if (lex.groups.at(tokens, k + 1, t1) || (k + 2 < t1 && !FUNCTION.has(tokens[k + 1].low) && tokens[k + 1].kind === 'word' &&
        lex.groups.at(tokens, k + 2, t1) && !lex.measures.at(tokens, k + 1, k + 2))) {
        k++;
        skips++;
        continue;
      }
    }
    const nextIsHyphen = k + 1 < t1 && tokens[k + 1].low === '-' && !tokens[k + 1].space;
    // the last word of a hyphenated modifier ("cash-in-transit robbers", "four-storey")
    const afterHyphen = k > p && tokens[k - 1].low === '-' && !t.space && k + 1 < t1 && tokens[k + 1].kind === 'word';
    const adjective = slotCue(tokens, k, k + 1, 'post') !== undefined && k + 1 < t1 && lex.groups.at(tokens, k + 1, t1) !== undefined;
    // ("four critically injured persons died": an adverb of degree before that adjective)
    const degree = lyAdverb(t.low) && k + 2 < t1 && slotCue(tokens, k + 1, k + 2, 'post') !== undefined &&
      lex.groups.at(tokens, k + 2, t1) !== undefined;
    if (MODIFIERS.has(t.low) || nextIsHyphen || afterHyphen || adjective || degree || (isCap(t) && !FUNCTION.has(t.low) && !shouted(tokens, k, t1) &&
      !(k > p && lex.measures.at(tokens, k, k + 1)))) { // ("23 Suspected Cultists Arrested": a headline's verb)
      const cue = slotCue(tokens, k, k + 1, 'post');
      if (cue) preMeasure = cue.measure;
      k++;
      skips++;
      continue;
    }
    break;
  }
  // "killed 12 Christians", "5 Afghans": a capitalised plural we do not list is the counted noun itself
  if (k > p && isCap(tokens[k - 1]) && tokens[k - 1].low.length > 4 && tokens[k - 1].low.endsWith('s') &&
    !tokens[k - 1].low.endsWith('ss') && tokens[k - 1].text !== tokens[k - 1].text.toUpperCase() &&
    !(k < t1 && tokens[k].kind === 'word' && !BE.has(tokens[k].low) && !FUNCTION.has(tokens[k].low) && !lex.measures.at(tokens, k, t1)) &&
    !lex.sources.at(tokens, k - 1, k) && !WEEKDAYS.has(tokens[k - 1].low.slice(0, -1))) {
    return { g0: p, g1: k, group: tokens[k - 1].low, known: true, preMeasure };
  }
  // "5 were children": the predicate names the group (a part of a figure before)
  if (k === p && k < t1 && BE.has(tokens[k].low)) {
    const named = predicateGroup(tokens, k, t1);
    if (named && !(named.g1 < t1 && lex.measures.at(tokens, named.g1, t1))) return { ...named, g0: p, anaphor: true };
  }
  // A plural noun we do not list ("12 welders"): accepted later only with a people-only measure verb.
  if (k < t1) {
    const t = tokens[k];
    // (an adjective in "-ous" is no plural: "2 indigenous leaders" counts leaders)
    if (t.kind === 'word' && t.low.length > 3 && (t.low.endsWith('s') || t.low.endsWith('men')) && !t.low.endsWith('ss') &&
      !t.low.endsWith('ous') && !FUNCTION.has(t.low) &&
      !lex.distractors.at(tokens, k, t1) && !lex.measures.at(tokens, k, k + 1) && !lex.reporting.has(t.low) && (!isCap(t) || shouted(tokens, k, t1)) &&
      !lex.vague.at(tokens, k, t1) && !remainsVerb(tokens, k, t1)) {
      // ("14 engineers and technicians": two different nouns of people together are people, as "pupils and teachers")
      const other = PERSON_NOUN.test(t.low) ? otherPeopleNoun(tokens, k + 1, t1, t.low) : undefined;
      if (other) return { g0: p, g1: other.end, group: 'people', known: other.known, preMeasure };
      return { g0: p, g1: k + 1, group: t.low, known: false, preMeasure };
    }
    // ("four suspected ore buyers", "12 fuel vendors": a plain noun before an unlisted plural for persons)
    const u = k + 1 < t1 ? tokens[k + 1] : undefined;
    if (u && plainWord(t) &&
      !SUBORDINATORS.has(t.low) && !MANNER_PREPS.has(t.low) && !PLACE_PREPS.has(t.low) && !PARTICIPLE_PREPS.has(t.low) &&
      !lex.measures.at(tokens, k, t1) && !lex.reporting.has(t.low) && !lex.distractors.at(tokens, k, t1) &&
      !lex.vague.at(tokens, k, t1) && u.kind === 'word' && !isCap(u) && PERSON_NOUN.test(u.low) && u.low.endsWith('s') &&
      !lex.distractors.at(tokens, k + 1, t1) && !lex.measures.at(tokens, k + 1, k + 2) && !lex.reporting.has(u.low)) {
      return { g0: p, g1: k + 2, group: u.low, known: false, preMeasure };
    }
    // ("one election official was killed", "one teacher was abducted": a singular noun for persons after "one",
    // named by its plural; accepted like the plural above)
    // (one lower-case modifier may stand before it: "election official")
    // ("two (2) newborns and one (1) elderly patient.": also as the last item of a list, before its closing mark)
    const lastItem = listItemOpen(tokens, p) && k + 2 < t1 && ITEM_CLOSE.has(tokens[k + 2].low) && tokens[k + 1].kind === 'word' &&
      lex.groups.word(plural(tokens[k + 1].low)) !== undefined;
    // (not a verb after the noun: "One robber killed and four captured")
    // ("the detention of one suspected collaborator": one taken for a suspect, named by its noun wherever it stands)
    const suspected = k > p && (tokens[k - 1].low === 'suspected' || tokens[k - 1].low === 'alleged') && t.kind === 'word' &&
      !isCap(t) && !t.low.endsWith('s') && PERSON_NOUN.test(plural(t.low));
    const h = single && k + 2 < t1 && t.kind === 'word' && !isCap(t) && !FUNCTION.has(t.low) && tokens[k + 1].kind === 'word' &&
      !(tokens[k + 2].low === 'and' && slotCue(tokens, k + 1, t1, 'post')) &&
      (BE.has(tokens[k + 2].low) || tokens[k + 2].low === 'and' || lastItem ||
        // ("one street vendor died": a listed noun with its modifier, then the verb that says what befell it)
        (lex.groups.word(plural(tokens[k + 1].low)) !== undefined && !slotCue(tokens, k + 1, t1, 'post') &&
          slotCue(tokens, k + 2, t1, 'post') !== undefined)) ? k + 1 : k;
    // ("one fisherman, 19, was injured", "One fisherman, Mr. Ali Sow, aged 27, lost his life", "one citizen had
    // lost her life": a name or an age set off by commas, or a perfect auxiliary, before the verb)
    const v = single ? oneAfterAside(tokens, h + 1, t1) : h + 1;
    const n = tokens[h];
    const pl = n.kind === 'word' ? plural(n.low) : '';
    // ("one pupil was shot dead", "one bandit was killed": a noun whose plural the group lexicon lists counts as that
    // plural, whatever its ending)
    const listed = pl ? lex.groups.word(pl) : undefined;
    if (single && n.kind === 'word' && n.low.length > 4 && !isCap(n) && !FUNCTION.has(n.low) && !FUNCTION.has(t.low) &&
      // ("One warder, a man in his fifties, was stabbed": an apposition after the noun)
      // ("One farmer killed, 2 injured": a coder's note drops the auxiliary)
      // ("one customer who suffered a gunshot wound", "One (1) traveller in a passing vehicle was hit": a relative
      // clause or a place after the noun)
      ((suspected && h === k) || h + 1 < t1 && (BE.has(tokens[h + 1].low) || tokens[h + 1].low === 'and' || tokens[h + 1].low === 'who' ||
        // ("One firefighter from the Pampa Fire Department was injured": where the person comes from, as a place)
        ((PLACE_PREPS.has(tokens[h + 1].low) || (tokens[h + 1].low === 'from' && listed !== undefined)) && h + 2 < t1 &&
          ARTICLES.has(tokens[h + 2].low)) ||
        // ("one employee of the FSB died", "one member of the National Guard was wounded": the body the person is of, by
        // its name, then the verb)
        bodyThenVerb(tokens, h + 1, t1) ||
        (v < t1 && (BE.has(tokens[v].low) || PERFECT.has(tokens[v].low) ||
          (listed !== undefined && (slotCue(tokens, v, t1, 'post') !== undefined ||
            // ("one firefighter suffered a burn to the face": a verb of harm received)
            HARM_FINITE.has(tokens[v].low))))) ||
        (tokens[h + 1].low === ',' && h + 2 < t1 && ARTICLES.has(tokens[h + 2].low)) ||
        // ("one (1) customer who suffered a gunshot wound": a relative clause of harm on the one person)
        (tokens[h + 1].low === 'who' && h + 2 < t1 && HARM_FINITE.has(tokens[h + 2].low)) ||
        // ("28 people injured (27 learners, 1 teacher)": a listed noun as the last item of a bracket or list)
        (listed !== undefined && h === k && (tokens[h + 1].low === ')' || tokens[h + 1].low === ',' || tokens[h + 1].low === ';') &&
          p - 2 >= 0 && (tokens[p - 2].low === ',' || tokens[p - 2].low === '(' || tokens[p - 2].low === 'and')) ||
        // ("the death of nine (9) pupils and one (1) teacher.": the digits repeated in brackets, the list's last item)
        (listed !== undefined && (h === k || lastItem) && ITEM_CLOSE.has(tokens[h + 1].low) && listItemOpen(tokens, p)))) &&
      (PERSON_NOUN.test(pl) || pl.endsWith('ials') || listed !== undefined) &&
      !lex.measures.at(tokens, k, h + 1) && !lex.distractors.at(tokens, k, t1) && !lex.reporting.has(n.low) &&
      !lex.reporting.has(t.low)) {
      return { g0: p, g1: h + 1, group: listed || pl, known: listed !== undefined, preMeasure };
    }
  }
  return undefined;
}
/** After one person's noun at `from`: the token past the asides that name or age that person (", Mr. Ali Sow,",
 * ", 19,", ", aged 27,"), up to two of them; `from` itself when none. */
function oneAfterAside(tokens: Token[], from: number, t1: number): number {
  let k = from;
  let past = from;
  for (let n = 0; n < 2 && k + 2 < t1 && tokens[k].low === ','; n++) {
    let j = k + 1;
    if (j < t1 && TITLES.has(tokens[j].low)) j++;
    if (j > k + 1 && j < t1 && tokens[j].low === '.') j++;
    const start = j;
    if (j < t1 && (tokens[j].kind === 'num' || AGE_WORDS.has(tokens[j].low))) {
      while (j < t1 && j - start < 4 && (tokens[j].kind === 'num' || AGE_WORDS.has(tokens[j].low))) j++;
    } else {
      while (j < t1 && j - start < 4 && isCap(tokens[j]) && tokens[j].kind === 'word') j++;
    }
    if (j === start || j >= t1 || tokens[j].low !== ',') break;
    k = j;
    past = j + 1;
  }
  return past;
}

const ITEM_CLOSE = new Set([')', ',', ';', '.']);
/** Whether the count whose noun starts at `p` ("one (1) teacher", "one teacher") opens an item of a list: after ",",
 * "(" or "and", past the digits a release repeats in brackets. */
function listItemOpen(tokens: Token[], p: number): boolean {
  let j = p - 1;
  if (j - 2 >= 0 && tokens[j].low === ')' && tokens[j - 1].kind === 'num' && tokens[j - 2].low === '(') j -= 3;
  const before = j - 1 >= 0 ? tokens[j - 1].low : '';
  return before === ',' || before === '(' || before === 'and';
}

/** "those with burns were": from a "with" phrase at `k`, the verb of being after it (at most four words on), else `k`. */
function pastWithPhrase(tokens: Token[], k: number, t1: number): number {
  if (k >= t1 || tokens[k].low !== 'with') return k;
  for (let e = k + 1; e < Math.min(t1, k + 5) && tokens[e].kind === 'word'; e++) if (BE.has(tokens[e].low)) return e;
  return k;
}
