// `sitrep show --json` asks a `sitrep serve` running over the same store for the picture (cli/running-server.ts):
// the server's bytes are the ones the CLI would compute, and any doubt about the server (gone, another process
// on its port, other code, an error) leaves the CLI to compute the picture itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { announceServer, findServer, pictureFromServer, serverFile, type RunningServer } from '../../src/cli/running-server.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { jsonBuffer } from '../../src/pictures/json.js';
import { loadPicture } from '../../src/pictures/input.js';
import { pictureCodeKey } from '../../src/pictures/snapshot.js';
import { openStore, type Store } from '../../src/store/index.js';
import { EXAMPLES, MAIN, ROOT, sitrep } from './run.js';

const INCIDENT = 'jaffar-express-hijacking';

/** A Writable that keeps what it is given. */
function sink(): Writable & { bytes(): Buffer } {
  const parts: Buffer[] = [];
  const w = new Writable({ write(chunk: Buffer, _enc, done) { parts.push(chunk); done(); } });
  return Object.assign(w, { bytes: () => Buffer.concat(parts) });
}

describe('the announcement file', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-announce-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one per store, private, found while its process lives, and withdrawn by its server only', () => {
    const spec = { kind: 'sqlite' as const, path: join(dir, 'a.db') };
    const file = serverFile(spec, dir);
    expect(serverFile({ kind: 'sqlite', path: join(dir, 'b.db') }, dir)).not.toBe(file);
    const a = announceServer(spec, 'http://0.0.0.0:4321', 'sekrit', 'instance-a', file);
    expect(readFileSync(file, 'utf8')).toContain('sekrit');
    expect(spawnSync('stat', ['-c', '%a', file], { encoding: 'utf8' }).stdout.trim()).toBe('600');
    const found = findServer(spec, file);
    expect(found).toMatchObject({ url: 'http://127.0.0.1:4321', token: 'sekrit', instance: 'instance-a', pid: process.pid });
    // A second server over the same store takes the file over; the first one's withdrawal leaves it alone.
    const b = announceServer(spec, 'http://127.0.0.1:4322', undefined, 'instance-b', file);
    a.withdraw();
    expect(findServer(spec, file)?.instance).toBe('instance-b');
    b.withdraw();
    expect(existsSync(file)).toBe(false);
    expect(findServer(spec, file)).toBeNull();
  });

  it('is not believed when its process is gone, its code makes other pictures, it is garbled, or SITREP_NO_SERVER=1', () => {
    const spec = { kind: 'sqlite' as const, path: join(dir, 'c.db') };
    const file = serverFile(spec, dir);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const base: RunningServer = { url: 'http://127.0.0.1:1', pid: process.pid, instance: 'x', codeKey: pictureCodeKey() };
    writeFileSync(file, JSON.stringify(base));
    expect(findServer(spec, file)).not.toBeNull();
    writeFileSync(file, JSON.stringify({ ...base, pid: dead }));
    expect(findServer(spec, file)).toBeNull();
    writeFileSync(file, JSON.stringify({ ...base, codeKey: 'another-build' }));
    expect(findServer(spec, file)).toBeNull();
    writeFileSync(file, '{"url": 5');
    expect(findServer(spec, file)).toBeNull();
    writeFileSync(file, JSON.stringify(base));
    process.env.SITREP_NO_SERVER = '1';
    try {
      expect(findServer(spec, file)).toBeNull();
    } finally {
      delete process.env.SITREP_NO_SERVER;
    }
  });

  it('is neither written nor believed in a directory others may write to', () => {
    const open = join(dir, 'shared');
    spawnSync('mkdir', ['-m', '777', open]);
    spawnSync('chmod', ['777', open]);
    const spec = { kind: 'sqlite' as const, path: join(dir, 'd.db') };
    const file = serverFile(spec, open);
    announceServer(spec, 'http://127.0.0.1:4323', undefined, 'instance-d', file);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, JSON.stringify({ url: 'http://127.0.0.1:1', pid: process.pid, instance: 'x', codeKey: pictureCodeKey() }));
    expect(findServer(spec, file)).toBeNull();
  });

  it('names a PostgreSQL store without its password', () => {
    const one = serverFile({ kind: 'postgres', url: 'postgres://desk:pw1@db.example:5432/sitrep' }, dir);
    expect(serverFile({ kind: 'postgres', url: 'postgres://desk:pw2@db.example/sitrep' }, dir)).toBe(one);
    expect(serverFile({ kind: 'postgres', url: 'postgres://desk:pw1@db.example:5432/other' }, dir)).not.toBe(one);
  });
});

describe('pictureFromServer', () => {
  let dir: string;
  let store: Store;
  let expected: Buffer;
  const servers: Array<{ close(): Promise<unknown> }> = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-picture-server-'));
    store = await openStore(join(dir, 'sitrep.db'));
    await ingestPaths(store, [EXAMPLES], {});
    expected = Buffer.concat([jsonBuffer((await loadPicture(store, INCIDENT))!), Buffer.from('\n')]);
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function serve(instance: string, token?: string): Promise<string> {
    const { app, url } = await startServer({ store, port: 0, instance, token, rateLimit: false });
    servers.push(app);
    return url;
  }
  const at = (url: string, instance: string, token?: string): RunningServer =>
    ({ url, pid: process.pid, instance, codeKey: pictureCodeKey(), ...(token ? { token } : {}) });

  it('copies the picture, with the final newline show --json prints, byte for byte', async () => {
    const url = await serve('one');
    for (let k = 0; k < 2; k++) { // computed, then from the server's kept JSON
      const out = sink();
      expect(await pictureFromServer(at(url, 'one'), INCIDENT, out)).toBe(true);
      expect(out.bytes().equals(expected)).toBe(true);
    }
  });

  it('writes nothing and says no for another instance, an unknown incident, a wrong token or nobody listening', async () => {
    const url = await serve('two');
    const tokenUrl = await serve('three', 'letmein');
    const { app, url: gone } = await startServer({ store, port: 0, instance: 'four' });
    await app.close();
    const cases: Array<[RunningServer, string]> = [
      [at(url, 'not-two'), INCIDENT],
      [at(url, 'two'), 'no-such-incident'],
      [at(tokenUrl, 'three'), INCIDENT],
      [at(tokenUrl, 'three', 'wrong'), INCIDENT],
      [at(gone, 'four'), INCIDENT],
    ];
    for (const [server, incident] of cases) {
      const out = sink();
      expect(await pictureFromServer(server, incident, out)).toBe(false);
      expect(out.bytes().length).toBe(0);
    }
    const out = sink();
    expect(await pictureFromServer(at(tokenUrl, 'three', 'letmein'), INCIDENT, out)).toBe(true);
    expect(out.bytes().equals(expected)).toBe(true);
  });
});

describe('sitrep show --json beside sitrep serve', () => {
  it('prints what it prints alone, before and after a write by another command, and after the server is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-show-serve-'));
    const db = join(dir, 'sitrep.db');
    const file = serverFile({ kind: 'sqlite', path: db });
    const env = { SITREP_DB: db };
    expect(sitrep(['ingest', join(EXAMPLES, '000_071c524da187ddb4.txt'), '--incident', INCIDENT], { env }).code).toBe(0);
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0'], {
      cwd: ROOT, env: { ...process.env, SITREP_DB: db, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no dashboard line in time:\n${out}`)), 45_000);
        child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('dashboard on')) { clearTimeout(timer); resolve(); } });
        child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}:\n${out}`)); });
      });
      // (findServer here would compare the code keys of src/, which vitest runs, and dist/, which serve runs.)
      expect((JSON.parse(readFileSync(file, 'utf8')) as RunningServer).pid).toBe(child.pid);
      const same = () => {
        const viaServer = sitrep(['show', INCIDENT, '--json'], { env });
        const alone = sitrep(['show', INCIDENT, '--json'], { env: { ...env, SITREP_NO_SERVER: '1' } });
        expect(viaServer.code).toBe(0);
        expect(viaServer.stdout).toBe(alone.stdout);
        return viaServer.stdout;
      };
      const first = same();
      expect(sitrep(['ingest', join(EXAMPLES, '001_frontier-wire_first-rescues.txt'), '--incident', INCIDENT], { env }).code).toBe(0);
      expect(same()).not.toBe(first);
      // An unknown incident is the usual one-line error.
      const missing = sitrep(['show', 'no-such-incident', '--json'], { env });
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('no such incident');
      // Killed without a chance to withdraw: the file stays, its process is gone, show computes alone.
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect((JSON.parse(readFileSync(file, 'utf8')) as RunningServer).pid).toBe(child.pid);
      same();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(file, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('withdraws its announcement when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-stop-'));
    const db = join(dir, 'sitrep.db');
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no dashboard line in time:\n${out}`)), 45_000);
        child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('dashboard on')) { clearTimeout(timer); resolve(); } });
      });
      expect(existsSync(serverFile({ kind: 'sqlite', path: db }))).toBe(true);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      expect(existsSync(serverFile({ kind: 'sqlite', path: db }))).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
