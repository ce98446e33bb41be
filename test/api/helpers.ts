// A throwaway embedded store with the seed report (and optionally more) for API and browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ingestPaths, type IngestOutcome } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEED = join(ROOT, 'examples', '000_071c524da187ddb4.txt');
export const SEED_INCIDENT = 'jaffar-express-hijacking';

export interface TempStore {
  store: Store;
  path: string;
  cleanup: () => Promise<void>;
}

export async function tempStore(withSeed = true): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const path = join(dir, 'sitrep.db');
  const store = await openStore(path);
  if (withSeed) {
    const s = await ingestPaths(store, [SEED], {});
    if (s.stored !== 1) throw new Error('seed report was not stored');
  }
  return {
    store, path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ingests a text the way `sitrep ingest -` would (used to play "another process"). */
export async function ingestText(store: Store, text: string, meta: { incident?: string; outlet?: string; published?: string } = {}): Promise<IngestOutcome> {
  let out: IngestOutcome | null = null;
  await ingestPaths(store, ['-'], { ...meta, stdin: Readable.from([Buffer.from(text)]) }, (o) => { out = o; });
  return out!;
}
