// The stored picture JSON of an incident: what `show --json` sends while nothing the picture reads has changed.
// Recomputing a 100 000-claim picture (read, reconcile, ~70 MB of JSON) takes well over a second; a desk asks
// for the same picture many times between two writes. The key is the incident's change counters, which the
// database moves on every write a picture reads (reports, claims, moves, review actions), plus a hash of the
// code and lexicons that make pictures: a new build or an edited source lexicon is a new picture.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Picture } from '../reconcile/types.js';
import type { IncidentVersion, Store } from '../store/types.js';
import { loadPicture } from './input.js';
import { jsonChunks } from './json.js';

/** What turns stored claims into a picture, relative to this module: reconcile, its lexicons, this directory. */
const PICTURE_CODE = ['../reconcile/', '../lexicon/', './'];

let codeKey: string | undefined;

/** A hash of the files that make pictures (read once per process, a few milliseconds). */
export function pictureCodeKey(): string {
  if (codeKey === undefined) {
    const h = createHash('sha1');
    for (const dir of PICTURE_CODE) hashTree(h, new URL(dir, import.meta.url));
    codeKey = h.digest('base64url').slice(0, 16);
  }
  return codeKey;
}

function hashTree(h: Hash, dir: URL): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.isDirectory()) hashTree(h, new URL(`${e.name}/`, dir));
    else if (e.isFile()) h.update(`${e.name}\0`).update(readFileSync(new URL(e.name, dir)));
  }
}

/** The key a picture computed at version `v` is stored under. */
export function snapshotKey(v: IncidentVersion): string {
  return `${v.reports}.${v.appends}.${v.rebuilds}.${pictureCodeKey()}`;
}

export interface PictureJson {
  /** The picture's JSON, compact, in chunks (without a trailing newline); to be read once. */
  chunks: Iterable<Buffer>;
  /** true when it was read from the store, false when computed now. */
  stored: boolean;
  /**
   * When computed, large and read to the end: stores it for the next reader (never throws; a read-only or
   * busy store keeps none).
   */
  keep(): Promise<void>;
}

/**
 * Pictures whose JSON is smaller than this are not kept: they recompute in well under 100 ms, and keeping
 * them would add a write to every `show` of a small incident.
 */
const KEEP_FROM_BYTES = 1 << 20;

/**
 * The picture of an incident as JSON: the stored one while its key holds, else computed (and kept by
 * `keep()` once the caller has sent it, if it is at least `keepFrom` bytes). null when the incident has
 * no reports.
 */
export async function pictureJson(store: Store, incident: string, keepFrom = KEEP_FROM_BYTES): Promise<PictureJson | null> {
  // The counters are read before the claims: a write between the two reads makes this picture newer than its
  // key, and that key is never asked for again (the counters only move forward). The other order could
  // store an older picture under a newer key.
  const v = await store.incidentVersion(incident);
  if (!v || v.reports === 0) return null;
  const key = snapshotKey(v);
  const stored = await store.pictureSnapshot(incident, key);
  if (stored) return { chunks: [stored.json], stored: true, keep: async () => {} };
  const picture = await loadPicture(store, incident);
  if (!picture) return null;
  // Chunks are handed out as they are made, so the caller writes the first while the rest are serialised,
  // and gathered for keep().
  const sent: Buffer[] = [];
  let whole = false;
  function* chunks(p: Picture): Generator<Buffer> {
    for (const chunk of jsonChunks(p)) {
      sent.push(chunk);
      yield chunk;
    }
    whole = true;
  }
  return {
    chunks: chunks(picture),
    stored: false,
    keep: async () => {
      if (!whole || sent.reduce((n, c) => n + c.length, 0) < keepFrom) return;
      try {
        await store.putPictureSnapshot(incident, key, sent);
      } catch {
        // A cache: the picture was sent; the next reader computes it again.
      }
    },
  };
}

/** A picture kept current in memory (the API's PictureService): its counters and its JSON. */
export interface LivePictures {
  get(incident: string): Promise<{ counters: IncidentVersion; fullChunks(): Iterable<Buffer> } | null>;
}

/**
 * For a process that keeps adding reports (`sitrep watch`): brings the kept picture of each incident up to date
 * after its writes, so the next `show --json` sends it instead of computing it. Only incidents that have a
 * kept picture (someone showed them, and they are large) are made; one already current is left alone. The
 * `live` pictures are kept in memory and brought up to date by the reports added since, so a refresh costs
 * the JSON and the write, not a recompute. Returns the incidents whose picture was kept anew.
 */
export async function refreshKeptPictures(store: Store, incidents: Iterable<string>, live: LivePictures): Promise<string[]> {
  const done: string[] = [];
  for (const incident of incidents) {
    const kept = await store.pictureSnapshotKey(incident);
    if (kept === null) continue;
    const p = await live.get(incident);
    const key = p && snapshotKey(p.counters);
    if (!p || !key || key === kept) continue;
    await store.putPictureSnapshot(incident, key, [...p.fullChunks()]);
    done.push(incident);
  }
  return done;
}
