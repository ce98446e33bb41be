// People a speaker saw or counted ("I counted about 150 people before we left"): a witness's count of who was there
// (present), unless what follows says they were down ("saw many people on the ground", "counted a dozen people who
// were not moving"), which tells neither death nor harm: the guide's other.
import type { Token } from './document.js';
import type { Measure } from './types.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole } from './lexicon/load.js';

const PERCEIVE = lexiconRole('figure-words.txt', 'perceive');
const SEEN_DOWN = lexiconRole('figure-words.txt', 'seen-down');
const TAKEN = lexiconRole('figure-words.txt', 'seen-taken');
/** How far after the counted noun a sign of being down is looked for. */
const DOWN_REACH = 5;

/** The measure of a count right after a verb of seeing or counting (`at` is the count's first token, `g1` the
 * token after its noun), or undefined when no such verb stands before it. */
export function seenCount(tokens: Token[], at: number, g1: number, t0: number, t1: number): Measure | undefined {
  if (at - 1 < t0 || !PERCEIVE.has(tokens[at - 1].low)) return undefined;
  // ("counted at least 40 people taken": a participle of what was done to them says it, later)
  if (g1 < t1 && (TAKEN.has(tokens[g1].low) || lexicons().measureSlots.post.at(tokens, g1, t1))) return undefined;
  // ("saw 12 people who could not swim", "a dozen people who were not moving": a relative clause may say it too)
  for (let k = g1; k < Math.min(t1, g1 + DOWN_REACH); k++) {
    const low = tokens[k].low;
    if (low === '.' || low === ';' || low === ',') break;
    if (SEEN_DOWN.has(low)) return 'other';
  }
  return 'present';
}
