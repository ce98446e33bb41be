// Event extraction lives in ./events (built separately); this is the one place figure extraction calls it.
import type { EventClaim, ReportMeta, SourceRef, Span } from './types.js';
import type { Token } from './document.js';
import { findEvents } from './events/index.js';

export interface EventContext {
  text: string;
  sentences: Span[];
  meta: ReportMeta;
  sourceAt: (offset: number) => SourceRef;
  /** Tokens of the figure stage's document, so events need not tokenise again. */
  tokens?: Token[];
}

export function findEventsIfAvailable(ctx: EventContext): EventClaim[] {
  try {
    return findEvents(ctx);
  } catch {
    return []; // extract() never throws; a failing event stage must not lose the figures
  }
}
