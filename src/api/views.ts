// A dashboard-sized view of a picture. The full picture of a big incident (100 000 claims) is ~100 MB of
// JSON, too much for a browser to refetch on every update. This view keeps, per figure, all claims and
// history when they are few, otherwise the claims the board shows (each source's latest, those the
// estimate used, those in conflict) and the most recent history; the full lists stay one request away
// (/claims?measure=&group=, the full /picture).
import type { FigureValue } from '../extract/types.js';
import type { Figure, HistoryEntry, Picture, PictureClaim, TimelineEntry } from '../reconcile/types.js';

// Sized for a board that is refetched on every change: a 100 000-claim incident's view is ~1.5 MB of
// JSON (3.7 MB at 60/60/120/500), which is what each dashboard refresh costs the server under load.
// Two dozen chips per figure is more than a phone shows; the chart keeps the newest 60 points.
export const VIEW_LIMITS = { claims: 24, latest: 24, history: 60, timeline: 300, checks: 300, reports: 300 };

export interface Truncation {
  claimsTotal?: number;
  latestTotal?: number;
  historyTotal?: number;
}

/** The full picture leaves a history entry's time and value on its claim; the view may leave that claim out. */
export interface SummaryHistoryEntry extends HistoryEntry {
  at: string | null;
  value: FigureValue;
}

export type SummaryFigure = Omit<Figure, 'history'> & Truncation & { history?: Array<HistoryEntry | SummaryHistoryEntry> };

export interface SummaryPicture extends Omit<Picture, 'figures'> {
  view: 'summary';
  figures: SummaryFigure[];
  timelineTotal?: number;
  checksTotal?: number;
  reportsTotal?: number;
}

/** Newest first by publish time (ISO text; unknown last). Code-unit order: localeCompare costs ~1 µs a call. */
const newestFirst = (a: { published: string | null }, b: { published: string | null }) => {
  const x = a.published ?? '';
  const y = b.published ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
};

export function summaryView(p: Picture, limits = VIEW_LIMITS): SummaryPicture {
  const figures = p.figures.map((f): SummaryFigure => {
    const out: SummaryFigure = { ...f };
    if (f.claims.length > limits.claims) {
      // What the estimate used and what is in conflict first, then the newest latest-per-source claims:
      // a figure with hundreds of sources shows its most recent ones, the rest is one request away.
      const newestLatest = [...f.latest].sort(newestFirst).map((l) => l.claimId);
      const order = [...f.estimate.used, ...f.conflicts.flatMap((c) => c.claims), ...newestLatest];
      const keep = new Set<string>();
      for (const id of order) {
        if (keep.size >= limits.claims) break;
        keep.add(id);
      }
      out.claims = f.claims.filter((c) => keep.has(c.id));
      out.claimsTotal = f.claims.length;
    }
    if (f.latest.length > limits.latest) {
      // A chip per source does not scale to hundreds of sources: the sources the estimate used or that
      // conflict, then the most recent ones.
      const wanted = new Set([...f.estimate.used, ...f.conflicts.flatMap((c) => c.claims)]);
      const newest = [...f.latest].sort(newestFirst);
      out.latest = [...newest.filter((l) => wanted.has(l.claimId)), ...newest.filter((l) => !wanted.has(l.claimId))].slice(0, limits.latest);
      out.latestTotal = f.latest.length;
    }
    if (f.history && f.history.length > limits.history) {
      out.history = f.history.slice(-limits.history);
      out.historyTotal = f.history.length;
    }
    return out;
  });
  const view: SummaryPicture = { ...p, view: 'summary', figures };
  if (p.timeline.length > limits.timeline) {
    // The newest entries matter most on a desk.
    view.timeline = p.timeline.slice(-limits.timeline);
    view.timelineTotal = p.timeline.length;
  }
  withCutClaims(p, view);
  if (p.reports.length > limits.reports) {
    // The newest reports; the counts on the page use reportsTotal.
    view.reports = [...p.reports].sort(newestFirst).slice(0, limits.reports);
    view.reportsTotal = p.reports.length;
  }
  if (p.checks.length > limits.checks) {
    view.checks = [...p.checks.filter((c) => !c.ok), ...p.checks.filter((c) => c.ok)].slice(0, limits.checks);
    view.checksTotal = p.checks.length;
  }
  return view;
}

/**
 * History and timeline entries whose claim the view cut get back what the full picture leaves on that
 * claim: the chart needs a history entry's time and value, the timeline its outlet and evidence (report, span).
 * A small incident's view is the full picture unchanged.
 */
function withCutClaims(p: Picture, view: SummaryPicture): void {
  // Only figures with claimsTotal lost claims. The entries kept are the newest, and so are their claims:
  // each figure's claims are searched from the newest back, until every wanted one is found.
  const byKey = new Map(view.figures.map((f, k) => [`${f.measure}/${f.group}`, k]));
  const lineWants = new Map<number, string[]>();
  for (const t of view.timeline) {
    if (t.kind !== 'figure' || !t.figure || !t.claimId) continue;
    const k = byKey.get(`${t.figure.measure}/${t.figure.group}`);
    if (k === undefined || view.figures[k].claimsTotal === undefined) continue;
    const ids = lineWants.get(k);
    if (ids) ids.push(t.claimId);
    else lineWants.set(k, [t.claimId]);
  }
  const claimOf = new Map<string, PictureClaim>();
  view.figures.forEach((f, k) => {
    if (f.claimsTotal === undefined) return;
    const inView = new Set(f.claims.map((c) => c.id));
    const wanted = new Set<string>();
    for (const e of f.history ?? []) if (!inView.has(e.claimId)) wanted.add(e.claimId);
    for (const id of lineWants.get(k) ?? []) if (!inView.has(id)) wanted.add(id);
    const all = p.figures[k].claims;
    for (let i = all.length - 1; i >= 0 && wanted.size; i--) {
      if (wanted.delete(all[i].id)) claimOf.set(all[i].id, all[i]);
    }
    if (f.history?.some((e) => claimOf.has(e.claimId))) f.history = f.history.map((e) => withClaimTimeValue(e, claimOf.get(e.claimId)));
  });
  if (claimOf.size) view.timeline = view.timeline.map((t) => withClaimReport(t, claimOf));
}

function withClaimTimeValue(e: HistoryEntry, c: PictureClaim | undefined): HistoryEntry | SummaryHistoryEntry {
  return c ? { ...e, at: c.report.published, value: c.increment?.total ?? c.value } : e;
}

function withClaimReport(t: TimelineEntry, claimOf: Map<string, PictureClaim>): TimelineEntry {
  const c = t.kind === 'figure' && t.claimId ? claimOf.get(t.claimId) : undefined;
  return c ? { ...t, reportId: c.reportId, outlet: c.report.outlet, span: c.span } : t;
}
