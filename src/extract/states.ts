// States a count of people is in after "in": custody, captivity (round 14, measures). "97 fishermen are now in
// Sri Lankan custody" is an arrest, not a place where they were; an adjective or a name may stand before the noun.
import type { Token } from './document.js';
import { lexiconRole } from './lexicon/load.js';
import type { Measure } from './types.js';

const words = (role: string): Set<string> => lexiconRole('figure-words.txt', role);
const CUSTODY = words('custody-noun');
const CAPTIVITY = words('captivity-noun');
const CAPTORS = words('captor-word');

/** The state named a few words after "in" (from `j`, past up to three modifiers), with the token after it. */
export function stateIn(tokens: Token[], j: number, t1: number): { measure: Measure; end: number } | undefined {
  for (let k = j; k < Math.min(t1, j + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    const low = t.low;
    // a captor's custody is captivity ("in rebel custody"), a state's is arrest ("in Sri Lankan custody")
    if (CUSTODY.has(low)) {
      const held = tokens.slice(j, k).some((w) => CAPTORS.has(w.low));
      return { measure: held ? 'held' : 'arrested', end: k + 1 };
    }
    if (CAPTIVITY.has(low)) return { measure: 'held', end: k + 1 };
    if (low === 'and' || low === 'or' || low === 'of') return undefined;
  }
  return undefined;
}
