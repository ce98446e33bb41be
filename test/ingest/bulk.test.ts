// Bulk ingest of a directory of generated reports, as users run it (the built CLI), and bulkIngest() as the
// benchmark calls it, on both stores. The crash test kills the CLI with SIGKILL mid-run and runs it again.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../../src/ingest/bulk.js';
import { sampleReports } from '../../src/ingest/bulk-sample.js';
import { contentHash, openStore } from '../../src/store/index.js';
import { MAIN, ROOT, sitrep } from '../cli/run.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

const N = 2000;
let dir: string;
let reports: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bulk-'));
  reports = join(dir, 'reports');
  mkdirSync(join(reports, 'more'), { recursive: true });
  sampleReports(N).forEach((r, i) => writeFileSync(join(reports, i % 2 ? 'more' : '', r.name), r.text));
  // What a real dump also holds: files that must be refused, each for its reason.
  writeFileSync(join(reports, 'blank-1.txt'), '');
  writeFileSync(join(reports, 'blank-2.txt'), '');
  writeFileSync(join(reports, 'scan.txt'), Buffer.from('%PDF-1.7 binary'));
  writeFileSync(join(reports, 'huge.txt'), 'x'.repeat(300_000));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function db(path: string): Database.Database {
  return new Database(path, { readonly: true });
}

/** Every stored report is whole: its id is the hash of its text and its claims are all there. */
function checkWhole(path: string): number {
  const d = db(path);
  try {
    const rows = d.prepare(`SELECT r.id, r.text, r.claim_count, (SELECT count(*) FROM claims c WHERE c.report_id = r.id) AS n
      FROM reports r`).all() as Array<{ id: string; text: string; claim_count: number; n: number }>;
    for (const r of rows) {
      expect(r.id).toBe(contentHash(r.text));
      expect(r.n).toBe(r.claim_count);
    }
    const dup = d.prepare('SELECT count(*) AS n FROM (SELECT id FROM reports GROUP BY id HAVING count(*) > 1)').get() as { n: number };
    expect(dup.n).toBe(0);
    return rows.length;
  } finally {
    d.close();
  }
}

describe('sitrep ingest <dir> in bulk', () => {
  it('stores every report, prints plain progress and a summary with refusals grouped by reason', () => {
    const store = join(dir, 'all.db');
    const r = sitrep(['--db', store, 'ingest', '--incident', 'bus-crashes', '--max-bytes', '200K', reports]);
    expect(r.code).toBe(1);
    const total = N + 4;
    expect(r.stdout).toMatch(new RegExp(`^${total} files: ${N} stored, 0 unchanged, 4 refused in [\\d.]+ s \\(\\d+/s\\)$`, 'm'));
    // No per-file lines for a large batch.
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const err = r.stderr.trim().split('\n');
    expect(err.some((l) => new RegExp(`^sitrep: progress: ${total}/${total} files \\(100%\\), \\d+ files/s$`).test(l))).toBe(true);
    expect(err).toContain(`sitrep: refused 2  empty file  (${join(reports, 'blank-1.txt')}, ${join(reports, 'blank-2.txt')})`);
    expect(err.some((l) => /^sitrep: refused 1 {2}binary file \(PDF\), not text {2}\(.*scan\.txt\)$/.test(l))).toBe(true);
    expect(err.some((l) => /^sitrep: refused 1 {2}too large {2}\(.*huge\.txt\)$/.test(l))).toBe(true);
    for (const l of err) expect(l).toMatch(/^sitrep: /);
    expect(checkWhole(store)).toBe(N);

    const again = sitrep(['--db', store, 'ingest', '--incident', 'bus-crashes', '--max-bytes', '200K', reports]);
    expect(again.stdout).toMatch(new RegExp(`^${total} files: 0 stored, ${N} unchanged, 4 refused`, 'm'));
    expect(checkWhole(store)).toBe(N);
  });

  it('resumes after being killed with SIGKILL: no duplicates, no half reports, everything stored', async () => {
    const store = join(dir, 'killed.db');
    const child = spawn(process.execPath, [MAIN, '--db', store, 'ingest', '--verbose', '--incident', 'bus-crashes', '--max-bytes', '200K', reports], { cwd: ROOT });
    let stored = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        stored += (d.toString().match(/^stored/gm) ?? []).length;
        if (stored >= 400 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('close', () => resolve());
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(child.signalCode).toBe('SIGKILL');
    const before = checkWhole(store);
    expect(before).toBeGreaterThanOrEqual(400);
    expect(before).toBeLessThan(N);

    const r = sitrep(['--db', store, 'ingest', '--incident', 'bus-crashes', '--max-bytes', '200K', reports]);
    expect(r.stdout).toMatch(new RegExp(`files: ${N - before} stored, ${before} unchanged, 4 refused`));
    expect(checkWhole(store)).toBe(N);
  });

  it('keeps per-file lines for a small batch', () => {
    const small = join(dir, 'small');
    mkdirSync(small);
    sampleReports(5, 7).forEach((r) => writeFileSync(join(small, r.name), r.text));
    const r = sitrep(['--db', join(dir, 'small.db'), 'ingest', '--incident', 'bus-crashes', small]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('stored'))).toHaveLength(5);
    expect(r.stderr).toBe('');
  });
});

describe.each(storeBackends())('bulkIngest() on $name', (backend) => {
  useBackend(backend);

  it('stores texts in batches, skips them on a second run, and reports rate and memory', async (ctx) => {
    if (!backend.available) ctx.skip();
    const store = await openStore(await backend.freshSpec());
    try {
      const texts = sampleReports(600, 3).map((r) => ({ text: r.text, meta: r.meta, name: r.name }));
      const first = await bulkIngest(texts, store, { incident: 'bus-crashes' });
      expect(first).toMatchObject({ stored: 600, unchanged: 0, refused: 0 });
      expect(first.rate).toBeGreaterThan(0);
      expect(first.peakRss).toBeGreaterThan(10 * 1024 * 1024);
      expect((await store.listIncidents())[0]).toMatchObject({ slug: 'bus-crashes', reports: 600 });
      const second = await bulkIngest(texts, store, { incident: 'bus-crashes' });
      expect(second).toMatchObject({ stored: 0, unchanged: 600, refused: 0 });
      // Generated reports are all different: none is taken for a copy of another.
      const ids = await store.reportIds();
      const withCopy = await Promise.all(ids.slice(0, 50).map((id) => store.getReport(id)));
      expect(withCopy.filter((r) => r?.copyOf)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
