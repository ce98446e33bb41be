// The backends every store test runs against: a temp SQLite file and a throwaway PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { join } from 'node:path';
import { pgAvailable, startPg, type PgServer } from './pg-cluster.js';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** False when PostgreSQL is missing locally (under CI pgAvailable() throws instead). */
  available: boolean;
  setup(): Promise<void>;
  /** A --db spec naming a new, empty store. */
  freshSpec(): Promise<string>;
  teardown(): Promise<void>;
  /** Runs raw SQL on a store behind the Store's back (to fake a newer schema, say). */
  exec(spec: string, sql: string): Promise<void>;
}

export function sqliteBackend(): StoreBackend {
  let dir = '';
  let n = 0;
  return {
    name: 'sqlite',
    available: true,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    },
    async freshSpec() {
      return join(dir, `store-${n++}`, 'sitrep.db');
    },
    async teardown() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async exec(spec, sql) {
      const db = new Database(spec);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
  };
}

export function postgresBackend(): StoreBackend {
  let server: PgServer | null = null;
  return {
    name: 'postgres',
    available: pgAvailable(),
    async setup() {
      server = await startPg();
    },
    async freshSpec() {
      if (!server) throw new Error('postgres backend not set up');
      return server.createDatabase();
    },
    async teardown() {
      await server?.stop();
      server = null;
    },
    async exec(spec, sql) {
      const c = new pg.Client({ connectionString: spec });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    },
  };
}

export function storeBackends(): StoreBackend[] {
  return [sqliteBackend(), postgresBackend()];
}

/** Sets the backend up before the enclosing describe's tests and tears it down after, when it is available. */
export function useBackend(backend: StoreBackend): void {
  beforeAll(async () => { if (backend.available) await backend.setup(); });
  afterAll(async () => { if (backend.available) await backend.teardown(); });
}

/** useBackend, and a new, empty store for each test (handed to `set`), closed after it; skips when the backend is missing. */
export function freshStoreEachTest(backend: StoreBackend, set: (store: Store) => void): void {
  useBackend(backend);
  let store: Store | undefined;
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    store = await openStore(await backend.freshSpec());
    set(store);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
}
