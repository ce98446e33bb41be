// "43 people were taken at first, but 12 of them were let go": in a text about a kidnapping, people who "were taken"
// with no place they were taken to are people taken by the kidnappers (held). Elsewhere "taken" alone says nothing:
// "taken to hospital", "taken ill", "taken into custody" carry their own cues (measures.txt). Pure function of the tokens.
import { perDocument, type Document } from './document.js';
import type { Measure } from './types.js';

/** The text speaks of a kidnapping or abduction somewhere (read once per document). */
const aboutAbduction = perDocument((doc) =>
  doc.tokens.some((t) => t.kind === 'word' && (t.low.startsWith('kidnap') || t.low.startsWith('abduct'))));

const BE_PAST = new Set(['were', 'was']);
/** Words after "taken" that say where to or how: each is a cue of its own, or no abduction. */
const TAKEN_ONWARD = new Set(['to', 'into', 'ill', 'part', 'away', 'hostage', 'hostages', 'captive', 'captives', 'prisoner',
  'prisoners', 'shelter', 'refuge', 'as', 'from', 'off', 'out', 'for', 'by', 'care', 'up', 'in', 'on']);

/** Armed bands whose taking of people is an abduction ("were taken by the insurgents"). */
const TAKERS = new Set(['insurgents', 'gunmen', 'attackers', 'militants', 'kidnappers', 'abductors', 'bandits', 'terrorists',
  'rebels', 'pirates', 'assailants', 'jihadists', 'fighters', 'hijackers', 'captors']);

/** The measure a count whose noun ends at g1 takes when "were taken" follows it in a kidnapping story, else undefined.
 * ("in" and "on" are among the onward words: "taken in for questioning", "taken on board" say other things; "at
 * first", "that night", a comma or the end of the clause close the phrase.) */
export function takenByKidnappers(doc: Document, g1: number, t1: number, measure: Measure | undefined): Measure | undefined {
  if ((measure !== undefined && measure !== 'present') || g1 + 1 >= t1) return undefined;
  const { tokens } = doc;
  let k = g1;
  // ("23 persons, among them nine children, were taken by the insurgents": past an aside of parts)
  if (tokens[k].low === ',' && (tokens[k + 1]?.low === 'among' || tokens[k + 1]?.low === 'including')) {
    let c = k + 2;
    while (c < Math.min(t1, k + 14) && tokens[c].low !== ',') c++;
    if (c + 1 < t1 && tokens[c].low === ',') k = c + 1;
  }
  if (tokens[k].low === 'had' || tokens[k].low === 'have') {
    if (tokens[k + 1]?.low !== 'been') return undefined;
    k += 2;
  } else if (BE_PAST.has(tokens[k].low)) k++;
  else return undefined;
  if (k >= t1 || tokens[k].low !== 'taken') return undefined;
  // ("were taken by the insurgents": by an armed band, whatever the story calls it)
  if (tokens[k + 1]?.low === 'by') {
    const b = tokens[k + 2]?.low === 'the' ? k + 3 : k + 2;
    if (b < t1 && TAKERS.has(tokens[b].low)) return 'held';
  }
  if (k + 1 < t1 && TAKEN_ONWARD.has(tokens[k + 1].low)) return undefined;
  return aboutAbduction(doc) ? 'held' : undefined;
}
