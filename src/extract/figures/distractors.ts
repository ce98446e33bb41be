// Numbers that are not counts of people in the incident: dates, years, ages, rates, money, labels,
// speakers, vehicles and things. Decided before any measure is looked for, so they cost nothing later.
import { perDocument, type Document, type Token } from '../document.js';
import { parseNumber, type NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, HARM_VERBS, POST_SKIP, BODY_WORDS, PRE_SKIP, MODIFIERS, FUNCTION, RATE_UNITS, WEEKDAYS, NOMINAL_GROUPS,
  ZERO_NOUNS, DETERMINERS_OF, isCap, PERSON_NOUN, plainWord, BE, plural } from './words.js';
import type { FigureCandidate } from './candidate.js';
import { slotCue } from './cues.js';
import { capitalListLabel, colonListPlace, cellLabel, rowColumns, slashList } from './labels.js';

/** "the bodies of 5 people": the number counts the dead, whatever is done with them after. */
export function bodiesOf(tokens: Token[], n0: number, t0: number): boolean {
  let k = n0;
  while (k - 1 > t0 && PRE_SKIP.has(tokens[k - 1].low) && tokens[k - 1].low !== 'of') k--;
  return k - 2 >= t0 && tokens[k - 1].low === 'of' && BODY_WORDS.has(tokens[k - 2].low);
}

/** "40,000 passengers a day", "per year", "each week": a rate, not a count of people in the incident. */
export function isRate(tokens: Token[], k: number, t1: number): boolean {
  if (k + 1 >= t1) return k < t1 && (tokens[k].low === 'daily' || tokens[k].low === 'annually');
  const w = tokens[k].low;
  if (w === 'daily' || w === 'annually' || w === 'weekly') return true;
  // ("rescued 16 of them a week later": a span of time after the event, not a rate)
  if (w === 'a' && k + 2 < t1 && SPAN_ENDS.has(tokens[k + 2].low)) return false;
  return (w === 'a' || w === 'per' || w === 'each' || w === 'every') && RATE_UNITS.has(tokens[k + 1].low);
}
/** Words that close a span of time after "a week", "a day" ("a week later"); "on" is left out: "40,000 passengers a day
 * on the line" is a rate. */
const SPAN_ENDS = new Set(['later', 'after', 'earlier', 'ago', 'before']);
/** "no (new) cases were reported among health workers": in an outbreak a zero of the affected (cases outside an illness
 * text are dropped by disease-cases.ts); only with the noun right after the zero word ("No new province reported cases"
 * is no zero of cases). */
const ZERO_CASE_WORDS = new Set(['new', 'confirmed', 'suspected', 'further', 'additional', 'more']);
export function zeroNounAt(tokens: Token[], n1: number, last: number): boolean {
  if (ZERO_NOUNS.has(tokens[last].low)) return true;
  if (tokens[last].low !== 'cases') return false;
  for (let k = n1; k < last; k++) if (!ZERO_CASE_WORDS.has(tokens[k].low)) return false;
  return true;
}
const NOT_LABELS = new Set(['all', 'only', 'just', 'some', 'another', 'so', 'yet', 'while', 'when', 'after', 'since',
  'until', 'however', 'then', 'also', 'but', 'and', 'about', 'around', 'over', 'nearly', 'almost', 'least', 'than', 'than',
  'including', 'among', 'of', 'at', 'with', 'killing', 'leaving', 'injuring', 'wounding',
  // (round 28: a possessive opening the sentence: "Our 46 volunteers have been deployed")
  'our', 'my', 'your', 'their', 'its', 'his', 'her',
  // (round 16: sentence-opening adverbs that sum up or move on: "Overall 85 villagers were evacuated")
  'overall', 'altogether', 'meanwhile', 'earlier', 'later', 'elsewhere', 'besides', 'now', 'today', 'tonight',
  'yesterday', 'thereafter', 'afterwards', 'afterward']);

/** Harm words after a count that make the capitalised word before it a place, not a name with a number. */
const PLACE_COUNT_TAILS = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'deaths', 'displaced',
  'evacuated']);
/** Words that bound an age after a noun of people ("people over 75", "children under 5"). */
const AGE_BOUNDS = new Set(['over', 'under', 'above', 'below', 'aged']);
/** Determiners of one person before an age set off by commas ("the driver, 41,", "my brother, 31,"). */
const ONE_PERSON = new Set([...DETERMINERS_OF, 'my']);

/** A single person counted "one" ("one fisherman", "One (1) fisherman") right before the comma at `comma`,
 * past a name set off by commas ("one man, Kofi,"). */
function onePersonBefore(tokens: Token[], comma: number, t0: number): boolean {
  let j = comma - 1;
  if (j > t0 && isCap(tokens[j])) {
    while (j > t0 && (isCap(tokens[j]) || tokens[j].low === '.')) j--;
    if (tokens[j].low !== ',') return false;
    j--;
  }
  const noun = tokens[j];
  if (j - 1 < t0 || noun.kind !== 'word' || isCap(noun) || noun.low.endsWith('s') || FUNCTION.has(noun.low)) return false;
  let d = j - 1;
  // ("One adult male, 19, was pronounced deceased": a lower-case modifier between)
  if (d > t0 && tokens[d].kind === 'word' && !isCap(tokens[d]) && !FUNCTION.has(tokens[d].low) && tokens[d].low !== 'one') d--;
  return tokens[d].low === 'one' || (tokens[d].low === ')' && d - 3 >= t0 && tokens[d - 2].low === '(' && tokens[d - 3].low === 'one');
}

/** The determiner of one person at `k`, or one or two lower-case modifiers after it ending at `k`. */
function onePersonOpens(tokens: Token[], k: number, t0: number): boolean {
  for (let j = k; j >= Math.max(t0, k - 2); j--) {
    if (ONE_PERSON.has(tokens[j].low)) return true;
    if (tokens[j].kind !== 'word' || isCap(tokens[j]) || FUNCTION.has(tokens[j].low)) return false;
  }
  return false;
}

/** "The man who died" ending at the comma `comma`: "who" and up to three words after one person's singular noun. */
function relativeOnOnePerson(tokens: Token[], comma: number, t0: number): boolean {
  for (let w = comma - 2; w >= Math.max(t0 + 2, comma - 4); w--) {
    if (tokens[w].low !== 'who') continue;
    const noun = tokens[w - 1];
    return noun.kind === 'word' && !isCap(noun) && !noun.low.endsWith('s') && !FUNCTION.has(noun.low) &&
      onePersonOpens(tokens, w - 2, t0);
  }
  return false;
}

const AGE_PREDICATE_END = new Set(['.', ',', ';', 'and']);
/** A sentence that opens on one person ("The man who died", "The youngest victim") and reaches `be` with no count,
 * toll or tally word on the way. */
function onePersonSubject(tokens: Token[], t0: number, be: number): boolean {
  // (a short subject only: the scan stays bounded in a long sentence)
  if (be - t0 < 2 || be - t0 > 12 || !ONE_PERSON.has(tokens[t0].low)) return false;
  let head = -1;
  for (let j = t0 + 1; j < be; j++) {
    const t = tokens[j];
    if (t.kind === 'num' || lexicons().numberWords.has(t.low) || TALLY_WORDS.has(t.low)) return false;
    if (head < 0 && t.kind === 'word' && !FUNCTION.has(t.low) && (j + 1 === be || FUNCTION.has(tokens[j + 1].low) ||
      tokens[j + 1].low === 'who' || tokens[j + 1].low === ',')) head = j;
  }
  if (head < 0) return false;
  const noun = tokens[head].low;
  return !noun.endsWith('s') && !lexicons().measures.at(tokens, head, head + 1) && lexicons().groups.word(plural(noun)) !== undefined;
}
const TALLY_WORDS = new Set(['toll', 'number', 'total', 'tally', 'count', 'figure', 'dead', 'death', 'deaths', 'casualties']);

/** Words that single out one person among several ("a second student", "the other victim", "a third man"). */
const ONE_OF_SEVERAL = new Set(['second', 'third', 'fourth', 'fifth', 'other', 'another', 'first', 'last', 'youngest', 'eldest', 'oldest']);

/** The number at n0 goes on a list that an age word opened ("ages 14, 15 and 16", "aged 19 and 22"): walk back
 * over "N ," and "N and/or" to the list's first number and look for "age/ages/aged" before it. */
function ageListContinues(tokens: Token[], n0: number, t0: number): boolean {
  let j = n0 - 1;
  let seen = 0;
  while (j - 1 >= t0 && (tokens[j].low === ',' || tokens[j].low === 'and' || tokens[j].low === 'or') && tokens[j - 1].kind === 'num') {
    j -= 2;
    seen++;
    if (tokens[j + 1].kind === 'num' && j >= t0 && lexicons().distractorsBefore.endingAt(tokens, j + 1, t0)?.data === 'age') return true;
    if (seen > 6) break;
  }
  return false;
}

const KIN_OF = figureWords('kin-of');
const AGED_PERSON = figureWords('aged-person');
const ASIDE_VERBS = new Set(['who', 'whom', 'whose', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'have', 'has']);

const TIME_WORDS_AFTER = figureWords('time-adverb');
const THING_NOT_ENDINGS = /(ed|ing|ly|s|er|or|ist|ian|an|man|ee|ant|ent|ive|ite|ard|ie|y|ch|ef)$/;
const THING_HEAD_END = new Set(['and', ',', '.', ';', 'of', 'in', 'on', 'at', 'near']);
/** The number at `k` counts a lower-case noun no lexicon knows as people or a unit ("one entrance", "one wing of the
 * school"), closed by "and", a comma or a preposition: a thing, not people. */
export function thingCounted(tokens: Token[], k: number, t1: number): boolean {
  if (k + 1 >= t1) return false;
  const w = tokens[k];
  const low = w.low;
  if (w.kind !== 'word' || isCap(w) || low.length < 3 || FUNCTION.has(low) || POST_SKIP.has(low) || MODIFIERS.has(low)) return false;
  // (endings of a word that may name a person — "driver", "guard", "chief", "coach", "trainee" — or of a plural, a
  // participle or an adverb, which no thing-count rule should take)
  if (THING_NOT_ENDINGS.test(low) || low === 'others' || low === 'other' || low === 'more') return false;
  // ("the toll rose to 11 overnight", "to 9 late on Monday": a word of time after the count)
  if (TIME_WORDS_AFTER.has(low) || WEEKDAYS.has(low)) return false;
  const lex = lexicons();
  if (lex.measures.at(tokens, k, t1) || lex.groups.at(tokens, k, t1) || lex.reporting.has(low) || lex.numberWords.has(low) ||
    lex.hedgesBefore.at(tokens, k, t1) || slotCue(tokens, k, t1, 'post') || NOMINAL_GROUPS.has(low)) return false;
  return THING_HEAD_END.has(tokens[k + 1].low);
}

/** A comma aside right after the counted noun that only says who they are ("two of the abducted, both girls aged 14,"),
 * with no clause of its own, and the verb after it before `end`. */
export function describingAside(tokens: Token[], at: number, end: number): boolean {
  if (at >= end || tokens[at].low !== ',') return false;
  // ("Two of the injured, a woman and her 10-year-old son, later died": a hyphenated word counts as one)
  let joined = 0;
  for (let j = at + 1; j < end; j++) {
    if (tokens[j].low === '-' && !tokens[j].space && j + 1 < end && !tokens[j + 1].space) joined += 2;
    if (tokens[j].low === ',') return j > at + 1 && j - at - joined <= 8;
    if (ASIDE_VERBS.has(tokens[j].low) || tokens[j].low === ';' || tokens[j].low === '(') return false;
  }
  return false;
}

/** Verbs that open the clause of a count right after the outlet told ("told Reuters 13 were killed"). */
const TOLD_CLAUSE_VERBS = new Set(['were', 'had', 'have', 'died', 'remain', 'remained', 'are']);

/** "Security sources told AFP 27 soldiers were killed", "told Radio Okapi 12 people died": the name before the count is
 * the outlet told (at most three capitalised words after "told"), and a noun of people follows the count. */
function toldName(tokens: Token[], m: NumberMention, t0: number, t1: number): boolean {
  // (or the count opens the told clause with its verb: "Camp officials told Reuters 13 were killed")
  if (!(m.n1 < t1 && (lexicons().groups.at(tokens, m.n1, t1) || TOLD_CLAUSE_VERBS.has(tokens[m.n1].text)))) return false;
  for (let k = m.t0 - 1; k >= Math.max(t0, m.t0 - 4); k--) {
    if (tokens[k].low === 'told') return k < m.t0 - 1;
    if (!isCap(tokens[k])) return false;
  }
  return false;
}

/** True when the number is a date, time, money, distance, label, age ... */
export function isDistractor(doc: Document, m: NumberMention, t0: number, t1: number): boolean {
  const { tokens } = doc;
  const lex = lexicons();
  const first = tokens[m.n0];
  // ("Two of the dead were a couple whose house ...": "a couple" as a predicate is a pair of spouses, no count of its own)
  if (m.vague && m.t0 > t0 && BE.has(tokens[m.t0 - 1].low) && tokens[m.t1 - 1].low === 'couple' && tokens[m.t1]?.low !== 'of') return true;
  // ("dozens of cattle were swept away": a vague count of animals counts no people either)
  if (m.vague) return m.t1 < t1 && lex.distractors.at(tokens, m.t1, t1)?.data === 'animals';
  if (m.low !== null && !Number.isInteger(m.low)) return true;
  if (m.high !== null && !Number.isInteger(m.high)) return true;
  if (first.kind === 'num' && first.text.length > 12) return true;
  // ("Toll-free line: 0800 100 200": a count of four digits never opens on a zero, though "05 persons" may; nor do the
  // groups of a phone number after one)
  const phoneGroup = (t: Token): boolean => t.kind === 'num' && /^0\d{3}/.test(t.text);
  if (first.kind === 'num' && (phoneGroup(first) || m.n0 - 1 >= t0 && phoneGroup(tokens[m.n0 - 1]))) return true;
  // before the number
  const before = m.n0 > t0 ? tokens[m.n0 - 1] : undefined;
  // ("believed to number 3" is a verb: how many there were, not a label)
  if (before && lex.distractorsBefore.endingAt(tokens, m.n0, t0) &&
    !(before.low === 'number' && m.n0 - 3 >= t0 && tokens[m.n0 - 2].low === 'to' &&
      lex.measureSlots.pre.endingAt(tokens, m.n0, t0) && NUMBER_GUESS.has(tokens[m.n0 - 3].low))) return true;
  // ("two boys aged about 14", "a man aged around 40": a hedge between the label and the number)
  if (m.t0 < m.n0 && m.t0 > t0 && lex.distractorsBefore.endingAt(tokens, m.t0, t0)?.data === 'age') return true;
  if (before && isCap(before) && lex.months.has(before.low)) return true;
  // ("had logged about 640 hours of flying, of which 210 were on the type": "of which" picks from a count of things)
  if (before?.low === 'which' && m.t0 === m.n0 && m.n0 - 2 >= t0 && tokens[m.n0 - 2].low === 'of' && ofWhichThings(tokens, m.n0 - 2, t0)) return true;
  if (before && (before.low === '#' || (before.low === '/' && restatedFrom(tokens, m, t0) < 0 && !rowColumns(tokens, t0, t1)) || before.low === '.' && !before.space && m.t0 === m.n0 && !(first.space && m.n0 - 2 >= t0 && tokens[m.n0 - 2].low === 'incl'))) return true;
  // ("Rescue 1122 has responded", "Rescue 1122 provided": a number that the text writes three times or more after the
  // same capitalised word is part of a name, as a service's or a road's number is)
  if (before && isCap(before) && before.kind === 'word' && first.kind === 'num' && m.t0 === m.n0 && namedNumber(doc, before.low, first.text)) return true;
  // ("the A16 highway", "on the RN6": a road's or a route's code, letters and number written as one word)
  if (before && before.kind === 'word' && !first.space && first.kind === 'num' && /^[A-Z]{1,3}$/.test(before.text) && m.t0 === m.n0) return true;
  // "IC-814", "MH-17": a code, not a count
  // ("on 12-03-2026": the day of a date written with hyphens; the rest reads as a range "03-2026")
  if (before && before.low === '-' && !before.space && !first.space && m.n0 - 2 >= t0 &&
    (tokens[m.n0 - 2].kind === 'word' || tokens[m.n0 - 2].kind === 'num')) return true;
  // "Ghulam Nabi (48, resident of Kohlu)": an age in brackets after a name
  if (before && before.low === '(' && m.n0 - 2 >= t0 && isCap(tokens[m.n0 - 2]) && m.n1 < t1 && tokens[m.n1].low === ',' &&
    first.kind === 'num' && (m.low ?? 0) < 110) return true;
  // "the owner, Hamza Koya, 52, was among them": an age between commas after a name
  if (before && before.low === ',' && m.n0 - 2 > t0 && isCap(tokens[m.n0 - 2]) && isCap(tokens[m.n0 - 3]) &&
    m.n1 < t1 && tokens[m.n1].low === ',' && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 &&
    !lex.sources.at(tokens, m.n0 - 2, m.n0 - 1)) return true;
  // ("His wife, Analia, 38, was also wounded", "Analia, 38, was wounded": one name after a person or opening the
  // sentence)
  if (before && before.low === ',' && m.n0 - 2 >= t0 && isCap(tokens[m.n0 - 2]) && tokens[m.n0 - 2].kind === 'word' &&
    first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 && m.n1 < t1 && tokens[m.n1].low === ',' &&
    !lex.sources.at(tokens, m.n0 - 2, m.n0 - 1) && !lex.groups.at(tokens, m.n0 - 2, m.n0 - 1) &&
    !lex.measures.at(tokens, m.n0 - 2, m.n0 - 1) && (m.n0 - 2 === t0 || (tokens[m.n0 - 3].low === ',' && m.n0 - 4 >= t0 &&
      tokens[m.n0 - 4].kind === 'word' && !tokens[m.n0 - 4].low.endsWith('s')) ||
      // ("her sons Darragh, 12, and Cian, 7,", "whose sister Saima, 22, was among the dead": a name after "and" in a list
      // of named people, or after a word of kin)
      tokens[m.n0 - 3].low === 'and' && m.n0 - 5 >= t0 && tokens[m.n0 - 4].low === ',' && tokens[m.n0 - 5].kind === 'num' ||
      KIN_OF.has(tokens[m.n0 - 3].low))) return true;
  // ("One father, whose daughter, 15, escaped": an age between commas after one kin noun with its owner)
  if (before && before.low === ',' && m.n0 - 3 >= t0 && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 &&
    m.n1 < t1 && tokens[m.n1].low === ',' && KIN_OF.has(tokens[m.n0 - 2].low) && !tokens[m.n0 - 2].low.endsWith('s') &&
    /^(whose|his|her|my|their|our)$/.test(tokens[m.n0 - 3].low)) return true;
  // "the driver, 41, was held", "a woman, 62, and her grandson": an age between commas after one person (a
  // singular noun after a determiner; "the dead, 12," is no person)
  // ("the suspected shooter, 19, fled": a modifier or two between)
  if (before && before.low === ',' && m.n0 - 3 >= t0 && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 &&
    m.n1 < t1 && tokens[m.n1].low === ',' && tokens[m.n0 - 2].kind === 'word' && !tokens[m.n0 - 2].low.endsWith('s') &&
    onePersonOpens(tokens, m.n0 - 3, t0) && !lex.measures.at(tokens, m.n0 - 2, m.n0 - 1)) return true;
  // ("The man who died, 31, was pronounced dead": the same after a short relative clause on that person)
  if (before && before.low === ',' && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 && m.n1 < t1 &&
    tokens[m.n1].low === ',' && relativeOnOnePerson(tokens, m.n0 - 1, t0)) return true;
  // ("The man who died was 22.", "the woman who was killed was 45, police said": a person's age as the predicate of a
  // sentence that opens on one person)
  if (before && (before.low === 'was' || before.low === 'is') && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 &&
    (m.n1 >= t1 || AGE_PREDICATE_END.has(tokens[m.n1].low)) && onePersonSubject(tokens, t0, m.n0 - 1)) return true;
  // "ages 14, 15 and 16", "aged 19 and 22": the numbers that go on a list of ages are ages too
  if (before && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 && ageListContinues(tokens, m.n0, t0)) return true;
  // "A second student, 16, was detained", "the other victim, 22,": one person with an ordinal or "other"
  if (before && before.low === ',' && m.n0 - 4 >= t0 && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 &&
    m.n1 < t1 && tokens[m.n1].low === ',' && tokens[m.n0 - 2].kind === 'word' && !tokens[m.n0 - 2].low.endsWith('s') &&
    ONE_OF_SEVERAL.has(tokens[m.n0 - 3].low) && ONE_PERSON.has(tokens[m.n0 - 4].low) &&
    !lex.measures.at(tokens, m.n0 - 2, m.n0 - 1)) return true;
  // "one fisherman, 19, was injured", "One (1) man, Kofi, 30, died": the same after one counted person and a name
  if (before && before.low === ',' && first.kind === 'num' && m.t0 === m.n0 && (m.low ?? 0) < 110 && m.n1 < t1 &&
    tokens[m.n1].low === ',' && onePersonBefore(tokens, m.n0 - 1, t0)) return true;
  // ("three were people over 75", "children under 5": an age bound after a noun of people)
  if (m.t0 < m.n0 && m.t0 - 1 >= t0 && AGE_BOUNDS.has(tokens[m.t0].low) && (m.low ?? m.high ?? 0) < 110 &&
    first.kind === 'num' && lex.groups.endingAt(tokens, m.t0, t0) && !(m.n1 < t1 && lex.distractors.at(tokens, m.n1, t1))) return true;
  // "a boy of 12 with burns", "an old woman of 80": one person and the age after "of"
  // ("a girl of nine": the age in words too, with a determiner before the person; "a man of about 30 died": in digits
  // after a hedge)
  const ofAge = m.t0 - 1;
  if (ofAge > t0 && tokens[ofAge].low === 'of' && (m.low ?? 0) < 110 && AGED_PERSON.has(tokens[ofAge - 1].low) &&
    (m.t0 === m.n0 ? (first.kind === 'num' || lex.numberWords.has(first.low)) && ofAge - 2 >= t0 : first.kind === 'num') &&
    !(m.n1 < t1 && (tokens[m.n1].low === 'of' || lex.groups.at(tokens, m.n1, t1)))) return true;
  // "a relative of one of the abducted said", "the mother of one of the dead": one person's kin or friend speaks;
  // the person is no count of the dead or the held
  if (before && before.low === 'of' && m.low === 1 && m.high === 1 && m.t0 === m.n0 && m.n0 - 2 >= t0 &&
    KIN_OF.has(tokens[m.n0 - 2].low) && tokens[m.n1]?.low === 'of') return true;
  // "9:30" — the minutes of a time
  if (before && before.low === ':' && !first.space && m.n0 - 2 >= t0 && tokens[m.n0 - 2].kind === 'num') return true;
  // A capitalised name right before a number labels it ("Rescue 1122", "Flight 370"), unless it is a
  // cue or hedge in a title-case headline ("Bus Crash Kills 30").
  const lead = m.t0 > t0 ? tokens[m.t0 - 1] : undefined;
  // A sentence-opening adverb ("Additionally 5 persons were rescued") is not a name.
  const opener = lead !== undefined && m.t0 - 1 === t0 && lead.low.endsWith('ly');
  if (lead && isCap(lead) && !opener && m.t0 === m.n0 && !WEEKDAYS.has(lead.low) && !FUNCTION.has(lead.low) &&
    !NOT_LABELS.has(lead.low) && !lex.measures.at(tokens, m.t0 - 1, m.t0) &&
    !lex.hedgesBefore.at(tokens, m.t0 - 1, m.t0) && !lex.reporting.has(lead.low) && first.kind === 'num' &&
    !toldName(tokens, m, t0, t1) && !capitalListLabel(tokens, m.t0, t0) && !colonListPlace(tokens, m.t0, t0, t1) &&
    // ("By district: Tarogong Kidul 8 dead, Garut Kota 5 dead": a place before a count that a harm word follows)
    !(m.n1 < t1 && PLACE_COUNT_TAILS.has(tokens[m.n1].low))) return true;
  // "Rescue 1122 spokesman": a number between a name and a role
  if (lead && isCap(lead) && m.t0 === m.n0 && first.kind === 'num' && m.n1 < t1 && lex.sources.at(tokens, m.n1, t1) &&
    !lex.groups.at(tokens, m.n1, t1)) return true;
  // ("Rescue 1122 later put the toll at 12": a service named by a cue word and a number code of three digits or more,
  // with no people after it; a headline's "Kill 30 Villagers" has a short count and its noun)
  // (not a table's cell label: "Injured 2, Evacuated 180")
  if (lead && isCap(lead) && m.t0 === m.n0 && first.kind === 'num' && /^\d{3,}$/.test(first.text) && !cellLabel(lead.low) &&
    lex.measures.at(tokens, m.t0 - 1, m.t0) && !(m.n1 < t1 && (lex.groups.at(tokens, m.n1, t1) ||
      (tokens[m.n1].kind === 'word' && tokens[m.n1].low.endsWith('s'))))) return true;
  // after the number
  let k = m.n1;
  if (k < t1 && tokens[k].low === '-' && !tokens[k].space) k++;
  if (k < t1) {
    const after = tokens[k];
    // (a clock's "16:12" or an age's "adults over 60: 6", not a toll's "risen to 16: 12 civilians and four soldiers" nor a
    // crew's "a crew of 23: 15 Filipinos, ...": people after a spaced colon)
    if ((after.low === '/' && !slashList(tokens, k, t1) && !rowColumns(tokens, t0, t1)) || (after.low === ':' && k + 1 < t1 && tokens[k + 1].kind === 'num' &&
      !(spacedColon(tokens, k, t1) && k + 2 < t1 && (lex.groups.at(tokens, k + 2, t1) || isCap(tokens[k + 2]))))) return true;
    // ("five family members were kidnapped": a longer people noun over the word that alone counts no people)
    const thing = spacedColon(tokens, k, t1) ? undefined : lex.distractors.at(tokens, k, t1);
    if (thing && !((lex.groups.at(tokens, k, t1)?.end ?? 0) > thing.end)) return true;
    // ("12 four-wheel-drive vehicles", "3 two-storey houses": a number word joined to a unit makes the things' kind)
    if (k + 2 < t1 && lex.numberWords.has(after.low) && tokens[k + 1].low === '-' && !tokens[k + 1].space &&
      lex.distractors.at(tokens, k + 2, t1)) return true;
    if (isCap(after) && lex.months.has(after.low)) return true;
    // "the 11th" tokenises as 11 + th
    if (!after.space && (after.low === 'th' || after.low === 'st' || after.low === 'nd' || after.low === 'rd')) return true;
  }
  if (m.n1 < t1 && tokens[m.n1].low === '%') return true;
  // A year: 1900-2100 in digits, not followed by a people noun (checked by caller through group)
  return false;
}
const NUMBER_GUESS = new Set(['believed', 'thought', 'estimated', 'said']);

/** "two officials said", "three witnesses told": the counted noun could be a speaker. */
export function isSpeakerNoun(tokens: Token[], g0: number, g1: number): boolean {
  if (g1 <= g0) return true;
  for (let k = g0; k < g1; k++) if (lexicons().sources.at(tokens, k, g1)) return true;
  return false;
}

/** The count nearest before "of which" at `of` (at most eight tokens back) counts things: a distractor's word after it. */
function ofWhichThings(tokens: Token[], of: number, t0: number): boolean {
  for (let k = of - 1; k >= Math.max(t0, of - 8); k--) {
    if (tokens[k].kind === 'num') return !!lexicons().distractors.at(tokens, k + 1, of);
  }
  return false;
}

/** A colon with a space after it ("puts the toll at 11: nine at the scene and ..."): no clock's, as "11:30" is. */
function spacedColon(tokens: Token[], k: number, t1: number): boolean {
  return tokens[k].low === ':' && k + 1 < t1 && tokens[k + 1].space;
}

export function distractorAfterModifiers(tokens: Token[], k: number, t1: number): boolean {
  const lex = lexicons();
  for (let n = 0; n < 3 && k < t1; n++, k++) {
    // ("the toll rose to 5 dead: two more bodies ...": a mark after the words is no clock's colon)
    if (n > 0 && tokens[k].kind === 'punct') return false;
    if (spacedColon(tokens, k, t1)) return false;
    if (lex.distractors.at(tokens, k, t1)) return true;
    // ("Nine sustained various degrees of injuries": a verb of harm received opens the predicate; its object is no
    // counted thing)
    if (HARM_VERBS.has(tokens[k].low)) return false;
    // a hyphenated adjective counts as one ("seven high-powered firearms")
    if (k + 2 < t1 && tokens[k].kind === 'word' && tokens[k + 1].low === '-' && !tokens[k + 1].space && !tokens[k + 2].space &&
      tokens[k + 2].kind === 'word' && !lex.groups.at(tokens, k + 2, t1)) { k += 2; continue; }
    // only adjectives may stand between ("60 affected villages"); "300 over two days" is not "300 days"
    if (tokens[k].kind === 'word' && (MODIFIERS.has(tokens[k].low) || lex.measureSlots.post.at(tokens, k, k + 1))) continue;
    // ("46 accommodation centres", "12 search and rescue teams": plain nouns used as modifiers before the counted
    // thing, joined by "and" at most; a people noun or a cue among them ends the look)
    if (!nounModifier(tokens, k, t1)) return false;
    if (k + 2 < t1 && tokens[k + 1].low === 'and' && nounModifier(tokens, k + 2, t1)) k++;
  }
  return false;
}

function nounModifier(tokens: Token[], k: number, t1: number): boolean {
  const lex = lexicons();
  const t = tokens[k];
  return plainWord(t) &&
    // (a verb cue that only stands before a number, "rescue", is a plain noun here: "search and rescue teams")
    !lex.groups.at(tokens, k, t1) && !lex.measureSlots.post.at(tokens, k, t1) && !lex.measureSlots.noun.at(tokens, k, t1) &&
    !lex.measureSlots.nom.at(tokens, k, t1) && !lex.reporting.has(t.low) &&
    !lex.vague.at(tokens, k, t1) && !lex.hedgesBefore.at(tokens, k, t1);
}

export function isYear(tokens: Token[], m: NumberMention): boolean {
  const t = tokens[m.n0];
  // ("between 2014 and 2015 more than 90 people were killed": a span of years, written as a range)
  if (m.hedge === 'range' && t.kind === 'num' && /^\d{4}$/.test(t.text) && /^\d{4}$/.test(tokens[m.n1 - 1].text) &&
    m.low !== null && m.high !== null && m.low >= 1900 && m.high <= 2100 && m.high - m.low <= 30) return true;
  return t.kind === 'num' && m.n1 === m.n0 + 1 && m.hedge === 'exact' && /^\d{4}$/.test(t.text) &&
    (t.value ?? 0) >= 1900 && (t.value ?? 0) <= 2100;
}

/** "out of eleven drones" right after "N of them": a whole counted in things, not people. */
export function outOfThings(tokens: Token[], k: number, t1: number): boolean {
  if (k + 3 >= t1 || tokens[k].low !== 'out' || tokens[k + 1].low !== 'of') return false;
  const whole = parseNumber(tokens, k + 2, t1);
  if (!whole || whole.end >= t1) return false;
  const lex = lexicons();
  return !!lex.distractors.at(tokens, whole.end, t1) && !lex.groups.at(tokens, whole.end, t1);
}

/** "14,382 families / 47,905 persons", "86 families, or some 340 residents,", "300 families (1,500 people)": a count of people that restates a count
 * of households (no count of people itself) stands where that count stands; returns where the households' number
 * starts, or -1. */
export function restatedFrom(tokens: Token[], m: NumberMention, t0: number): number {
  let k = m.t0 - 1;
  if (k - 2 < t0) return -1;
  if (tokens[k].low === 'or' && tokens[k - 1].low === ',') k -= 2;
  else if (tokens[k].low === '/' || tokens[k].low === 'or' || tokens[k].low === '(') k--;
  else return -1;
  if (k - 1 < t0 || lexicons().distractors.at(tokens, k, k + 1)?.data !== 'household') return -1;
  let n = k - 1;
  if (tokens[n].kind !== 'num' && !lexicons().numberWords.has(tokens[n].low)) return -1;
  while (n - 1 >= t0 && (tokens[n - 1].kind === 'num' || lexicons().numberWords.has(tokens[n - 1].low))) n--;
  // (a hedge before the households' number: "some 86 families")
  const hedge = lexicons().hedgesBefore.endingAt(tokens, n, t0);
  return hedge ? n - hedge.length : n;
}

const VEHICLES = new Set(['bus', 'buses', 'coach', 'train', 'trains', 'plane', 'aircraft', 'airliner', 'flight', 'ship',
  'ferry', 'vessel', 'boat', 'tanker', 'minibus', 'jet', 'helicopter', 'cruise', 'locomotive']);
const CARRYING = figureWords('carrying');
const CARRIERS = figureWords('carrier');
/** "a minibus carrying 22", "a convoy transporting 46": a participle of carrying right before the count (`at`) whose
 * subject, a word or two before it, is a vehicle or a convoy. */
export function vehicleCarrying(tokens: Token[], at: number, t0: number): boolean {
  if (at - 2 < t0 || !CARRYING.has(tokens[at - 1].low)) return false;
  for (let k = at - 2; k >= Math.max(t0, at - 3); k--) {
    if (VEHICLES.has(tokens[k].low) || CARRIERS.has(tokens[k].low)) return k === t0 || tokens[k - 1].low !== 'of';
  }
  return false;
}
/** A vehicle named in this sentence or the two before it. */
export function vehicleNear(doc: Document, si: number): boolean {
  const from = doc.sentences[Math.max(0, si - 2)].t0;
  for (let k = from; k < doc.sentences[si].t1; k++) if (VEHICLES.has(doc.tokens[k].low)) return true;
  return false;
}

const ANY_NOUN_CUES = figureWords('any-noun-cue');
/** "Twelve flights were suspended": a cue that things take as well as people counts people only with a people noun
 * (known, or shaped like one: "engineers", "welders"). */
/** "Houses affected: 214", "- Livestock killed: 40; boats missing: 12": a label line whose own noun is a thing (a
 * building, a vehicle, an animal...) counts things, though its verb is one that counts people elsewhere. */
const LABEL_STARTS = new Set([';', '-', '\u2022', '*', '\u2013', '\u2014']);
export function thingLabel(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  const colon = c.mention.t0 - 1;
  if (colon <= t0 || tokens[colon].low !== ':' || c.g1 > c.mention.t1) return false;
  // (the label's last word is the measure: "Hospital in Charikar: 9 admitted" names a speaker, not a thing)
  const lex = lexicons();
  if (!lex.measures.at(tokens, colon - 1, colon)) return false;
  let s = colon - 1;
  while (s > t0 && s > colon - 6 && !LABEL_STARTS.has(tokens[s - 1].low) && tokens[s - 1].kind === 'word') s--;
  if (s > t0 && !LABEL_STARTS.has(tokens[s - 1].low)) return false;
  for (let k = s; k < colon; k++) {
    if (lex.groups.at(tokens, k, colon)) return false;
    // ("Heat-related hospital admissions: 63": a thing's word inside the measure's own phrase counts no thing)
    if (lex.measures.at(tokens, k, colon)?.end === colon) return false;
    const d = lex.distractors.at(tokens, k, colon);
    if (d) return true;
  }
  return false;
}

/** "the number of trawlers is seven", "the number of boats seized stood at 12": a count a tally of things is set to,
 * whatever people the clause before counted. */
const TALLY_LINKS = new Set(['is', 'was', 'stands', 'stood', 'at', 'reached', 'totals', 'totalled', 'came', 'to', 'now']);
export function thingTally(tokens: Token[], c: FigureCandidate, t0: number): boolean {
  if (c.g1 > c.mention.t1) return false;
  let k = c.mention.t0 - 1;
  while (k > t0 && TALLY_LINKS.has(tokens[k].low)) k--;
  if (k === c.mention.t0 - 1) return false;
  const lex = lexicons();
  for (let j = k; j > Math.max(t0, k - 5); j--) {
    if (tokens[j].low !== 'of' || tokens[j - 1]?.low !== 'number') continue;
    for (let w = j + 1; w <= k; w++) {
      if (lex.groups.at(tokens, w, k + 1)) return false;
      if (lex.distractors.at(tokens, w, k + 1)) return true;
    }
    return false;
  }
  return false;
}

export function thingsOnly(tokens: Token[], c: FigureCandidate): boolean {
  if (c.knownGroup || PERSON_NOUN.test(c.group) || c.group === 'people' || c.g1 <= c.mention.t1) return false;
  // ("In the 2023 Deyr floods, more than 100 people died": a year before a noun of things names the event, whatever
  // verb the sentence has)
  const m = c.mention;
  if (m.digits && m.n1 === m.n0 + 1 && m.low === m.high && m.low !== null && m.low >= 1900 && m.low <= 2100 &&
    tokens[m.n0].text.length === 4) return true;
  // ("the bodies of a couple from the ruins of their home": a noun after "from the" that is no person's is where from)
  if (m.t1 < c.g1 && tokens[m.t1].low === 'from') return true;
  if (c.how !== 'post' || c.reach <= 0) return false;
  // ("Twenty-three tornadoes were confirmed in the forecast area": being somewhere is said of things as well)
  return ANY_NOUN_CUES.has(tokens[c.reach - 1]?.low ?? '') || c.measure === 'present';
}

/** How often each "<Capitalised word> <number>" pair occurs in a document (keyed "word number"), read once. */
const namedPairs = perDocument((doc) => {
  const pairs = new Map<string, number>();
  const { tokens } = doc;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].kind !== 'num' || tokens[k - 1].kind !== 'word' || !isCap(tokens[k - 1])) continue;
    const key = `${tokens[k - 1].low} ${tokens[k].text}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
});
/** True when "<word> <number>" recurs three times or more in the document: a name with a number in it. */
function namedNumber(doc: Document, low: string, num: string): boolean {
  return (namedPairs(doc).get(`${low} ${num}`) ?? 0) >= 3;
}
