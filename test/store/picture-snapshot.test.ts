// The stored picture JSON on both backends (files beside an SQLite database, a table in PostgreSQL): kept and read back byte for byte, served by
// pictureJson only while the incident's counters and the picture code are what it was computed under, and
// recomputed after every kind of write a picture reads. Then `show --json` through the built CLI.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { FigureClaim } from '../../src/extract/types.js';
import { PictureService } from '../../src/api/pictures.js';
import { loadPicture } from '../../src/pictures/input.js';
import { pictureCodeKey, pictureJson, refreshKeptPictures, snapshotKey } from '../../src/pictures/snapshot.js';
import { contentHash, openStore } from '../../src/store/index.js';
import type { IncidentVersion, NewReport, Store } from '../../src/store/types.js';
import { freshStoreEachTest, storeBackends } from '../support/store-backends.js';
import { sitrep, tempStore } from '../cli/run.js';

const report = (text: string, published: string): NewReport =>
  ({ id: contentHash(text), incident: 'dam-breach', text, origin: 'imported', outlet: 'river wire', published });
const killed = (n: number, source: string): FigureClaim => ({
  id: 'c1', type: 'figure', measure: 'killed', group: 'people', value: { low: n, high: n, hedge: 'exact' },
  source: { name: source, kind: 'official' }, span: { start: 0, end: 2 },
});

/** What the picture's JSON is when computed directly. */
async function computed(store: Store): Promise<string> {
  return JSON.stringify(await loadPicture(store, 'dam-breach'));
}

async function text(store: Store): Promise<{ json: string; stored: boolean }> {
  const p = await pictureJson(store, 'dam-breach', 0); // (kept whatever its size: these pictures are small)
  if (!p) throw new Error('no picture');
  const json = Buffer.concat([...p.chunks]).toString('utf8');
  await p.keep();
  return { json, stored: p.stored };
}

describe.each(storeBackends())('picture snapshots on $name', (backend) => {
  let store: Store;
  freshStoreEachTest(backend, (s) => { store = s; });

  test('a snapshot is kept and read back byte for byte, and replaced by the next', async () => {
    expect(await store.pictureSnapshot('dam-breach')).toBeNull();
    const bytes = Buffer.from('{"checks":["✗ 12 → 9"],"nul":"\u0000"}', 'utf8');
    await store.putPictureSnapshot('dam-breach', 'k1', [bytes.subarray(0, 7), bytes.subarray(7)]);
    const back = await store.pictureSnapshot('dam-breach');
    expect(back?.key).toBe('k1');
    expect(Buffer.compare(back!.json, bytes)).toBe(0);
    await store.putPictureSnapshot('dam-breach', 'k2', [Buffer.from('{}')]);
    expect((await store.pictureSnapshot('dam-breach'))?.json.toString()).toBe('{}');
    expect(await store.pictureSnapshot('other-incident')).toBeNull();
  });

  test('asked with a key, a snapshot under another key is not read; its key alone can be', async () => {
    expect(await store.pictureSnapshotKey('dam-breach')).toBeNull();
    await store.putPictureSnapshot('dam-breach', 'k1', [Buffer.from('{"a":1}')]);
    expect(await store.pictureSnapshotKey('dam-breach')).toBe('k1');
    expect(await store.pictureSnapshot('dam-breach', 'k2')).toBeNull();
    expect((await store.pictureSnapshot('dam-breach', 'k1'))?.json.toString()).toBe('{"a":1}');
    expect(await store.pictureSnapshotKey('other-incident')).toBeNull();
    await expect(store.putPictureSnapshot('dam-breach', 'k'.repeat(600), [Buffer.from('{}')])).rejects.toThrow(/one short word/);
  });

  test('served while nothing changed, recomputed after each write a picture reads', async () => {
    expect(await pictureJson(store, 'dam-breach', 0)).toBeNull();
    await store.putReport(report('The embankment gave way; officials count 4 dead.', '2025-08-01T06:00:00Z'), [killed(4, 'the governor')], 'import');
    const first = await text(store);
    expect(first).toEqual({ json: await computed(store), stored: false });
    expect(await text(store)).toEqual({ json: first.json, stored: true });

    // A new report (an append).
    await store.putReport(report('Rescuers now count 9 dead below the dam.', '2025-08-01T12:00:00Z'), [killed(9, 'the rescue service')], 'import');
    const second = await text(store);
    expect(second.stored).toBe(false);
    expect(second.json).toBe(await computed(store));
    expect(second.json).not.toBe(first.json);
    expect(JSON.parse(second.json).figures[0].claims).toHaveLength(2);

    // A review action (a rebuild), and its undo.
    const claimId = JSON.parse(second.json).figures[0].claims[1].id as string;
    const action = await store.addReviewAction({ incident: 'dam-breach', target: `claim:${claimId}`, action: 'reject', who: 'desk', why: 'unsourced' });
    const rejected = await text(store);
    expect(rejected.stored).toBe(false);
    expect(rejected.json).toContain('unsourced');
    expect(await text(store)).toEqual({ json: rejected.json, stored: true });
    await store.undoReviewAction(action.id, 'desk');
    expect((await text(store)).stored).toBe(false);

    // Renaming the incident changes nothing a picture reads: still served.
    await store.setIncidentName('dam-breach', 'Dam breach on the lower river');
    expect((await text(store)).stored).toBe(true);
  });

  test('a small picture is sent but not kept', async () => {
    await store.putReport(report('One person drowned when the dam failed.', '2025-08-01T06:00:00Z'), [killed(1, 'the mayor')], 'import');
    const p = await pictureJson(store, 'dam-breach');
    await p!.keep();
    expect(p!.stored).toBe(false);
    expect(await store.pictureSnapshot('dam-breach')).toBeNull();
  });

  test('refreshKeptPictures computes only kept pictures that are out of date', async () => {
    const live = new PictureService(store);
    await store.putReport(report('Four people died when the dam broke.', '2025-08-01T06:00:00Z'), [killed(4, 'the mayor')], 'import');
    expect(await refreshKeptPictures(store, ['dam-breach', 'no-such-incident'], live)).toEqual([]); // none kept: none made
    expect(await store.pictureSnapshot('dam-breach')).toBeNull();

    await store.putPictureSnapshot('dam-breach', 'from-an-earlier-show', [Buffer.from('{}')]);
    await store.putReport(report('Rescuers say 7 people died below the dam.', '2025-08-01T12:00:00Z'), [killed(7, 'the rescue service')], 'import');
    expect(await refreshKeptPictures(store, ['dam-breach'], live)).toEqual(['dam-breach']);
    const kept = await store.pictureSnapshot('dam-breach');
    expect(kept?.key).toBe(snapshotKey((await store.incidentVersion('dam-breach'))!));
    expect(kept?.json.toString()).toBe(await computed(store));
    expect(await refreshKeptPictures(store, ['dam-breach'], live)).toEqual([]); // current: left alone
    expect(await text(store)).toEqual({ json: await computed(store), stored: true });
  });

  test('refreshKeptPictures with live pictures: the same bytes, brought up to date incrementally', async () => {
    const live = new PictureService(store);
    await store.putReport(report('Four people died when the dam broke.', '2025-08-01T06:00:00Z'), [killed(4, 'the mayor')], 'import');
    await store.putPictureSnapshot('dam-breach', 'from-an-earlier-show', [Buffer.from('{}')]);
    expect(await refreshKeptPictures(store, ['dam-breach'], live)).toEqual(['dam-breach']);
    expect((await store.pictureSnapshot('dam-breach'))?.json.toString()).toBe(await computed(store));
    expect(await refreshKeptPictures(store, ['dam-breach'], live)).toEqual([]);

    await store.putReport(report('Rescuers say 7 people died below the dam.', '2025-08-01T12:00:00Z'), [killed(7, 'the rescue service')], 'import');
    expect(await refreshKeptPictures(store, ['dam-breach'], live)).toEqual(['dam-breach']);
    expect(live.counts).toEqual({ full: 1, incremental: 1 });
    const kept = await store.pictureSnapshot('dam-breach');
    expect(kept?.key).toBe(snapshotKey((await store.incidentVersion('dam-breach'))!));
    expect(kept?.json.toString()).toBe(await computed(store));
    expect(await text(store)).toEqual({ json: await computed(store), stored: true });
  });

  test('only a snapshot under the current key is served, whatever it holds', async () => {
    await store.putReport(report('Two people died when the dam broke.', '2025-08-01T06:00:00Z'), [killed(2, 'the mayor')], 'import');
    const v = (await store.incidentVersion('dam-breach')) as IncidentVersion;
    expect(snapshotKey(v)).toBe(`${v.reports}.${v.appends}.${v.rebuilds}.${pictureCodeKey()}`);
    // Another build of the picture code, or older counters: recomputed.
    await store.putPictureSnapshot('dam-breach', `${v.reports}.${v.appends}.${v.rebuilds}.another-build`, [Buffer.from('{"stale":1}')]);
    expect(await text(store)).toEqual({ json: await computed(store), stored: false });
    // The current key: sent as it is (the store is trusted to hold what was computed under it).
    await store.putPictureSnapshot('dam-breach', snapshotKey(v), [Buffer.from('{"planted":1}')]);
    expect(await text(store)).toEqual({ json: '{"planted":1}', stored: true });
  });
});

describe('snapshot files of an SQLite store', () => {
  test('live beside the database file; one cut short by a crash, or a leftover temporary file, is not served', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-snapshot-'));
    const path = join(dir, 'store.db');
    const store = await openStore(path);
    try {
      await store.putReport(report('Three villages were flooded and 5 people died.', '2025-08-01T06:00:00Z'), [killed(5, 'the mayor')], 'import');
      const first = await text(store);
      expect(first.stored).toBe(false);
      const files = readdirSync(join(dir, 'store.db.pictures'));
      expect(files).toHaveLength(1);
      const file = join(dir, 'store.db.pictures', files[0]);
      expect(readFileSync(file, 'utf8').split('\n')[1]).toBe(first.json);
      expect((await text(store)).stored).toBe(true);

      // The JSON cut short after the key line: not served, computed again (and kept whole again).
      truncateSync(file, statSync(file).size - 10);
      expect(await text(store)).toEqual({ json: first.json, stored: false });
      expect((await text(store)).stored).toBe(true);
      // Bytes after the JSON its first line measures: not what was written either.
      appendFileSync(file, 'x');
      expect(await text(store)).toEqual({ json: first.json, stored: false });
      // A temporary file a crashed writer left behind changes nothing.
      writeFileSync(`${file}.4242.abcd.tmp`, 'half a pic');
      expect(await text(store)).toEqual({ json: first.json, stored: true });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('show --json through the CLI', () => {
  const tmp = tempStore();
  const env = { SITREP_DB: tmp.db };
  afterAll(() => tmp.cleanup());

  test('the same bytes on a second show; an ingest makes the next one new', () => {
    const file = (name: string, body: string) => ({ name, body });
    const reports = [
      file('a.txt', 'The Kerrow dam breached before dawn. The district governor said 6 people were killed.'),
      file('b.txt', 'By evening the district governor said 11 people had been killed in the Kerrow flood.'),
    ];
    expect(sitrep(['ingest', '-', '--incident', 'kerrow-dam', '--outlet', 'Valley Post', '--published', '2025-08-01T08:00:00Z'], { env, input: reports[0].body }).code).toBe(0);
    const one = sitrep(['show', 'kerrow-dam', '--json'], { env });
    expect(one.code).toBe(0);
    const two = sitrep(['show', 'kerrow-dam', '--json'], { env });
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).figures.find((f: { measure: string }) => f.measure === 'killed').estimate.best).toBe(6);

    expect(sitrep(['ingest', '-', '--incident', 'kerrow-dam', '--outlet', 'Valley Post', '--published', '2025-08-01T18:00:00Z'], { env, input: reports[1].body }).code).toBe(0);
    const three = JSON.parse(sitrep(['show', 'kerrow-dam', '--json'], { env }).stdout);
    expect(three.figures.find((f: { measure: string }) => f.measure === 'killed').estimate.best).toBe(11);

    const missing = sitrep(['show', 'no-such-dam', '--json'], { env });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-dam: no such incident/);
  });
});
