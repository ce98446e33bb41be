// A `sitrep serve` (or `sitrep start`) says in a small file that it serves a store, so that `sitrep show --json`
// on the same store asks it for the picture instead of computing one. The server keeps each incident's picture
// in memory and brings it up to date with the reports written since its last answer, by any process: after a
// write it recomputes the figures the write touched, where a fresh process must read and reconcile the whole
// incident (1.5–2 s for 100 000 claims).
// The file is per user (mode 0600, in a 0700 directory under the temp dir) and named by a hash of the store. It
// holds the server's URL, its access token if it has one, its process id, a random instance id that the server
// sends back with every picture (so a stale file whose port now belongs to something else is never believed),
// and the key of the code that makes pictures (a server built from other code would send another picture).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { INSTANCE_HEADER } from '../api/access.js';
import { pictureCodeKey } from '../pictures/snapshot.js';
import type { StoreSpec } from '../store/index.js';

/** What a running server writes about itself. */
export interface RunningServer {
  url: string;
  token?: string;
  pid: number;
  instance: string;
  codeKey: string;
}

/** Set to 1 to never ask a running server (the picture is computed in the process). */
const OFF_ENV = 'SITREP_NO_SERVER';

function uid(): string {
  try {
    return String(userInfo().uid);
  } catch {
    return 'user';
  }
}

/** The store as one string: the database file, or the PostgreSQL server and database (credentials left out). */
function storeIdentity(spec: StoreSpec): string {
  if (spec.kind === 'sqlite') return `sqlite:${spec.path}`;
  try {
    const u = new URL(spec.url);
    return `postgres:${u.username}@${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return `postgres:${spec.url}`;
  }
}

/** Where the server of a store announces itself. */
export function serverFile(spec: StoreSpec, dir = join(tmpdir(), `sitrep-${uid()}`)): string {
  return join(dir, `server-${createHash('sha1').update(storeIdentity(spec)).digest('hex').slice(0, 20)}.json`);
}

/**
 * Announces a server listening at `url` over the store, that sends `instance` back with its pictures; returns a
 * function that takes the announcement down (only if it is still this server's).
 */
export function announceServer(spec: StoreSpec, url: string, token: string | undefined, instance: string,
  file = serverFile(spec)): { withdraw(): void } {
  const info: RunningServer = { url: loopbackUrl(url), pid: process.pid, instance, codeKey: pictureCodeKey(), ...(token ? { token } : {}) };
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    if (!privateDir(dirname(file))) return { withdraw() {} };
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // Announcing is an optimisation: a server that cannot write the file still serves.
  }
  return {
    withdraw() {
      if (readServer(file)?.instance === instance) rmSync(file, { force: true });
    },
  };
}

/** A server bound to every interface is asked on loopback. */
function loopbackUrl(url: string): string {
  const u = new URL(url);
  if (u.hostname === '0.0.0.0' || u.hostname === '[::]') u.hostname = '127.0.0.1';
  return u.origin;
}

/**
 * A directory only this user can write to: in one that others can write to (the temp dir made by someone else),
 * a stranger could put an announcement that sends `show` to their own server.
 */
function privateDir(dir: string): boolean {
  try {
    const st = statSync(dir);
    return st.isDirectory() && (typeof process.getuid !== 'function' || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readServer(file: string): RunningServer | null {
  try {
    const x = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunningServer>;
    if (typeof x.url !== 'string' || typeof x.pid !== 'number' || typeof x.instance !== 'string' || typeof x.codeKey !== 'string') return null;
    return { url: x.url, pid: x.pid, instance: x.instance, codeKey: x.codeKey, ...(typeof x.token === 'string' ? { token: x.token } : {}) };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server announced for the store, if its process lives and it makes pictures with this code. */
export function findServer(spec: StoreSpec, file = serverFile(spec)): RunningServer | null {
  if (process.env[OFF_ENV] === '1' || !privateDir(dirname(file))) return null;
  const s = readServer(file);
  return s && alive(s.pid) && s.codeKey === pictureCodeKey() ? s : null;
}

/** How long to wait for a connection: a server on this machine answers at once or not at all. */
const CONNECT_MS = 1000;
/**
 * How long a server may stay silent, before its answer or within it. Computing the picture of a large incident
 * from scratch takes seconds; a server silent for this long is stuck, and the show computes alone.
 */
const SILENT_MS = 60_000;

/**
 * Copies the incident's picture JSON from the server to `out`, with a final newline, as `show --json` prints
 * it. Returns false when the server did not send it (not reachable, another process on its port, an error or
 * no such incident): nothing has been written then, and the caller computes the picture itself. Once the
 * first bytes are out, a broken transfer is an error.
 */
export async function pictureFromServer(server: RunningServer, incident: string, out: Writable): Promise<boolean> {
  const res = await new Promise<IncomingMessage | null>((resolve) => {
    const url = `${server.url}/api/incidents/${encodeURIComponent(incident)}/picture`;
    const req = request(url, { headers: server.token ? { authorization: `Bearer ${server.token}` } : {} });
    const connect = setTimeout(() => req.destroy(), CONNECT_MS);
    req.on('socket', (sock) => sock.once('connect', () => clearTimeout(connect)));
    req.setTimeout(SILENT_MS, () => req.destroy(new Error('the server stopped answering')));
    req.on('response', (r) => { clearTimeout(connect); resolve(r); });
    req.on('error', () => { clearTimeout(connect); resolve(null); });
    req.end();
  });
  if (!res) return false;
  if (res.statusCode !== 200 || res.headers[INSTANCE_HEADER] !== server.instance) {
    res.resume();
    return false;
  }
  await new Promise<void>((resolve, reject) => {
    res.on('data', (chunk: Buffer) => {
      if (!out.write(chunk)) { res.pause(); out.once('drain', () => res.resume()); }
    });
    res.on('end', () => (res.complete ? resolve() : reject(new Error('the server stopped while sending the picture'))));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the server stopped while sending the picture')));
  });
  if (!out.write('\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
  return true;
}
