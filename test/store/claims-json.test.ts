// Each report's claims are kept as one JSON array text (report_claims, migration 004), which incidentClaims
// reads instead of joining the claims table. On both backends: a store written before 004 gets the column
// filled when it migrates, a row without it still reads right, and every write keeps it in step.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { contentHash, openStore } from '../../src/store/index.js';
import type { NewReport, Store } from '../../src/store/types.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

const report = (text: string): NewReport => ({ id: contentHash(text), incident: 'dam-breach', text, origin: 'imported' });
const claim = (id: string, n: number, extra: Record<string, unknown> = {}): Claim => ({
  id, type: 'figure', measure: 'missing', group: 'people', value: { low: n, high: n, hedge: 'exact' },
  source: { name: 'the river authority', kind: 'official' }, span: { start: 0, end: 4 }, ...extra,
} as Claim);

const reports: Array<[NewReport, Claim[]]> = [
  [report('Forty people are missing after the dam gave way.'), [claim('c1', 40), claim('c2', 3, { note: { kept: ['as', 'given'] } })]],
  [report('Searchers found nobody overnight.'), []],
  [report('The count of missing fell to 31, an \u00e9tat-civil clerk said \u2192 "31".'), [claim('c1', 31, { text: 'trente et un \ud83d\ude00' })]],
];

describe.each(storeBackends())('claims kept as one JSON text per report on $name', (backend) => {
  let store: Store;
  let spec: string;
  useBackend(backend);
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    spec = await backend.freshSpec();
    store = await openStore(spec);
    for (const [r, claims] of reports) await store.putReport(r, claims, 'import');
  });
  afterEach(async () => { await store?.close(); });

  const expected = () => reports.map(([r, claims]) => ({ id: r.id, claims }));
  const read = async (s: Store) => (await s.incidentClaims('dam-breach')).map((g) => ({ id: g.report.id, claims: g.claims }));

  test('written with the report, read back exactly as given', async () => {
    expect(await read(store)).toEqual(expected());
    expect((await store.incidentClaimsSince('dam-breach', 0)).map((g) => g.claims)).toEqual(reports.map(([, c]) => c));
  });

  test('a store from before the column (migration 4 and after) gets it filled when it migrates', async () => {
    await store.close();
    await backend.exec(spec, 'DROP TABLE report_claims; DROP INDEX reports_in_order; DROP TABLE IF EXISTS picture_snapshots; DELETE FROM schema_migrations WHERE version >= 4;');
    store = await openStore(spec);
    expect(await read(store)).toEqual(expected());
  });

  test('a report without it is read from the claims table', async () => {
    await store.close();
    await backend.exec(spec, 'DELETE FROM report_claims;');
    store = await openStore(spec);
    expect(await read(store)).toEqual(expected());
  });

  test('replaceClaims keeps it in step, moving a report carries it', async () => {
    const [first] = reports[0];
    const fresh = [claim('n1', 38), claim('n2', 2)];
    await store.replaceClaims(first.id, fresh, 'v2');
    expect((await read(store))[0]).toEqual({ id: first.id, claims: fresh });
    await store.moveReport(first.id, 'dam-breach-north');
    expect((await store.incidentClaims('dam-breach-north'))[0].claims).toEqual(fresh);
    await store.replaceClaims(first.id, [], 'v3');
    expect((await store.incidentClaims('dam-breach-north'))[0].claims).toEqual([]);
  });
});
