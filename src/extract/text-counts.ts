// The count a coder would record for one text, per measure: "Fatalities: 17" from a note that gives the
// TNLA's 12 dead soldiers and residents' 5 dead civilians. Pure: no I/O. The eval computes the coder's
// count from gold by the same rule (src/eval/counts.ts), so what `sitrep extract --json` reports as
// `counts` is exactly what the eval scores.
//
// Rule: take the claims of one measure that stand on their own (not a part of a total, not a repeat, not
// about another incident, not an increment); keep the largest low value per group (several sources or
// updates of one group are one count, not a sum; an armed party's claim only when no one else gives that group, and once anyone else gives the measure only of its own fighters); add
// the groups up. When a claim about all people is at
// least that sum, it is the count (the groups were its parts, said without "including").
//
// People named one at a time ("gunmen killed a farmer and his son": singular-victims.ts) are no claims, but a coder
// counts them: one per noun. With no figure of the measure they are the count. Beside a figure in one list ("two
// officers and a civilian were killed"), or said to be more ("another", "was also killed"), they add to it. Any
// other is taken to be one of the people the figures count ("two tourists died ... a Spanish man died at the scene").
import { MEASURES, type Claim, type FigureClaim, type Span } from './types.js';
import type { SingularVictim } from './singular-victims.js';

/** What the count rule reads of a claim. */
export interface Countable {
  id: string;
  measure: string;
  group: string;
  low: number | null;
  /** Who says so: an armed party's claim yields to any other source's figure of the same group. */
  kind?: string;
}

export interface TextCount {
  /** The count: a sum over groups, or the figure about all people. */
  value: number;
  /** Ids of the claims the count adds up (one per group), in text order. */
  claims: string[];
  /** People named one at a time that the count adds, one each ("a passer-by"), in text order. */
  singles?: Span[];
}

export const COUNT_RULE = 'per measure: claims that stand on their own (no part, repeat, increment or other incident); '
  + 'the largest lower bound per group (an armed party\'s claim only when no other source gives that group, and only of its own fighters once any other source gives the measure); groups added up, unless a figure about all people is at least their sum; '
  + 'plus one for each person named without a number whom no figure already counts';

/** The count of one measure over already standalone items, or null when none has a value. */
export function countOf(items: readonly Countable[], measure: string): TextCount | null {
  const perGroup = new Map<string, Countable>();
  // ("the group said it killed 40 soldiers; the army said 6 soldiers died": coders take the figure that is not the
  // attackers' own claim when there is one)
  const heard = new Set<string>();
  for (const c of items) if (c.measure === measure && c.low !== null && c.kind !== 'militant') heard.add(c.group);
  // ("the Southern Front's claim of more than 50 dead among state personnel" beside the governor's 22 dead: once anyone
  // else gives the measure, a party's claim counts only its own fighters, whom no one else may count)
  for (const c of items) {
    if (c.measure !== measure || c.low === null ||
      (c.kind === 'militant' && (heard.has(c.group) || (heard.size > 0 && c.group !== 'attackers')))) continue;
    const best = perGroup.get(c.group);
    if (!best || c.low > (best.low ?? 0)) perGroup.set(c.group, c);
  }
  if (perGroup.size === 0) return null;
  const people = perGroup.get('people');
  let rest = 0;
  const parts: Countable[] = [];
  for (const [g, c] of perGroup) if (g !== 'people') { rest += c.low ?? 0; parts.push(c); }
  if (people && (people.low ?? 0) >= rest) return { value: people.low ?? 0, claims: [people.id] };
  const order = new Map(items.map((c, i) => [c, i]));
  parts.sort((a, b) => order.get(a)! - order.get(b)!);
  return { value: rest, claims: parts.map((c) => c.id) };
}

/** Figure claims that a coder's count takes: not a part, a repeat, an increment or about another incident. */
export function standalone(claims: readonly Claim[]): Countable[] {
  return claims
    .filter((c): c is FigureClaim => c.type === 'figure' && !c.parts_of && !c.repeat_of && c.scope !== 'other' && c.increment !== true)
    .map((c) => ({ id: c.id, measure: c.measure, group: c.group, low: typeof c.value?.low === 'number' ? c.value.low : null, kind: c.source?.kind }));
}

/** The count of `measure` with the people named one at a time (as killed or injured) that it does not already include. */
export function withSingles(count: TextCount | null, singles: readonly SingularVictim[], measure: string): TextCount | null {
  const added: Span[] = [];
  const nouns = new Set<string>();
  // ("A woman was seriously injured. She died two days later": one person, who died; coders count the dead apart from
  // the injured)
  const died = new Set(measure === 'injured' ? singles.filter((s) => s.measure === 'killed').map((s) => s.span.start) : []);
  for (const s of singles) {
    if (s.measure !== measure || died.has(s.span.start)) continue;
    // ("a farmer was killed ... gunmen who killed a farmer": one farmer; "another" is one more by its word)
    if (!s.another && nouns.has(s.noun)) continue;
    if (count && !s.besideFigure && !s.another) continue;
    nouns.add(s.noun);
    added.push(s.span);
  }
  if (added.length === 0) return count;
  return { value: (count?.value ?? 0) + added.length, claims: count?.claims ?? [], singles: added };
}

/** Per measure the text gives a figure for: the count a coder would record. `singles` are the people the text
 * names one at a time (singularVictims), when the caller has the text. */
export function textCounts(claims: readonly Claim[], singles: readonly SingularVictim[] = []): Record<string, TextCount> {
  const items = standalone(claims);
  const out: Record<string, TextCount> = {};
  for (const m of MEASURES) {
    if (m === 'other') continue;
    const count = withSingles(countOf(items, m), singles, m);
    if (count) out[m] = count;
  }
  return out;
}
