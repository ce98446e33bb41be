// The picture keeper (cli/keeper.ts): a `show --json` of a large incident leaves a background process that keeps
// the picture, the next show after a write is answered by it with the bytes a fresh computation gives, and the
// keeper goes away when idle, when its store goes, or when a server takes the store over. Small pictures and
// SITREP_KEEPER_MINUTES=0 leave none. Announcements go to a private temporary directory of this test (TMPDIR).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIncident, syntheticReport } from '../../bench/synthetic.js';
import { rng } from '../../src/ingest/bulk-sample.js';
import { loadPicture } from '../../src/pictures/input.js';
import { openStore, type Store } from '../../src/store/index.js';
import { MAIN, ROOT } from './run.js';

const INCIDENT = 'keeper-incident';

interface Shown { code: number | null; bytes: Buffer; stderr: string }

/** `sitrep show <incident> --json` into a pipe, with the test's TMPDIR and keeper settings. */
function show(db: string, env: Record<string, string>, incident = INCIDENT): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'show', incident, '--json', '--db', db], {
      cwd: ROOT, env: { ...process.env, SITREP_NO_SERVER: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, bytes: Buffer.concat(out), stderr }));
  });
}

/** The announcement files in the test's private temp dir, parsed. */
function announcements(tmp: string): Array<{ pid: number; instance: string; url: string; token?: string }> {
  const dir = join(tmp, `sitrep-${process.getuid?.() ?? 'user'}`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function until<T>(what: string, f: () => T | null | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const computed = async (store: Store) => `${JSON.stringify(await loadPicture(store, INCIDENT))}\n`;

describe('the picture keeper', () => {
  let dir: string;
  let tmp: string;
  let db: string;
  let store: Store;
  const pids: number[] = [];
  const r = rng(3);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-keeper-'));
    tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    db = join(dir, 'store.db');
    store = await openStore(db);
    // ~10 MB of picture JSON: above the keeper's threshold.
    const items = syntheticIncident(INCIDENT, 700, 20);
    for (let i = 0; i < items.length; i += 200) {
      await store.putReports(items.slice(i, i + 200).map((x) => ({ ...x, extractorVersion: 'import' })));
    }
    const [small] = syntheticIncident('small-incident', 1, 3);
    await store.putReport(small.report, small.claims, 'import');
  }, 60_000);

  afterAll(async () => {
    for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is left by a large show, answers the next show after a write with the computed bytes, and stops when idle', async () => {
    const env = { TMPDIR: tmp, SITREP_KEEPER_MINUTES: '0.1' }; // 6 s idle
    const first = await show(db, env);
    expect(first.code).toBe(0);
    expect(first.bytes.length).toBeGreaterThan(8 << 20);
    expect(first.bytes.toString()).toBe(await computed(store));
    const keeper = await until('the keeper to announce itself', () => announcements(tmp)[0]);
    pids.push(keeper.pid);
    expect(alive(keeper.pid)).toBe(true);
    expect(readFileSync(`/proc/${keeper.pid}/cmdline`, 'utf8')).toContain('sitrep picture keeper'); // what ps shows

    // Its only route, and only with its token.
    const bare = await fetch(`${keeper.url}/api/incidents/${INCIDENT}/picture`);
    expect(bare.status).toBe(401);
    const other = await fetch(`${keeper.url}/api/incidents`, { headers: { authorization: `Bearer ${keeper.token}` } });
    expect(other.status).toBe(404);

    // Another process writes; the next show is the keeper's (the show stores no snapshot of its own then).
    const snapshotKey = () => store.pictureSnapshotKey(INCIDENT);
    const keyBefore = await snapshotKey();
    const extra = syntheticReport(INCIDENT, 5_000, 20, r);
    await store.putReport(extra.report, extra.claims, 'import');
    const second = await show(db, env);
    expect(second.code).toBe(0);
    expect(second.bytes.toString()).toBe(await computed(store));
    expect(await snapshotKey()).toBe(keyBefore);

    // Idle for SITREP_KEEPER_MINUTES: gone, and its announcement with it.
    await until('the keeper to stop', () => !alive(keeper.pid) && announcements(tmp).length === 0, 30_000);
  }, 90_000);

  it('stops when its store goes away, and makes way for a server that takes the store over', async () => {
    const env = { TMPDIR: tmp, SITREP_KEEPER_MINUTES: '5' };
    expect((await show(db, env)).code).toBe(0);
    const keeper = await until('the keeper to announce itself', () => announcements(tmp)[0]);
    pids.push(keeper.pid);
    // A server over the same store: the keeper sees the announcement is no longer its own and stops.
    const server = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--db', db], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => server.stdout.on('data', (d: Buffer) => { if (d.toString().includes('dashboard on')) resolve(); }));
      await until('the keeper to make way', () => !alive(keeper.pid), 20_000);
      expect(announcements(tmp).map((a) => a.pid)).toEqual([server.pid]);
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    // A keeper over a store file that is deleted stops too.
    const copyDir = mkdtempSync(join(dir, 'gone-'));
    const copy = join(copyDir, 'store.db');
    const s2 = await openStore(copy);
    const items = syntheticIncident(INCIDENT, 700, 20);
    for (let i = 0; i < items.length; i += 200) await s2.putReports(items.slice(i, i + 200).map((x) => ({ ...x, extractorVersion: 'import' })));
    await s2.close();
    expect((await show(copy, env)).code).toBe(0);
    const k2 = await until('the second keeper', () => announcements(tmp).find((a) => alive(a.pid)));
    pids.push(k2.pid);
    rmSync(copyDir, { recursive: true, force: true });
    await until('the keeper of a deleted store to stop', () => !alive(k2.pid), 20_000);
  }, 120_000);

  it('is not left by a small picture, nor when SITREP_KEEPER_MINUTES=0', async () => {
    const quietTmp = mkdtempSync(join(dir, 'quiet-'));
    expect((await show(db, { TMPDIR: quietTmp }, 'small-incident')).code).toBe(0);
    expect((await show(db, { TMPDIR: quietTmp, SITREP_KEEPER_MINUTES: '0' })).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(announcements(quietTmp)).toEqual([]);
    const bad = await show(db, { TMPDIR: quietTmp, SITREP_KEEPER_MINUTES: 'soon' });
    expect(bad.code).toBe(0); // the show is not the keeper's to fail
    await new Promise((r) => setTimeout(r, 1500));
    expect(announcements(quietTmp)).toEqual([]);
  }, 60_000);
});
