// Whether a token is the measure cue of a slot ("killed" before or after a count, "the death toll"),
// including harm to a part of the body ("shot in the leg"), and how far the words before a cue reach.
// Every rule that looks for a verb asks here.
import type { Measure } from '../types.js';
import type { Token } from '../document.js';
import { lexicons, type MeasureSlot } from '../lexicon/index.js';
import { figureWords, POST_SKIP, ARTICLES, CARE_PLACES, FUNCTION, HIT_ONLY, BE } from './words.js';

export function slotCue(tokens: Token[], k: number, limit: number, slot: MeasureSlot): { measure: Measure; end: number } | undefined {
  // (a cue is a word of the clause: none stands at or past its end, nor past the text's)
  if (k >= limit || k >= tokens.length) return undefined;
  const m = lexicons().measureSlots[slot].at(tokens, k, limit);
  if (slot === 'post' && (!m || m.data !== 'killed')) {
    const end = bodyHarm(tokens, k, limit);
    if (end > 0 && (!m || end >= m.end)) return { measure: 'injured', end };
  }
  if (!m && slot === 'post' && HIT_ONLY.has(tokens[k].low) && k > 0 && (PASSIVE_AUX.has(tokens[k - 1].low) || headlineHit(tokens, k, limit))) {
    // ("were shot at by police": fired on, not hit; "shot at a party" is where)
    if (k + 1 < limit && tokens[k + 1].low === 'at' && !(k + 2 < limit && ARTICLES.has(tokens[k + 2].low))) return undefined;
    // ("were shot and killed", "stabbed and wounded": the outcome after "and" is what befell them)
    const then = k + 2 < limit && tokens[k + 1].low === 'and' ? lexicons().measureSlots.post.at(tokens, k + 2, limit) : undefined;
    if (then && (then.data === 'killed' || then.data === 'injured')) return { measure: then.data, end: then.end };
    return { measure: 'other', end: k + 1 };
  }
  // ("16 people died on the spot and one on the way to the hospital": died en route, never brought in)
  if (m && slot === 'post' && tokens[k].low === 'to' && k > 0 && (tokens[k - 1].low === 'way' || tokens[k - 1].low === 'route')) {
    return undefined;
  }
  // ("One of the injured ... was released from Elkhart General Hospital": let go by a hospital, a patient discharged)
  if (m && m.data === 'freed' && slot === 'post' && tokens[m.end - 1].low === 'released' && m.end < limit &&
    tokens[m.end].low === 'from') {
    for (let j = m.end + 1; j < Math.min(limit, m.end + 6); j++) {
      if (CARE_PLACES.has(tokens[j].low)) return { measure: 'injured', end: j + 1 };
      if (tokens[j].kind !== 'word' || (FUNCTION.has(tokens[j].low) && tokens[j].low !== 'the')) break;
    }
  }
  // ("11,300 people in 164 evacuation centres", "2,150 people in three shelters": a counted shelter says they were
  // displaced, as "in shelters" and a verb of staying do)
  if (!m && slot === 'post') {
    const end = countedShelters(tokens, k, limit);
    if (end > 0) return { measure: 'displaced', end };
  }
  return m ? { measure: m.data, end: m.end } : undefined;
}

const COUNTED_SHELTER = new Set(['evacuation', 'accommodation', 'collective', 'relief', 'displacement', 'transit', 'temporary',
  'flood', 'cyclone', 'safety']);
const SHELTER_HEADS = new Set(['centres', 'centers', 'shelters', 'camps', 'sites']);
/** "in 164 evacuation centres", "in 29 collective shelters", "in three shelters" at k: a shelter named with its count;
 * the end of the phrase, or 0. */
function countedShelters(tokens: Token[], k: number, limit: number): number {
  if (k + 2 >= limit || tokens[k].low !== 'in' || !(tokens[k + 1].kind === 'num' || lexicons().numberWords.has(tokens[k + 1].low))) return 0;
  if (tokens[k + 2].low === 'shelters' || tokens[k + 2].low === 'camps') return k + 3;
  return k + 3 < limit && COUNTED_SHELTER.has(tokens[k + 2].low) && SHELTER_HEADS.has(tokens[k + 3].low) ? k + 4 : 0;
}

// (a passive's auxiliary: a form of "be" right before the participle)
const PASSIVE_AUX = new Set([...BE, 'been', 'being']);

const BODY_HARM = figureWords('body-harm');
const BODY_PARTS = figureWords('body-part');
const BODY_OWNERS = new Set(['the', 'his', 'her', 'their', 'both', 'one']);
/** "was shot in the leg", "were hit in their legs": a passive verb of harm and a part of the body, the end of the
 * phrase, or 0. (A death said with the verb, "shot dead", is the lexicon's longer killed cue.) */
function bodyHarm(tokens: Token[], k: number, limit: number): number {
  if (k + 3 > limit || !BODY_HARM.has(tokens[k].low)) return 0;
  return inBodyPart(tokens, k + 1, limit);
}

/** "in the leg", "in his left shoulder", "in their legs" from `k`: the end of the phrase, or 0. */
export function inBodyPart(tokens: Token[], k: number, limit: number): number {
  if (k + 2 > limit || tokens[k].low !== 'in') return 0;
  let j = k + 1;
  if (j < limit && BODY_OWNERS.has(tokens[j].low)) j++;
  // ("in the left leg", "in the lower back")
  if (j < limit && tokens[j].kind === 'word' && !BODY_PARTS.has(tokens[j].low) && /^(left|right|upper|lower)$/.test(tokens[j].low)) j++;
  return j < limit && BODY_PARTS.has(tokens[j].low) ? j + 1 : 0;
}

/** From `k`, past the words a measure may skip after a noun ("were", "reportedly", "later") up to `stop`, halting on
 * a cue: where the verb of a clause stands. */
export function skipToCue(tokens: Token[], k: number, stop: number, t1: number): number {
  while (k < stop && POST_SKIP.has(tokens[k].low) && !slotCue(tokens, k, t1, 'post')) k++;
  return k;
}

/** Words that may follow a headline's bare participle of being hit ("2 officers shot, suspect killed", "Four teenagers
 * stabbed near station"): where, when or by whom; an object after it makes the verb active ("officers shot two men"). */
const AFTER_HEADLINE_HIT = new Set([',', '.', ';', ':', '-', '\u2013', '\u2014', 'in', 'near', 'during', 'after', 'outside',
  'inside', 'on', 'by', 'while', 'as', 'at', 'overnight']);
/** "2 Dunmore officers shot, suspect killed": a bare participle of being hit right after a noun of people, as a
 * headline writes the passive without its "were". */
function headlineHit(tokens: Token[], k: number, limit: number): boolean {
  if (k + 1 < limit && !AFTER_HEADLINE_HIT.has(tokens[k + 1].low)) return false;
  const gm = lexicons().groups.endingAt(tokens, k, Math.max(0, k - 4));
  if (gm === undefined || tokens[k - 1].low.length <= 3 || !(tokens[k - 1].low.endsWith('s') || tokens[k - 1].low.endsWith('men'))) {
    return false;
  }
  // ("12 dead, including seven inmates shot while fleeing": a part says how some of a total died, no headline)
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) if (PART_WORDS.has(tokens[j].low)) return false;
  return true;
}
const PART_WORDS = new Set(['including', 'includes', 'included', 'among', 'of']);
