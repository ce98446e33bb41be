// Asides set off after a noun that a measure may skip: ages, origins, dashes, brackets, "having fought"
// clauses, places between commas, "believed to be alive". They only say where an aside ends.
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, POST_SKIP, FUNCTION, DETERMINERS_OF, PLACE_PREPS, BE, STATE_AUX, AGE_WORDS,
  CLAUSE_BREAK, isCap } from './words.js';
import { slotCue } from './cues.js';

/** "Fatima Sani, 15," / "a herder, aged 40,": a short segment of an age alone after an apposition's closing comma
 * at `comma` is more of the same apposition; returns the comma that closes it (or `comma`). */
export function ageAfterName(tokens: Token[], comma: number, t1: number): number {
  let j = comma + 1;
  let num = false;
  while (j < t1 && j - comma <= 4 && (tokens[j].kind === 'num' || AGE_WORDS.has(tokens[j].low))) {
    if (tokens[j].kind === 'num') num = true;
    j++;
  }
  return num && j < t1 && tokens[j].low === ',' ? j : comma;
}

/**
 * ", a scaffolder, 24, and a bricklayer, 51," after the first person and age of an apposition (`comma` is the comma
 * closing the first age): one more person with an article and an age. The comma closing the second age, else `comma`.
 */
export function nextPersonWithAge(tokens: Token[], comma: number, t1: number): number {
  if (comma + 3 >= t1 || tokens[comma].low !== ',' || tokens[comma + 1].low !== 'and' ||
    !(tokens[comma + 2].low === 'a' || tokens[comma + 2].low === 'an')) return comma;
  let j = comma + 3;
  while (j < Math.min(t1, comma + 8) && tokens[j].kind === 'word') j++;
  if (j >= t1 || tokens[j].low !== ',') return comma;
  const age = ageAfterName(tokens, j, t1);
  return age > j ? age : comma;
}

const AGE_LIST = new Set([',', 'and', 'or', 'to', '-', '\u2013', 'between']);
/** ", ages 14, 15 and 16," / ", aged 40 and 52," at q (the age words are distractors-before.txt's, as for
 * ageListContinues): the token after the aside's closing comma, else q. */
export function ageAside(tokens: Token[], q: number, t1: number): number {
  if (q + 2 < t1 && tokens[q].low !== ',') return bareAge(tokens, q, t1);
  if (q + 3 >= t1 || tokens[q].low !== ',') return q;
  const opener = lexicons().distractorsBefore.at(tokens, q + 1, t1);
  if (opener?.data !== 'age') return q;
  let j = opener.end;
  if (j < t1 && tokens[j].low === 'between') j++;
  if (j >= t1 || tokens[j].kind !== 'num') return q;
  while (j < Math.min(t1, q + 14) && (tokens[j].kind === 'num' || AGE_LIST.has(tokens[j].low))) {
    // the closing comma: the next token is no longer a number of the list
    if (tokens[j].low === ',' && !(j + 1 < t1 && tokens[j + 1].kind === 'num')) return j + 1 < t1 ? j + 1 : q;
    j++;
  }
  return q;
}

/** ", Patrolman Jhon Ordonez, 24, and Patrolman Luis Campo, 27," at q: the people of a count named one by one, each a
 * run of capitalised words with an age after it set off by commas; the token after the closing comma, else q. */
export function namesAside(tokens: Token[], q: number, t1: number): number {
  if (q + 4 >= t1 || tokens[q].low !== ',') return q;
  let j = q + 1;
  let names = 0;
  for (let item = 0; item < 6 && j < t1; item++) {
    const n0 = j;
    while (j < t1 && j - n0 < 5 && isCap(tokens[j])) j++;
    if (j - n0 < 2) return q;
    names++;
    // the age between commas, as releases add it
    if (j + 2 < t1 && tokens[j].low === ',' && tokens[j + 1].kind === 'num' && (tokens[j + 1].value ?? 200) < 110 &&
      tokens[j + 2].low === ',') j += 2;
    if (j >= t1) return q;
    if (tokens[j].low === ',' && tokens[j + 1]?.low === 'and') j += 2;
    else if (tokens[j].low === 'and') j++;
    else if (tokens[j].low === ',' && j + 1 < t1 && isCap(tokens[j + 1])) j++;
    else break;
  }
  // (two names at least, closed by a comma before the verb)
  return names >= 2 && j + 1 < t1 && tokens[j].low === ',' && tokens[j + 1].kind === 'word' ? j + 1 : q;
}

// ("in their 20s": the plural of a decade is a token of its own after the digits)
const AGE_TAIL = new Set(['years', 'year', 'old', 'yrs', 's']);
/** "15 pupils aged between 8 and 14 were taken", "five men aged 20 to 30 were arrested": an age phrase with no commas
 * right after the noun, closed by an auxiliary; the auxiliary's index, else q. */
function bareAge(tokens: Token[], q: number, t1: number): number {
  // ("five children under 12 were rescued": an age limit whose phrase takes in the noun)
  const lex = lexicons();
  const withNoun = q > 0 ? lex.distractorsBefore.at(tokens, q - 1, t1) : undefined;
  const opener = lex.distractorsBefore.at(tokens, q, t1) ?? (withNoun && withNoun.end > q ? withNoun : undefined);
  // ("Six young people between 17 and 24 years old were murdered": no opener, but "years old" closes the range)
  const between = opener?.data !== 'age' && tokens[q]?.low === 'between';
  if (opener?.data !== 'age' && !between) return q;
  let j = between ? q : opener!.end;
  if (j < t1 && tokens[j].low === 'between') j++;
  // ("Five juveniles aged between two and 11 years died": an age in words too)
  const num = (k: number): boolean => tokens[k].kind === 'num' || lex.numberWords.has(tokens[k].low);
  if (j >= t1 || !num(j)) return q;
  // ("Three men aged 23, 25 and 40 were taken to hospital": a comma inside the list of ages, a number after it)
  while (j < Math.min(t1, q + 10) && (num(j) || (AGE_LIST.has(tokens[j].low) &&
    (tokens[j].low !== ',' || (j + 1 < t1 && num(j + 1)))))) j++;
  const tail = j;
  while (j < t1 && AGE_TAIL.has(tokens[j].low)) j++;
  if (between && (j === tail || tokens[j - 1].low !== 'old')) return q;
  // ("Two men in their 20s drowned", "five children under 12 died": or the verb itself)
  return j < t1 && (STATE_AUX.has(tokens[j].low) || !!slotCue(tokens, j, t1, 'post')) ? j : q;
}

/** The end of an origin after "from" that names several bodies or counts them ("from the NDMO, Vanuatu Mobile Force,
 * police and Red Cross", "from 11 agencies"): items of one to three words joined by commas and a last "and"; `j` is
 * where the plain skip stopped. The list must close with "and" and an item, or it is left alone. */
export function originList(tokens: Token[], from: number, j: number, t1: number): number {
  const lex = lexicons();
  const item = (i: number): number => {
    let e = i;
    if (e < t1 && DETERMINERS_OF.has(tokens[e].low)) e++;
    const stop = Math.min(t1, e + 3);
    while (e < stop && tokens[e].kind === 'word' && !FUNCTION.has(tokens[e].low) && !POST_SKIP.has(tokens[e].low) &&
      !lex.measures.at(tokens, e, t1)) e++;
    return e;
  };
  // ("from 11 agencies", "from six agencies")
  if (j === from && from + 1 < t1 && (tokens[from].kind === 'num' || lex.numberWords.has(tokens[from].low)) &&
    tokens[from + 1].kind === 'word' && tokens[from + 1].low.endsWith('s') && !lex.groups.at(tokens, from + 1, t1) &&
    !lex.measures.at(tokens, from + 1, t1)) return from + 2;
  // ("from the posts of Ostend, Bredene, Gistel and Middelkerke": the places a noun of units names after "of")
  const of = j < t1 && tokens[j].low === 'of' ? item(j + 1) : j;
  const start = of > j + 1 ? of : j;
  let e = start;
  for (let n = 0; n < 5 && e + 1 < t1 && tokens[e].low === ','; n++) {
    const next = item(e + 1);
    if (next === e + 1) return j;
    e = next;
  }
  if (e === start) return start > j && start < t1 && BE.has(tokens[start].low) ? start : j;
  if (!(e + 1 < t1 && tokens[e].low === 'and')) return j;
  const last = item(e + 1);
  // ("Two fighters of the BNRA, Shay Mureed and Dostain Baloch, embraced ...": a list closed by a comma is an aside on
  // the people, their names, not more bodies they came from)
  return last > e + 1 && !(last < t1 && tokens[last].low === ',') ? last : j;
}

/** Past the words of a body's name from `k` up to `stop` ("Red Cross", "Ministry"): no function word, none a measure
 * skips. */
function nameWords(tokens: Token[], k: number, stop: number): number {
  while (k < stop && tokens[k].kind === 'word' && !FUNCTION.has(tokens[k].low) && !POST_SKIP.has(tokens[k].low)) k++;
  return k;
}

/** The end of an origin ("of the Ministry", "from the police, the army and the Red Cross") that starts at or just
 * before `j`, when a verb of being follows it; else `j`. */
export function sharedOrigin(tokens: Token[], j: number, t1: number): number {
  let from = -1;
  if (tokens[j - 1].low === 'of' && DETERMINERS_OF.has(tokens[j].low)) from = j;
  else if ((tokens[j].low === 'of' || tokens[j].low === 'from') && j + 1 < t1) from = j + 1;
  if (from < 0) return j;
  let e = from;
  if (e < t1 && DETERMINERS_OF.has(tokens[e].low)) e++;
  e = nameWords(tokens, e, Math.min(t1, e + 4));
  if (e === from) return j;
  e = originList(tokens, from, e, t1);
  // ("of the Ministry and the police": two bodies with no comma)
  if (e + 1 < t1 && tokens[e].low === 'and') {
    let a = e + 1;
    if (DETERMINERS_OF.has(tokens[a].low)) a++;
    const end = nameWords(tokens, a, Math.min(t1, a + 4));
    if (end > a) e = end;
  }
  return e < t1 && (BE.has(tokens[e].low) || tokens[e].low === 'have' || tokens[e].low === 'has') ? e : j;
}

const DASHES = new Set(['-', '\u2013', '\u2014']);
/** "2 civilians - a taxi driver and his son - were killed": an aside between two spaced dashes (or, with `brackets`,
 * in brackets) right after a noun says who they are; returns where the clause goes on after it, or `at`. */
export function dashAside(tokens: Token[], at: number, t1: number, brackets = false): number {
  if (at + 2 >= t1) return at;
  const open = tokens[at].low;
  const bracket = brackets && open === '(';
  if (!bracket && !(DASHES.has(open) && (tokens[at].space || open !== '-'))) return at;
  // (up to 24 tokens: "- three men aged 18, 20 and 23 and a 17-year-old boy -" lists ages in its people)
  for (let k = at + 1; k < Math.min(t1, at + 24); k++) {
    const low = tokens[k].low;
    if (low === '.' || low === ';' || low === ':' || BE.has(low)) return at;
    if (bracket ? low === ')' : low === open && (tokens[k].space || open !== '-')) return k > at + 1 ? k + 1 : at;
  }
  return at;
}

/** ", having fought gallantly,", ", after resisting for hours,": a participle clause of how people acted, set off by
 * commas, with no count, no finite verb and no cue of its own; returns its closing comma, or -1. */
export function actedAside(tokens: Token[], k: number, t1: number): number {
  const low = tokens[k].low;
  const ing = k + 1 < t1 && tokens[k + 1].low.endsWith('ing');
  if (low !== 'having' && !((low === 'after' || low === 'despite' || low === 'while') && ing)) return -1;
  for (let j = k + 1; j < Math.min(t1, k + 9); j++) {
    const w = tokens[j].low;
    if (w === ',') return j > k + 1 ? j : -1;
    if (tokens[j].kind === 'num' || w === '.' || w === ';' || BE.has(w) || lexicons().numberWords.has(w) ||
      (j > k + 1 && slotCue(tokens, j, t1, 'post'))) return -1;
  }
  return -1;
}

/** "are believed to be alive (and still held)": alive says they live, not that they are free; a later cue decides.
 * Returns the token after the aside, or k when there is none. */
export function aliveAside(tokens: Token[], k: number, t1: number): number {
  if (k >= t1 || tokens[k].low !== 'alive' || k < 2 || tokens[k - 1].low !== 'be' || tokens[k - 2].low !== 'to') return k;
  return k + 1 < t1 && tokens[k + 1].low === 'and' ? k + 2 : k + 1;
}
/** A finite verb phrase with a cue ("were rescued", "have been freed") within a few tokens after k. */
/** ", in the north of the Central African Republic," — a place phrase between commas with no verb or count in it,
 * followed by an auxiliary: returns the closing comma, or -1. */
export function placeAside(tokens: Token[], comma: number, t1: number): number {
  if (comma + 2 >= t1 || !PLACE_PREPS.has(tokens[comma + 1].low)) return -1;
  for (let j = comma + 2; j < Math.min(t1, comma + 12); j++) {
    const t = tokens[j];
    if (t.low === ',') return j + 1 < t1 && STATE_AUX.has(tokens[j + 1].low) ? j : -1;
    if (t.kind !== 'word' || CLAUSE_BREAK.has(t.low) || STATE_AUX.has(t.low)) return -1;
  }
  return -1;
}

/** The ")" closing the bracket opened at `open` within 16 tokens, or -1. */
export function closingBracket(tokens: Token[], open: number, t1: number): number {
  for (let k = open + 1; k < Math.min(t1, open + 17); k++) {
    if (tokens[k].low === ')') return k;
    if (tokens[k].low === '(' || tokens[k].low === ';') return -1;
  }
  return -1;
}

/** ", having fought gallantly," right after the comma at `comma`: the comma that closes it, else `comma`. */
export function havingAside(tokens: Token[], comma: number, t1: number): number {
  if (comma + 2 >= t1 || tokens[comma + 1].low !== 'having') return comma;
  for (let k = comma + 2; k < Math.min(t1, comma + 9); k++) {
    if (tokens[k].low === ',') return k;
    if (tokens[k].kind !== 'word') return comma;
  }
  return comma;
}

const ASIDE_OPEN = figureWords('aside-open');
/** "killing 3 protesters, including a 16-year-old pupil, and wounding 17", "4 civilians killed, among them a boy,
 * and 23 injured": an aside set off by commas (or brackets) that picks out of or describes the figure before is no
 * new clause; the clause after it goes on with the same people. Returns where the aside's closing comma stands (list
 * glue), or `from` when no aside opens there. */
export function asideEnd(tokens: Token[], from: number, limit: number): number {
  if (from + 1 >= limit) return from;
  const open = tokens[from].low;
  if (open === '(') {
    for (let k = from + 1; k < limit && k - from <= 12; k++) if (tokens[k].low === ')') return k + 1;
    return from;
  }
  if (open !== ',' || !ASIDE_OPEN.has(tokens[from + 1].low)) return from;
  // (a hyphenated word counts as one: ", among them three women and a 10-year-old boy,")
  let budget = 12;
  for (let k = from + 2; k < limit && k - from <= budget; k++) {
    const low = tokens[k].low;
    if (low === '-' && !tokens[k].space && budget < 24) budget += 2;
    // (a finite verb or a reporting verb inside means a clause, not an aside)
    if (low === ';' || low === '.' || BE.has(low) || lexicons().reporting.has(low)) return from;
    if (low === ',') return k;
  }
  return from;
}
