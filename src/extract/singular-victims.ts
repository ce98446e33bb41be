// People a text names one at a time, with no number, as dead or hurt: "gunmen killed a village chief and his son",
// "a soldier was shot dead and a passer-by was wounded". ANNOTATION.md codes no figure claim for "a"/"an" (a figure
// needs a number), but a coder's count of the text's dead takes each as one: that note's fatalities are 2. These
// feed the per-text count only (text-counts.ts), never the claims. Pure: no I/O. Words: lexicon/singular-victims.txt.
import type { ReportMeta, Span } from './types.js';
import { buildDocument, withoutQuotes, type Document, type Token } from './document.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole, lexiconRows } from './lexicon/load.js';
import { PhraseTable } from './phrases.js';
import { otherScopeSentences } from './scope.js';

export type SingularMeasure = 'killed' | 'injured';

export interface SingularVictim {
  measure: SingularMeasure;
  /** The group the person belongs to (groups.txt), or the noun's own plural form. */
  group: string;
  /** The noun that names the person, lower-case ("farmer", "son"): one person per noun and measure in a text. */
  noun: string;
  /** "a soldier" as written. */
  span: Span;
  /** Said in one list with a counted figure ("two officers and a civilian were killed"): one more than it. */
  besideFigure: boolean;
  /** "another soldier died", "a guard was also killed": one more than any count before. */
  another: boolean;
}

const FILE = 'singular-victims.txt';
const role = (r: string): Set<string> => lexiconRole(FILE, r);
/** A noun phrase may run this many words from its determiner to its noun ("a 45 - year - old man"). */
const NOUN_REACH = 7;
/** Words that end a noun phrase before its noun is found. */
const PHRASE_BREAK = new Set(['and', 'or', 'of', 'by', 'with', 'in', 'at', 'on', 'from', 'for', 'the', 'a', 'an', 'to',
  'who', 'that', 'which', 'was', 'were', 'is', 'are', 'has', 'had', 'his', 'her', 'their']);

function singular(plural: string): string | undefined {
  if (plural === 'children') return 'child';
  if (plural.endsWith('men')) return `${plural.slice(0, -3)}man`;
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(plural)) return plural.slice(0, -2);
  if (plural.endsWith('s') && !plural.endsWith('ss')) return plural.slice(0, -1);
  return undefined;
}

let persons: PhraseTable<{ group: string; noun: string }> | undefined;
/** Singular person nouns, made from the plural rows of groups.txt ("police officers" → "police officer"). */
function personTable(): PhraseTable<{ group: string; noun: string }> {
  if (persons) return persons;
  persons = new PhraseTable();
  const skip = role('not-person');
  for (const [phrase, group] of lexiconRows('groups.txt')) {
    const low = phrase.toLowerCase();
    if (skip.has(low) || /[,()]/.test(low)) continue;
    const words = low.split(/\s+/);
    const last = singular(words[words.length - 1]);
    if (!last) continue;
    persons.add([...words.slice(0, -1), last].join(' '), { group: group || low, noun: last });
  }
  for (const kin of role('kin')) persons.add(kin, { group: 'people', noun: kin });
  return persons;
}

interface Person { t0: number; t1: number; group: string; noun: string; another: boolean }

/** A word that may be part of a person's name: capitalised, and no sentence's opening "On", month or weekday. */
const isNameWord = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.low[0] && !role('name-break').has(t.low) &&
  !lexicons().months.has(t.low) && !lexicons().weekdays.has(t.low);
/** A person's name may run this many capitalised words ("Sergeant Major Musa Ibrahim Bello"). */
const NAME_REACH = 5;

/** A person by name at k: two to five capitalised words, no body's or place's word among them ("Musa Bello"). */
function nameAt(tokens: Token[], k: number, limit: number, t0: number): Person | undefined {
  if (!isNameWord(tokens[k]) || (k > t0 && (isNameWord(tokens[k - 1]) || role('name-break').has(tokens[k - 1].low)))) return undefined;
  let j = k;
  while (j < limit && j - k < NAME_REACH && isNameWord(tokens[j])) {
    if (role('org').has(tokens[j].low) || role('det').has(tokens[j].low) || role('poss').has(tokens[j].low)) return undefined;
    j++;
  }
  if (j - k < 2 || (j < limit && isNameWord(tokens[j]))) return undefined;
  const name = tokens.slice(k, j).map((t) => t.low).join(' ');
  // (a name the groups know is a body of people, "Border Guards")
  if (personTable().at(tokens, j - 1, j) || lexicons().groups.at(tokens, j - 1, j)) return undefined;
  return { t0: k, t1: j, group: 'people', noun: name, another: false };
}

/** One person named at k: "a (wounded) soldier", "an elderly woman", "his son"; undefined when k opens none. */
function personAt(tokens: Token[], k: number, limit: number): Person | undefined {
  const opener = tokens[k].low;
  const det = role('det').has(opener);
  if (opener === 'the') {
    const j = tokens[k + 1]?.low === 'suicide' ? k + 2 : k + 1;
    const hit = j < limit ? personTable().at(tokens, j, limit) : undefined;
    if (!hit || !role('the-person').has(hit.data.noun) || tokens[hit.end]?.low === "'s") return undefined;
    return { t0: k, t1: hit.end, group: hit.data.group, noun: hit.data.noun, another: false };
  }
  if (!det && !role('poss').has(opener)) return undefined;
  const table = personTable();
  for (let j = k + 1; j < Math.min(limit, k + 1 + NOUN_REACH); j++) {
    const hit = table.at(tokens, j, limit);
    if (hit) {
      // ("a soldier's wife": the noun names whose, not who; "his son" needs no determiner, a group noun does)
      if (tokens[hit.end]?.low === "'s") return undefined;
      if (!det && !role('kin').has(hit.data.noun) && hit.data.group === 'people') return undefined;
      return { t0: k, t1: hit.end, group: hit.data.group, noun: hit.data.noun, another: opener === 'another' };
    }
    const t = tokens[j];
    if (t.kind === 'punct' ? t.low !== '-' : PHRASE_BREAK.has(t.low)) return undefined;
    if (t.kind === 'word' && (lexicons().measureSlots.pre.at(tokens, j, limit) || lexicons().measureSlots.post.at(tokens, j, limit))) return undefined;
  }
  return undefined;
}

/** A counted conjunct at k ("two officers", "12 passengers"): the token after it, else -1. */
function countedAt(tokens: Token[], k: number, limit: number): number {
  const t = tokens[k];
  if (!t || !(t.kind === 'num' || lexicons().numberWords.has(t.low))) return -1;
  for (let j = k + 1; j < Math.min(limit, k + 5); j++) {
    const g = lexicons().groups.at(tokens, j, limit);
    if (g) return g.end;
  }
  return -1;
}

/** A counted conjunct ends right before k's "and" or comma ("two police officers and the gunman"). */
function countedBefore(tokens: Token[], k: number, t0: number): boolean {
  let j = k - 1;
  if (j >= t0 && (tokens[j].low === 'and' || tokens[j].low === 'or')) j--;
  if (j >= t0 && tokens[j].low === ',') j--;
  if (j === k - 1) return false;
  for (let p = j; p >= Math.max(t0, j - 6); p--) {
    const t = tokens[p];
    if (t.kind === 'num' || lexicons().numberWords.has(t.low)) return lexicons().groups.at(tokens, p + 1, k) !== undefined || p < j;
    // ("two (2) rangers and a volunteer": a count written twice)
    if ((t.kind === 'punct' && t.low !== '(' && t.low !== ')') || PHRASE_BREAK.has(t.low)) return false;
  }
  return false;
}

interface Harm { measure: SingularMeasure; also: boolean }

/** Past an age aside at k (", 34," or ", aged 34,"), else k. */
function pastAge(tokens: Token[], k: number, limit: number): number {
  if (tokens[k]?.low !== ',') return k;
  let j = k + 1;
  if (j < limit && role('age').has(tokens[j].low)) j++;
  if (j + 1 < limit && tokens[j].kind === 'num' && tokens[j + 1].low === ',') return j + 2;
  return k;
}

/** The verb of harm that starts at k (after "was also"), or undefined. */
function harmAfter(tokens: Token[], k: number, limit: number): Harm | undefined {
  let j = pastAge(tokens, k, limit);
  // ("a woman inside was seriously injured": where they were, between the person and the verb)
  if (j < limit && role('place').has(tokens[j].low)) j++;
  let also = false;
  for (let n = 0; n < 4 && j < limit && role('aux').has(tokens[j].low); n++) also ||= tokens[j++].low === 'also';
  // ("the pilot was among the injured": one of a count, not one more)
  if (j < limit && (role('modal').has(tokens[j].low) || role('part').has(tokens[j].low))) return undefined;
  const cue = lexicons().measureSlots.post.at(tokens, j, limit);
  // ("was swept away and drowned", "was taken to hospital and died": the last verb says how it ended)
  const then = j === k || j >= limit || tokens[j].kind !== 'word' ? -1 : harmThen(tokens, cue ? cue.end : j + 1, limit);
  const after = then < 0 ? undefined : harmAfter(tokens, then, limit);
  if (after?.measure === 'killed' || (after && !cue)) return { measure: after.measure, also };
  // ("He suffered a broken leg", "sustained burns to his arms": harm received, whatever its noun)
  if (!cue && j + 1 < limit && role('suffered').has(tokens[j].low) && tokens[j + 1].low !== 'no') return { measure: 'injured', also };
  return cue && (cue.data === 'killed' || cue.data === 'injured') ? { measure: cue.data, also } : undefined;
}

/** How far a passive's first verb may run before "and" brings the harm ("was struck by lightning and killed"). */
const THEN_REACH = 6;

/** Past a passive's first verb, from k ("[swept] away and drowned"): the token after its "and", else -1. */
function harmThen(tokens: Token[], k: number, limit: number): number {
  for (let j = k; j < Math.min(limit, k + THEN_REACH); j++) {
    const t = tokens[j];
    if (t.low === 'and') return j + 1;
    if (t.kind !== 'word' || role('then-break').has(t.low)) return -1;
  }
  return -1;
}

/** The measure of a verb of harm that ends right before k ("killed", "shot dead", "wounding"), or undefined. */
function harmBefore(tokens: Token[], k: number, t0: number, earlier: () => boolean): Harm | undefined {
  for (let p = k - 1; p >= Math.max(t0, k - 3); p--) {
    const cue = lexicons().measureSlots.pre.at(tokens, p, k);
    if (!cue || cue.end !== k || (cue.data !== 'killed' && cue.data !== 'injured')) continue;
    if (p > t0 && role('modal').has(tokens[p - 1].low)) return undefined;
    // ("weeks after an attack that killed a teacher": a clause that recalls an earlier attack)
    if (p > t0 && role('relative').has(tokens[p - 1].low) && earlier()) return undefined;
    return { measure: cue.data, also: false };
  }
  return undefined;
}

function someEarlier(tokens: Token[], t0: number, t1: number): boolean {
  for (let j = t0; j < t1; j++) if (role('earlier').has(tokens[j].low)) return true;
  return false;
}

function isPartOpener(tokens: Token[], k: number, t0: number): boolean {
  return (k - 1 >= t0 && role('part').has(tokens[k - 1].low)) || (k - 2 >= t0 && role('part').has(tokens[k - 2].low));
}

/** The person named last in the text (harmed or not) and the sentence that named them, for "He died" after it. */
interface LastPerson { person: Person; si: number }

/** A pronoun or definite noun (see singular-victims.txt pronoun, back, remains) may point back this many sentences. */
const BACK_REACH = 2;
/** Words after which a clause opens on its subject ("..., and she died", "but he was rescued"). */
const CLAUSE_OPENERS = new Set([',', 'and', 'but', 'where', ';']);

/**
 * "He died at the hospital", "The victim died on the way", "His body was found": a clause that opens on a word for
 * the one person named last, and the harm after it. The person keeps the noun (and span) they were named by, so a
 * coder's count takes them once; their injury before the death is left to withSingles.
 */
function pointedBack(tokens: Token[], k: number, t1: number, last: LastPerson | undefined, si: number): SingularVictim | undefined {
  if (!last || si - last.si > BACK_REACH) return undefined;
  const w = tokens[k].low;
  let end = -1;
  let dead = false;
  if (role('pronoun').has(w)) end = k + 1;
  else if (w === 'the' && k + 1 < t1 && (role('back').has(tokens[k + 1].low) || tokens[k + 1].low === last.person.noun)) end = k + 2;
  else if (role('poss').has(w) && w !== 'their' && k + 1 < t1 && role('remains').has(tokens[k + 1].low)) {
    end = k + 2;
    dead = true;
  }
  if (end < 0) return undefined;
  const harm = dead ? { measure: 'killed' as const, also: false } : harmAfter(tokens, end, t1);
  if (!harm) return undefined;
  const p = last.person;
  return { measure: harm.measure, group: p.group, noun: p.noun, another: p.another, besideFigure: false,
    span: { start: tokens[p.t0].start, end: tokens[p.t1 - 1].end } };
}

/** "A civilian was killed and another was wounded": "another" with no noun is one more of the person named last. */
function anotherOne(tokens: Token[], k: number, t1: number, last: LastPerson | undefined): Person | undefined {
  if (!last || tokens[k].low !== 'another' || k + 1 >= t1 || !role('aux').has(tokens[k + 1].low)) return undefined;
  return { ...last.person, t0: k, t1: k + 1, another: true };
}

/** The people of one sentence's list of persons (and counts) that a verb of harm governs. */
function sentenceVictims(doc: Document, si: number, t0: number, t1: number, out: SingularVictim[], state: { last?: LastPerson }): void {
  const { tokens } = doc;
  // (read once per sentence, when a clause needs it: not once per person of a long sentence)
  let hasEarlier: boolean | undefined;
  const earlier = (): boolean => (hasEarlier ??= someEarlier(tokens, t0, t1));
  let k = t0;
  const someone = (j: number): Person | undefined => personAt(tokens, j, t1) ?? nameAt(tokens, j, t1, t0) ?? anotherOne(tokens, j, t1, state.last);
  while (k < t1) {
    const back = k === t0 || CLAUSE_OPENERS.has(tokens[k - 1].low) ? pointedBack(tokens, k, t1, state.last, si) : undefined;
    if (back) {
      out.push(back);
      k++;
      continue;
    }
    const first = someone(k);
    if (!first) {
      k++;
      continue;
    }
    // the list: persons and counts joined by commas and "and" ("a farmer, his wife and two children")
    const people: Person[] = [first];
    let counted = countedBefore(tokens, first.t0, t0);
    let end = first.t1;
    for (;;) {
      let j = end;
      if (tokens[j]?.low === ',') j++;
      if (tokens[j]?.low === 'and' || tokens[j]?.low === 'or') j++;
      if (j === end || j >= t1) break;
      const next = someone(j);
      if (next) {
        people.push(next);
        end = next.t1;
        continue;
      }
      const c = countedAt(tokens, j, t1);
      if (c < 0) break;
      counted = true;
      end = c;
    }
    // (one person alone is who "he", "she" or "the victim" may point back at; a list of several is not)
    state.last = people.length === 1 && !counted ? { person: first, si } : undefined;
    const harm = isPartOpener(tokens, first.t0, t0) ? undefined : harmBefore(tokens, first.t0, t0, earlier) ?? harmAfter(tokens, end, t1);
    if (harm) {
      for (const p of people) {
        out.push({
          measure: harm.measure, group: p.group, noun: p.noun, another: p.another || harm.also, besideFigure: counted,
          span: { start: tokens[p.t0].start, end: tokens[p.t1 - 1].end },
        });
      }
    }
    k = end;
  }
}

/** Every person the text names one at a time as killed or injured in this incident, in text order. */
export function singularVictims(text: string, meta?: ReportMeta): SingularVictim[] {
  const doc = buildDocument(typeof text === 'string' ? text : String(text ?? ''));
  return victimsIn(withoutQuotes(doc), otherScopeSentences(doc, meta));
}

/** The single victims of a document already read (quotes blanked, sentences about other incidents marked). */
export function victimsIn(plain: Document, other: readonly boolean[]): SingularVictim[] {
  const out: SingularVictim[] = [];
  const state: { last?: LastPerson } = {};
  plain.sentences.forEach((s, si) => {
    if (!other[si]) sentenceVictims(plain, si, s.t0, s.t1, out, state);
  });
  return out;
}
