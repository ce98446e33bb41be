// `npm run bench`: throughput and latency figures, printed as a table. Not a test: nothing here asserts.
// Sections: extraction throughput, pathological inputs (linearity), ingest into both stores.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { extract, EXTRACTOR_VERSION } from '../src/extract/index.js';
import { openStore } from '../src/store/index.js';
import { contentHash } from '../src/store/hash.js';
import type { Store } from '../src/store/types.js';
import { startPg } from '../test/support/pg-cluster.js';
import { corpus } from './corpus.js';
import { rng } from '../src/ingest/bulk-sample.js';
import { syntheticIncident, syntheticReport } from './synthetic.js';
import { bulkIngest } from '../src/ingest/bulk.js';
import { sampleReports } from '../src/ingest/bulk-sample.js';
import { reconcileIncident } from '../src/reconcile/index.js';
import { createPictureCache } from '../src/reconcile/cache.js';
import { reconcileInput } from '../src/pictures/input.js';
import { jsonChunks } from '../src/pictures/json.js';
import { refreshKeptPictures } from '../src/pictures/snapshot.js';
import { startServer } from '../src/api/server.js';
import { PictureService } from '../src/api/pictures.js';

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

/** Bulk ingest of 20 000 generated reports in three steps, so the rate can be seen as the store grows. */
async function benchBulk(label: string, store: Store): Promise<void> {
  const all = sampleReports(20_000, 3).map((s) => ({ text: s.text, meta: s.meta, name: s.name }));
  let done = 0;
  for (const upTo of [1_000, 10_000, 20_000]) {
    const res = await bulkIngest(all.slice(done, upTo), store, { incident: 'bulk-bench' });
    line(`${label}: reports ${done + 1}-${upTo}`, `${Math.round(res.rate)} reports/s (${res.stored} stored)`);
    done = upTo;
  }
  line(`${label}: peak RSS`, `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** An incident of 100 000 claims: full picture, one more report incrementally, and the API over it. */
async function benchPicture(): Promise<void> {
  console.log('\n## picture of an incident with 100 000 claims (5 000 reports x 20 claims, SQLite)');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = await openStore(join(dir, 'picture.db'));
  try {
    const incident = 'big-incident';
    const items = syntheticIncident(incident, 5_000, 20);
    for (let i = 0; i < items.length; i += 500) {
      await store.putReports(items.slice(i, i + 500).map((x) => ({ ...x, extractorVersion: 'import' })));
    }
    // Each step in its own function: what one step keeps alive (rows, 70 MB of JSON, a second cache)
    // must not slow the next one's garbage collection.
    await benchFullPicture(store, incident);
    await benchIncremental(store, incident);
    await benchShowCli(store, join(dir, 'picture.db'), incident);
    await benchApi(store, incident);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall and CPU milliseconds since `from` (CPU counts every thread of this process, GC helpers too). */
function since(from: { t: number; cpu: NodeJS.CpuUsage }): { wall: number; cpu: number } {
  const c = process.cpuUsage(from.cpu);
  return { wall: performance.now() - from.t, cpu: (c.user + c.system) / 1000 };
}

const mark = () => ({ t: performance.now(), cpu: process.cpuUsage() });
// On a shared machine wall time moves with the neighbours' load; CPU time much less.
const wallCpu = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(0)} ms (cpu ${x.cpu.toFixed(0)} ms)`;

async function benchFullPicture(store: Store, incident: string): Promise<void> {
  let m = mark();
  const rows = await store.incidentClaims(incident);
  const read = since(m);
  m = mark();
  const picture = reconcileIncident(reconcileInput(incident, rows, []));
  const reconcile = since(m);
  m = mark();
  let chars = 0;
  for (const chunk of jsonChunks(picture)) chars += chunk.length;
  const json = since(m);
  line('store read (incidentClaims)', wallCpu(read));
  line('reconcile (full)', wallCpu(reconcile));
  line(`JSON of the picture, as UTF-8 chunks (${(chars / MB).toFixed(0)} MB)`, wallCpu(json));
  line('show --json equivalent (read + reconcile + JSON)',
    wallCpu({ wall: read.wall + reconcile.wall + json.wall, cpu: read.cpu + reconcile.cpu + json.cpu }));
}

/** `n` times: one more synthetic report of the incident stored (numbered from `from`), then `measure` run. */
async function afterEachWrite<T>(store: Store, incident: string, n: number, from: number, r: () => number,
  measure: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let k = 0; k < n; k++) {
    const extra = syntheticReport(incident, from + k, 20, r);
    await store.putReport(extra.report, extra.claims, 'import');
    out.push(await measure());
  }
  return out;
}

/** `f` as a measure of its wall milliseconds. */
const timed = (f: () => Promise<unknown>) => async (): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

async function benchIncremental(store: Store, incident: string): Promise<void> {
  const cache = createPictureCache(reconcileInput(incident, await store.incidentClaims(incident), []));
  cache.picture();
  const r = rng(99);
  const times = await afterEachWrite(store, incident, 20, 5_000, r, timed(async () => {
    const fresh = await store.incidentClaimsSince(incident, cache.maxSeq);
    cache.add(reconcileInput(incident, fresh, []).reports);
  }));
  line('one more report: store read + incremental update', `p50 ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms`);
  // A late arrival: a report published before most of the incident's (ingested hours after it appeared). It
  // goes between held reports (in the middle here): the figures it touches walk its sources' later claims again.
  const late: number[] = [];
  for (let k = 0; k < 5; k++) {
    const extra = syntheticReport(incident, 30_000 + k, 20, r);
    const published = new Date(Date.UTC(2025, 2, 11) + (2_500 + k) * 60_000 + 30_000).toISOString();
    await store.putReport({ ...extra.report, published }, extra.claims, 'import');
    const t = performance.now();
    const fresh = await store.incidentClaimsSince(incident, cache.maxSeq);
    cache.add(reconcileInput(incident, fresh, []).reports);
    late.push(performance.now() - t);
  }
  line('one more report published before most others: the same', `p50 ${percentile(late, 0.5).toFixed(0)} ms, p95 ${percentile(late, 0.95).toFixed(0)} ms`);
}

/**
 * `sitrep show <incident> --json` as a user runs it: a fresh node process, stdout into a pipe we drain. Alone
 * (no keeper, no server): the first show after a write (computes the picture, sends it, stores it) and a show
 * with nothing changed since (sends the stored picture). Then with the picture keeper that a large show leaves
 * behind (cli/keeper.ts), and beside a `sitrep serve`.
 */
async function benchShowCli(store: Store, db: string, incident: string): Promise<void> {
  const cli = join('dist', 'cli', 'main.js');
  if (!existsSync(cli)) {
    line('CLI show --json (end to end)', 'skipped: run `npm run build` first');
    return;
  }
  const alone = { SITREP_KEEPER_MINUTES: '0', SITREP_NO_SERVER: '1' };
  await showOnce(cli, db, incident, alone);
  // What a reader finds after any write: the picture as it was before it (the whole of it), under a key no
  // version matches.
  const before = (await store.pictureSnapshot(incident))?.json ?? Buffer.from('{}');
  const afterWrite = () => store.putPictureSnapshot(incident, 'before-the-last-write', [before]);
  await showCliRuns(cli, db, incident, 'alone, after a write: computed, sent, stored', afterWrite, alone);
  await showCliRuns(cli, db, incident, 'alone, nothing changed since: the stored picture', async () => {}, alone);
  await showWithKeeper(cli, db, store, incident);
  // What `sitrep watch` does after a poll that added a report: the stored picture is current again (its
  // pictures kept in memory, as the API keeps them, after a first full one).
  const live = new PictureService(store);
  await refreshKeptPictures(store, [incident], live);
  const times = await afterEachWrite(store, incident, 3, 9_000, rng(7), timed(() => refreshKeptPictures(store, [incident], live)));
  line('a watcher keeps the stored picture current: one more report', `best ${Math.min(...times).toFixed(0)} ms, median ${percentile(times, 0.5).toFixed(0)} ms of 3 until a show sends it`);
  await showBesideServer(cli, db, store, incident);
}

/**
 * A show of a large incident leaves a picture keeper (cli/keeper.ts); another process writes a report; the
 * next show asks the keeper, which adds the report to the picture it holds. The keeper is stopped at the end
 * (it would stop when idle, or when the bench's store is deleted).
 */
async function showWithKeeper(cli: string, db: string, store: Store, incident: string): Promise<void> {
  // The announcement read as it is: findServer here would compare it with the code key of src/, not dist/.
  const { serverFile } = await import('../src/cli/running-server.js');
  const file = serverFile({ kind: 'sqlite', path: db });
  const announced = (): { pid: number } | null => {
    try { return JSON.parse(readFileSync(file, 'utf8')) as { pid: number }; } catch { return null; }
  };
  await showOnce(cli, db, incident);
  const t0 = performance.now();
  let keeper = announced();
  while (!keeper && performance.now() - t0 < 10_000) {
    await new Promise((r) => setTimeout(r, 50));
    keeper = announced();
  }
  if (!keeper) {
    line('CLI show --json with the picture keeper', 'skipped: no keeper announced itself');
    return;
  }
  await showOnce(cli, db, incident); // the keeper's first answer: its picture made
  const walls = await afterEachWrite(store, incident, 5, 15_000, rng(13), timed(() => showOnce(cli, db, incident)));
  line('CLI show --json after a write, the keeper an earlier show left',
    `best ${Math.min(...walls).toFixed(0)} ms, median ${percentile(walls, 0.5).toFixed(0)} ms of ${walls.length}`);
  try {
    process.kill(keeper.pid, 'SIGTERM');
  } catch {
    // gone already
  }
}

/**
 * The desk's usual setup: `sitrep serve` runs over the store (someone has the dashboard open), another command
 * writes a report, and someone pipes `sitrep show --json`. The show finds the server's announcement and asks
 * it; the server adds the report to the picture it keeps and sends that picture's JSON.
 */
async function showBesideServer(cli: string, db: string, store: Store, incident: string): Promise<void> {
  const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('dashboard on')) resolve(); });
      server.on('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${out}`)));
    });
    const show = async () => {
      const t = performance.now();
      const cpu0 = childrenCpu();
      const server0 = processCpu(server.pid!);
      await showOnce(cli, db, incident);
      const cpu1 = childrenCpu();
      const server1 = processCpu(server.pid!);
      return { wall: performance.now() - t, show: cpu0 === null || cpu1 === null ? NaN : cpu1 - cpu0,
        server: server0 === null || server1 === null ? NaN : server1 - server0 };
    };
    const first = await show();
    line('CLI show --json beside `sitrep serve`: its first picture', `${first.wall.toFixed(0)} ms (cpu: show ${first.show.toFixed(0)} ms, server ${first.server.toFixed(0)} ms)`);
    const runs = await afterEachWrite(store, incident, 5, 12_000, rng(11), show);
    const walls = runs.map((x) => x.wall);
    const best = (xs: number[]) => Math.min(...xs).toFixed(0);
    line('CLI show --json beside `sitrep serve`, after a write by another process',
      `best ${best(walls)} ms, median ${percentile(walls, 0.5).toFixed(0)} ms of ${runs.length} (cpu best: show ${best(runs.map((x) => x.show))} ms, server ${best(runs.map((x) => x.server))} ms)`);
    const again = await show();
    line('CLI show --json beside `sitrep serve`, nothing changed since', `${again.wall.toFixed(0)} ms (cpu: show ${again.show.toFixed(0)} ms, server ${again.server.toFixed(0)} ms)`);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

/** CPU milliseconds (user + system) a running process has used, from /proc (Linux; null elsewhere). */
function processCpu(pid: number): number | null {
  // utime and stime: the 14th and 15th fields, the 12th and 13th after the command name.
  return statCpu(`/proc/${pid}/stat`, 11);
}

async function showCliRuns(cli: string, db: string, incident: string, label: string, before: () => Promise<void>,
  env: Record<string, string> = {}): Promise<void> {
  const times: number[] = [];
  const cpus: number[] = [];
  let bytes = 0;
  for (let k = 0; k < 3; k++) {
    await before();
    const t = performance.now();
    const cpu0 = childrenCpu();
    bytes = await showOnce(cli, db, incident, env);
    times.push(performance.now() - t);
    const cpu1 = childrenCpu();
    if (cpu0 !== null && cpu1 !== null) cpus.push(cpu1 - cpu0);
  }
  // CPU too: on a machine shared with other work the wall time moves with the neighbours' load.
  const cpu = cpus.length ? ` (cpu best ${Math.min(...cpus).toFixed(0)} ms)` : '';
  line(`CLI show --json, ${(bytes / MB).toFixed(0)} MB to a pipe, ${label}`,
    `best ${Math.min(...times).toFixed(0)} ms, median ${percentile(times, 0.5).toFixed(0)} ms of ${times.length}${cpu}`);
}

/** `sitrep show <incident> --json` in a fresh process, its stdout drained; resolves to the bytes it printed. */
function showOnce(cli: string, db: string, incident: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'show', incident, '--json', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let n = 0;
    child.stdout.on('data', (chunk: Buffer) => { n += chunk.length; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(n) : reject(new Error(`sitrep show exited with ${code}`))));
  });
}

/**
 * CPU milliseconds of this process's finished children (user + system), from /proc (Linux; null
 * elsewhere). Node reports a child's exit but not its CPU; the kernel counts it here once it is reaped.
 */
function childrenCpu(): number | null {
  // cutime and cstime: the 16th and 17th fields, the 14th and 15th after the command name.
  return statCpu('/proc/self/stat', 13);
}

/**
 * Two adjacent clock-tick fields of a /proc stat file, counted after the command name (which may hold spaces), as
 * milliseconds; null where there is no /proc. Clock ticks are 1/100 s on Linux (USER_HZ).
 */
function statCpu(file: string, field: number): number | null {
  try {
    const stat = readFileSync(file, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[field]) + Number(f[field + 1]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

// The clients run in a worker thread: their own heap, so receiving megabytes of JSON does not make the
// server's isolate collect garbage (a browser's fetches would not either).
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { urls, requests, concurrency, headers } = workerData;
(async () => {
  const lat = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const k = next++;
      const t = performance.now();
      const res = await fetch(urls[k % urls.length], { headers });
      await res.arrayBuffer();
      if (!res.ok && res.status !== 304) throw new Error(res.status + ' from ' + res.url);
      lat.push(performance.now() - t);
    }
  }));
  parentPort.postMessage({ lat, secs: (performance.now() - started) / 1000 });
})().catch((err) => parentPort.postMessage({ error: String(err) }));
`;

/** N requests from `concurrency` clients in a loop; latency percentiles and throughput. */
async function load(target: string | string[], requests: number, concurrency = 4, headers: Record<string, string> = {}): Promise<string> {
  const urls = typeof target === 'string' ? [target] : target;
  const { lat, secs, error } = await new Promise<{ lat: number[]; secs: number; error?: string }>((resolve, reject) => {
    const w = new Worker(LOAD_WORKER, { eval: true, workerData: { urls, requests, concurrency, headers } });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  });
  if (error) throw new Error(error);
  return `p50 ${percentile(lat, 0.5).toFixed(1)} ms, p95 ${percentile(lat, 0.95).toFixed(1)} ms, ${Math.round(requests / secs)} req/s`;
}

/** The API over the big incident: warm reads under 4 concurrent clients, and catching up with new reports. */
async function benchApi(store: Store, incident: string): Promise<void> {
  const { app, url } = await startServer({ store, port: 0, rateLimit: false });
  try {
    const picture = `${url}/api/incidents/${incident}/picture`;
    const t0 = performance.now();
    await (await fetch(`${picture}?view=summary`)).arrayBuffer();
    line('API summary view, cold (picture computed)', `${(performance.now() - t0).toFixed(0)} ms`);
    const reports = (await (await fetch(`${url}/api/incidents/${incident}/reports?limit=200`)).json()) as { items: Array<{ id: string }> };
    const ids = reports.items.map((r) => r.id);
    const targets: Array<[string, string | string[], number]> = [
      ['picture, summary view', `${picture}?view=summary`, 400],
      ['picture, full (JSON cached, ~70 MB a response)', picture, 8],
      ['incidents list', `${url}/api/incidents?limit=20`, 400],
      ['one report with its claims', ids.map((id) => `${url}/api/reports/${id}`), 400],
      ['claims of one figure, paged', `${url}/api/incidents/${incident}/claims?measure=killed&group=people&limit=50`, 400],
    ];
    for (const [name, target, n] of targets) {
      await (await fetch(typeof target === 'string' ? target : target[0])).arrayBuffer(); // warm
      line(`API ${name}, warm, 4 concurrent`, await load(target, n));
    }
    // What an open dashboard page does on a change notice: revalidate with its ETag (304 when unchanged).
    const etag = (await fetch(`${picture}?view=summary`)).headers.get('etag') ?? '';
    line('API picture, summary view, revalidated (304), 4 concurrent', await load(`${picture}?view=summary`, 400, 4, { 'if-none-match': etag }));
    // Another process adds a report: the next request catches up incrementally. (Numbered after every report the
    // steps before added, so it is appended; a late arrival is measured above.)
    const times = await afterEachWrite(store, incident, 10, 20_000, rng(7),
      timed(async () => (await fetch(`${picture}?view=summary`)).arrayBuffer()));
    line('API summary view after one more report (catch-up)', `p50 ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`sitrep bench — node ${process.version}, extractor ${EXTRACTOR_VERSION}`);
  if (want('extract')) benchExtract();
  if (want('pathological')) benchPathological();
  if (want('ingest') || want('bulk')) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const pg = await startPg();
    try {
      if (want('ingest')) {
        console.log('\n## ingest (extract + one transaction per batch of 200, main thread)');
        const sqlite = await openStore(join(dir, 'bench.db'));
        await benchIngest('embedded (SQLite)', sqlite, 3000);
        await sqlite.close();
        const store = await openStore(await pg.createDatabase());
        await benchIngest('PostgreSQL', store, 3000);
        await store.close();
      }
      if (want('bulk')) {
        console.log('\n## bulk ingest of 20 000 generated reports (worker threads, batched writes)');
        const bulkDb = await openStore(join(dir, 'bulk.db'));
        await benchBulk('embedded (SQLite)', bulkDb);
        await bulkDb.close();
        const pgBulk = await openStore(await pg.createDatabase());
        await benchBulk('PostgreSQL', pgBulk);
        await pgBulk.close();
      }
    } finally {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (want('picture')) await benchPicture();
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
