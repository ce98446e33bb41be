// The active verb before a count ("killed at least 30", "freed all 80") and inverted forms ("were
// involved 120 rescuers"): the cue, and where its subject ends.
import type { Measure } from '../types.js';
import type { Token } from '../document.js';
import type { NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, MODALS, PRE_SKIP, FUNCTION, BE, STATE_AUX, plural, isCap, PERFECT, ARTICLES, CAUSED_TO,
  endsInLy } from './words.js';

/** "demanded the release of 35 prisoners": a demand, not a release. */
const DEMANDS = new Set(['demanded', 'demand', 'demands', 'demanding', 'sought', 'seeking', 'seek', 'urged', 'for']);

const REFLEXIVES = new Set(['himself', 'herself', 'themselves']);

/** ", Rev. Fr. Linus Ozigi," ending at the comma `c`: a name (capitalised words, title stops) set off by commas; the
 * token before its opening comma, or -1. */
function nameAsideBefore(tokens: Token[], c: number, t0: number): number {
  if (c - 3 <= t0 || tokens[c].low !== ',') return -1;
  for (let j = c - 1; j > Math.max(t0, c - 9); j--) {
    const t = tokens[j];
    if (t.low === ',') return j < c - 1 && isCap(tokens[j + 1]) ? j - 1 : -1;
    // (a title's stop: "Rev.", "Fr.", "Dr.")
    if (!(t.kind === 'word' && isCap(t)) && !(t.low === '.' && j > t0 && isCap(tokens[j - 1]) && tokens[j - 1].low.length <= 4)) return -1;
  }
  return -1;
}

/** Verbs by which a collective names its members, and collectives of people freed or taken together. */
const INCLUDES = new Set(['included', 'includes', 'include', 'comprised', 'comprises']);
const BATCHES = new Set(['group', 'batch', 'party', 'lot']);

/** Past verbs of letting someone do a deed ("enabled them to kill"): the deed was done. */
const ENABLED_TO = new Set(['enabled', 'allowed', 'permitted', 'helped']);

/** The "to" at `to` opens an infinitive that reports a fact: "managed to rescue 12", "forced to evacuate 3,000",
 * "forcing (the) authorities to evacuate", "crews used boats to evacuate 146" (the means of a done deed), "Allah
 * enabled them to kill 58" (a past verb of letting with its object). */
function factualTo(tokens: Token[], to: number, t0: number): boolean {
  if (to - 1 >= t0 && FACTUAL_TO.has(tokens[to - 1].low)) return true;
  for (let j = to - 2; j >= Math.max(t0, to - 4); j--) {
    if (CAUSED_TO.has(tokens[j].low) || ENABLED_TO.has(tokens[j].low) || tokens[j].low === 'used' || tokens[j].low === 'using') return true;
  }
  return false;
}

export function preMeasureCue(tokens: Token[], m: NumberMention, t0: number): { measure: Measure; modal: boolean; far?: boolean; demand?: boolean } | undefined {
  let k = m.t0;
  let skipped = 0;
  while (k > t0 && skipped < 3 && PRE_SKIP.has(tokens[k - 1].low)) {
    k--;
    skipped++;
  }
  let cue = lexicons().measureSlots.pre.endingAt(tokens, k, t0);
  let far = false;
  // ("abducted a priest along with seven seminarians", "together with four of his guards": the same)
  const withGlue = k - 3 > t0 && tokens[k - 1].low === 'with' && (tokens[k - 2].low === 'along' || tokens[k - 2].low === 'together');
  // ("had been arrested along with two of his staff": the passive verb right before the glue is the count's too)
  if (!cue && withGlue) {
    const passive = lexicons().measureSlots.pre.endingAt(tokens, k - 2, t0);
    const aux = passive && k - 3 - passive.length >= t0 ? tokens[k - 3 - passive.length].low : '';
    if (passive && STATE_AUX.has(aux)) {
      cue = passive;
      k -= 2;
      far = true;
    }
  }
  if (!cue && k - 2 > t0 && (tokens[k - 1].low === 'and' || tokens[k - 1].low === ',' || withGlue)) {
    // "kidnapped a priest and 2 parishioners", "killed a policeman and three civilians": the verb governs both
    // ("abducted the parish priest, Rev. Fr. Linus Ozigi, and 14 worshippers": past the first object's name set off
    // by commas)
    const named = !withGlue && tokens[k - 1].low === 'and' ? nameAsideBefore(tokens, k - 2, t0) : -1;
    // ("a suicide bomber killed himself and 14 others": the verb's reflexive first object)
    const reflexive = !withGlue && tokens[k - 1].low === 'and' && REFLEXIVES.has(tokens[k - 2].low) ?
      lexicons().measureSlots.pre.endingAt(tokens, k - 2, t0) : undefined;
    if (reflexive) {
      cue = reflexive;
      k -= 2;
      far = true;
    }
    const from = named > 0 ? named : withGlue ? k - 3 : k - 2;
    for (let j = from; !reflexive && j > Math.max(t0, from - (withGlue ? 5 : 5)); j--) {
      const t = tokens[j];
      if (t.kind !== 'word' || (FUNCTION.has(t.low) && !ARTICLES.has(t.low)) || lexicons().numberWords.has(t.low)) break;
      if (!ARTICLES.has(t.low)) continue;
      const c = lexicons().measureSlots.pre.endingAt(tokens, j, t0);
      if (c) {
        cue = c;
        k = j;
        far = true;
      }
      break;
    }
  }
  // ("the mujahideen freed from the prison 230 of the prisoners", "extracted alive from under the soil 27 persons":
  // translated order puts the place the people left between the verb and its object)
  // ("rescued this Sunday 19 persons", "freed on Wednesday five workers": and the time)
  for (const between of [placeBetween, timeBetween]) {
    if (cue) break;
    const from = between(tokens, k, t0);
    if (from <= t0) continue;
    cue = lexicons().measureSlots.pre.endingAt(tokens, from, t0);
    if (cue) {
      k = from;
      far = true;
    }
  }
  // ("the freed group included 29 women and 17 children", "the rescued batch comprised 12 men": what befell the
  // collective that includes the count is the count's)
  if (!cue && k - 3 >= t0 && INCLUDES.has(tokens[k - 1].low) && BATCHES.has(tokens[k - 2].low)) {
    const c = lexicons().measureSlots.pre.endingAt(tokens, k - 2, t0);
    if (c && c.length === 1 && tokens[k - 3].low.endsWith('ed')) return { measure: c.data, modal: false, far: true };
  }
  if (!cue) return undefined;
  // "prepared to release 2 hostages", "threatened to kill 20", "will free 10": not (yet) a fact
  const before = k - cue.length - 1 >= t0 ? tokens[k - cue.length - 1].low : '';
  let factual = before === 'to' && factualTo(tokens, k - cue.length - 1, t0);
  // ("enabled them to kill 58 soldiers and to wound dozens others": a second infinitive shares the first one's verb)
  if (before === 'to' && !factual && k - cue.length - 2 >= t0 && tokens[k - cue.length - 2].low === 'and') {
    for (let j = k - cue.length - 3; j >= Math.max(t0, k - cue.length - 14); j--) {
      if (tokens[j].low !== 'to') continue;
      factual = factualTo(tokens, j, t0);
      break;
    }
  }
  // ("fired tear gas to disperse 200 youths": the crowd was there whatever the aim)
  if (before === 'to' && PRESUPPOSED.has(tokens[k - 1].low)) factual = true;
  // ("the cabin can hold 25 passengers": a capacity, said with a word of ability)
  const capacity = (ABILITY.has(before) && cue.length === 1 && CAPACITY.has(tokens[k - 1].low)) ||
    // ("I held one of them but the water took him": one speaker holding a person in the arms keeps no one captive)
    (cue.data === 'held' && before === 'i' && cue.length === 1);
  const asked = before === 'the' && k - cue.length - 2 >= t0 ? tokens[k - cue.length - 2].low : before;
  // ("blamed for the killing of 52 people", "jailed for the deaths of 3": "for" before a harm names what was done,
  // no demand; "calling for the release of 12" is one)
  const demanded = (DEMANDS.has(before) || (before === 'the' && DEMANDS.has(asked))) &&
    !(asked === 'for' && (cue.data === 'killed' || cue.data === 'injured'));
  const modal = capacity || (before === 'to' && !factual) || MODALS.has(before) || demanded;
  // ("demanded the release of 35 prisoners": people a party wants freed; see demandedRelease)
  return { measure: cue.data, modal, far, demand: demanded && cue.data === 'freed' && !MODALS.has(before) };
}

/** "from (under) the prison" right before the count at `k`: where the phrase opens, else -1 (words only, at most six). */
const PLACE_HEADS = new Set(['place', 'spot', 'scene', 'site', 'area', 'zone']);
function placeBetween(tokens: Token[], k: number, t0: number): number {
  for (let j = k - 2; j >= Math.max(t0 + 1, k - 7); j--) {
    const t = tokens[j + 1];
    if (t.kind !== 'word' || lexicons().numberWords.has(t.low)) return -1;
    if (tokens[j].low === 'from') return j;
    // ("The armed ones released in the same place eight persons": where, with its article and a noun of place)
    if ((tokens[j].low === 'in' || tokens[j].low === 'at') && tokens[j + 1].low === 'the' && PLACE_HEADS.has(tokens[k - 1].low)) return j;
  }
  return -1;
}

const TIME_OPEN = figureWords('time-open');
const TIME_NAMED = figureWords('time-named');
/** "this Sunday", "on Wednesday morning", "last night", "yesterday" right before the count at `k`: where the phrase
 * opens, else -1 (at most three words, one of them a day or a time of day). */
function timeBetween(tokens: Token[], k: number, t0: number): number {
  const weekdays = lexicons().weekdays;
  let j = k;
  let named = false;
  while (j - 1 > t0 && k - j < 3 && (TIME_OPEN.has(tokens[j - 1].low) || TIME_NAMED.has(tokens[j - 1].low) ||
    weekdays.has(tokens[j - 1].low))) {
    j--;
    if (!TIME_OPEN.has(tokens[j].low)) named = true;
  }
  return named ? j : -1;
}

const CAPACITY = figureWords('capacity');
const ABILITY = figureWords('ability');
const PRESUPPOSED = figureWords('presupposed');

/** Verbs whose "to" infinitive happened ("were able to rescue", "helped to evacuate"). */
const FACTUAL_TO = figureWords('factual-to');

/** Where the active verb before a number starts ("freed" in "Police freed 12 of them"), or -1. */
/** Adverbs that stand between a subject and its verb without "-ly" ("the kidnappers later freed"). */
const VERB_ADVERBS = new Set(['still', 'later', 'then', 'also', 'since', 'eventually', 'finally', 'reportedly', 'now', 'already']);
/** The end of the subject before the active cue verb ending at `t`, past auxiliaries and adverbs between ("the bandits
 * are still holding"), or -1. */
export function subjectEndBefore(tokens: Token[], t: number, t0: number): number {
  let k = verbStart(tokens, t, t0);
  if (k < 0) return -1;
  while (k - 1 > t0 && (BE.has(tokens[k - 1].low) || PERFECT.has(tokens[k - 1].low) || VERB_ADVERBS.has(tokens[k - 1].low) ||
    endsInLy(tokens[k - 1].low))) k--;
  return k;
}

export function verbStart(tokens: Token[], t: number, t0: number): number {
  const cue = lexicons().measureSlots.pre.endingAt(tokens, t, t0);
  return cue ? t - cue.length : -1;
}

const OWN_OBJECT = new Set(['their', 'his', 'her', 'its']);
/** "were involved 120 rescuers": a passive cue with its auxiliary right before the number (verb-subject order). */
export function invertedPassive(tokens: Token[], t: number, t0: number): Measure | undefined {
  const cue = lexicons().measureSlots.post.endingAt(tokens, t, t0);
  if (!cue) return undefined;
  const first = t - cue.length;
  if (BE.has(tokens[first].low)) return cue.data;
  // ("in the blast lost their lives 3 persons": a verb phrase that holds its own object, "their lives", takes no
  // other, so the count after it is its subject; "had picked up 46 others" is the object of a transitive verb)
  if (cue.length > 1 && tokens.slice(first + 1, t).some((x) => OWN_OBJECT.has(x.low))) return cue.data;
  return first - 1 >= t0 && BE.has(tokens[first - 1].low) ? cue.data : undefined;
}

/**
 * Cue before the number with the verb inverted or a label: "On board the bus were 55 passengers",
 * "Passengers on board: 33", "Injured: 1,245". Looks back at most 12 tokens.
 */
export function invertedCue(tokens: Token[], m: NumberMention, t0: number): { measure: Measure; group?: string } | undefined {
  const lex = lexicons();
  const before = m.t0 > t0 ? tokens[m.t0 - 1].low : '';
  if (!BE.has(before) && before !== ':') return undefined;
  const floor = Math.max(t0, m.t0 - 12);
  let group: string | undefined;
  for (let k = m.t0 - 1; k >= floor; k--) {
    const low = tokens[k].low;
    if (low === '.' || low === ';') break;
    if (before === ':' && k < m.t0 - 1 && (low === ',' || low === ':')) break;
    const gm = lex.groups.at(tokens, k, m.t0);
    if (gm && !group) group = gm.data || plural(tokens[gm.end - 1].low);
    let cue = lex.measureSlots.post.at(tokens, k, m.t0) ?? lex.measureSlots.nom.at(tokens, k, m.t0) ??
      (before === ':' ? lex.measureSlots.noun.at(tokens, k, m.t0 - 1) : undefined); // "Hostages: 23", "Bodies found: 9"
    // ("Freed hostages: 12": a verb or adjective of the label before its noun says what befell them)
    if (cue && !lex.measureSlots.post.at(tokens, k, m.t0) && !lex.measureSlots.nom.at(tokens, k, m.t0) && k - 1 >= floor &&
      tokens[k - 1].low !== ',' && tokens[k - 1].low !== ':') {
      const adj = lex.measureSlots.post.at(tokens, k - 1, k) ?? lex.measureSlots.pre.at(tokens, k - 1, k);
      if (adj) cue = adj;
    }
    if (cue) {
      // ("Terrorists captured alive: 2": a longer cue that ends where this one does, begun a word or two before, wins)
      for (let j = k - 1; j >= Math.max(floor, k - 2); j--) {
        const longer = lex.measureSlots.post.at(tokens, j, m.t0);
        if (longer && longer.end >= cue.end) {
          cue = longer;
          k = j;
          break;
        }
      }
      // the counted noun may come before the cue ("Passengers on board: 33")
      for (let j = k - 1; j >= floor && !group; j--) {
        if (tokens[j].low === '.' || tokens[j].low === ';' || tokens[j].low === ',' || tokens[j].low === ':') break;
        const gm = lex.groups.at(tokens, j, k);
        if (gm) group = gm.data || plural(tokens[gm.end - 1].low);
      }
      return { measure: cue.data, group };
    }
  }
  return undefined;
}
