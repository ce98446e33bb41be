// incidentClaimsSince on both backends: what an in-memory picture needs to catch up with the store.
import { describe, expect, test } from 'vitest';
import type { FigureClaim } from '../../src/extract/types.js';
import { contentHash } from '../../src/store/index.js';
import type { NewReport, Store } from '../../src/store/types.js';
import { createPictureCache, reconcileIncident } from '../../src/reconcile/index.js';
import type { ReconcileInput } from '../../src/reconcile/types.js';
import { freshStoreEachTest, storeBackends } from '../support/store-backends.js';

const report = (text: string, incident: string, published: string): NewReport =>
  ({ id: contentHash(text), incident, text, origin: 'imported', outlet: `wire ${text.length}`, published });
const killed = (n: number): FigureClaim => ({
  id: 'c1', type: 'figure', measure: 'killed', group: 'people', value: { low: n, high: n, hedge: 'exact' },
  source: { name: 'fire service', kind: 'official' }, span: { start: 0, end: 2 },
});

const input = (incident: string, rows: Awaited<ReturnType<Store['incidentClaims']>>): ReconcileInput['reports'] =>
  rows.map(({ report: r, claims }) => ({ report: { id: r.id, seq: r.seq, outlet: r.outlet ?? undefined, published: r.published ?? undefined, text: r.text }, claims }));

describe.each(storeBackends())('incidentClaimsSince on $name', (backend) => {
  let store: Store;
  freshStoreEachTest(backend, (s) => { store = s; });

  test('returns the incident\'s reports after a seq, in publish order, with their claims', async () => {
    await store.putReport(report('11 dead in the depot fire.', 'depot-fire', '2025-05-01T10:00:00Z'), [killed(11)], 'import');
    await store.putReport(report('Unrelated flood report.', 'flood', '2025-05-01T11:00:00Z'), [killed(2)], 'import');
    const all = await store.incidentClaims('depot-fire');
    const seen = Math.max(...all.map((r) => r.report.seq));
    await store.putReport(report('Toll in depot fire rises to 14.', 'depot-fire', '2025-05-02T09:00:00Z'), [killed(14)], 'import');
    await store.putReport(report('Late wire: depot fire kills 12.', 'depot-fire', '2025-05-01T18:00:00Z'), [killed(12)], 'import');
    const since = await store.incidentClaimsSince('depot-fire', seen);
    expect(since.map((r) => r.report.text)).toEqual(['Late wire: depot fire kills 12.', 'Toll in depot fire rises to 14.']);
    expect(since.map((r) => r.claims[0])).toEqual([killed(12), killed(14)]);
    expect(await store.incidentClaimsSince('depot-fire', Math.max(...since.map((r) => r.report.seq)))).toEqual([]);
    expect(await store.incidentClaimsSince('nobody', 0)).toEqual([]);

    // A cache fed the difference equals the picture of everything.
    const cache = createPictureCache({ incident: 'depot-fire', reports: input('depot-fire', all) });
    cache.picture();
    const caught = cache.add(input('depot-fire', since));
    expect(JSON.stringify(caught)).toBe(JSON.stringify(reconcileIncident({ incident: 'depot-fire', reports: input('depot-fire', await store.incidentClaims('depot-fire')) })));
    expect(caught.figures[0].estimate.best).toBe(14);
  });
});
