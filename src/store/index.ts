// Opens the store named by --db / SITREP_DB: a postgres:// URL or a file path (embedded SQLite).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';
import { describeUrl } from './url.js';

export { contentHash } from './hash.js';
// The PostgreSQL driver (~40 ms to load) is imported only when a postgres:// store is opened.
export type { PostgresStore } from './postgres.js';
export { SqliteStore } from './sqlite.js';
export type * from './types.js';

export const DEFAULT_DB = './.sitrep/sitrep.db';

export type StoreSpec =
  | { kind: 'postgres'; url: string }
  | { kind: 'sqlite'; path: string };

/** Interprets a --db value (falling back to SITREP_DB, then the default path). */
export function parseStoreSpec(spec?: string, env: NodeJS.ProcessEnv = process.env): StoreSpec {
  const raw = (spec ?? '').trim() || (env.SITREP_DB ?? '').trim() || DEFAULT_DB;
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new Error(`invalid PostgreSQL URL in --db/SITREP_DB: ${describeUrl(raw)}`);
    }
    return { kind: 'postgres', url: raw };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  if (scheme) {
    throw new Error(`unsupported database URL scheme "${scheme[1]}:" in --db/SITREP_DB: `
      + 'use a postgres:// URL or a file path for the embedded store');
  }
  const path = raw.startsWith('sqlite:') ? raw.slice('sqlite:'.length) : raw;
  if (!path) throw new Error('empty database path in --db/SITREP_DB');
  return { kind: 'sqlite', path: resolve(path) };
}

/** Opens and migrates the store. Errors name the file or server that failed. */
export async function openStore(spec?: string): Promise<Store> {
  const parsed = parseStoreSpec(spec);
  if (parsed.kind === 'postgres') {
    const { PostgresStore } = await import('./postgres.js');
    const store = new PostgresStore(parsed.url);
    try {
      await store.ping();
      await store.migrate();
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
    return store;
  }
  let store: SqliteStore;
  try {
    mkdirSync(dirname(parsed.path), { recursive: true });
    store = new SqliteStore(parsed.path);
  } catch (err) {
    throw new Error(`cannot open database file ${parsed.path}: ${(err as Error).message}`);
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    const msg = (err as Error).message;
    throw new Error(msg.includes(parsed.path) ? msg : `cannot prepare database file ${parsed.path}: ${msg}`);
  }
  return store;
}
