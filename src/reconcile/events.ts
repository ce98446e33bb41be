// Event claims grouped into events (same type, same actor, same polarity), and the timeline that
// puts events and figure changes on one time axis.
import type { Figure, PictureClaim, PictureEvent, PictureEventClaim, TimelineEntry } from './types.js';
import { formatValue } from './values.js';

export interface WorkEvent {
  pc: PictureEventClaim;
  event: string;
  actorKey: string;
  actor?: string;
  target?: string;
  place?: string;
  reportIndex: number;
  order: number;
  published: string | null;
  rejected: boolean;
}

/** One event per (type, actor, negated); copies and rejected claims stay listed but add no source. */
export function groupEvents(claims: WorkEvent[]): PictureEvent[] {
  const sorted = [...claims].sort((a, b) => a.reportIndex - b.reportIndex || a.order - b.order);
  const groups = new Map<string, PictureEvent>();
  for (const w of sorted) {
    const key = `${w.event}\u0000${w.actorKey}\u0000${w.pc.negated ? 1 : 0}`;
    let e = groups.get(key);
    if (!e) {
      e = { event: w.event, sources: [], firstReported: w.published, lastReported: w.published, claims: [] };
      if (w.actor) e.actor = w.actor;
      if (w.pc.negated) e.negated = true;
      groups.set(key, e);
    }
    if (!e.target && w.target) e.target = w.target;
    if (!e.place && w.place) e.place = w.place;
    if (!e.time && w.pc.time) e.time = w.pc.time;
    e.lastReported = w.published ?? e.lastReported;
    if (!w.rejected && !w.pc.copyOf && !e.sources.includes(w.pc.source.name)) e.sources.push(w.pc.source.name);
    e.claims.push(w.pc);
  }
  return [...groups.values()];
}

interface Stamp { t: number; reportIndex: number; order: number }

/** Milliseconds since the epoch (unknown last); one parse per distinct time string. */
function stamper(): (at: string | null) => number {
  const cache = new Map<string, number>();
  return (at) => {
    if (at === null) return Infinity;
    let t = cache.get(at);
    if (t === undefined) {
      t = Date.parse(at);
      if (Number.isNaN(t)) t = Infinity;
      cache.set(at, t);
    }
    return t;
  };
}

/** Events at their stated time when resolved, else when first reported; figure changes when reported. */
export function buildTimeline(events: PictureEvent[], figures: Figure[], reportIndex: Map<string, number>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const stamps: Stamp[] = [];
  const stamp = stamper();
  for (const e of events) {
    const first = e.claims.find((c) => !c.copyOf) ?? e.claims[0];
    const at = e.time?.iso ?? e.firstReported;
    const who = e.actor ? `${e.actor}: ` : '';
    const what = `${who}${e.negated ? 'no ' : ''}${e.event.replace(/_/g, ' ')}${e.target ? ` of ${e.target}` : ''}${e.place ? ` at ${e.place}` : ''}`;
    entries.push({
      at, kind: 'event', event: e.event, reportId: first.reportId, outlet: first.report.outlet, span: first.span,
      claimId: first.id, summary: `${what} (${e.sources.join(', ') || first.source.name})`,
    });
    stamps.push({ t: stamp(at), reportIndex: reportIndex.get(first.reportId) ?? 0, order: first.span.start });
  }
  for (const f of figures) {
    const byId = new Map<string, PictureClaim>(f.claims.map((c) => [c.id, c]));
    const seen = new Map<string, string>();
    for (const h of f.history ?? []) {
      const c = byId.get(h.claimId);
      if (!c) continue;
      const before = seen.get(h.source);
      const now = formatValue(h.value, c.text, c.quantifier);
      seen.set(h.source, now);
      if (h.change === 'same') continue;
      const arrow = before && before !== now ? `${before} → ${now}` : now;
      entries.push({
        at: h.at, kind: 'figure', figure: { measure: f.measure, group: f.group }, claimId: c.id,
        reportId: c.reportId, outlet: c.report.outlet, span: c.span,
        summary: `${h.source}: ${f.measure} ${f.group} ${arrow}${h.change === 'increment' ? ' (increment)' : ''}${c.correction ? ' (correction down)' : ''}`,
      });
      stamps.push({ t: stamp(h.at), reportIndex: reportIndex.get(c.reportId) ?? 0, order: c.span.start });
    }
  }
  // Unknown times last, then report order, then position in the report (stable for ties).
  const order = entries.map((_, i) => i);
  order.sort((i, j) => {
    const a = stamps[i];
    const b = stamps[j];
    return (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.reportIndex - b.reportIndex || a.order - b.order || i - j;
  });
  return order.map((i) => entries[i]);
}
