// Where and when an incident happened, as far as the picture says: the place most events name, and the
// date of the latest report (the "as of" of every export row).
import type { Picture } from '../reconcile/types.js';

export interface Place {
  name: string | null;
  adm1: string | null;
}

/**
 * The proper-named place cited by the most event claims (ties: the first reported). Descriptions such as
 * "a remote location" or "the site" name no place and are skipped; no gazetteer guess here.
 */
export function placeOf(p: Picture): Place {
  const counts = new Map<string, number>();
  for (const e of p.events) {
    if (!e.place || e.negated || !/(^|\s)\p{Lu}/u.test(e.place)) continue;
    counts.set(e.place, (counts.get(e.place) ?? 0) + e.claims.length);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return { name: best, adm1: null };
}

/** YYYY-MM-DD of the latest dated report, or null. */
export function dateOf(p: Picture): string | null {
  let last: string | null = null;
  for (const r of p.reports) if (r.published && (last === null || r.published > last)) last = r.published;
  return last ? last.slice(0, 10) : null;
}
