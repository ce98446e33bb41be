// Conflict-event rows in the style of the field's event datasets (ACLED/UCDP): one row per event of the
// picture, with fatalities low/best/high by side as event coders count them.
//
// The picture's figures belong to the incident, not to one event, so fatalities go on the incident's first
// violent event only (earliest time, else first reported); the other rows leave them empty (unknown, not 0).
// Events a source asserts did not happen (negated) are not rows.
import type { Figure, Picture } from '../reconcile/types.js';
import { placeOf } from './places.js';

export type Side = 'state' | 'non_state' | 'civilians' | 'unknown';
export const SIDES: readonly Side[] = ['state', 'non_state', 'civilians', 'unknown'];

/**
 * Group -> side. Security forces are state forces; attackers are the non-state party; people the attack was
 * done to (passengers, crew, hostages and their breakdowns) are civilians; "people" mixes everyone, so it is
 * unknown. Any other group is unknown too.
 */
const SIDE_OF: Record<string, Side> = {
  security_forces: 'state', soldiers: 'state', police: 'state', troops: 'state',
  attackers: 'non_state', militants: 'non_state', insurgents: 'non_state',
  civilians: 'civilians', passengers: 'civilians', crew: 'civilians', hostages: 'civilians',
  women: 'civilians', children: 'civilians', men: 'civilians', workers: 'civilians',
  people: 'unknown',
};

export function sideOf(group: string): Side {
  return SIDE_OF[group] ?? 'unknown';
}

const VIOLENT = new Set(['attack', 'hijacking', 'hostage_taking', 'explosion', 'gunfight', 'shooting', 'siege', 'operation', 'derailment']);

export interface Range {
  low: number | null;
  best: number | null;
  high: number | null;
}

/**
 * Killed by side: the largest of the side's killed figures, not their sum: groups of one side overlap
 * (hostages are passengers, women are hostages), and a sum would count people twice.
 */
export function fatalitiesBySide(figures: readonly Figure[]): Record<Side, Range | null> {
  const killed = figures.filter((f) => f.measure === 'killed');
  const out = { state: null, non_state: null, civilians: null, unknown: null } as Record<Side, Range | null>;
  for (const f of killed) {
    const side = sideOf(f.group);
    const e = f.estimate;
    if (e.best === null && e.low === null) continue;
    const prev = out[side];
    const best = e.best ?? e.low ?? 0;
    if (prev && (prev.best ?? 0) >= best) continue;
    out[side] = { low: e.low, best, high: e.high };
  }
  return out;
}

/**
 * Total fatalities: the known sides added up, or the "unknown" (all people) figure when that is larger;
 * never both added, since a count of "people" may already include every side.
 */
export function totalFatalities(sides: Record<Side, Range | null>): number | null {
  const known = (['state', 'non_state', 'civilians'] as const).map((s) => sides[s]?.best).filter((b): b is number => b !== null && b !== undefined);
  const sum = known.length ? known.reduce((a, b) => a + b, 0) : null;
  const all = sides.unknown?.best ?? null;
  if (sum === null) return all;
  return all === null ? sum : Math.max(sum, all);
}

export interface EventRow {
  incident: string;
  event_id: string;
  date: string | null;
  event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  sources: string;
  source_count: number;
  fatalities: number | null;
  [side: string]: string | number | null;
}

export const EVENT_COLUMNS: ReadonlyArray<string> = [
  'incident', 'event_id', 'date', 'event_type', 'actor1', 'actor2', 'location', 'sources', 'source_count', 'fatalities',
  ...SIDES.flatMap((s) => [`${s}_low`, `${s}_best`, `${s}_high`]),
];

function eventDate(e: Picture['events'][number]): string | null {
  return (e.time?.iso ?? e.firstReported ?? null)?.slice(0, 10) ?? null;
}

export function eventRows(p: Picture): EventRow[] {
  const events = p.events.filter((e) => !e.negated);
  // by day only: a resolved time is often a bare date, a report time is not; ties keep the picture's order
  const day = (e: (typeof events)[number]) => eventDate(e) ?? '9999';
  const lead = events.filter((e) => VIOLENT.has(e.event)).sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0))[0];
  const sides = fatalitiesBySide(p.figures);
  const incidentPlace = placeOf(p).name;
  return events.map((e, i) => {
    const row: EventRow = {
      incident: p.incident,
      event_id: `${p.incident}#${i + 1}`,
      date: eventDate(e),
      event_type: e.event,
      actor1: e.actor ?? null,
      actor2: e.target ?? null,
      location: e.place ?? incidentPlace,
      sources: e.sources.join('; '),
      source_count: e.sources.length,
      fatalities: null,
    };
    for (const s of SIDES) {
      const r = e === lead ? sides[s] : null;
      row[`${s}_low`] = r?.low ?? null;
      row[`${s}_best`] = r?.best ?? null;
      row[`${s}_high`] = r?.high ?? null;
    }
    if (e === lead) row.fatalities = totalFatalities(sides);
    return row;
  });
}
