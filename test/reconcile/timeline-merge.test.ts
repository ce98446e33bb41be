// The figure timeline is merged from each figure's ordered entries (events.ts mergeStamped): the result must
// be the stable sort of the lists one after another, whichever way the merge takes (by report, or a heap
// when a report's entries do not share one time).
import { describe, expect, it } from 'vitest';
import { mergeStamped, StampedList } from '../../src/reconcile/events.js';
import type { TimelineEntry } from '../../src/reconcile/types.js';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

type Row = { t: number; r: number; o: number; tag: string };

function lists(seed: number, opts: { k: number; n: number; reports: number; sharedTime: boolean }): Row[][] {
  const next = rng(seed);
  const timeOf = (r: number) => (r > opts.reports - 3 ? Infinity : 1000 * Math.floor(r / 3));
  const out: Row[][] = [];
  for (let k = 0; k < opts.k; k++) {
    const rows: Row[] = [];
    for (let i = 0; i < opts.n; i++) {
      const r = Math.floor(next() * opts.reports);
      const t = opts.sharedTime ? timeOf(r) : Math.floor(next() * 5) * 1000;
      rows.push({ t, r, o: Math.floor(next() * 6), tag: `${k}.${i}` });
    }
    rows.sort((a, b) => (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.r - b.r || a.o - b.o);
    out.push(rows);
  }
  return out;
}

function stamped(rows: Row[]): StampedList {
  const l = new StampedList();
  for (const x of rows) l.push({ at: null, kind: 'figure', summary: x.tag } as TimelineEntry, x.t, x.r, x.o);
  return l;
}

/** The order the merge must give: a stable sort of the concatenation by (time, report, place). */
function expected(all: Row[][]): string[] {
  return all.flat().map((x, i) => ({ ...x, i }))
    .sort((a, b) => (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.r - b.r || a.o - b.o || a.i - b.i).map((x) => x.tag);
}

describe('mergeStamped', () => {
  const cases = [
    { name: 'one time per report (figure entries)', sharedTime: true, k: 7, n: 60, reports: 25 },
    { name: 'many lists, few entries', sharedTime: true, k: 40, n: 3, reports: 10 },
    { name: 'times that differ within a report (the heap)', sharedTime: false, k: 6, n: 50, reports: 12 },
    { name: 'one list', sharedTime: true, k: 1, n: 30, reports: 8 },
  ];
  it.each(cases)('$name', ({ sharedTime, k, n, reports }) => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = lists(seed, { k, n, reports, sharedTime });
      const merged = mergeStamped(all.map(stamped));
      expect(merged.entries.map((e) => e.summary)).toEqual(expected(all));
      expect(merged.t.length).toBe(merged.length);
    }
  });

  it('report times that go down with the report index fall back to the heap and still sort by time', () => {
    const a: Row[] = [{ t: 5, r: 0, o: 0, tag: 'a0' }, { t: 9, r: 3, o: 0, tag: 'a1' }];
    const b: Row[] = [{ t: 1, r: 2, o: 0, tag: 'b0' }, { t: 7, r: 1, o: 4, tag: 'b1' }];
    expect(mergeStamped([stamped(a), stamped(b)]).entries.map((e) => e.summary)).toEqual(expected([a, b]));
  });
});
