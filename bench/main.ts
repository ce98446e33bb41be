// `npm run bench`: throughput and latency figures, printed as a table. Not a test: nothing here asserts.
// Sections: extraction throughput, pathological inputs (linearity), ingest into both stores.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract, EXTRACTOR_VERSION } from '../src/extract/index.js';
import { openStore } from '../src/store/index.js';
import { contentHash } from '../src/store/hash.js';
import type { Store } from '../src/store/types.js';
import { startPg } from '../test/support/pg-cluster.js';
import { corpus } from './corpus.js';

const MB = 1024 * 1024;
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The development set's reports (news-like prose written for the eval), repeated to about `bytes`. */
function devsetCorpus(bytes: number): string[] {
  const dirs = ['dev', 'heldout'].map((d) => join('test', 'fixtures', 'devset', d));
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  const out: string[] = [];
  let total = 0;
  while (total < bytes && texts.length) {
    for (const t of texts) { out.push(t); total += Buffer.byteLength(t); }
  }
  return out;
}

function benchExtract(): void {
  console.log('\n## extraction (one core)');
  measureExtract('development-set prose', devsetCorpus(4 * MB));
  measureExtract('generated dense figures', corpus(4 * MB, 11));
}

function measureExtract(label: string, reports: string[]): void {
  const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r), 0);
  for (const r of reports.slice(0, 50)) extract(r, { outlet: 'Bench Wire' }); // warm-up
  let best = Infinity;
  let claims = 0;
  for (let round = 0; round < 3; round++) {
    claims = 0;
    const ms = timeIt(() => {
      for (const r of reports) claims += extract(r, { outlet: 'Bench Wire' }).claims.length;
    });
    best = Math.min(best, ms);
  }
  line(`${label}: ${reports.length} reports, ${(bytes / MB).toFixed(2)} MB, ${claims} claims`, '');
  line('  extract throughput', `${(bytes / MB / (best / 1000)).toFixed(2)} MB/s`);
  line('  extract rate', `${Math.round(reports.length / (best / 1000))} reports/s`);
}

function benchPathological(): void {
  console.log('\n## pathological inputs (time at n and 4n; linear means a ratio near 4)');
  const cases: Array<[string, (n: number) => string]> = [
    ['digits', (n) => '7'.repeat(n)],
    ['one long sentence', (n) => 'and at least 30 people were killed '.repeat(Math.ceil(n / 35)).slice(0, n)],
    ['nested quotes', (n) => '"'.repeat(n / 2) + 'x said 5 died' + '"'.repeat(n / 2)],
    ['many short lines', (n) => '12 killed\n'.repeat(Math.ceil(n / 10)).slice(0, n)],
  ];
  for (const [name, make] of cases) {
    const small = make(256 * 1024);
    const big = make(1024 * 1024);
    extract(small);
    const t1 = timeIt(() => extract(small));
    const t4 = timeIt(() => extract(big));
    line(`${name}: 256 KB ${t1.toFixed(0)} ms, 1 MB ${t4.toFixed(0)} ms`, `ratio ${(t4 / Math.max(t1, 0.01)).toFixed(1)}`);
  }
}

async function benchIngest(label: string, store: Store, n: number): Promise<void> {
  const reports = corpus(n * 1700, 23).slice(0, n);
  const batchSize = 200;
  const t0 = performance.now();
  let claims = 0;
  for (let i = 0; i < reports.length; i += batchSize) {
    const items = reports.slice(i, i + batchSize).map((text, j) => {
      const ex = extract(text, { outlet: 'Bench Wire' });
      claims += ex.claims.length;
      return {
        report: {
          id: contentHash(text), incident: `bench-${(i + j) % 20}`, text, origin: 'extracted' as const,
          outlet: 'Bench Wire', published: new Date(Date.UTC(2025, 2, 11) + (i + j) * 60_000).toISOString(),
        },
        claims: ex.claims,
        extractorVersion: EXTRACTOR_VERSION,
      };
    });
    await store.putReports(items);
  }
  const s = (performance.now() - t0) / 1000;
  line(`${label}: ${n} reports, ${claims} claims (extract + store)`, `${Math.round(n / s)} reports/s`);
}

async function main(): Promise<void> {
  console.log(`sitrep bench — node ${process.version}, extractor ${EXTRACTOR_VERSION}`);
  if (want('extract')) benchExtract();
  if (want('pathological')) benchPathological();
  if (want('ingest')) {
    console.log('\n## ingest (extract + one transaction per batch of 200)');
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const sqlite = await openStore(join(dir, 'bench.db'));
    await benchIngest('embedded (SQLite)', sqlite, 5000);
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
    const pg = await startPg();
    try {
      const store = await openStore(await pg.createDatabase());
      await benchIngest('PostgreSQL', store, 5000);
      await store.close();
    } finally {
      await pg.stop();
    }
  }
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
