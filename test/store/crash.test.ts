// "The database is never half-written": a child writing reports with 50 000 claims each is killed
// with SIGKILL at a random moment; every report is then either stored whole or absent.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { sqliteBackend, postgresBackend, useBackend } from '../support/store-backends.js';
import { compiledStore } from '../support/compiled-store.js';
import { spawnChild } from '../support/child-lines.js';

const CLAIMS = 50_000;
let storeModule = '';
beforeAll(() => {
  storeModule = compiledStore();
}, 120_000);

describe.each([sqliteBackend(), postgresBackend()])('crash safety on $name', (backend) => {
  useBackend(backend);

  // [reports per put, when to kill as a fraction of how long the first write took]
  test.skipIf(!backend.available).each([
    [1, 0.05], [1, 0.6], [3, 0.5],
  ])('killed mid-write (%i report(s) per put, at %f of a write): whole reports or nothing', async (perPut, at) => {
    const spec = await backend.freshSpec();
    const child = spawnChild([storeModule, spec, 'crash', String(CLAIMS), String(perPut)]);
    // Time the first write, then kill the next one part-way through. A write that ends before the kill (a loaded
    // machine makes one write slower than the next) is timed in turn, and the kill aims at the write after it, so
    // that the child always dies with a write in flight.
    const begin = child.lines.length;
    await child.waitFor(/^stored /);
    let iBegin = child.lines.findIndex((l, i) => i >= begin && l.startsWith('begin '));
    let iStored = child.lines.findIndex((l) => l.startsWith('stored '));
    let took = child.times[iStored] - child.times[iBegin];
    for (let attempt = 0; ; attempt++) {
      await child.waitFor(/^begin /, iStored + 1);
      iBegin = child.lines.findIndex((l, i) => i > iStored && l.startsWith('begin '));
      await new Promise((r) => setTimeout(r, Math.floor(took * at)));
      const done = child.lines.findIndex((l, i) => i > iBegin && l.startsWith('stored '));
      if (done < 0 || attempt === 9) break;
      iStored = done;
      took = child.times[iStored] - child.times[iBegin];
    }
    child.proc.kill('SIGKILL');
    const exit = await child.exited;
    expect(exit.signal).toBe('SIGKILL');

    const stored = new Set(child.lines.filter((l) => l.startsWith('stored ')).flatMap((l) => l.slice(7).split(',')));
    const begun = child.lines.filter((l) => l.startsWith('begin ')).flatMap((l) => l.slice(6).split(','));
    const inFlight = begun.filter((id) => !stored.has(id));
    expect(inFlight.length).toBeGreaterThan(0);

    if (backend.name === 'sqlite') {
      const db = new Database(spec, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    const store = await openStore(spec);
    try {
      const groups = await store.incidentClaims('crash');
      const counts = new Map(groups.map((g) => [g.report.id, g.claims.length]));
      for (const id of stored) expect(counts.get(id)).toBe(CLAIMS);
      for (const [id, n] of counts) {
        expect(n, `report ${id} is half-written`).toBe(CLAIMS);
        expect(begun).toContain(id);
      }
      // A batch is one transaction: its reports are all there or none is.
      const present = inFlight.filter((id) => counts.has(id));
      expect([0, inFlight.length]).toContain(present.length);
      const [summary] = await store.listIncidents();
      expect(summary.claims).toBe(summary.reports * CLAIMS);
      // The store still takes writes after the crash.
      const again = await store.putReport({ id: 'f'.repeat(64), incident: 'crash', text: 'after', origin: 'extracted' }, [], 'v1');
      expect(again.created).toBe(true);
    } finally {
      await store.close();
    }
  });
});
