// A throwaway PostgreSQL server for tests: initdb into a temp dir, trust auth, 127.0.0.1 on a free port,
// unix socket inside the temp dir. SITREP_TEST_PG_URL points the tests at an existing server instead.
// Without PostgreSQL the suite fails under CI (CI installs the Debian package) and skips loudly otherwise.
import { execFile, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PgServer {
  /** URL of the server's maintenance database; use createDatabase() for an empty one. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The bin dir of the newest installed Debian PostgreSQL, or null. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** Whether PostgreSQL tests can run; under CI, missing PostgreSQL is an error, not a skip. */
export function pgAvailable(): boolean {
  if (process.env.SITREP_TEST_PG_URL) return true;
  if (findPgBin()) return true;
  const why = 'PostgreSQL not found: install the Debian package `postgresql` (initdb under '
    + '/usr/lib/postgresql/*/bin) or set SITREP_TEST_PG_URL';
  if (process.env.CI) throw new Error(`${why}. CI must run the PostgreSQL store tests.`);
  console.warn(`\n!!! ${why}. SKIPPING the PostgreSQL store tests. !!!\n`);
  return false;
}

let counter = 0;
function uniqueName(): string {
  return `sitrep_t${process.pid}_${Date.now().toString(36)}_${counter++}`;
}

export async function startPg(): Promise<PgServer> {
  const external = process.env.SITREP_TEST_PG_URL;
  if (external) return externalServer(external);
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL not found under /usr/lib/postgresql/*/bin');

  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: hand the dir to the `postgres` system user and run as it.
  const asUser = process.getuid?.() === 0 ? await postgresUser() : null;
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const exec = (cmd: string, args: string[]) => (asUser
    ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args])
    : run(join(bin, cmd), args));

  const port = await freePort();
  // If the test process dies without calling stop() (vitest kills its workers), a detached watchdog
  // stops the server and removes the dir once this process is gone.
  const pgCtl = `${asUser ? 'runuser -u postgres -- ' : ''}'${join(bin, 'pg_ctl')}'`;
  const watchdog = spawn('sh', ['-c',
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; `
    + `${pgCtl} -D '${data}' -m immediate stop >/dev/null 2>&1; rm -rf '${dir}'`,
  ], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  const stop = async () => {
    watchdog.kill();
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    // fsync off: these clusters are thrown away, crash tests kill clients, not the server.
    const opts = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} `
      + '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50';
    await exec('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
  } catch (err) {
    await stop();
    throw new Error(`could not start a test PostgreSQL with ${bin}: ${(err as Error).message}`);
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    createDatabase: (name) => createDatabase(url, name ?? uniqueName()),
    stop,
  };
}

async function externalServer(url: string): Promise<PgServer> {
  const created: string[] = [];
  return {
    url,
    async createDatabase(name) {
      const db = await createDatabase(url, name ?? uniqueName());
      created.push(new URL(db).pathname.slice(1));
      return db;
    },
    async stop() {
      // Drop only the databases these tests created on a server we do not own.
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        for (const db of created) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await c.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root but there is no `postgres` system user (the Debian package creates it)');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
