// One store suite, run identically against the embedded SQLite store and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Claim, FigureClaim, EventClaim } from '../../src/extract/types.js';
import { contentHash, openStore, parseStoreSpec } from '../../src/store/index.js';
import type { NewReport, Store } from '../../src/store/types.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

function report(text: string, over: Partial<NewReport> = {}): NewReport {
  return { id: contentHash(text), incident: 'train-siege', text, origin: 'extracted', ...over };
}

function figure(id: string, measure: FigureClaim['measure'], low: number | null, extra: Record<string, unknown> = {}): FigureClaim {
  return {
    id, type: 'figure', measure, group: 'passengers',
    value: { low, high: low, hedge: low == null ? 'vague' : 'exact' },
    source: { name: 'railway officials', kind: 'official' },
    span: { start: 0, end: 5 },
    ...extra,
  };
}

const event: EventClaim = {
  id: 'e1', type: 'event', event: 'derailment', actor: 'the attackers', place: 'a tunnel near Sibi',
  time: { text: 'on Tuesday', iso: '2025-03-11' }, source: { name: 'local media', kind: 'media' },
  span: { start: 10, end: 20 }, trigger: 'derailed',
};

describe.each(storeBackends())('store on $name', (backend) => {
  let store: Store;
  let spec: string;

  useBackend(backend);
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    spec = await backend.freshSpec();
    store = await openStore(spec);
  });
  afterEach(async () => {
    await store?.close();
  });

  test('kind names the backend and migrate is safe to run again, also from a second connection', async () => {
    expect(store.kind).toBe(backend.name);
    await store.putReport(report('A report written before the second migrate.'), [], 'v1');
    await store.migrate();
    const again = await openStore(spec);
    await again.migrate();
    expect(await again.reportIds()).toHaveLength(1);
    await again.close();
  });

  test('a stored report reads back exactly, with ingest time, extractor version and sequence', async () => {
    const r = report('Gunmen stopped a train in a tunnel; about 400 people were aboard.', {
      outlet: 'example.org', published: '2025-03-11T14:00:00Z', url: 'https://example.org/a',
      title: 'Train stopped', externalId: 'r17', copyOf: 'f'.repeat(64),
      extra: { feed: 'https://example.org/rss', tags: ['rail', 'siege'], nested: { n: 1.5 } },
    });
    const before = Date.now();
    const put = await store.putReport(r, [figure('c1', 'present', 400)], 'x1.2');
    expect(put).toEqual({ id: r.id, created: true, incident: 'train-siege' });
    const got = await store.getReport(r.id);
    expect(got).toMatchObject({ ...r, extractorVersion: 'x1.2' });
    expect({ ...got, ingestedAt: undefined, seq: undefined, extractorVersion: undefined })
      .toEqual({ ...r, ingestedAt: undefined, seq: undefined, extractorVersion: undefined });
    expect(Date.parse(got!.ingestedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(typeof got!.seq).toBe('number');
    expect(await store.hasReport(r.id)).toBe(true);
    expect(await store.hasReport(contentHash('never stored'))).toBe(false);
    expect(await store.getReport(contentHash('never stored'))).toBeNull();
  });

  test('optional fields that were not given stay absent', async () => {
    const r = report('A bare report with nothing but text.');
    await store.putReport(r, [], 'v1');
    const got = (await store.getReport(r.id))!;
    for (const key of ['outlet', 'published', 'url', 'title', 'externalId', 'copyOf', 'extra']) {
      expect(got).not.toHaveProperty(key);
    }
  });

  test('putting the same report again changes nothing, even with other claims or incident', async () => {
    const r = report('Officials said 80 passengers had been freed by evening.');
    await store.putReport(r, [figure('c1', 'freed', 80)], 'v1');
    const first = await store.getReport(r.id);
    const again = await store.putReport({ ...r, incident: 'elsewhere', title: 'changed' },
      [figure('c1', 'freed', 99), figure('c2', 'killed', 3)], 'v2');
    expect(again).toEqual({ id: r.id, created: false, incident: 'train-siege' });
    expect(await store.getReport(r.id)).toEqual(first);
    const [only] = await store.incidentClaims('train-siege');
    expect(only.claims).toEqual([figure('c1', 'freed', 80)]);
    expect((await store.listIncidents()).map((i) => i.slug)).toEqual(['train-siege']);
  });

  test('listIncidents counts reports and claims and gives first and last publish time', async () => {
    // 20:00 at +05:00 is 15:00Z: earlier than 16:00Z although it sorts later as text.
    await store.putReport(report('one', { published: '2025-03-11T16:00:00Z' }), [figure('a', 'killed', 1)], 'v1');
    await store.putReport(report('two', { published: '2025-03-11T20:00:00+05:00' }),
      [figure('a', 'killed', 2), figure('b', 'held', 3)], 'v1');
    await store.putReport(report('three', { published: '2025-03-12T09:30:00Z' }), [], 'v1');
    await store.putReport(report('four'), [event], 'v1');
    await store.putReport(report('five', { incident: 'quake', published: 'not a date' }), [], 'v1');
    await store.setIncidentName('empty-one', 'Nothing yet');
    expect(await store.listIncidents()).toEqual([
      { slug: 'empty-one', name: 'Nothing yet', reports: 0, claims: 0, firstPublished: null, lastPublished: null },
      { slug: 'quake', name: 'quake', reports: 1, claims: 0, firstPublished: null, lastPublished: null },
      {
        slug: 'train-siege', name: 'train-siege', reports: 4, claims: 4,
        firstPublished: '2025-03-11T20:00:00+05:00', lastPublished: '2025-03-12T09:30:00Z',
      },
    ]);
  });

  test('setIncidentName renames an incident that already has reports', async () => {
    await store.putReport(report('a report'), [], 'v1');
    await store.setIncidentName('train-siege', 'Jaffar Express hijacking');
    const [inc] = await store.listIncidents();
    expect(inc).toMatchObject({ slug: 'train-siege', name: 'Jaffar Express hijacking', reports: 1 });
  });

  test('listReports: publish order, unknown publish time last, ties in arrival order', async () => {
    const rows: Array<[string, string | undefined]> = [
      ['no date first', undefined],
      ['late', '2025-03-13T00:00:00Z'],
      ['early', '2025-03-11T10:00:00Z'],
      ['tie one', '2025-03-12T00:00:00Z'],
      ['tie two', '2025-03-12T05:00:00+05:00'],
      ['no date second', undefined],
    ];
    for (const [text, published] of rows) await store.putReport(report(text, { published }), [], 'v1');
    await store.putReport(report('other incident', { incident: 'other' }), [], 'v1');
    const list = await store.listReports('train-siege');
    expect(list.map((r) => r.text)).toEqual(['early', 'tie one', 'tie two', 'late', 'no date first', 'no date second']);
    const seqs = (await Promise.all(rows.map(([t]) => store.getReport(contentHash(t))))).map((r) => r!.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(await store.listReports('nobody')).toEqual([]);
  });

  test('incidentClaims returns claims exactly as given, unknown fields and key order kept', async () => {
    const imported = {
      type: 'figure', id: 'c9', measure: 'killed', group: 'attackers',
      value: { low: 33, high: null, hedge: 'at_least' },
      source: { name: 'army spokesman', kind: 'official', via: 'a televised briefing', confidence: 0.8 },
      parts_of: 'c1', increment: false, span: { start: 0, end: 0 },
      coder: { name: 'desk-2', notes: ['checked twice', 'ünïcødé — “quotes”'] }, weird_number: 1e21,
    } as unknown as Claim;
    const claims: Claim[] = [figure('c1', 'killed', 64), imported, event, figure('c3', 'injured', null)];
    const r1 = report('imported one', { origin: 'imported', published: '2025-03-12T00:00:00Z' });
    const r2 = report('earlier one', { published: '2025-03-11T00:00:00Z' });
    await store.putReport(r1, claims, 'import');
    await store.putReport(r2, [figure('x', 'held', 214)], 'v1');
    await store.putReport(report('empty', { incident: 'train-siege' }), [], 'v1');
    const got = await store.incidentClaims('train-siege');
    expect(got.map((g) => g.report.text)).toEqual(['earlier one', 'imported one', 'empty']);
    expect(got[1].claims).toEqual(claims);
    expect(got[1].claims.map((c) => JSON.stringify(c))).toEqual(claims.map((c) => JSON.stringify(c)));
    expect(got[2].claims).toEqual([]);
    expect(got[1].report.extractorVersion).toBe('import');
    expect(await store.incidentClaims('nobody')).toEqual([]);
  });

  test('replaceClaims swaps all claims of one report and records the extractor version', async () => {
    const r = report('Re-extract me later.');
    const other = report('Leave me alone.');
    await store.putReport(r, [figure('c1', 'killed', 1), figure('c2', 'killed', 2)], 'v1');
    await store.putReport(other, [figure('c1', 'held', 7)], 'v1');
    await store.replaceClaims(r.id, [figure('n1', 'killed', 10), event, figure('n2', 'freed', 80)], 'v2');
    const byId = new Map((await store.incidentClaims('train-siege')).map((g) => [g.report.id, g]));
    expect(byId.get(r.id)!.claims.map((c) => c.id)).toEqual(['n1', 'e1', 'n2']);
    expect(byId.get(r.id)!.report.extractorVersion).toBe('v2');
    expect(byId.get(other.id)!.claims.map((c) => c.id)).toEqual(['c1']);
    expect((await store.listIncidents())[0].claims).toBe(4);
    await store.replaceClaims(r.id, [], 'v3');
    expect((await store.listIncidents())[0].claims).toBe(1);
    await expect(store.replaceClaims(contentHash('missing'), [], 'v3')).rejects.toThrow(/no report/);
  });

  test('getReportWithClaims gives one report with its claims in order', async () => {
    const r = report('One report, three claims.', { outlet: 'example.net' });
    const claims = [figure('c1', 'killed', 3), event, figure('c2', 'injured', 12, { unknown: { deep: [1, 'two'] } })];
    await store.putReport(r, claims, 'v1');
    await store.putReport(report('another'), [figure('c1', 'held', 1)], 'v1');
    const got = await store.getReportWithClaims(r.id);
    expect(got?.report).toEqual(await store.getReport(r.id));
    expect(got?.claims).toEqual(claims);
    expect(await store.getReportWithClaims(contentHash('missing'))).toBeNull();
  });

  test('moveReport reassigns a report and its claims to another incident', async () => {
    const r = report('Filed under the wrong incident.', { published: '2025-03-11T00:00:00Z' });
    await store.putReport(r, [figure('c1', 'killed', 3)], 'v1');
    await store.putReport(report('stays'), [], 'v1');
    expect(await store.moveReport(r.id, 'quake')).toBe(true);
    expect(await store.moveReport(contentHash('missing'), 'quake')).toBe(false);
    expect((await store.getReport(r.id))!.incident).toBe('quake');
    expect((await store.incidentClaims('quake'))[0].claims).toHaveLength(1);
    expect(await store.listIncidents()).toEqual([
      { slug: 'quake', name: 'quake', reports: 1, claims: 1, firstPublished: r.published, lastPublished: r.published },
      { slug: 'train-siege', name: 'train-siege', reports: 1, claims: 0, firstPublished: null, lastPublished: null },
    ]);
  });

  test('moveReports moves several reports at once and skips unknown ids', async () => {
    const a = report('First of two to merge.');
    const b = report('Second of two to merge.');
    await store.putReport(a, [figure('c1', 'killed', 3)], 'v1');
    await store.putReport(b, [figure('c1', 'injured', 4)], 'v1');
    expect(await store.moveReports([], 'quake')).toBe(0);
    expect(await store.moveReports([a.id, contentHash('missing'), b.id], 'quake')).toBe(2);
    expect((await store.listReports('quake')).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(await store.listReports('train-siege')).toEqual([]);
    expect(await store.moveReports([contentHash('missing')], 'nowhere')).toBe(0);
    expect((await store.listIncidents()).map((i) => i.slug)).not.toContain('nowhere');
  });

  test('reportIds lists ids in arrival order, optionally by origin', async () => {
    const texts: Array<[string, 'extracted' | 'imported']> = [
      ['e one', 'extracted'], ['i one', 'imported'], ['e two', 'extracted'], ['i two', 'imported'],
    ];
    for (const [t, origin] of texts) await store.putReport(report(t, { origin, incident: t.slice(0, 1) }), [], 'v');
    const ids = texts.map(([t]) => contentHash(t));
    expect(await store.reportIds()).toEqual(ids);
    expect(await store.reportIds('extracted')).toEqual([ids[0], ids[2]]);
    expect(await store.reportIds('imported')).toEqual([ids[1], ids[3]]);
  });

  test('review actions: add, list in order, undo once with who and why, kept in the log', async () => {
    const a = await store.addReviewAction({
      incident: 'train-siege', target: 'figure:killed/security_forces', action: 'override_estimate',
      payload: { low: 18, best: 21, high: 26 }, who: 'amina', why: 'official toll published',
    });
    expect(a).toMatchObject({
      incident: 'train-siege', target: 'figure:killed/security_forces', action: 'override_estimate',
      payload: { low: 18, best: 21, high: 26 }, who: 'amina', why: 'official toll published',
      undoneAt: null, undoneBy: null, undoneWhy: null,
    });
    expect(typeof a.id).toBe('number');
    const b = await store.addReviewAction({
      incident: 'train-siege', target: 'claim:abc/c3', action: 'reject_claim', who: 'li', at: '2025-03-12T08:00:00Z',
    });
    expect(b).toMatchObject({ payload: null, why: null, at: '2025-03-12T08:00:00Z' });
    expect(b.id).toBeGreaterThan(a.id);
    await store.addReviewAction({ incident: 'other', target: 't', action: 'note', who: 'x' });

    const undone = await store.undoReviewAction(a.id, 'li', 'wrong incident');
    expect(undone).toMatchObject({ id: a.id, undoneBy: 'li', undoneWhy: 'wrong incident' });
    expect(Date.parse(undone!.undoneAt!)).not.toBeNaN();
    // Undoing again keeps the first undo's record.
    expect(await store.undoReviewAction(a.id, 'someone', 'again')).toEqual(undone);
    expect(await store.undoReviewAction(999_999, 'x')).toBeNull();
    expect(await store.getReviewAction(b.id)).toEqual(b);
    expect(await store.getReviewAction(999_999)).toBeNull();

    expect((await store.listReviewActions('train-siege')).map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await store.listReviewActions('train-siege', { includeUndone: false })).map((x) => x.id)).toEqual([b.id]);
    expect((await store.listIncidents()).map((i) => i.slug)).toEqual(['other', 'train-siege']);
  });

  test('putReports stores a batch: new, already stored, and repeated within the batch', async () => {
    const old = report('already there');
    await store.putReport(old, [figure('c1', 'killed', 1)], 'v1');
    const items = [
      { report: report('batch a', { incident: 'b-one' }), claims: [figure('c1', 'killed', 5)], extractorVersion: 'v2' },
      { report: { ...old, incident: 'b-two' }, claims: [], extractorVersion: 'v2' },
      { report: report('batch b', { incident: 'b-two' }), claims: [event, figure('c2', 'held', 9)], extractorVersion: 'v2' },
      { report: report('batch a', { incident: 'b-one' }), claims: [], extractorVersion: 'v2' },
    ];
    const res = await store.putReports(items);
    expect(res).toEqual([
      { id: contentHash('batch a'), created: true, incident: 'b-one' },
      { id: old.id, created: false, incident: 'train-siege' },
      { id: contentHash('batch b'), created: true, incident: 'b-two' },
      { id: contentHash('batch a'), created: false, incident: 'b-one' },
    ]);
    expect((await store.incidentClaims('b-two'))[0].claims).toEqual([event, figure('c2', 'held', 9)]);
    expect((await store.incidentClaims('b-one'))[0].claims).toHaveLength(1);
    expect(await store.putReports([])).toEqual([]);
    expect((await store.putReports(items)).every((r) => !r.created)).toBe(true);
  });

  test('text with a NUL character or a lone surrogate is refused on both backends, and nothing is written', async () => {
    await expect(store.putReport(report('bad\u0000text'), [figure('c1', 'killed', 1)], 'v1')).rejects.toThrow(/NUL character/);
    await expect(store.putReports([
      { report: report('fine'), claims: [], extractorVersion: 'v1' },
      { report: report('x', { title: 'nul\u0000title' }), claims: [], extractorVersion: 'v1' },
    ])).rejects.toThrow(/title contains a NUL/);
    await expect(store.putReport(report('half an emoji \ud83d here'), [], 'v1')).rejects.toThrow(/lone surrogate/);
    await expect(store.putReport(report('\udc00 trailing half'), [], 'v1')).rejects.toThrow(/lone surrogate/);
    expect(await store.reportIds()).toEqual([]);
    // Inside claims a NUL is only an escape in the JSON text, so it survives.
    const odd = figure('c1', 'killed', 1, { note: 'a\u0000b', lone: '\ud83d' });
    await store.putReport(report('ok, a whole emoji \ud83d\ude00 is fine'), [odd], 'v1');
    expect((await store.incidentClaims('train-siege'))[0].claims).toEqual([odd]);
  });

  test('a store written by a newer sitrep (higher schema version) is refused', async () => {
    await store.close();
    await backend.exec(spec, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");
    await expect(openStore(spec)).rejects.toThrow(/schema version 999, newer than this sitrep knows/);
    store = await openStore(await backend.freshSpec());
  });

  test('two connections writing the same store at once lose nothing and store shared reports once', async () => {
    const second = await openStore(spec);
    try {
      const batch = (prefix: string) => Array.from({ length: 60 }, (_, i) => ({
        report: report(`${prefix} ${i}`, { incident: `inc-${i % 3}` }),
        claims: [figure('c1', 'killed', i), figure('c2', 'freed', i)],
        extractorVersion: 'v1',
      }));
      const shared = batch('shared');
      const writes: Promise<unknown>[] = [];
      for (let k = 0; k < 6; k++) {
        writes.push(store.putReports(batch(`first-${k}`).slice(0, 10)));
        writes.push(second.putReports(batch(`second-${k}`).slice(0, 10)));
        writes.push((k % 2 ? store : second).putReports(shared.slice(k * 10, k * 10 + 10).concat(shared.slice(0, 5))));
      }
      for (const r of shared.slice(0, 8)) writes.push(second.putReport(r.report, r.claims, r.extractorVersion));
      await Promise.all(writes);
      const ids = await store.reportIds();
      expect(ids).toHaveLength(180);
      expect(new Set(ids).size).toBe(180);
      const total = (await second.listIncidents()).reduce((n, i) => n + i.claims, 0);
      expect(total).toBe(360);
    } finally {
      await second.close();
    }
  });
});

describe('choosing a store', () => {
  test.each([
    ['postgres://u:secret@db.example:5433/sitrep', { kind: 'postgres', url: 'postgres://u:secret@db.example:5433/sitrep' }],
    ['postgresql://localhost/x', { kind: 'postgres', url: 'postgresql://localhost/x' }],
    ['/tmp/some/where.db', { kind: 'sqlite', path: '/tmp/some/where.db' }],
    ['sqlite:/tmp/x.db', { kind: 'sqlite', path: '/tmp/x.db' }],
  ])('%s', (spec, expected) => {
    expect(parseStoreSpec(spec, {})).toEqual(expected);
  });

  test('SITREP_DB is used when --db is absent, then the default under .sitrep/', () => {
    expect(parseStoreSpec(undefined, { SITREP_DB: '/data/s.db' })).toEqual({ kind: 'sqlite', path: '/data/s.db' });
    expect(parseStoreSpec('/flag.db', { SITREP_DB: '/data/s.db' })).toEqual({ kind: 'sqlite', path: '/flag.db' });
    expect(parseStoreSpec(undefined, {})).toEqual({ kind: 'sqlite', path: `${process.cwd()}/.sitrep/sitrep.db` });
  });

  test('an unknown URL scheme is refused with a clear message', () => {
    expect(() => parseStoreSpec('mysql://localhost/x', {})).toThrow(/unsupported database URL scheme "mysql:"/);
  });

  test('an unreachable PostgreSQL server gives an error naming it, without the password', async () => {
    const err = await openStore('postgres://user:hunter2@127.0.0.1:1/nowhere').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:1\/nowhere/);
    expect((err as Error).message).not.toContain('hunter2');
  });

  test('a database path that cannot be created gives an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    try {
      writeFileSync(join(dir, 'file'), 'not a directory');
      const bad = join(dir, 'file', 'sub', 'sitrep.db');
      await expect(openStore(bad)).rejects.toThrow(`cannot open database file ${bad}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('contentHash is the sha256 hex of the UTF-8 text', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('é')).toBe(contentHash('\u00e9'));
    expect(contentHash('é')).not.toBe(contentHash('e\u0301'));
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{64}$/);
  });
});
