// "The passengers included 39 Indonesians, three Australians and two Papua New Guineans": a sentence that opens on a
// plural noun of people with no count of its own, then "included" or "were", lists who they were. Its counts with no
// measure of their own are parts of the latest count of that noun (the 44 passengers counted before), with its measure
// and group, as a nationality breakdown after the count itself would be.
import type { Document } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { makeGroupPart, type FigureCandidate } from './candidate.js';
import { plural } from './words.js';

/** The verbs that open such a list ("included", "were", "comprised"). */
const LIST_VERBS = new Set(['included', 'include', 'includes', 'were', 'are', 'comprised']);
/** Determiners the noun may open on ("The passengers", "Its passengers"). */
const OPENERS = new Set(['the', 'its', 'their']);
/** How far back a total of that noun may stand (counts, this sentence's and the recent ones). */
const REACH = 40;

export function includedItems(doc: Document, si: number, found: FigureCandidate[], recent: FigureCandidate[]): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  if (found.length === 0) return;
  const k = OPENERS.has(tokens[t0].low) ? t0 + 1 : t0;
  const gm = k < t1 ? lexicons().groups.at(tokens, k, t1) : undefined;
  if (!gm || gm.end >= t1 || !LIST_VERBS.has(tokens[gm.end].low) || !tokens[gm.end - 1].low.endsWith('s')) return;
  const group = gm.data || plural(tokens[gm.end - 1].low);
  if (group === 'people') return;
  let total: FigureCandidate | undefined;
  for (let j = recent.length - 1; j >= Math.max(0, recent.length - REACH) && !total; j--) {
    const x = recent[j];
    if (x.sent < si && x.group === group && x.measure && !x.drop) total = x;
  }
  if (!total) return;
  // (the list opens right after the verb on an item that names who it counts: "Residents are reminded to call 112" is
  // no list)
  const items = found.filter((c) => c.mention.t0 > gm.end && !c.measure && !c.drop && !c.parts_of);
  if (items.length === 0 || items[0].mention.t0 !== gm.end + 1 || items[0].g1 <= items[0].mention.t1) return;
  let sum = 0;
  for (const c of items) sum += c.mention.high ?? c.mention.low ?? 0;
  // (parts fit in their whole: a list that outgrows it counts others)
  if (sum === 0 || sum > (total.mention.low ?? 0)) return;
  for (const c of items) makeGroupPart(c, total);
}
