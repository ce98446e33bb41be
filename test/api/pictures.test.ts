// The API's pictures: one in-memory picture per incident, caught up incrementally when reports are added
// (by any process) and computed again when reports move, claims are replaced or reviews change. Whatever
// the path, the served picture must equal a full computation from the store.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PictureService } from '../../src/api/pictures.js';
import type { FigureClaim } from '../../src/extract/types.js';
import { loadPicture } from '../../src/pictures/input.js';
import { contentHash, openStore } from '../../src/store/index.js';
import type { NewReport, Store } from '../../src/store/types.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

// Written for these tests (our own words).
const report = (text: string, incident: string, published: string, outlet = 'Harbour Daily'): NewReport =>
  ({ id: contentHash(text), incident, text, origin: 'imported', outlet, published });
const figure = (id: string, measure: FigureClaim['measure'], group: string, n: number, source: string, kind: FigureClaim['source']['kind'] = 'official'): FigureClaim => ({
  id, type: 'figure', measure, group, value: { low: n, high: n, hedge: 'exact' }, source: { name: source, kind }, span: { start: 0, end: 2 },
});

describe.each(storeBackends())('PictureService on $name', (backend) => {
  let store: Store;
  let pictures: PictureService;
  useBackend(backend);
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    store = await openStore(await backend.freshSpec());
    pictures = new PictureService(store);
  });
  afterEach(async () => { await store?.close(); });

  /** The served picture equals a full computation, as JSON. */
  const served = async (slug: string) => {
    const p = await pictures.get(slug);
    const full = await loadPicture(store, slug);
    expect(p === null ? null : JSON.parse(p.json('full').toString())).toEqual(full === null ? null : JSON.parse(JSON.stringify(full)));
    return p;
  };
  const best = async (slug: string, measure: string, group: string) =>
    (await pictures.get(slug))!.picture.figures.find((f) => f.measure === measure && f.group === group)?.estimate.best ?? null;

  test('reports added by another writer are caught up incrementally', async () => {
    await store.putReport(report('Ferry fire: 4 crew dead, port authority says.', 'ferry-fire', '2025-07-01T06:00:00Z'),
      [figure('c1', 'killed', 'crew', 4, 'port authority')], 'import');
    const first = await served('ferry-fire');
    expect(pictures.counts).toEqual({ full: 1, incremental: 0 });
    const again = await pictures.get('ferry-fire');
    expect(again!.version).toBe(first!.version);
    expect(pictures.counts).toEqual({ full: 1, incremental: 0 });

    await store.putReport(report('Port authority now counts 6 crew dead in the ferry fire.', 'ferry-fire', '2025-07-01T12:00:00Z'),
      [figure('c1', 'killed', 'crew', 6, 'port authority')], 'import');
    // An older report arriving late sorts first but has a higher seq: still an append.
    await store.putReport(report('Early wire: ferry burning off the harbour wall, 2 crew feared dead.', 'ferry-fire', '2025-07-01T05:00:00Z', 'Coast Wire'),
      [figure('c1', 'killed', 'crew', 2, 'coast guard')], 'import');
    const later = await served('ferry-fire');
    expect(later!.version).not.toBe(first!.version);
    expect(pictures.counts).toEqual({ full: 1, incremental: 1 });
    expect(await best('ferry-fire', 'killed', 'crew')).toBe(6);
  });

  test('a report moved to another incident leaves one picture and joins the other', async () => {
    const stray = report('Storm cuts power to 3000 homes; 2 people injured.', 'ferry-fire', '2025-07-01T08:00:00Z');
    await store.putReport(report('Ferry fire: 4 crew dead, port authority says.', 'ferry-fire', '2025-07-01T06:00:00Z'),
      [figure('c1', 'killed', 'crew', 4, 'port authority')], 'import');
    await store.putReport(stray, [figure('c1', 'injured', 'people', 2, 'power company')], 'import');
    await store.putReport(report('The storm brought down trees across the coast road.', 'coastal-storm', '2025-07-01T07:00:00Z'),
      [figure('c1', 'injured', 'people', 1, 'police')], 'import');
    expect((await served('ferry-fire'))!.picture.figures.map((f) => f.measure)).toEqual(['killed', 'injured']);
    await served('coastal-storm');

    await store.moveReport(stray.id, 'coastal-storm');
    expect((await served('ferry-fire'))!.picture.figures.map((f) => f.measure)).toEqual(['killed']);
    expect((await served('coastal-storm'))!.picture.reports.map((r) => r.id)).toContain(stray.id);
    // Moving the only report out empties an incident: no picture.
    await store.moveReport(stray.id, 'ferry-fire');
    await store.moveReport(report('The storm brought down trees across the coast road.', 'x', '').id, 'ferry-fire');
    expect(await served('coastal-storm')).toBeNull();
  });

  test('a review and its undo are reflected at once', async () => {
    const r = report('Two counts of the ferry dead.', 'ferry-fire', '2025-07-01T06:00:00Z');
    await store.putReport(r, [
      figure('c1', 'killed', 'passengers', 9, 'port authority'),
      figure('c2', 'killed', 'passengers', 30, 'a crew member', 'witness'),
    ], 'import');
    const before = await served('ferry-fire');
    const claimId = before!.picture.figures[0].claims.find((c) => c.value.low === 9)!.id;
    const action = await store.addReviewAction({ incident: 'ferry-fire', target: `claim:${claimId}`, action: 'reject', who: 'desk', why: 'misread' });
    const rejected = await served('ferry-fire');
    expect(rejected!.picture.figures[0].claims.find((c) => c.id === claimId)!.status).toBe('rejected');
    await store.undoReviewAction(action.id, 'desk');
    const undone = await served('ferry-fire');
    expect(undone!.picture.figures[0].claims.find((c) => c.id === claimId)!.status).toBe('latest');
    expect(new Set([before!.version, rejected!.version, undone!.version]).size).toBe(3);
  });

  test('re-extracted claims replace the old ones', async () => {
    const r = report('Ferry fire: 4 crew dead.', 'ferry-fire', '2025-07-01T06:00:00Z');
    await store.putReport(r, [figure('c1', 'killed', 'crew', 4, 'port authority')], 'import');
    expect(await best('ferry-fire', 'killed', 'crew')).toBe(4);
    await store.replaceClaims(r.id, [figure('c1', 'killed', 'crew', 5, 'port authority')], 'import');
    await served('ferry-fire');
    expect(await best('ferry-fire', 'killed', 'crew')).toBe(5);
  });
});
