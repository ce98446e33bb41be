// Loads what the picture of an incident is computed from and hands it to the (pure) reconciler.
import type { ReconcileInput, ReviewAction as PictureReview, ReviewVerb } from '../reconcile/types.js';
import { reconcileIncident } from '../reconcile/index.js';
import type { Picture } from '../reconcile/types.js';
import type { ReviewAction, Store, StoredReport } from '../store/types.js';
import { CliError } from './context.js';

export async function pictureOf(store: Store, incident: string): Promise<Picture> {
  const rows = await store.incidentClaims(incident);
  if (rows.length === 0) throw new CliError(`${incident}: no such incident (see sitrep incidents)`);
  const reviews = (await store.listReviewActions(incident, { includeUndone: false }))
    .map(toPictureReview)
    .filter((r): r is PictureReview => r !== null);
  const input: ReconcileInput = {
    incident,
    reports: rows.map(({ report, claims }) => ({ report: reportInput(report), claims })),
    ...(reviews.length ? { reviews } : {}),
  };
  return reconcileIncident(input);
}

function reportInput(r: StoredReport): ReconcileInput['reports'][number]['report'] {
  return {
    id: r.id,
    seq: r.seq,
    text: r.text,
    ...(r.outlet !== undefined && r.outlet !== null ? { outlet: r.outlet } : {}),
    ...(r.published !== undefined && r.published !== null ? { published: r.published } : {}),
    ...(r.url !== undefined && r.url !== null ? { url: r.url } : {}),
    ...(r.title !== undefined && r.title !== null ? { title: r.title } : {}),
    ...(r.copyOf !== undefined && r.copyOf !== null ? { copyOf: r.copyOf } : {}),
  };
}

const VERBS: readonly ReviewVerb[] = ['reject', 'confirm', 'override', 'correct'];

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
  } else return null;
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
