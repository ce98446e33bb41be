// Late arrivals: reports reach the incident in an order other than their publish order (a report
// ingested hours after it appeared, a copy before its original, equal or unknown publish times). The
// picture kept by a cache must equal, byte for byte, a full recompute over the same reports after
// every arrival.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { createPictureCache, reconcileIncident } from '../../src/reconcile/index.js';
import type { ReconcileInput, ReviewAction } from '../../src/reconcile/types.js';
import { rng } from '../../src/ingest/bulk-sample.js';
import { exact, fig, report, atLeast } from './build.js';
import { syntheticIncident } from './scale.js';
import { readStream } from './streams.test.js';

type R = ReconcileInput['reports'][number];

const STREAMS = ['harrowgate-market-shooting', 'hotel-meridian-siege', 'jaffar-express-hijacking', 'pelican-star-ferry-sinking', 'tarsa-valley-earthquake'];

function streamInput(slug: string): ReconcileInput {
  const rows = readStream(slug);
  return {
    incident: rows[0].incident, generatedAt: '2025-12-01T00:00:00Z',
    reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims as Claim[] })),
  };
}

/** Feeds the reports in batches (indices into input.reports) and compares with a full recompute after each. */
function arrive(input: ReconcileInput, batches: number[][]): void {
  const first = batches[0].map((i) => input.reports[i]);
  const cache = createPictureCache({ ...input, reports: first });
  const seen: R[] = [...first];
  expect(JSON.stringify(cache.picture())).toBe(JSON.stringify(reconcileIncident({ ...input, reports: seen })));
  for (const batch of batches.slice(1)) {
    const reports = batch.map((i) => input.reports[i]);
    seen.push(...reports);
    const incremental = JSON.stringify(cache.add(reports));
    expect(incremental, `after ${batch.join(',')}`).toBe(JSON.stringify(reconcileIncident({ ...input, reports: seen })));
  }
}

function shuffled(n: number, seed: number): number[] {
  const r = rng(seed);
  const xs = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; }
  return xs;
}

const one = (order: number[]) => order.map((i) => [i]);

/** Batches of one to three reports, in the given order. */
function batched(order: number[], seed: number): number[][] {
  const r = rng(seed);
  const out: number[][] = [];
  for (let i = 0; i < order.length;) { const n = 1 + Math.floor(r() * 3); out.push(order.slice(i, i + n)); i += n; }
  return out;
}

/** Publish order, except that every `every`-th report arrives at the end (late arrivals among appended ones). */
function withLate(n: number, every: number): number[] {
  const onTime = [...Array(n).keys()].filter((i) => i % every !== every - 1);
  const late = [...Array(n).keys()].filter((i) => i % every === every - 1).reverse();
  return [...onTime, ...late];
}

function withReports(input: ReconcileInput, change: (r: R, i: number) => R): ReconcileInput {
  return { ...input, reports: input.reports.map(change) };
}

describe('late arrivals: the incremental picture equals a full recompute after every report', () => {
  for (const slug of STREAMS) {
    describe(slug, () => {
      const input = streamInput(slug);
      const n = input.reports.length;
      it('in four shuffled orders, one report at a time', () => {
        for (const seed of [1, 2, 3, 4]) arrive(input, one(shuffled(n, seed)));
      });
      it('in shuffled batches', () => {
        for (const seed of [5, 6]) arrive(input, batched(shuffled(n, seed), seed));
      });
      it('the newest first, then the rest oldest first', () => arrive(input, one([n - 1, ...Array(n - 1).keys()])));
      it('with equal publish times (pairs of reports share one)', () => {
        const paired = withReports(input, (r, i) => (i % 2 ? { ...r, report: { ...r.report, published: input.reports[i - 1].report.published } } : r));
        for (const seed of [7, 8]) arrive(paired, one(shuffled(n, seed)));
      });
      it('with unknown and unreadable publish times', () => {
        const unknown = withReports(input, (r, i) => {
          if (i === 1) { const { published: _, ...rest } = r.report; return { ...r, report: rest }; }
          return i === 3 ? { ...r, report: { ...r.report, published: 'the morning after' } } : r;
        });
        for (const seed of [9, 10]) arrive(unknown, one(shuffled(n, seed)));
      });
    });
  }

  it('with reviews (reject, confirm, correct, override, a source merge) held for the life of the cache', () => {
    const input = streamInput('jaffar-express-hijacking');
    const picture = reconcileIncident(input);
    const claims = picture.figures.flatMap((f) => f.claims);
    const [a, b, c] = [claims[0], claims[3], claims[5]];
    const sources = picture.sources.map((s) => s.key);
    const at = (d: number) => `2025-03-${String(12 + d).padStart(2, '0')}T00:00:00Z`;
    const reviews: ReviewAction[] = [
      { id: 'r1', incident: input.incident, target: { claimId: a.id }, action: 'reject', who: 'desk', at: at(0) },
      { id: 'r2', incident: input.incident, target: { claimId: b.id }, action: 'confirm', who: 'desk', at: at(1) },
      { id: 'r3', incident: input.incident, target: { claimId: c.id }, action: 'correct', payload: { value: exact(12) }, who: 'desk', at: at(2) },
      { id: 'r4', incident: input.incident, target: { figure: { measure: 'killed', group: 'attackers' } }, action: 'override', payload: { best: 30 }, who: 'desk', at: at(3) },
      { id: 'r5', incident: input.incident, target: { source: sources[0] }, action: 'merge-sources', payload: { into: sources[0], from: [sources[1]] }, who: 'desk', at: at(4) },
    ];
    const reviewed = { ...input, reviews };
    const n = input.reports.length;
    for (const seed of [11, 12, 13]) arrive(reviewed, one(shuffled(n, seed)));
  });

  it('a copy that arrives before its original, by report link and by identical sentence', () => {
    const text = 'The regional governor told reporters that forty-two passengers had been killed and at least ninety were hurt in the crash.';
    const sentence = { start: 0, end: text.length };
    const claims = (): Claim[] => [
      fig('k1', 'killed', 'passengers', exact(42), 'regional governor', 'official', { sentence, span: { start: 50, end: 60 } }),
      fig('k2', 'injured', 'passengers', atLeast(90), 'regional governor', 'official', { sentence, span: { start: 80, end: 90 } }),
    ];
    const input: ReconcileInput = {
      incident: 'crash', generatedAt: '2025-06-02T00:00:00Z',
      reports: [
        report('orig', '2025-06-01T08:00:00Z', 'Coast Herald', claims(), { text }),
        report('wire', '2025-06-01T09:00:00Z', 'Inland Daily', claims(), { text, copyOf: 'orig' }),
        report('same', '2025-06-01T10:00:00Z', 'Valley Post', claims(), { text }),
        report('own', '2025-06-01T11:00:00Z', 'Coast Herald', claims(), { text }),
        report('later', '2025-06-01T12:00:00Z', 'Hill Times', [fig('k9', 'killed', 'passengers', exact(44), 'regional governor', 'official')]),
      ],
    };
    arrive(input, one([1, 2, 3, 4, 0]));
    arrive(input, one([3, 2, 1, 0, 4]));
    arrive(input, [[4], [2, 1], [0], [3]]);
    for (const seed of [14, 15, 16]) arrive(input, one(shuffled(5, seed)));
  });

  it('a source alias learnt from a late report joins names used by earlier ones', () => {
    const input: ReconcileInput = {
      incident: 'ambush', generatedAt: '2025-07-05T00:00:00Z',
      reports: [
        report('a0', '2025-07-01T06:00:00Z', 'Desert Wire', [fig('x1', 'killed', 'security_forces', exact(6), 'Red Dune Brigade (RDB)', 'militant')]),
        report('a1', '2025-07-01T09:00:00Z', 'Desert Wire', [fig('x1', 'killed', 'security_forces', exact(9), 'RDB', 'militant'),
          fig('x2', 'killed', 'security_forces', exact(4), 'provincial police', 'official')]),
        report('a2', '2025-07-02T09:00:00Z', 'Oasis News', [fig('x1', 'killed', 'security_forces', exact(11), 'Red Dune Brigade', 'militant'),
          fig('x2', 'held', 'civilians', atLeast(3), 'the group', 'militant')]),
        report('a3', '2025-07-03T09:00:00Z', 'Oasis News', [fig('x1', 'killed', 'security_forces', exact(5), 'provincial police', 'official')]),
      ],
    };
    arrive(input, one([1, 2, 3, 0]));
    arrive(input, one([3, 2, 1, 0]));
    arrive(input, [[2, 3], [0, 1]]);
  });

  it('synthetic incident: late reports among appended ones, one at a time and in batches', () => {
    const input = syntheticIncident({ reports: 90, claimsPerReport: 10, sources: 30 });
    const order0 = withLate(90, 7);
    arrive(input, [order0.slice(0, 40), ...one(order0.slice(40))]);
    const order = shuffled(90, 17);
    arrive(input, [order.slice(0, 30), ...batched(order.slice(30), 18)]);
  });

  it('synthetic incident where every claim of a report sits at one place (timeline entries tie across figures)', () => {
    const input = syntheticIncident({ reports: 70, claimsPerReport: 10, sources: 25, seed: 3 });
    const tied = withReports(input, (r) => ({ ...r, claims: r.claims.map((c) => ({ ...c, span: { start: 0, end: 1 } })) }));
    const order = withLate(70, 5);
    arrive(tied, [order.slice(0, 30), ...one(order.slice(30))]);
    arrive(tied, [[...Array(20).keys()], ...batched(shuffled(70, 19).filter((i) => i >= 20), 20)]);
  });

  it('synthetic incident: many reports into one gap (positions halved until they run out)', () => {
    const input = syntheticIncident({ reports: 80, claimsPerReport: 6, sources: 20 });
    // Reports 3…79 published between reports 1 and 2, each one just before the last one inserted.
    const t1 = Date.parse(input.reports[1].report.published!);
    const squeezed = withReports(input, (r, i) => (i < 3 ? r
      : { ...r, report: { ...r.report, published: new Date(t1 + 1000 - i).toISOString() } }));
    arrive(squeezed, [[0, 1, 2], ...one([...Array(77).keys()].map((i) => i + 3))]);
  });
});
