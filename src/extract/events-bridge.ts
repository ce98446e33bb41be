// Event extraction lives in ./events (built separately); this is the one place figure extraction calls it.
import type { EventClaim } from './types.js';
import { findEvents, type EventContext } from './events/index.js';

export type { EventContext };

export function findEventsIfAvailable(ctx: EventContext): EventClaim[] {
  try {
    return findEvents(ctx);
  } catch {
    return []; // extract() never throws; a failing event stage must not lose the figures
  }
}
