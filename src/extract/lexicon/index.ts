// All figure-extraction lexicons, built once from the data files in this directory.
import type { Hedge, Measure, SourceKind } from '../types.js';
import { PhraseTable } from '../phrases.js';
import { lexiconRows, lexiconWords } from './load.js';

export type NumberRole = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';
export type MeasureSlot = 'pre' | 'post' | 'nom' | 'noun';

export interface MeasureCue {
  measure: Measure;
  slots: Set<MeasureSlot>;
}

export interface Lexicons {
  numberWords: Map<string, { value: number; role: NumberRole }>;
  /** Scale letters glued to digits ("1.2m", "12k"): never number words on their own. */
  digitSuffixes: Map<string, number>;
  hedgesBefore: PhraseTable<Hedge>;
  hedgesAfter: PhraseTable<Hedge>;
  vague: PhraseTable<{ low: number; high: number | null }>;
  measures: PhraseTable<MeasureCue>;
  /** The same cues split by slot, so a lookup never has to filter. */
  measureSlots: Record<MeasureSlot, PhraseTable<Measure>>;
  /** Group phrase → canonical group ('' = keep the noun). */
  groups: PhraseTable<string>;
  distractors: PhraseTable<string>;
  distractorsBefore: PhraseTable<string>;
  months: Set<string>;
  weekdays: Set<string>;
  reporting: Set<string>;
  /** Reporting verbs that only attribute after a known source ("the ministry put the toll at 19"). */
  weakReporting: Set<string>;
  /** caps: an acronym ("WHO", "IS", "AP") that only matches when written in capitals. */
  sources: PhraseTable<{ kind: SourceKind; canonical?: string; caps: boolean }>;
  scope: PhraseTable<true>;
  /** Incident-kind cues (contexts.txt): where one verb codes differently by incident. */
  contexts: PhraseTable<IncidentKind>;
}

/** The kinds of incident contexts.txt names: held by force, a disaster, people in flight (refugees, the displaced),
 * people in the state's custody. */
export type IncidentKind = 'siege' | 'disaster' | 'flight' | 'custody';

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  if (cached) return cached;
  const numberWords = new Map<string, { value: number; role: NumberRole }>();
  const digitSuffixes = new Map<string, number>();
  for (const [w, v, role] of lexiconRows('numbers.txt')) {
    if (role === 'suffix') digitSuffixes.set(w.toLowerCase(), Number(v));
    else numberWords.set(w.toLowerCase(), { value: Number(v), role: role as NumberRole });
  }
  const hedgesBefore = new PhraseTable<Hedge>();
  const hedgesAfter = new PhraseTable<Hedge>();
  for (const [p, h, where] of lexiconRows('hedges.txt')) (where === 'after' ? hedgesAfter : hedgesBefore).add(p, h as Hedge);
  const vague = new PhraseTable<{ low: number; high: number | null }>();
  for (const [p, lo, hi] of lexiconRows('vague.txt')) vague.add(p, { low: Number(lo), high: hi ? Number(hi) : null });
  const measures = new PhraseTable<MeasureCue>();
  const measureSlots: Record<MeasureSlot, PhraseTable<Measure>> = {
    pre: new PhraseTable(), post: new PhraseTable(), nom: new PhraseTable(), noun: new PhraseTable(),
  };
  for (const [p, m, slots] of lexiconRows('measures.txt')) {
    const set = new Set(slots.split(/\s+/) as MeasureSlot[]);
    measures.add(p, { measure: m as Measure, slots: set });
    for (const slot of set) measureSlots[slot].add(p, m as Measure);
  }
  const groups = new PhraseTable<string>();
  for (const [p, g] of lexiconRows('groups.txt')) groups.add(p, g ?? '');
  const distractors = new PhraseTable<string>();
  for (const [p, why] of lexiconRows('distractors.txt')) distractors.add(p, why ?? 'unit');
  const distractorsBefore = new PhraseTable<string>();
  for (const [p, why] of lexiconRows('distractors-before.txt')) distractorsBefore.add(p, why ?? 'label');
  const sources = new PhraseTable<{ kind: SourceKind; canonical?: string; caps: boolean }>();
  for (const [p, kind, canonical] of lexiconRows('sources.txt')) {
    const caps = p.length <= 5 && /^[A-Z0-9]+$/.test(p);
    sources.add(p, { kind: kind as SourceKind, canonical: canonical || undefined, caps });
  }
  const scope = new PhraseTable<true>();
  for (const [p] of lexiconRows('scope.txt')) scope.add(p, true);
  const contexts = new PhraseTable<IncidentKind>();
  for (const [p, kind] of lexiconRows('contexts.txt')) contexts.add(p, kind as IncidentKind);
  cached = {
    numberWords, digitSuffixes, hedgesBefore, hedgesAfter, vague, measures, measureSlots, groups, distractors, distractorsBefore,
    months: lexiconWords('months.txt'),
    weekdays: lexiconWords('weekdays.txt'),
    reporting: lexiconWords('reporting.txt'), sources, scope, contexts,
    weakReporting: new Set(lexiconRows('reporting.txt').filter((r) => r[1] === 'weak').map((r) => r[0].toLowerCase())),
  };
  return cached;
}
