// Pictures of incidents for the API. One in-memory picture per incident (reconcile's PictureCache), kept
// current with the store's change counters (store.incidentVersion, one indexed row per request):
// - counters unchanged: the cached picture (and its JSON) is served as it is;
// - only `appends` moved: the reports after the cache's highest seq are read and added incrementally;
// - `rebuilds` moved (a report moved in or out, claims replaced, a review action taken or undone), or
//   the cache holds fewer reports than the store counts (a report that committed with a lower seq than
//   one already read, possible on PostgreSQL): the picture is computed again from scratch.
// The counters are kept by database triggers, so writes by other processes (CLI, watcher) count too.
import { createHash } from 'node:crypto';
import { activeReviews, reconcileInput } from '../pictures/input.js';
import { FragmentCache, jsonChunks } from '../pictures/json.js';
import { createPictureCache, type PictureCache } from '../reconcile/cache.js';
import type { Picture } from '../reconcile/types.js';
import type { IncidentSummary, IncidentVersion, ReportWithClaims, Store } from '../store/types.js';
import { summaryView } from './views.js';

interface Entry {
  cache: PictureCache;
  /** The counters the cache is known to be current with. */
  version: IncidentVersion;
  /** Set by invalidate(): catch up on the next request whatever the counters say. */
  stale?: boolean;
  picture: Picture;
  /**
   * The picture as JSON, in chunks, made on first request: serialising a big incident costs more than reading
   * the cache. Chunks, not one buffer: joining 70 MB would copy it once more.
   */
  json?: Buffer[];
  /** The JSON of figures, timeline entries and checks, reused for the ones a catch-up did not touch. */
  fragments: FragmentCache;
  summaryJson?: Buffer;
  /** Report id -> ingest time, for "changed in the last hour". */
  ingestedAt: Map<string, string>;
}

export interface IncidentPicture {
  picture: Picture;
  ingestedAt: Map<string, string>;
  /** Changes whenever the picture may have changed (an ETag). */
  version: string;
  /** The incident's change counters this picture is current with (it may hold reports added since). */
  counters: IncidentVersion;
  /** Full picture (as `sitrep show --json`) or the dashboard's summary view, as UTF-8 JSON. */
  json: (view?: 'full' | 'summary') => Buffer;
  /** The full picture's JSON in chunks, made as they are read unless already made; kept once read to the end. */
  fullChunks: () => Iterable<Buffer>;
}

export class PictureService {
  private readonly cache = new Map<string, Entry>();
  /** One catch-up per incident at a time, however many requests ask at once. */
  private readonly pending = new Map<string, Promise<Entry | null>>();

  /** How pictures were brought up to date (for tests and the bench): from scratch, or by catching up. */
  readonly counts = { full: 0, incremental: 0 };

  constructor(private readonly store: Store) {}

  async summaries(): Promise<IncidentSummary[]> {
    return this.store.listIncidents();
  }

  /**
   * The picture of an incident, or null when it has no reports. (A second argument, the incidents
   * list that older callers pass, is no longer needed: the version row says all.)
   */
  async get(slug: string, _summaries?: IncidentSummary[]): Promise<IncidentPicture | null> {
    const v = await this.store.incidentVersion(slug);
    if (!v || v.reports === 0) {
      this.cache.delete(slug);
      return null;
    }
    const cached = this.cache.get(slug);
    if (cached && !cached.stale && sameVersion(cached.version, v)) return view(slug, cached);
    let job = this.pending.get(slug);
    if (!job) {
      job = this.sync(slug, v);
      this.pending.set(slug, job);
      job.finally(() => this.pending.delete(slug)).catch(() => {});
    }
    const e = await job;
    return e ? view(slug, e) : null;
  }

  /**
   * After a write through this server: the next request catches up even if the counters look the same.
   * The counters already see every write; this only costs one more incremental read.
   */
  invalidate(slug: string): void {
    const e = this.cache.get(slug);
    if (e) e.stale = true;
  }

  /** Brings the incident's entry up to `v` (or later): incrementally when only reports were added. */
  private async sync(slug: string, v: IncidentVersion): Promise<Entry | null> {
    const e = this.cache.get(slug);
    if (e && e.version.rebuilds === v.rebuilds) {
      e.stale = false;
      const fresh = await this.store.incidentClaimsSince(slug, e.cache.maxSeq);
      if (fresh.length) {
        this.counts.incremental++;
        e.picture = e.cache.add(reconcileInput(slug, fresh, []).reports);
        noteIngested(e.ingestedAt, fresh);
        e.json = undefined;
        e.summaryJson = undefined;
      }
      // Fewer reports than the store counted before this read: one arrived with a lower seq. Start over.
      if (e.cache.reports >= v.reports) {
        e.version = v;
        return e;
      }
    }
    return this.rebuild(slug, v);
  }

  private async rebuild(slug: string, v: IncidentVersion): Promise<Entry | null> {
    // Reviews first: a review taken between the two reads moves `rebuilds` again and the next request
    // starts over; read the other way round, this picture could miss it under a current version.
    const reviews = activeReviews(await this.store.listReviewActions(slug, { includeUndone: false }));
    const rows = await this.store.incidentClaims(slug);
    if (rows.length === 0) {
      this.cache.delete(slug);
      return null;
    }
    this.counts.full++;
    const cache = createPictureCache(reconcileInput(slug, rows, reviews));
    const ingestedAt = new Map<string, string>();
    noteIngested(ingestedAt, rows);
    const entry: Entry = { cache, version: v, picture: cache.picture(), ingestedAt, fragments: new FragmentCache() };
    this.cache.set(slug, entry);
    return entry;
  }
}

function noteIngested(m: Map<string, string>, rows: ReportWithClaims[]): void {
  for (const { report } of rows) m.set(report.id, report.ingestedAt);
}


function sameVersion(a: IncidentVersion, b: IncidentVersion): boolean {
  return a.reports === b.reports && a.appends === b.appends && a.rebuilds === b.rebuilds;
}

function view(slug: string, e: Entry): IncidentPicture {
  const { reports, appends, rebuilds } = e.version;
  return {
    picture: e.picture,
    ingestedAt: e.ingestedAt,
    version: createHash('sha1').update(`${slug}\n${reports}|${appends}|${rebuilds}|${e.cache.maxSeq}`).digest('base64url'),
    counters: e.version,
    json: (v = 'full') => (v === 'summary'
      ? (e.summaryJson ??= Buffer.from(JSON.stringify(summaryView(e.picture))))
      : Buffer.concat([...(e.json ?? keptChunks(e))])),
    fullChunks: () => e.json ?? keptChunks(e),
  };
}

/** The entry's full JSON chunk by chunk; kept as the entry's JSON if its picture is still the entry's at the end. */
function* keptChunks(e: Entry): Generator<Buffer> {
  const picture = e.picture;
  const made: Buffer[] = [];
  for (const chunk of jsonChunks(picture, undefined, e.fragments)) {
    made.push(chunk);
    yield chunk;
  }
  // A catch-up while the chunks were read replaced the picture: these are the old one's bytes.
  if (e.picture === picture && !e.json) e.json = made;
}

/** What the incidents list shows besides the store's counts. */
export interface IncidentOverview {
  place: string | null;
  sources: number;
  figures: number;
  /** Figures with a claim from a report that entered the store in the last hour and moved the value. */
  changedLastHour: number;
  /** Conflicts between sources on figures a reviewer has not settled with an override. */
  contradictions: number;
  failedChecks: number;
}
/** What overview() needs that does not depend on the clock, computed once per picture (pictures are replaced, not changed, when a cache catches up). */
interface Derived {
  place: string | null;
  sources: number;
  /** Per figure: the latest ingest time (ms) of a report whose claim moved the value, or -Infinity. */
  movedAt: number[];
  contradictions: number;
  failedChecks: number;
}

const derived = new WeakMap<Picture, Derived>();

function derive(picture: Picture, ingestedAt: Map<string, string>): Derived {
  const at = (reportId: string) => {
    const s = ingestedAt.get(reportId);
    const t = s === undefined ? NaN : Date.parse(s);
    return Number.isNaN(t) ? -Infinity : t;
  };
  const movedAt: number[] = [];
  let contradictions = 0;
  for (const f of picture.figures) {
    let latest = -Infinity;
    if (f.history) {
      const claimReport = new Map(f.claims.map((c) => [c.id, c.reportId]));
      for (const h of f.history) if (h.change !== 'same') latest = Math.max(latest, at(claimReport.get(h.claimId) ?? ''));
    } else {
      for (const c of f.claims) latest = Math.max(latest, at(c.reportId));
    }
    movedAt.push(latest);
    if (!f.estimate.override) contradictions += f.conflicts.length;
  }
  const places = new Map<string, number>();
  for (const e of picture.events) if (e.place) places.set(e.place, (places.get(e.place) ?? 0) + e.claims.length);
  return {
    place: [...places.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
    sources: picture.sources.filter((s) => s.claims > 0).length,
    movedAt,
    contradictions,
    failedChecks: picture.checks.filter((c) => !c.ok).length,
  };
}

export function overview(p: IncidentPicture, now: number): IncidentOverview {
  let d = derived.get(p.picture);
  if (!d) { d = derive(p.picture, p.ingestedAt); derived.set(p.picture, d); }
  const hourAgo = now - 3_600_000;
  return {
    place: d.place,
    sources: d.sources,
    figures: p.picture.figures.length,
    changedLastHour: d.movedAt.filter((t) => t >= hourAgo).length,
    contradictions: d.contradictions,
    failedChecks: d.failedChecks,
  };
}
