// incidentVersion on both backends: the counters a long-running server compares to know whether its
// in-memory picture of an incident can catch up (appends) or must start over (rebuilds).
import { describe, expect, test } from 'vitest';
import type { FigureClaim } from '../../src/extract/types.js';
import { contentHash } from '../../src/store/index.js';
import type { IncidentVersion, NewReport, Store } from '../../src/store/types.js';
import { freshStoreEachTest, storeBackends } from '../support/store-backends.js';

const report = (text: string, incident: string): NewReport =>
  ({ id: contentHash(text), incident, text, origin: 'imported', outlet: 'wire', published: '2025-06-02T08:00:00Z' });
const held = (n: number): FigureClaim => ({
  id: 'c1', type: 'figure', measure: 'held', group: 'hostages', value: { low: n, high: n, hedge: 'exact' },
  source: { name: 'the police', kind: 'official' }, span: { start: 0, end: 2 },
});

describe.each(storeBackends())('incidentVersion on $name', (backend) => {
  let store: Store;
  freshStoreEachTest(backend, (s) => { store = s; });

  const version = async (slug: string) => (await store.incidentVersion(slug)) as IncidentVersion;

  test('each kind of write moves the right counter', async () => {
    expect(await store.incidentVersion('bank-siege')).toBeNull();
    const a = report('Gunmen hold 12 people inside a bank.', 'bank-siege');
    const b = report('Police say 9 people are still inside the bank.', 'bank-siege');
    const c = report('A bus crash on the coast road.', 'bus-crash');
    await store.putReports([a, b, c].map((r) => ({ report: r, claims: [held(12)], extractorVersion: 'import' })));
    const v0 = await version('bank-siege');
    expect(v0).toMatchObject({ reports: 2, rebuilds: 0 });

    // Appends: a new report; a re-put of a known one changes nothing.
    await store.putReport(report('Three hostages walked out of the bank.', 'bank-siege'), [held(9)], 'import');
    await store.putReport(a, [held(12)], 'import');
    const v1 = await version('bank-siege');
    expect(v1).toEqual({ reports: 3, appends: v0.appends + 1, rebuilds: 0 });

    // Signatures are not read by the picture.
    await store.setSignatures([{ id: a.id, signature: 'abc' }]);
    expect(await version('bank-siege')).toEqual(v1);

    // Re-extraction replaces claims: start over.
    await store.replaceClaims(a.id, [held(11)], 'import');
    const v2 = await version('bank-siege');
    expect(v2.reports).toBe(3);
    expect(v2.rebuilds).toBeGreaterThan(v1.rebuilds);

    // A move reaches both incidents, and the counts follow the report.
    const crash0 = await version('bus-crash');
    await store.moveReport(b.id, 'bus-crash');
    const v3 = await version('bank-siege');
    const crash1 = await version('bus-crash');
    expect(v3.reports).toBe(2);
    expect(v3.rebuilds).toBeGreaterThan(v2.rebuilds);
    expect(crash1.reports).toBe(crash0.reports + 1);
    expect(crash1.rebuilds).toBeGreaterThan(crash0.rebuilds);
    await store.moveReport(b.id, 'new-incident');
    expect(await version('new-incident')).toMatchObject({ reports: 1 });
    expect((await version('bus-crash')).reports).toBe(1);

    // A review action and its undo each start over.
    const action = await store.addReviewAction({ incident: 'bank-siege', target: 'claim:x:c1', action: 'reject', who: 'ed' });
    const v4 = await version('bank-siege');
    expect(v4.rebuilds).toBeGreaterThan(v3.rebuilds);
    await store.undoReviewAction(action.id, 'ed');
    const v5 = await version('bank-siege');
    expect(v5.rebuilds).toBeGreaterThan(v4.rebuilds);
    expect(v5.appends).toBe(v1.appends);
    // Renaming changes nothing the picture reads.
    await store.setIncidentName('bank-siege', 'The bank siege');
    expect(await version('bank-siege')).toEqual(v5);
  });
});
