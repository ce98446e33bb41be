// A count of "cases" is a count of people who fell ill only in a text about an illness ("312 suspected cholera
// cases", "41 new cases were recorded" under an outbreak's headline); "two cases of murder" in a police release
// counts no one. Disease words are data (figure-words.txt, role disease).
import { perDocument, type Document } from './document.js';
import { lexiconRole } from './lexicon/load.js';

const CASE_NOUNS = new Set(['cases', 'case']);
/** Words of an epidemic's tally before "cases". */
const CASE_STATES = new Set(['confirmed', 'suspected', 'probable', 'active']);
/** Words allowed between "cases of" and the illness ("cases of acute watery diarrhoea"). */
const ILLNESS_ADJECTIVES = 3;

/** The text names an illness somewhere (read once per document). */
const aboutIllness = perDocument((doc) => {
  const disease = lexiconRole('figure-words.txt', 'disease');
  return doc.tokens.some((t) => disease.has(t.low));
});

/** The counted noun g0..g1 is "cases" that are no cases of an illness. */
export function noIllnessCases(doc: Document, g0: number, g1: number): boolean {
  const { tokens } = doc;
  if (g1 <= g0 || !CASE_NOUNS.has(tokens[g1 - 1].low)) return false;
  // ("210 confirmed cases", "41 suspected cases": the words of case counting are an illness's, named or not)
  const before = g1 - 2 >= g0 ? tokens[g1 - 2].low : '';
  if (!aboutIllness(doc) && !CASE_STATES.has(before)) return true;
  // "cases of X": X must be an illness
  if (tokens[g1]?.low !== 'of') return false;
  const disease = lexiconRole('figure-words.txt', 'disease');
  for (let k = g1 + 1; k < Math.min(tokens.length, g1 + 2 + ILLNESS_ADJECTIVES); k++) if (disease.has(tokens[k].low)) return false;
  return true;
}

const ILL_VERBS = new Set(['fell', 'fall', 'falls', 'taken', 'fallen']);
const ILL = new Set(['ill', 'sick']);
/** "two nurses fell ill" in a text about an illness are cases of it, people affected (elsewhere, ill from poison,
 * fumes or captivity, they are hurt): the measure the candidate at g1 takes, given the one its cue gave. */
export function illnessMeasure(doc: Document, g1: number, t1: number, measure: string | undefined, n0 = -1): 'affected' | undefined {
  if (measure !== 'injured' || !aboutIllness(doc)) return undefined;
  const { tokens } = doc;
  let ill = false;
  for (let k = g1; k + 1 < Math.min(t1, g1 + 5); k++) if (ILL_VERBS.has(tokens[k].low) && ILL.has(tokens[k + 1].low)) ill = true;
  // ("the outbreak has sickened more than 1,400": the verb right before the count, whose mention holds its hedge)
  if (n0 > 0 && tokens[n0 - 1].low === 'sickened') ill = true;
  if (!ill) return undefined;
  // (a poisoning is no illness that spreads: "120 pupils fell ill" after a school meal are hurt)
  const disease = lexiconRole('figure-words.txt', 'disease');
  return tokens.some((t) => disease.has(t.low) && !NOT_SPREADING.has(t.low)) ? 'affected' : undefined;
}
const NOT_SPREADING = new Set(['poisoning']);

const SUBSET_OPENERS = new Set(['which', 'whom', 'them', 'these']);
/** "8,734 dengue cases have been reported in the province", "1,437 suspected cases ..., of which 318 were confirmed in
 * the laboratory": in a text about an illness, cases (or a bare share of them) said to be somewhere are cases, not
 * people who were there. The measure to give a present count at n0..n1 whose noun ends at g1. */
export function casesThere(doc: Document, n0: number, n1: number, g1: number, measure: string | undefined): 'affected' | undefined {
  // ("46 cases of acute watery diarrhoea in accommodation centres": cases where the displaced stay are cases too)
  if ((measure !== 'present' && measure !== 'displaced') || !aboutIllness(doc)) return undefined;
  const { tokens } = doc;
  if (g1 > n1 && CASE_NOUNS.has(tokens[g1 - 1].low)) return 'affected';
  if (measure === 'displaced') return undefined;
  if (g1 > n1 || n0 < 2 || !SUBSET_OPENERS.has(tokens[n0 - 1].low) || tokens[n0 - 2].low !== 'of') return undefined;
  // (back over the clause the share is taken from, "since Oct. 28" and a date inside it)
  for (let k = n0 - 3; k >= Math.max(0, n0 - 30); k--) {
    if (tokens[k].low === ';' || (tokens[k].low === '.' && tokens[k + 1]?.text[0] !== tokens[k + 1]?.low[0])) break;
    if (CASE_NOUNS.has(tokens[k].low)) return 'affected';
  }
  return undefined;
}
