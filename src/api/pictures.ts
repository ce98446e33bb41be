// Pictures of incidents for the API, computed by the pure reconciler and cached until the incident's
// reports, claims or review actions change (checked with two cheap queries per request).
import { createHash } from 'node:crypto';
import { activeReviews, reconcileInput } from '../pictures/input.js';
import { reconcileIncident } from '../reconcile/index.js';
import type { Picture, ReviewAction as PictureReview } from '../reconcile/types.js';
import type { IncidentSummary, Store } from '../store/types.js';
import { summaryView } from './views.js';

interface Entry {
  key: string;
  picture: Picture;
  /** The picture as JSON bytes, made on first request: serialising a big incident costs more than reading the cache. */
  json?: Buffer;
  summaryJson?: Buffer;
  /** Report id -> ingest time, for "changed in the last hour". */
  ingestedAt: Map<string, string>;
}

export interface IncidentPicture {
  summary: IncidentSummary;
  picture: Picture;
  ingestedAt: Map<string, string>;
  /** Changes whenever the picture may have changed (an ETag). */
  version: string;
  /** Full picture (as `sitrep show --json`) or the dashboard's summary view, as UTF-8 JSON. */
  json: (view?: 'full' | 'summary') => Buffer;
}

export class PictureService {
  private readonly cache = new Map<string, Entry>();
  /** One computation per (incident, version) however many requests ask at once. */
  private readonly pending = new Map<string, Promise<Entry>>();

  constructor(private readonly store: Store) {}

  async summaries(): Promise<IncidentSummary[]> {
    return this.store.listIncidents();
  }

  /** The picture of an incident, or null when it has no reports. */
  async get(slug: string, summaries?: IncidentSummary[]): Promise<IncidentPicture | null> {
    const summary = (summaries ?? await this.store.listIncidents()).find((s) => s.slug === slug);
    if (!summary || summary.reports === 0) return null;
    const reviews = await this.store.listReviewActions(slug, { includeUndone: true });
    const key = versionKey(summary, reviews.map((r) => `${r.id}${r.undoneAt ? 'u' : ''}`).join(','));
    const cached = this.cache.get(slug);
    if (cached && cached.key === key) return view(summary, cached);
    const pendingKey = `${slug}\n${key}`;
    let job = this.pending.get(pendingKey);
    if (!job) {
      job = this.compute(slug, key, activeReviews(reviews));
      this.pending.set(pendingKey, job);
      job.finally(() => this.pending.delete(pendingKey)).catch(() => {});
    }
    return view(summary, await job);
  }

  /** Forget a cached picture (after a write through this server). */
  invalidate(slug: string): void {
    this.cache.delete(slug);
  }

  private async compute(slug: string, key: string, reviews: PictureReview[]): Promise<Entry> {
    const rows = await this.store.incidentClaims(slug);
    const picture = reconcileIncident(reconcileInput(slug, rows, reviews));
    const ingestedAt = new Map(rows.map(({ report }) => [report.id, report.ingestedAt]));
    const entry = { key, picture, ingestedAt };
    this.cache.set(slug, entry);
    return entry;
  }
}

function view(summary: IncidentSummary, e: Entry): IncidentPicture {
  return {
    summary,
    picture: e.picture,
    ingestedAt: e.ingestedAt,
    version: createHash('sha1').update(`${summary.slug}\n${e.key}`).digest('base64url'),
    json: (v = 'full') => (v === 'summary'
      ? (e.summaryJson ??= Buffer.from(JSON.stringify(summaryView(e.picture))))
      : (e.json ??= Buffer.from(JSON.stringify(e.picture)))),
  };
}

function versionKey(s: IncidentSummary, reviews: string): string {
  return `${s.reports}|${s.claims}|${s.firstPublished}|${s.lastPublished}|${reviews}`;
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

export function overview(p: IncidentPicture, now: number): IncidentOverview {
  const { picture, ingestedAt } = p;
  const hourAgo = now - 3_600_000;
  const recent = (reportId: string) => {
    const at = ingestedAt.get(reportId);
    return at !== undefined && Date.parse(at) >= hourAgo;
  };
  let changed = 0;
  let contradictions = 0;
  for (const f of picture.figures) {
    const claimReport = new Map(f.claims.map((c) => [c.id, c.reportId]));
    const moved = (f.history ?? []).some((h) => h.change !== 'same' && recent(claimReport.get(h.claimId) ?? ''))
      || (!f.history && f.claims.some((c) => recent(c.reportId)));
    if (moved) changed++;
    if (!f.estimate.override) contradictions += f.conflicts.length;
  }
  const places = new Map<string, number>();
  for (const e of picture.events) if (e.place) places.set(e.place, (places.get(e.place) ?? 0) + e.claims.length);
  const place = [...places.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    place,
    sources: picture.sources.filter((s) => s.claims > 0).length,
    figures: picture.figures.length,
    changedLastHour: changed,
    contradictions,
    failedChecks: picture.checks.filter((c) => !c.ok).length,
  };
}
