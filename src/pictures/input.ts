// The adapter between the store and the (pure) reconciler: turns stored reports and review actions into a
// ReconcileInput. Shared by the CLI (`show`, `start`) and the API so both compute the same picture.
import { reconcileIncident } from '../reconcile/index.js';
import type { Picture, ReconcileInput, ReviewAction as PictureReview, ReviewVerb } from '../reconcile/types.js';
import type { ReportWithClaims, ReviewAction, Store, StoredReport } from '../store/types.js';

export function reportInput(r: StoredReport): ReconcileInput['reports'][number]['report'] {
  const out: ReconcileInput['reports'][number]['report'] = { id: r.id, seq: r.seq, text: r.text };
  if (r.outlet) out.outlet = r.outlet;
  if (r.published) out.published = r.published;
  if (r.url) out.url = r.url;
  if (r.title) out.title = r.title;
  if (r.copyOf) out.copyOf = r.copyOf;
  if (r.externalId) out.externalId = r.externalId;
  return out;
}

const VERBS: readonly ReviewVerb[] = ['reject', 'confirm', 'override', 'correct', 'merge-sources', 'split-source'];

/**
 * The store keeps review actions uninterpreted ("claim:<id>" / "figure:<measure>/<group>" targets,
 * verbs like "reject" or "reject_claim"); the reconciler wants them typed. Unknown shapes are skipped.
 */
export function toPictureReview(a: ReviewAction): PictureReview | null {
  const verb = VERBS.find((v) => a.action === v || a.action.startsWith(`${v}_`));
  if (!verb) return null;
  let target: PictureReview['target'];
  if (a.target.startsWith('claim:')) target = { claimId: a.target.slice('claim:'.length) };
  else if (a.target.startsWith('figure:')) {
    const [measure, group] = a.target.slice('figure:'.length).split('/');
    if (!measure || !group) return null;
    target = { figure: { measure, group } };
  } else if (a.target.startsWith('source:')) target = { source: a.target.slice('source:'.length) };
  else return null;
  return {
    id: String(a.id),
    incident: a.incident,
    target,
    action: verb,
    ...(a.payload ? { payload: a.payload } : {}),
    who: a.who,
    ...(a.why ? { why: a.why } : {}),
    at: a.at,
    ...(a.undoneAt ? { undoneAt: a.undoneAt } : {}),
  };
}

/** Review actions in force (not undone) in the reconciler's terms. */
export function activeReviews(actions: ReviewAction[]): PictureReview[] {
  return actions.filter((a) => !a.undoneAt).map(toPictureReview).filter((r): r is PictureReview => r !== null);
}

export function reconcileInput(incident: string, rows: ReportWithClaims[], reviews: PictureReview[]): ReconcileInput {
  return {
    incident,
    reports: rows.map(({ report, claims }) => ({ report: reportInput(report), claims })),
    ...(reviews.length ? { reviews } : {}),
  };
}

/** An incident's stored reports with their claims and the review actions in force; null when it has no reports. */
export async function loadIncidentRows(store: Store, incident: string): Promise<{ rows: ReportWithClaims[]; reviews: PictureReview[] } | null> {
  const rows = await store.incidentClaims(incident);
  if (rows.length === 0) return null;
  const reviews = activeReviews(await store.listReviewActions(incident, { includeUndone: false }));
  return { rows, reviews };
}

/** The picture of an incident from the store, or null when the incident has no reports. */
export async function loadPicture(store: Store, incident: string): Promise<Picture | null> {
  const loaded = await loadIncidentRows(store, incident);
  return loaded && reconcileIncident(reconcileInput(incident, loaded.rows, loaded.reviews));
}
