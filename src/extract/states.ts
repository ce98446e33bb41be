// States a count of people is in after "in": custody, captivity (round 14, measures). "97 fishermen are now in
// Sri Lankan custody" is an arrest, not a place where they were; an adjective or a name may stand before the noun.
import type { Token } from './document.js';
import { lexiconRole } from './lexicon/load.js';
import type { Measure } from './types.js';

const words = (role: string): Set<string> => lexiconRole('figure-words.txt', role);
const CUSTODY = words('custody-noun');
const CAPTIVITY = words('captivity-noun');
const CAPTORS = words('captor-word');

/** Armed men whose hands people are in ("in the gunmen's hands"); custody words stay with captor-word alone. */
const HAND_CAPTORS = new Set(['gunmen', 'hijackers', 'attackers', 'pirates', 'assailants', 'bandits', 'hostage-takers',
  'robbers', 'gunman', 'hijacker', 'attacker', 'robber', 'hostage-taker', 'kidnapper', 'abductor', 'captor']);

function captorsBefore(tokens: Token[], j: number, k: number): boolean {
  for (let i = j; i < k; i++) if (CAPTORS.has(tokens[i].low) || HAND_CAPTORS.has(tokens[i].low)) return true;
  return false;
}

const HELD_PLACES = new Set(['hands', 'den', 'camp', 'hideout']);
/** "in the gunmen's hands", "in the kidnappers' hands" from `j` (after "in"): the end of the phrase, or -1. */
export function captorsHands(tokens: Token[], j: number, t1: number): number {
  for (let k = j; k < Math.min(t1, j + 5); k++) {
    const t = tokens[k];
    // ("14 others remain in the kidnappers' den", "in the gang's camp")
    if (HELD_PLACES.has(t.low)) {
      if (k > j && captorsBefore(tokens, j, k)) return k + 1;
      // ("leaving six in the hands of the kidnappers": the captors after "of")
      if (tokens[k + 1]?.low !== 'of') return -1;
      for (let c = k + 2; c < Math.min(t1, k + 5); c++) if (captorsBefore(tokens, c, c + 1)) return c + 1;
      return -1;
    }
    if (t.kind !== 'word' && !((t.low === "'" || t.low === '\u2019') && !t.space)) return -1;
  }
  return -1;
}

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

const RESCUE_OUT = words('rescue-out');
const OUT_BREAK = new Set([',', '.', ';', ':', 'and', 'but', 'while', 'who', 'which', 'when', 'after', 'before', 'dead']);

/** "had been pulled out of the river alive": from a verb of bringing out at `k`, the end of the phrase closed by
 * "alive" within eight words, or -1. */
export function aliveOut(tokens: Token[], k: number, t1: number, from = k + 1): number {
  if (k >= t1 || !RESCUE_OUT.has(tokens[k].low)) return -1;
  for (let j = from; j < Math.min(t1, from + 8); j++) {
    const t = tokens[j];
    if (t.low === 'alive') return j + 1;
    if (t.kind === 'num' || OUT_BREAK.has(t.low)) return -1;
  }
  return -1;
}

const ALONG = words('along-open');

/** ", together with 380 vehicles," after an aside's closing comma at `comma`: the comma that closes this second aside
 * (it holds no verb), or `comma` itself. */
export function alongAside(tokens: Token[], comma: number, t1: number): number {
  let j = comma + 1;
  if (j + 1 < t1 && ALONG.has(tokens[j].low) && tokens[j + 1].low === 'with') j += 2;
  else if (j < t1 && tokens[j].low === 'with') j++;
  else return comma;
  for (; j < Math.min(t1, comma + 10); j++) {
    const low = tokens[j].low;
    if (low === ',') return j;
    if (low === '.' || low === ';' || low === 'and' || low === 'who' || low === 'which' || low === 'were' || low === 'are') return comma;
  }
  return comma;
}

/** "hauled 17 people out of the canal alive": the count at `n0` (its noun ends at `g1`) is the object of a verb of
 * bringing out right before it, and "alive" closes the phrase after it. */
export function aliveObject(tokens: Token[], n0: number, g1: number, t0: number, t1: number): boolean {
  let v = n0 - 1;
  if (v > t0 && (tokens[v].low === 'the' || tokens[v].low === 'all')) v--;
  return v >= t0 && aliveOut(tokens, v, t1, g1) > g1;
}

/** "teachers and neighbours brought 189 of them out", "we pulled two of them out": the count at `n0` (its noun or "of
 * them" ends at `g1`) is the object of a verb of bringing out right before it, and a bare "out" follows it ("out of
 * the mine" is left to "alive", as the coverage table's known gap records). */
export function outObject(tokens: Token[], n0: number, g1: number, t0: number): boolean {
  const v = n0 - 1;
  return v >= t0 && RESCUE_OUT.has(tokens[v].low) && tokens[g1]?.low === 'out' && tokens[g1 + 1]?.low !== 'of';
}

const THEN_OPEN = words('then-object');
const MORE_OF = new Set(['a', 'further', 'another', 'more', 'additional', 'the', 'remaining', 'other']);

/** "freed 18 passengers on Thursday, then a further 22 on Friday", "released five on Monday and later another
 * seven": the count at `n0` opens, after "then"/"later" and a word of more, a second object of the verb before the
 * figure that ends at `prevEnd`; only a time or place phrase (no verb) may stand between. */
export function thenObject(tokens: Token[], n0: number, g1: number, prevEnd: number, t0: number): boolean {
  // ("then 40 people marched to the station": a subject with a verb of its own)
  const after = tokens[g1];
  if (after && after.kind === 'word' && (/ed$/.test(after.low) || ['were', 'was', 'had', 'have', 'are', 'is'].includes(after.low))) {
    return false;
  }
  let k = n0 - 1;
  while (k > t0 && MORE_OF.has(tokens[k].low)) k--;
  if (k <= t0 || !THEN_OPEN.has(tokens[k].low)) return false;
  if (k - 1 >= t0 && (tokens[k - 1].low === 'and' || tokens[k - 1].low === ',')) k--;
  if (k - prevEnd > 14) return false;
  for (let j = prevEnd; j < k; j++) {
    const low = tokens[j].low;
    if (low === '.' || low === ';' || low === 'but' || low === 'while' || low === 'who' || low === 'which' ||
      low === 'were' || low === 'was' || low === 'had' || low === 'have') return false;
  }
  return true;
}

/** "Nineteen (19) persons, nationals of Syria, Afghanistan and Somalia, aged between 17 and 34, were arrested": an
 * aside that names a list of places goes on past its first comma ("Afghanistan and Somalia,"), and an aside of ages may
 * follow it. From the comma where the plain skip stopped, the comma that closes them both (or `comma`). */
export function listedAside(tokens: Token[], comma: number, t1: number, ageAside: (q: number) => number): number {
  let at = comma;
  // ("Syria, Afghanistan and Somalia,": names only, closed by "and" before the last)
  for (let n = 0; n < 4; n++) {
    let j = at + 1;
    let and = false;
    while (j < Math.min(t1, at + 7) && tokens[j].kind === 'word' && (tokens[j].text[0] !== tokens[j].low[0] ||
      tokens[j].low === 'and' && j > at + 1)) {
      if (tokens[j].low === 'and') and = true;
      j++;
    }
    if (j === at + 1 || j >= t1 || tokens[j].low !== ',') break;
    at = j;
    if (and) break;
  }
  const aged = ageAside(at);
  return aged > at ? aged - 1 : at;
}
