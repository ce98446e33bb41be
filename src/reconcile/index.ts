// claims -> picture. Pure and deterministic: the same input gives the same picture, byte for byte.
// Reports are read in publish order (unknown times last), then arrival order (seq), then id.
// The work happens in IncidentState (state.ts), which can also take reports one at a time; see
// cache.ts for the incremental use by long-running processes.
import { IncidentState } from './state.js';
import type { Picture, ReconcileInput } from './types.js';

export type * from './types.js';
export { renderPictureText } from './render-text.js';
export { pictureClaimId } from './state.js';
export { createPictureCache, type PictureCache } from './cache.js';

export function reconcileIncident(input: ReconcileInput): Picture {
  const state = new IncidentState(input.incident, input.reviews ?? []);
  state.add(input.reports);
  return state.compute(input.generatedAt);
}
