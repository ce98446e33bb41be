// People taken, held or captured: "captured alive", "took 12 away", inmates a prison held, armed men
// who took them. Who holds them (the state or attackers) decides arrested or held.
import type { Document, Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { parseNumber } from '../numbers.js';
import { figureWords, POST_SKIP, PART_INTRO, DETERMINERS_OF, ARMED_BANDS, PERSON_NOUN, CAPTURE, ARMED_LOOK } from './words.js';
import { type FigureCandidate, type GroupHit, pastCount, giveMeasure } from './candidate.js';
import { ageAside, asideEnd } from './asides.js';
import { type Contexts, stateSubject } from './incident.js';

/** "There were maybe six or seven of them, with rifles, and their faces covered": a count of "them" there, described
 * by arms or masks right after, counts the attackers, not the people counted before (a witness's account). */
export function armedThem(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>, t1: number): void {
  for (const c of out) {
    const g = hits.get(c);
    if (!g?.anaphor || c.measure !== 'present' || tokens[g.g1 - 1]?.low !== 'them') continue;
    for (let k = g.g1; k < Math.min(t1, g.g1 + 6); k++) {
      if (!ARMED_LOOK.has(tokens[k].low)) continue;
      c.group = 'attackers';
      c.knownGroup = true;
      c.parts_of = undefined;
      c.groupOf = undefined;
      break;
    }
  }
}

const CUSTODY_HELD = figureWords('custody-held');
/** "the prison held 241 detainees, including nine women": inmates "held" by a place of custody were there (present),
 * and so were the parts of such a count; captives of an armed party keep held (guide: only the state arrests). */
export function inmatesHeldByPrison(out: FigureCandidate[]): void {
  for (const c of out) {
    if (c.measure !== 'held' || c.drop) continue;
    const whole = c.parts_of ?? c;
    if (CUSTODY_HELD.has(whole.group)) c.measure = 'present';
  }
}

/** "neutralising 26 terrorists and capturing three (3) alive", "troops took four alive": a verb of capture before
 * the count decides; a bare "alive" after it only says they lived (not that they were freed). A bare count takes the
 * group of the count it is coordinated with ("... terrorists and capturing three"). */
export function capturedAlive(doc: Document, c: FigureCandidate, prev: FigureCandidate | undefined): void {
  const { tokens } = doc;
  const end = pastCount(c);
  if (c.measure !== 'freed' || c.how !== 'post' || tokens[end]?.low !== 'alive') return;
  // ("the killing of 20 and the capture of 11 others alive": the verb's noun before "of")
  const v = c.mention.t0 - 1 - (tokens[c.mention.t0 - 1]?.low === 'of' && tokens[c.mention.t0 - 2]?.low === 'capture' ? 1 : 0);
  if (v < 0 || !(CAPTURE.has(tokens[v].low) || TAKE_ALONE.has(tokens[v].low))) return;
  c.measure = 'held';
  if (c.group === 'people' && c.g1 <= c.mention.t1 && prev && prev.knownGroup && prev.group !== 'people' &&
    tokens.slice(prev.reach, v).some((t) => t.low === 'and')) c.group = prev.group;
  // ("took" is no capture verb of byIncident: who took them decides here)
  if (TAKE_ALONE.has(tokens[v].low) && (c.group === 'attackers' || c.group === 'suspects' ||
    stateSubject(tokens, v, doc.sentences[c.sent].t0) === true)) c.measure = 'arrested';
}

const TAKEN_ON = new Set(['to', 'into', 'in', 'for', 'out', 'off', 'by', 'under', 'as', 'over', 'up']);

/** "20 were taken", "about 15 taken", "took 12 villagers", "led away": a count with no other cue is held in a
 * kidnapping or hostage report;
 * elsewhere, or when a place follows ("taken to a clinic"), "taken" says nothing about the count. */
/** "stopped a minibus carrying 14 passengers and marched 11 of them into the forest": a part of the people who were
 * there that a take verb moves off (to a captors' place) is held, no longer a part of the count of who was there. */
export function takenOutOfThoseAboard(doc: Document, c: FigureCandidate, ctx: Contexts): void {
  if (!c.parts_of || c.how !== 'part' || c.measure !== 'present') return;
  const was = { measure: c.measure, how: c.how, reach: c.reach };
  c.measure = undefined;
  bareTaken(doc, c, ctx);
  if (c.measure === 'held') {
    c.parts_of = undefined;
    return;
  }
  c.measure = was.measure;
  c.how = was.how;
  c.reach = was.reach;
}

/** Past a second subject joined by "and" at k ("nine women and seven children were taken by the attackers": the two
 * share the verb), a count and its noun of people; else k. */
function secondSubject(tokens: Token[], k: number, end: number): number {
  if (k + 2 >= end || tokens[k].low !== 'and') return k;
  const n = parseNumber(tokens, k + 1, end);
  if (!n || n.end >= end) return k;
  const g = lexicons().groups.at(tokens, n.end, end);
  if (g) return g.end;
  return tokens[n.end].kind === 'word' && PERSON_NOUN.test(tokens[n.end].low) ? n.end + 1 : k;
}

export function bareTaken(doc: Document, c: FigureCandidate, ctx: Contexts): void {
  const { tokens } = doc;
  const t0 = doc.sentences[c.sent].t0;
  const siege = ctx.siege[c.sent] || ctx.docSiege;
  const end = Math.min(doc.sentences[c.sent].t1, tokens.length);
  const before = c.mention.t0 > 0 ? tokens[c.mention.t0 - 1].low : '';
  if (before === 'aged' || before === 'ages') return; // "pupils aged between 8 and 14 were taken"
  // ("15 pupils aged between 8 and 14 were taken": past an age phrase with no commas)
  let k = secondSubject(tokens, ageAside(tokens, pastCount(c), end), end);
  for (let n = 0; n < 4 && k < end && tokens[k].low !== 'taken' && POST_SKIP.has(tokens[k].low); n++) k++;
  const m = c.mention;
  const prev = m.t0 > 0 ? tokens[m.t0 - 1].low : '';
  const verb = AWAY.has(prev) && m.t0 > 1 ? tokens[m.t0 - 2].low : prev;
  // active: "gunmen took 12 villagers", "bandits carted away 20": a people noun is needed ("took 3 hours")
  const vk = verb === prev ? m.t0 - 1 : m.t0 - 2;
  // ("killing three people and taking up to 25 others towards the coast": "others" are more people)
  const others = c.g1 > c.mention.t1 && tokens[c.g1 - 1].low === 'others';
  if (TAKE_VERBS.has(verb) && (verb !== prev || TAKE_ALONE.has(verb)) && (c.knownGroup || PERSON_NOUN.test(c.group) || others) &&
    vk >= t0 && (siege || stateSubject(tokens, vk, t0) === false) && // "gunmen took 12 villagers" names the takers
    // ("seized a bus, taking 12 people": the participle only in a kidnapping or hostage report, never the state's)
    (verb !== 'taking' || (siege && stateSubject(tokens, vk, t0) !== true && !(c.reach < end && tokens[c.reach].low === 'to'))) &&
    // ("had taken 20 people": the perfect, past "been" (passive) and "to" a place)
    (verb !== 'taken' || (tokens[vk - 1]?.low !== 'been' && !(c.reach < end && tokens[c.reach].low === 'to')))) {
    c.measure = 'held';
    c.how = 'pre';
    return;
  }
  // "raiders herded 60 villagers into the forest", "fighters marched 17 soldiers off": a take verb whose subject
  // names the attackers is captivity in any report, with a particle or a captors' place after the object
  const after = Math.max(c.g1, c.reach, m.t1);
  if (!siege && TAKE_VERBS.has(prev) && c.knownGroup && stateSubject(tokens, m.t0 - 1, t0) === false &&
    (after < end && AWAY.has(tokens[after].low) || intoHideout(tokens, after, end))) {
    c.measure = 'held';
    c.how = 'pre';
    return;
  }
  // "marched 11 of them into the forest", "herded 30 villagers to their camp": taken to a captors' place
  if (siege && TAKE_VERBS.has(prev) && (c.knownGroup || PERSON_NOUN.test(c.group)) && intoHideout(tokens, Math.max(c.g1, c.reach), end)) {
    c.measure = 'held';
    c.how = 'pre';
    return;
  }
  // "Nineteen children were taken by the raiders", "taken by the gang": taken by an armed band is captivity in any report
  const agent = k + 2 < end && DETERMINERS_OF.has(tokens[k + 2].low) ? k + 3 : k + 2;
  if (k + 2 < end && tokens[k].low === 'taken' && tokens[k + 1].low === 'by' && (c.knownGroup || PERSON_NOUN.test(c.group)) &&
    (lexicons().groups.at(tokens, agent, end)?.data === 'attackers' || (agent < end && ARMED_BANDS.has(tokens[agent].low)))) {
    giveMeasure(c, 'held', 'post', k + 1);
    return;
  }
  // ("47 residents, most of them women, were taken into the forest": taken to a captors' place is captivity in any
  // report, past an aside of who they were)
  let p = asideEnd(tokens, after, end);
  if (p > after && p < end && tokens[p].low === ',') p++;
  for (let n = 0; n < 3 && p < end && tokens[p].low !== 'taken' && POST_SKIP.has(tokens[p].low); n++) p++;
  // ("into" only: "taken to a camp" may be a camp for the displaced)
  if (p + 2 < end && tokens[p].low === 'taken' && tokens[p + 1].low === 'into' && (c.knownGroup || PERSON_NOUN.test(c.group)) &&
    intoHideout(tokens, p + 1, end)) {
    giveMeasure(c, 'held', 'post', p + 1);
    return;
  }
  if (k >= end || !siege) return;
  const w = tokens[k].low;
  const away = k + 1 < end && AWAY.has(tokens[k + 1].low);
  if (w === 'taken' ? k + 1 < end && TAKEN_ON.has(tokens[k + 1].low) : !(TAKE_VERBS.has(w) && away)) return;
  giveMeasure(c, 'held', 'post', away ? k + 2 : k + 1);
}

/** "into the forest", "to their camp", "towards the hills": the captors' place after a take verb's object
 * (figure-words.txt `hideout`). */
const HIDEOUTS = figureWords('hideout');
function intoHideout(tokens: Token[], k: number, end: number): boolean {
  // ("marched fourteen travellers, including three women and a lecturer, into the forest": past an aside of who)
  if (k + 1 < end && tokens[k].low === ',' && PART_INTRO.has(tokens[k + 1].low)) {
    let j = k + 2;
    while (j < Math.min(end, k + 14) && tokens[j].low !== ',' && tokens[j].low !== '.' && tokens[j].low !== ';') j++;
    if (j < end && tokens[j].low === ',') k = j + 1;
  }
  if (k >= end || !(tokens[k].low === 'into' || tokens[k].low === 'to' || tokens[k].low === 'towards')) return false;
  for (let j = k + 1; j < Math.min(end, k + 4); j++) if (HIDEOUTS.has(tokens[j].low)) return true;
  return false;
}

/** Verbs of taking people away; "took" and "grabbed" stand alone, the rest need "away"/"off" ("led away"). */
const TAKE_VERBS = figureWords('take');
const TAKE_ALONE = figureWords('take-alone');
const AWAY = new Set(['away', 'off']);
