// A coder's own total at the end of an incident note ("Fatalities coded as 15", "Fatalities: 6") is the count
// the coder recorded for the text. It either repeats one figure given before it ("16 soldiers were killed ...
// Fatalities coded: 16") or sums several ("killing 11 herders ... two of whom later died ... Two raiders were
// killed ... Fatalities coded as 15"): the first gets repeat_of, the summed figures become its parts, so that
// a reader adding up the top-level killed figures of the note finds the coder's count (guide, round 5).
import type { FigureClaim } from './types.js';
import type { FigureCandidate } from './figures.js';

/** Most figures a sum is searched over (the notes are short; this keeps the search small). */
const MAX_TERMS = 12;
/** Most claims looked back over for the figures a total repeats or sums. */
const LOOK_BACK = 40;

export function linkCodedTotals(claims: FigureClaim[], cands: FigureCandidate[]): void {
  // figures an earlier total already accounts for (a log of several incidents, each with its own total)
  const used = new Set<number>();
  // totals that repeat or sum something; a coded label that accounts for nothing before it ("Deaths: 3 gendarmes
  // (MINDEF), 5 Amba fighters (MINDEF) ... Fatalities coded: 8") is one item of a list, a term for a later total
  const linked = new Set<number>();
  for (let i = 0; i < claims.length; i++) {
    if (!cands[i].coded) continue;
    const total = claims[i];
    const v = total.value.low ?? total.value.high;
    if (v === null || v <= 0 || total.repeat_of || total.scope) continue;
    // ("UNHCR reported 6 ... OPM gave 8 ... Fatalities: 6-8": a range spans the sources' figures; it repeats none)
    if (total.value.hedge === 'range' || total.value.hedge === 'vague') continue;
    // the figures before it that stand on their own: this incident, not a part, not a repeat, not a zero
    const terms: number[] = [];
    // (a note is short: look back over a bounded window, so that a file of many totals stays linear)
    for (let j = Math.max(0, i - LOOK_BACK); j < i; j++) {
      const c = claims[j];
      if (c.measure !== total.measure || c.parts_of || c.repeat_of || c.scope || c.increment || (cands[j].coded && linked.has(j)) ||
        used.has(j)) continue;
      if (valueOf(c) === null || valueOf(c) === 0) continue;
      terms.push(j);
    }
    // the nearest figure of that value ("… killing 2. Fatalities: 2" repeats this entry's 2, not an older one)
    const same = cands[i].coded === 'sum' ? undefined : [...terms].reverse().find((j) => valueOf(claims[j]) === v);
    if (same !== undefined) {
      total.repeat_of = claims[same].id;
      used.add(same);
      linked.add(i);
      continue;
    }
    const parts = sumOf(claims, terms.slice(-MAX_TERMS), v);
    if (parts) for (const j of parts) claims[j].parts_of = total.id;
    if (parts) linked.add(i);
    // a total that links nothing still closes its note: the figures before it are not a later total's
    for (const j of terms) used.add(j);
  }
}

/** The count a figure gives, when it is one number ("at least 18" counts 18; a range or a vague word none). */
function valueOf(c: FigureClaim): number | null {
  const { low, high, hedge } = c.value;
  if (hedge === 'exact' || hedge === 'about' || hedge === 'at_least') return low;
  if (hedge === 'at_most') return high;
  return null;
}

/** Figures whose values add up to v: all of them, else those of one source, else a run of neighbours. */
function sumOf(claims: FigureClaim[], terms: number[], v: number): number[] | undefined {
  const sum = (js: number[]): number => js.reduce((s, j) => s + (valueOf(claims[j]) ?? 0), 0);
  if (terms.length < 2) return undefined;
  if (sum(terms) === v) return terms;
  const bySource = new Map<string, number[]>();
  for (const j of terms) {
    const key = `${claims[j].source.kind}|${claims[j].source.name.toLowerCase()}`;
    bySource.set(key, [...(bySource.get(key) ?? []), j]);
  }
  for (const js of bySource.values()) if (js.length >= 2 && sum(js) === v) return js;
  // "5 police officers killed ... 2 attackers were also killed; a spokesman claimed 9 ... Fatalities coded: 7"
  for (let a = 0; a < terms.length; a++) {
    let s = 0;
    for (let b = a; b < terms.length; b++) {
      s += valueOf(claims[terms[b]]) ?? 0;
      if (s === v && b > a) return terms.slice(a, b + 1);
      if (s > v) break;
    }
  }
  // "Two soldiers and one election official were killed (a daily); separatist channels claimed seven soldiers dead
  // ... The army reported 3 fighters neutralised ... Fatalities: 6": a party's own claim is an alternative the coder
  // did not add; the sum is over the others
  const plain = terms.filter((j) => claims[j].source.kind !== 'militant');
  if (plain.length < terms.length) {
    const found = sumOf(claims, plain, v);
    if (found) return found;
  }
  // (the nearest few only: the search doubles with each figure)
  return onlySubset(claims, terms.slice(-SUBSET_TERMS), v);
}

/** Most figures the search for a unique subset runs over. */
const SUBSET_TERMS = 8;

/** "The TNLA said 12 junta troops were killed, while junta media claimed over 40 ...; residents said at least 5
 * civilians died ... Fatalities: 17": the one set of figures (two or more) that adds up to the total, when only one
 * does; the figures left out are claims the coder did not count. */
function onlySubset(claims: FigureClaim[], terms: number[], v: number): number[] | undefined {
  const vals = terms.map((j) => valueOf(claims[j]) ?? 0);
  let hit: number | undefined;
  for (let mask = 1; mask < 1 << terms.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // one figure alone is a repeat, handled before
    let s = 0;
    for (let b = 0; b < terms.length && s <= v; b++) if (mask & (1 << b)) s += vals[b];
    if (s !== v) continue;
    if (hit !== undefined) return undefined;
    hit = mask;
  }
  return hit === undefined ? undefined : terms.filter((_, b) => hit! & (1 << b));
}
