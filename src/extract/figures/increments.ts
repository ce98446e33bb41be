// Increments ("another 5", "new deaths", "since the last report"), breakdowns given in the next sentence
// and subsets of the dead or injured ("among the dead were"): figures read against those before them.
import { newestFirst } from '../live-blog.js';
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { PERSON_NOUN, SUBSET_MEASURE, isCap } from './words.js';
import { type FigureCandidate, type GroupHit, makePart } from './candidate.js';

const NEXT_SENTENCE_PARTS = [['these', 'include'], ['these', 'included'], ['they', 'include'], ['they', 'included'],
  ['those', 'include'], ['those', 'included'], ['among', 'them'], ['among', 'those'], ['among', 'these'],
  ['of', 'them'], ['of', 'these'], ['of', 'those'], ['this', 'includes'], ['they', 'are'], ['they', 'were'],
  ['the', 'dead', 'include'], ['the', 'dead', 'included'], ['the', 'victims', 'include'], ['the', 'victims', 'included'],
  ['the', 'injured', 'include'], ['the', 'injured', 'included'], ['the', 'rescued', 'include'], ['the', 'freed', 'include'],
  // ("They comprise ten men, five women and two children", "the victims comprise ...")
  ['they', 'comprise'], ['these', 'comprise'], ['the', 'victims', 'comprise'], ['the', 'victims', 'comprised'],
  // ("the victims who died consist of 12 adults and 9 children": translated Indonesian "terdiri dari")
  ['they', 'consist', 'of'], ['the', 'victims', 'consist', 'of'], ['the', 'dead', 'consist', 'of'], ['the', 'dead', 'comprise'],
  ['the', 'victims', 'who', 'died', 'consist', 'of'], ['the', 'deceased', 'consist', 'of']];

/** "Last 24 hours: …", "in the past 24 hours": a bulletin's update since the last report. */
function sinceLast(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k + 2 < t1 && k < t0 + 12; k++) {
    const w = tokens[k].low;
    if ((w === 'last' || w === 'past') && tokens[k + 1].low === '24' && tokens[k + 2].low === 'hours') return true;
  }
  return false;
}

/**
 * Figures passed so far (those with a measure, not dropped), tallied by measure, by measure and group, and by
 * measure and sentence for tolls, so that whether one of the same measure, group or sentence stands before a figure
 * is a lookup. `beside(c)` leaves out c's own total, as the figures before it are read without it.
 */
class FiguresBefore {
  private all = 0;
  private readonly byMeasure = new Map<string, number>();
  private readonly byGroup = new Map<string, number>();
  private readonly tolls = new Map<string, number>();
  private readonly times = new Map<FigureCandidate, number>();

  add(p: FigureCandidate): void {
    if (!p.measure || p.drop) return;
    this.all++;
    bump(this.byMeasure, p.measure);
    bump(this.byGroup, `${p.measure}|${p.group}`);
    if (p.how === 'nom') bump(this.tolls, `${p.measure}|${p.sent}`);
    bump(this.times, p);
  }

  beside(c: FigureCandidate): { same: boolean; sameGroup: boolean; other: boolean; tollHere: boolean } {
    const t = c.parts_of;
    const n = t ? this.times.get(t) ?? 0 : 0; // (the total itself, as often as it was passed)
    const sameMeasure = n > 0 && t!.measure === c.measure;
    const measure = (this.byMeasure.get(c.measure!) ?? 0) - (sameMeasure ? n : 0);
    return {
      same: measure > 0,
      sameGroup: (this.byGroup.get(`${c.measure}|${c.group}`) ?? 0) - (sameMeasure && t!.group === c.group ? n : 0) > 0,
      other: this.all - (this.byMeasure.get(c.measure!) ?? 0) - (n > 0 && !sameMeasure ? n : 0) > 0,
      tollHere: (this.tolls.get(`${c.measure}|${c.sent}`) ?? 0) -
        (sameMeasure && t!.how === 'nom' && t!.sent === c.sent ? n : 0) > 0,
    };
  }
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** The measures whose counts a "new" adds to a running total of (cases of an illness, deaths in an outbreak). */
const NEW_TALLIES = new Set<Measure>(['affected', 'killed']);

/** Increments ("more", "another", "new"), a breakdown in the next sentence, and subsets of the dead or injured. */
export function incrementsAndSubsets(doc: Document, si: number, out: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, recent: FigureCandidate[],
  older: { all: FigureCandidate[]; end: number }, seen: Set<Measure>): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  // "killed 26 soldiers and wounded dozens more", "nine bodies … another 14 were taken out injured": "more" and
  // "another" only contrast with a figure of a different measure; an increment adds to one of the same measure
  // Conversely "2 other persons died", "22 new deaths", "last 24 hours: 7 deaths" add to an earlier figure of the
  // same measure (guide, "more / another / other").
  const recentUpdate = sinceLast(tokens, t0, t1);
  // The figures before each one (the recent ones, then this sentence's in order), tallied as they are passed rather
  // than gathered again for each increment: a long sentence of "N more" would be read once per count
  // (tallied from the first figure that asks, as most sentences have none: the loop changes no field a tally reads)
  let before: FiguresBefore | undefined;
  let passed = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (!c.measure || c.drop) continue;
    const m = c.mention;
    const g = hits.get(c);
    const first = g ? tokens[g.g0]?.low : undefined;
    const otherWord = first === 'other' || first === 'others';
    // ("two New Zealanders": a capitalised "New" begins a name, not an update)
    const update = first === 'new' && !isCap(tokens[g!.g0]) || recentUpdate;
    if (!m.increment && !otherWord && !update) continue;
    // ("No other officers were injured": nobody else, nothing added)
    if (m.low === 0 && m.high === 0 && !m.increment) continue;
    if (!before) {
      before = new FiguresBefore();
      for (const p of recent) before.add(p);
    }
    while (passed < i) before.add(out[passed++]);
    const { same, sameGroup, other, tollHere } = before.beside(c);
    // ("put the toll at the scene at 22, with five others dying in hospital": "others" beside a toll of the same
    // sentence is a second group, not an update of it; guide: "N others" after a death toll is a new group)
    if (otherWord && !m.increment && tollHere) continue;
    // ("Five others remain in captivity", "three others were still unaccounted for": the others still in that state
    // are the rest of a count, not more of it)
    if (otherWord && !m.increment && stillAfter(tokens, c.g1, t1)) continue;
    // ("An additional 200 personnel have been deployed": reinforcements add to a force already on the ground,
    // counted or not)
    const reinforce = c.measure === 'present' && c.group === 'security_forces';
    // ("Since the last report, 7 more bodies have been recovered" paragraphs after "Deaths: 41", "Two more bodies were
    // found, raising the toll to 11" three paragraphs after a headline's "at least 9 dead": an update adds to the
    // report's earlier figure of that measure, however far back; only with none of that measure before does "more"
    // contrast with another measure, "killed 26 soldiers and wounded dozens more")
    // (a live blog with its newest entry first: the figure "another" adds to stands in an older entry further down)
    if (m.increment && other && !same && !reinforce && !seen.has(c.measure) && !newestFirst(doc)) m.increment = false;
    // "other" adds only to the same measure and group ("150 other pupils were led out" after "23 children")
    // ("412 new suspected cholera cases and 9 new deaths" opening a bulletin's highlights, the cumulative figures
    // after: "new" says the count adds to a running total, given before or not)
    else if (!m.increment && !c.parts_of && ((otherWord && sameGroup) || (update && (same || seen.has(c.measure) ||
      (first === 'new' && NEW_TALLIES.has(c.measure)))))) {
      m.increment = true;
    }
  }
  // Breakdown in the next sentence: "... 80 people had been rescued. These include 43 men, 26 women, 11 children"
  if (out.length > 0 && recent.length > 0 && startsWithParts(tokens, t0, t1)) {
    // ("... 1,127 injured. Among those killed were 96 children": the nominal after "those" says which total)
    const named = t0 + 2 < t1 && tokens[t0 + 1].low === 'those' ? SUBSET_MEASURE.get(tokens[t0 + 2].low) : undefined;
    const total = [...recent].reverse().find((c) => c.measure && !c.parts_of && !c.drop && !c.subset &&
      (!named || c.measure === named));
    if (total && total.sent === si - 1) {
      for (const part of out) {
        if (part.parts_of) continue;
        if (part.how === 'post' && part.measure !== total.measure) continue;
        if (part.mention.low === 0 && part.mention.high === 0) continue;
        // ("let four women go. They were about ten, all with guns": more than the total is no part of it)
        const whole = total.mention.high ?? total.mention.low;
        if (whole !== null && part.mention.low !== null && part.mention.low > whole) continue;
        makePart(part, total);
      }
    }
  }
  // "A bomb killed 17 people. Among the dead were 4 children.", "Those killed included 12 students": people picked
  // out of the dead, injured or victims are parts of the latest total of that measure, whoever gives it (guide,
  // "Subsets"); a total is never one of these subsets itself
  // ("three policemen guarding the gate were among the dead", "he said the dead included two guards")
  const intros = subsetIntros(tokens, t0, t1);
  if (intros.length > 0) {
    let next = 0; // the first phrase at or after the current figure (figures and phrases are in text order)
    for (let i = 0; i < out.length; i++) {
      const c = out[i];
      while (next < intros.length && intros[next].start < c.mention.t1) next++;
      const after = c.mention.t0 >= intros[0].end;
      const before = next < intros.length && intros[next].start < c.reach;
      if (!after && !before) continue;
      // "those taken include the captain, two engineers and seven deckhands": a listed count with no cue of its
      // own takes the measure of the intro's nominal
      // ("The captives include a German couple, three Malaysian divers": a noun's own "present" yields to the intro's
      // too, in the list right after it)
      const intro = intros.filter((x) => x.end <= c.mention.t0).pop();
      const bare = !c.measure || (c.measure === 'present' && c.how === 'noun' && !!intro && c.mention.t0 - intro.end <= 12 &&
        tokens[c.mention.t0].sent === tokens[intro.end - 1].sent && c.group !== 'attackers' && c.group !== 'security_forces');
      if (after && bare && !c.drop && (hits.get(c)?.known || PERSON_NOUN.test(c.group))) {
        const implied = intro ? intro.measure ?? SUBSET_MEASURE.get(partsVerb(tokens[intro.end - 1].low) ? tokens[intro.end - 2].low : tokens[intro.end - 1].low) : undefined;
        if (implied) {
          c.measure = implied;
          c.how = 'nom';
        }
      }
      if (!c.measure || c.drop) continue;
      c.subset = true;
      if (c.parts_of || (c.mention.low === 0 && c.mention.high === 0)) continue;
      const n = c.mention.low ?? c.mention.high ?? 0;
      const fitsTotal = (x: FigureCandidate): boolean =>
        x.measure === c.measure && !x.parts_of && !x.drop && !x.subset && (x.mention.low ?? x.mention.high ?? 0) > n;
      // ("The dead included two Moldovan students" a paragraph after "killed at least 27": the report's latest
      // total of that measure, however far back, as for "Of the suspects arrested, ...")
      const total = lastBefore(recent, out, i, fitsTotal) ??
        older.all.slice(Math.max(0, older.end - 40), older.end).reverse().find(fitsTotal);
      if (total) {
        c.parts_of = total;
        c.how = 'part';
      }
    }
  }
}

/** The latest figure before out[here] (this sentence, then the ones before) that passes `test`; bounded, so that a
 * sentence with thousands of figures stays linear. */
export function lastBefore(recent: FigureCandidate[], out: FigureCandidate[], here: number,
  test: (x: FigureCandidate) => boolean, limit = 40): FigureCandidate | undefined {
  let seen = 0;
  for (let i = here - 1; i >= 0 && seen < limit; i--, seen++) if (test(out[i])) return out[i];
  for (let i = recent.length - 1; i >= 0 && seen < limit; i--, seen++) if (test(recent[i])) return recent[i];
  return undefined;
}

const SUBSET_NOMINALS = new Set(['dead', 'injured', 'wounded', 'victims', 'killed', 'deceased', 'casualties', 'rescued',
  'missing', 'hostages', 'abducted', 'kidnapped', 'freed', 'arrested', 'martyrs', 'taken', 'seized', 'detained',
  'released', 'evacuated', 'displaced', 'hospitalised', 'hospitalized', 'evacuees', 'survivors', 'captives',
  'abductees', 'detainees', 'hurt']);
/** "include(s/d)" and "comprise(s/d)": a verb whose object lists the parts of the noun before it. */
const partsVerb = (low: string): boolean => low.startsWith('includ') || low.startsWith('compris');

const STILL_WORDS = new Set(['remain', 'remains', 'remained', 'still']);
/** A word of staying in a state within the clause after the counted noun (past a short aside). */
function stillAfter(tokens: Token[], from: number, t1: number): boolean {
  for (let k = from; k < Math.min(t1, from + 10); k++) {
    if (STILL_WORDS.has(tokens[k].low)) return true;
    if (tokens[k].low === ';' || tokens[k].low === 'and' || tokens[k].kind === 'num') return false;
  }
  return false;
}

/** The "among the dead" / "the dead included" / "those killed included" phrases of a sentence (token ranges). */
function subsetIntros(tokens: Token[], t0: number, t1: number): Array<{ start: number; end: number; measure?: Measure }> {
  const out: Array<{ start: number; end: number; measure?: Measure }> = [];
  for (let k = t0; k + 1 < t1; k++) {
    const low = tokens[k].low;
    const named = low === 'the' ? namedStateAside(tokens, k, t1) : undefined;
    if (named) {
      out.push(named);
      k = named.end - 1;
    } else if (low === 'among' || low === 'amongst') {
      let j = k + 1;
      if (tokens[j].low === 'the' || tokens[j].low === 'those') j++;
      if (j < t1 && SUBSET_NOMINALS.has(tokens[j].low)) out.push({ start: k, end: j + 1 });
    } else if ((low === 'the' || low === 'those') && k + 2 < t1 && SUBSET_NOMINALS.has(tokens[k + 1].low) &&
      // ("the victims comprise fourteen men, six women and three children")
      partsVerb(tokens[k + 2].low)) {
      out.push({ start: k, end: k + 3 });
    } else if ((low === 'the' || low === 'those') && k + 3 < t1 && SUBSET_NOMINALS.has(tokens[k + 1].low) &&
      (INTRO_PHRASE_PREPS.has(tokens[k + 2].low) || tokens[k + 2].low === ',')) {
      const end = includedAfterPhrase(tokens, k + 2, t1);
      const measure = SUBSET_MEASURE.get(tokens[k + 1].low);
      if (end > 0) {
        out.push({ start: k, end, measure });
        k = end - 1;
      }
    }
  }
  return out;
}

/** "Those released at dawn included", "the injured, who were flown to the capital, include": a nominal's phrase of time
 * or place, or its aside between commas, before "include(d)"; returns the token after "include(d)", or -1. Bounded. */
const INTRO_PHRASE_PREPS = new Set(['at', 'on', 'in', 'during', 'from', 'near', 'overnight', 'yesterday', 'today', 'earlier']);
function includedAfterPhrase(tokens: Token[], k: number, t1: number): number {
  let commas = 0;
  for (let j = k; j < Math.min(t1, k + 22); j++) {
    const low = tokens[j].low;
    if (low.startsWith('includ') && j > k) return commas === 1 ? -1 : j + 1;
    if (low === ',' && ++commas > 2) return -1;
    if (low === ';' || low === '.' || low === ':' || (tokens[j].kind === 'num' && !/^\d{1,2}$/.test(tokens[j].text))) return -1;
  }
  return -1;
}

/** "the freed hostages, among them", "the rescued miners, including": people named by what happened to them (a
 * participle before their noun, no number), then an aside of parts; the range runs to the end of the intro word(s). */
function namedStateAside(tokens: Token[], k: number, t1: number): { start: number; end: number; measure: Measure } | undefined {
  const measure = k + 4 < t1 ? SUBSET_MEASURE.get(tokens[k + 1].low) : undefined;
  if (!measure || !tokens[k + 1].low.endsWith('ed')) return undefined;
  const g = lexicons().groups.at(tokens, k + 2, t1);
  if (!g) return undefined;
  // ("the freed hostages include two nurses", "the rescued miners comprise ...": the verb itself opens the parts)
  if (g.end < t1 && partsVerb(tokens[g.end].low)) {
    return { start: k, end: g.end + 1, measure };
  }
  if (g.end + 1 >= t1 || tokens[g.end].low !== ',') return undefined;
  const intro = tokens[g.end + 1].low;
  if (intro === 'including') return { start: k, end: g.end + 2, measure };
  if (intro === 'among' && g.end + 2 < t1 && tokens[g.end + 2].low === 'them') return { start: k, end: g.end + 3, measure };
  return undefined;
}

function startsWithParts(tokens: Token[], t0: number, t1: number): boolean {
  outer: for (const words of NEXT_SENTENCE_PARTS) {
    if (t0 + words.length > t1) continue;
    for (let k = 0; k < words.length; k++) if (tokens[t0 + k].low !== words[k]) continue outer;
    return true;
  }
  return false;
}
