// The incremental picture (createPictureCache + add) must equal a full recompute, whatever order the
// reports arrive in; and a 100 000-claim incident must stay within the time budget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { createPictureCache, reconcileIncident } from '../../src/reconcile/index.js';
import type { ReconcileInput } from '../../src/reconcile/types.js';
import { syntheticIncident } from './scale.js';

const STREAMS = new URL('../fixtures/streams/', import.meta.url);

function stream(file: string): ReconcileInput {
  const rows = readFileSync(new URL(file, STREAMS), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { incident: string; report: ReconcileInput['reports'][number]['report']; claims: Claim[] });
  return { incident: rows[0].incident, generatedAt: '2025-03-15T00:00:00Z', reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims })) };
}

const json = (x: unknown) => JSON.stringify(x);

function oneByOne(input: ReconcileInput, order: number[]): void {
  const first = input.reports[order[0]];
  const cache = createPictureCache({ ...input, reports: [first] });
  const seen = [first];
  for (const i of order.slice(1)) {
    const r = input.reports[i];
    seen.push(r);
    const incremental = cache.add([r]);
    expect(json(incremental)).toBe(json(reconcileIncident({ ...input, reports: seen })));
  }
}

describe('PictureCache: incremental equals full', () => {
  const jaffar = stream('jaffar-express-hijacking.coded.jsonl');
  const n = jaffar.reports.length;

  it('Jaffar Express, reports in publish order', () => oneByOne(jaffar, [...Array(n).keys()]));
  it('Jaffar Express, reports in reverse (every one sorts first)', () => oneByOne(jaffar, [...Array(n).keys()].reverse()));
  it('Jaffar Express, interleaved', () => oneByOne(jaffar, [0, 4, 1, 7, 2, 8, 3, 5, 6].filter((i) => i < n)));

  it('with reviews (reject, override, correct) held for the life of the cache', () => {
    const reviews = [
      { id: '1', incident: jaffar.incident, target: { claimId: '000:c2' }, action: 'reject' as const, who: 'ed', at: '2025-03-12T00:00:00Z' },
      { id: '2', incident: jaffar.incident, target: { figure: { measure: 'killed', group: 'attackers' } }, action: 'override' as const, payload: { best: 33 }, who: 'ed', at: '2025-03-13T00:00:00Z' },
    ];
    oneByOne({ ...jaffar, reviews }, [...Array(n).keys()]);
  });

  it('synthetic incident: appended reports, a batch, and a late report with an old time', () => {
    const all = syntheticIncident({ reports: 160, claimsPerReport: 12, sources: 40 });
    const cache = createPictureCache({ ...all, reports: all.reports.slice(0, 100) });
    for (let i = 100; i < 130; i++) {
      expect(json(cache.add([all.reports[i]]))).toBe(json(reconcileIncident({ ...all, reports: all.reports.slice(0, i + 1) })));
    }
    expect(json(cache.add(all.reports.slice(130, 150)))).toBe(json(reconcileIncident({ ...all, reports: all.reports.slice(0, 150) })));
    const late = all.reports[155];
    const moved = { ...late, report: { ...late.report, published: '2025-03-10T00:00:00Z' } };
    const held = [...all.reports.slice(0, 150), moved];
    expect(json(cache.add([moved]))).toBe(json(reconcileIncident({ ...all, reports: held })));
    expect(json(cache.add([all.reports[151]]))).toBe(json(reconcileIncident({ ...all, reports: [...held, all.reports[151]] })));
    // Known ids change nothing.
    expect(json(cache.add([all.reports[3]]))).toBe(json(reconcileIncident({ ...all, reports: [...held, all.reports[151]] })));
    expect(cache.maxSeq).toBe(155);
  });
});

describe('PictureCache: cost of one more report', () => {
  it('recomputes only what the report touches: far cheaper than a full recompute', () => {
    const all = syntheticIncident({ reports: 1001, claimsPerReport: 20 });
    const base = { ...all, reports: all.reports.slice(0, 1000) };
    const cpu = (f: () => unknown) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return d.user + d.system; };
    const full = Math.min(cpu(() => reconcileIncident(base)), cpu(() => reconcileIncident(base)));
    // The least of three tries on fresh caches: one measurement can take a collection that is not its own.
    let one = Infinity;
    let cache = createPictureCache(base);
    for (let i = 0; i < 3; i++) {
      cache = createPictureCache(base);
      cache.picture();
      one = Math.min(one, cpu(() => cache.add([all.reports[1000]])));
    }
    // A loaded machine slows both alike; the ratio is what the design promises.
    expect(one * 4).toBeLessThan(full);
    expect(json(cache.picture())).toBe(json(reconcileIncident(all)));
  });
});
