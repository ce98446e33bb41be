// The picture of an incident kept in memory by a long-running process (the server, a watcher), so
// that one more report costs the figures it touches instead of the whole incident.
//
//   const cache = createPictureCache({ incident, reports, reviews });   // full computation
//   cache.picture();                                                    // cached
//   cache.add([{ report, claims }]);                                    // incremental
//
// The cache is keyed by the caller: it holds one incident with one set of review actions. When the
// store's reports for the incident go past `maxSeq` the caller adds the new ones; when the review
// actions change (or a report is moved out or re-extracted) the caller makes a new cache.
import { IncidentState } from './state.js';
import type { Picture, ReconcileInput } from './types.js';

export interface PictureCache {
  readonly incident: string;
  /** Claims held (figures and events, context claims excluded). */
  readonly claims: number;
  /** Reports held. */
  readonly reports: number;
  /** Highest report `seq` held, or -1: the store position the cache has seen. */
  readonly maxSeq: number;
  /** True when the report is already in the picture. */
  has(reportId: string): boolean;
  /** The current picture (computed on first call). */
  picture(generatedAt?: string): Picture;
  /** Adds reports not yet held and returns the updated picture; known ids change nothing. */
  add(reports: ReconcileInput['reports'], generatedAt?: string): Picture;
}

export function createPictureCache(input: ReconcileInput): PictureCache {
  const state = new IncidentState(input.incident, input.reviews ?? []);
  state.add(input.reports);
  return {
    incident: input.incident,
    get claims() { return state.claimCount; },
    get reports() { return state.reportCount; },
    get maxSeq() { return state.maxSeq; },
    has: (id) => state.has(id),
    picture: (generatedAt = input.generatedAt) => state.compute(generatedAt),
    add(reports, generatedAt = input.generatedAt) {
      state.add(reports);
      return state.compute(generatedAt);
    },
  };
}
