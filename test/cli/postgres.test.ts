// The same CLI flow against PostgreSQL (--db postgres://…) as against the embedded store.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend } from '../support/store-backends.js';
import { FIXTURES, sitrep } from './run.js';

describe.each([sqliteBackend(), postgresBackend()])('the CLI on $name', (backend) => {
  let db = '';
  beforeAll(async () => {
    if (!backend.available) return;
    await backend.setup();
    db = await backend.freshSpec();
  });
  afterAll(async () => {
    if (backend.available) await backend.teardown();
  });

  it('ingest, re-ingest, import, re-import, incidents, reports, show, reextract', (ctx) => {
    if (!backend.available) ctx.skip();
    const run = (...args: string[]) => sitrep(['--db', db, ...args]);

    const first = run('ingest', join(FIXTURES, 'batch'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/2 files: 2 stored, 0 unchanged, 0 refused$/m);
    expect(run('ingest', join(FIXTURES, 'batch')).stdout).toMatch(/2 files: 0 stored, 2 unchanged, 0 refused$/m);

    const imp = run('import', join(FIXTURES, 'claims.jsonl'));
    expect(imp.code).toBe(1);
    expect(imp.stdout).toMatch(/4 lines: 2 stored, 0 unchanged, 2 refused$/m);
    expect(run('import', join(FIXTURES, 'claims.jsonl')).stdout).toMatch(/4 lines: 0 stored, 2 unchanged, 2 refused$/m);

    const incidents = JSON.parse(run('incidents', '--json').stdout).incidents;
    expect(incidents.map((i: { slug: string; reports: number }) => [i.slug, i.reports]).sort()).toEqual([
      ['lake-morrow-ferry', 2], ['mine-collapse-test', 2],
    ]);
    const reports = JSON.parse(run('reports', 'lake-morrow-ferry', '--json').stdout).reports;
    expect(reports.map((r: { outlet: string }) => r.outlet)).toEqual(['example-news.test', 'wire.test']);

    const show = run('show', 'mine-collapse-test', '--json');
    expect(show.code, show.stderr).toBe(0);
    const picture = JSON.parse(show.stdout);
    expect(picture.figures.map((f: { measure: string }) => f.measure).sort()).toEqual(['freed', 'killed', 'missing']);
    expect(run('show', 'lake-morrow-ferry').code).toBe(0);

    expect(run('reextract', '--all').stdout).toMatch(/^re-extracted 2 reports .*; 0 already current; 2 imported left as coded$/m);
  });
});
