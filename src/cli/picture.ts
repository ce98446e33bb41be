// The picture of an incident for CLI commands: a missing incident is a one-line bad-input error.
import { loadPicture } from '../pictures/input.js';
import type { Picture } from '../reconcile/types.js';
import type { Store } from '../store/types.js';
import { CliError } from './context.js';

export async function pictureOf(store: Store, incident: string): Promise<Picture> {
  const picture = await loadPicture(store, incident);
  if (!picture) throw noSuchIncident(incident);
  return picture;
}

export function noSuchIncident(incident: string): CliError {
  return new CliError(`${incident}: no such incident (see sitrep incidents)`);
}
