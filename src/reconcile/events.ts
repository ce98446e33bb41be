// Event claims grouped into events (same type, same actor, same polarity), and the timeline that
// puts events and figure changes on one time axis.
import type { FigureValue } from '../extract/types.js';
import type { Figure, HistoryEntry, PictureClaim, PictureEvent, PictureEventClaim, TimelineEntry } from './types.js';
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
  const groups = new Map<string, PictureEvent>();
  addToEvents(groups, claims);
  return [...groups.values()];
}

/** Adds event claims, later than every claim already grouped, to the groups (created on first use). */
export function addToEvents(groups: Map<string, PictureEvent>, claims: WorkEvent[]): void {
  const sorted = [...claims].sort((a, b) => (a.reportIndex < b.reportIndex ? -1 : a.reportIndex > b.reportIndex ? 1 : 0) || a.order - b.order);
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
}

/**
 * Timeline entries with what orders them: time (unknown last), report order, position in the report.
 * Column by column: a 100 000-claim incident has as many entries, and an object (plus a boxed time) for
 * each one's order is what the garbage collector would copy.
 */
export class StampedList {
  constructor(readonly entries: TimelineEntry[] = [], readonly t: number[] = [], readonly reportIndex: number[] = [],
    readonly order: number[] = []) {}

  get length(): number {
    return this.entries.length;
  }

  push(entry: TimelineEntry, t: number, reportIndex: number, order: number): void {
    this.entries.push(entry);
    this.t.push(t);
    this.reportIndex.push(reportIndex);
    this.order.push(order);
  }

  /** Appends entry `i` of `from`. */
  take(from: StampedList, i: number): void {
    this.push(from.entries[i], from.t[i], from.reportIndex[i], from.order[i]);
  }

  /** Sets entry `k` (at most one past the end) to entry `i` of `from`. */
  put(k: number, from: StampedList, i: number): void {
    if (k >= this.entries.length) { this.take(from, i); return; }
    this.entries[k] = from.entries[i];
    this.t[k] = from.t[i];
    this.reportIndex[k] = from.reportIndex[i];
    this.order[k] = from.order[i];
  }

  /** Appends entries `from`… of `other`. */
  append(other: StampedList, from = 0): void {
    for (let i = from; i < other.length; i++) this.take(other, i);
  }

  /** Keeps the first `n` entries. */
  truncate(n: number): void {
    if (n >= this.length) return;
    this.entries.length = n;
    this.t.length = n;
    this.reportIndex.length = n;
    this.order.length = n;
  }

  /** A new list of entries `from`… (each column copied at once). */
  slice(from: number): StampedList {
    const i = Math.max(0, from);
    return new StampedList(this.entries.slice(i), this.t.slice(i), this.reportIndex.slice(i), this.order.slice(i));
  }
}

const stampCache = new Map<string, number>();

function stamper(): (at: string | null) => number {
  const cache = stampCache;
  if (cache.size > 100000) cache.clear();
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

/** Entry i of a against entry j of b. */
export function stampCompare(a: StampedList, i: number, b: StampedList, j: number): number {
  const x = a.t[i];
  const y = b.t[j];
  const r = a.reportIndex[i];
  const s = b.reportIndex[j];
  return (x === y ? 0 : x < y ? -1 : 1) || (r === s ? 0 : r < s ? -1 : 1) || a.order[i] - b.order[j];
}

/** The first entry of `list` (in order) that does not sort before entry j of `probe`. */
export function firstAtOrAfter(list: StampedList, probe: StampedList, j: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stampCompare(list, mid, probe, j) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events at their stated time when resolved, else when first reported. */
export function eventTimeline(events: PictureEvent[], reportIndex: (reportId: string) => number): StampedList {
  const out = new StampedList();
  const stamp = stamper();
  for (const e of events) {
    const first = e.claims.find((c) => !c.copyOf) ?? e.claims[0];
    const at = e.time?.iso ?? e.firstReported;
    const who = e.actor ? `${e.actor}: ` : '';
    const what = `${who}${e.negated ? 'no ' : ''}${e.event.replace(/_/g, ' ')}${e.target ? ` of ${e.target}` : ''}${e.place ? ` at ${e.place}` : ''}`;
    const entry: TimelineEntry = {
      at, kind: 'event', event: e.event, reportId: first.reportId, outlet: first.report.outlet, span: first.span,
      claimId: first.id, summary: `${what} (${e.sources.join(', ') || first.source.name})`,
    };
    out.push(entry, stamp(at), reportIndex(first.reportId), first.span.start);
  }
  return stableSort(out);
}

/** A figure claim as the timeline reads it: its history entry's time and value are its report's time and its total. */
export interface TimelineWork { pc: PictureClaim; reportIndex: number; published: string | null; effective: FigureValue }

/**
 * The entries for f.history[from…], given each source's last shown value in `seen` (updated):
 * a figure that only gained later claims extends its timeline instead of rebuilding it.
 */
export function extendFigureTimeline(f: Figure, works: TimelineWork[], from: number,
  seen: Map<string, string>, timeOf?: (w: TimelineWork) => number, ref?: { measure: string; group: string }): StampedList {
  const out = new StampedList();
  const stamp = stamper();
  const figure = ref ?? { measure: f.measure, group: f.group };
  // The words every entry of the figure shares, joined once (a summary is a chain of joined strings).
  const what = `: ${f.measure} ${f.group} `;
  // History entries follow the works in order, one per claim that is evidence (not a copy, repeat
  // or rejected): walk both together instead of indexing the claims by id.
  const history = f.history ?? [];
  let k = 0;
  for (let i = from; i < history.length; i++) {
    const h = history[i];
    while (k < works.length && works[k].pc.id !== h.claimId) k++;
    if (k >= works.length) break;
    const w = works[k++];
    const entry = figureEntry(figure, what, h, w, seen);
    if (entry) out.push(entry, timeOf ? timeOf(w) : stamp(w.published), w.reportIndex, w.pc.span.start);
  }
  return stableSort(out);
}

/**
 * The timeline entry of one history step (null when the value is the same as before), given each
 * source's last shown value in `seen` (updated). `what` is ": <measure> <group> ".
 */
export function figureEntry(figure: { measure: string; group: string }, what: string, h: HistoryEntry, w: TimelineWork,
  seen: Map<string, string>): TimelineEntry | null {
  const c = w.pc;
  const before = seen.get(h.source);
  const now = formatValue(w.effective, c.text, c.quantifier);
  seen.set(h.source, now);
  if (h.change === 'same') return null;
  const arrow = before && before !== now ? `${before} → ${now}` : now;
  // The report, outlet and span are on the claim `claimId` names: not repeated per entry.
  return {
    at: w.published, kind: 'figure', figure, claimId: c.id,
    summary: h.source + what + arrow + (h.change === 'increment' ? ' (increment)' : '') + (c.correction ? ' (correction down)' : ''),
  };
}

function stableSort(xs: StampedList): StampedList {
  // A figure's entries come in claim order, which is already time order: check before sorting.
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) if (stampCompare(xs, i - 1, xs, i) > 0) sorted = false;
  if (sorted) return xs;
  const idx = xs.entries.map((_, i) => i);
  idx.sort((i, j) => stampCompare(xs, i, xs, j) || i - j);
  const out = new StampedList();
  for (const i of idx) out.take(xs, i);
  return out;
}

/** Two ordered lists on one axis (on a tie, `a` first), as timeline entries. */
export function mergeTwo(a: StampedList, b: StampedList): TimelineEntry[] {
  const out: TimelineEntry[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = stampCompare(b, j, a, i) < 0 ? b.entries[j++] : a.entries[i++];
  while (i < a.length) out[k++] = a.entries[i++];
  while (j < b.length) out[k++] = b.entries[j++];
  return out;
}

/**
 * One time axis from lists that are each in order; on a tie the earlier list, then the earlier
 * entry, comes first. That is a stable sort of the lists one after another: by report when every
 * entry of a report has that report's time (figure entries do), else a heap over the lists.
 */
export function mergeStamped(lists: StampedList[]): StampedList {
  lists = lists.filter((l) => l.length);
  if (lists.length === 1) return lists[0].slice(0);
  return mergeByReport(lists) ?? mergeByHeap(lists);
}

/**
 * The merge as a counting sort on the report position, then by position within each report (20 entries,
 * not 100 000 through a heap of 50 lists): valid when each report position has one time and times do
 * not decrease with it, so that (time, report) orders as report alone. Null when they do not.
 * Positions are ranked first unless they are small whole numbers: a report that arrived late sits
 * between two others at a fractional position (see state.ts).
 */
function mergeByReport(lists: StampedList[]): StampedList | null {
  let max = -1;
  let dense = true;
  for (const l of lists) {
    for (let i = 0; i < l.length; i++) {
      const r = l.reportIndex[i];
      if (Number.isNaN(r) || Number.isNaN(l.order[i])) return null;
      if (!Number.isInteger(r) || r < 0 || r > 1 << 26) dense = false;
      else if (r > max) max = r;
    }
  }
  const rankOf = dense ? null : ranks(lists);
  if (rankOf) max = rankOf.size - 1;
  const rank: Int32Array[] = lists.map((l) => {
    const out = new Int32Array(l.length);
    for (let i = 0; i < l.length; i++) out[i] = rankOf ? rankOf.get(l.reportIndex[i])! : l.reportIndex[i];
    return out;
  });
  const times = new Float64Array(max + 1).fill(NaN);
  const counts = new Int32Array(max + 2);
  for (let k = 0; k < lists.length; k++) {
    const l = lists[k];
    for (let i = 0; i < l.length; i++) {
      const r = rank[k][i];
      const t = l.t[i];
      if (Number.isNaN(t)) return null;
      if (Number.isNaN(times[r])) times[r] = t;
      else if (times[r] !== t) return null;
      counts[r + 1]++;
    }
  }
  let last = -Infinity;
  for (let r = 0; r <= max; r++) {
    if (Number.isNaN(times[r])) continue;
    if (times[r] < last) return null;
    last = times[r];
  }
  for (let r = 0; r <= max; r++) counts[r + 1] += counts[r];
  // Positions by report, in list order then entry order (stable), then by place within each report.
  const n = counts[max + 1];
  const listOf = new Int32Array(n);
  const indexOf = new Int32Array(n);
  const next = counts.slice(0, max + 1);
  lists.forEach((l, k) => {
    for (let i = 0; i < l.length; i++) { const p = next[rank[k][i]]++; listOf[p] = k; indexOf[p] = i; }
  });
  const orderAt = (p: number) => lists[listOf[p]].order[indexOf[p]];
  for (let r = 0; r <= max; r++) {
    // Insertion sort, stable: a report's entries are few and usually in order already.
    for (let p = counts[r] + 1; p < counts[r + 1]; p++) {
      const k = listOf[p];
      const i = indexOf[p];
      const o = lists[k].order[i];
      let q = p - 1;
      while (q >= counts[r] && orderAt(q) > o) { listOf[q + 1] = listOf[q]; indexOf[q + 1] = indexOf[q]; q--; }
      listOf[q + 1] = k;
      indexOf[q + 1] = i;
    }
  }
  const out = new StampedList();
  for (let p = 0; p < n; p++) out.take(lists[listOf[p]], indexOf[p]);
  return out;
}

/** Each distinct report position to its rank among them. */
function ranks(lists: StampedList[]): Map<number, number> {
  const seen = new Set<number>();
  for (const l of lists) for (let i = 0; i < l.length; i++) seen.add(l.reportIndex[i]);
  const sorted = Float64Array.from(seen).sort();
  const out = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) out.set(sorted[i], i);
  return out;
}

/** The lists merged through a heap over their heads (on a tie the earlier list first). */
export function mergeByHeap(lists: StampedList[]): StampedList {
  const heads = lists.map(() => 0);
  const heap: number[] = [];
  const less = (a: number, b: number) => {
    const c = stampCompare(lists[a], heads[a], lists[b], heads[b]);
    return c < 0 || (c === 0 && a < b);
  };
  const swap = (i: number, j: number) => { const t = heap[i]; heap[i] = heap[j]; heap[j] = t; };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) return;
      swap(i, p);
      i = p;
    }
  };
  lists.forEach((l, i) => { if (l.length) { heap.push(i); up(heap.length - 1); } });
  const out = new StampedList();
  while (heap.length) {
    const k = heap[0];
    out.take(lists[k], heads[k]);
    heads[k]++;
    if (heads[k] >= lists[k].length) {
      const last = heap.pop()!;
      if (heap.length) { heap[0] = last; down(0); }
    } else down(0);
  }
  return out;
}
