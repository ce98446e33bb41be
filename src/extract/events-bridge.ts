// Event extraction lives in ./events (built separately). Loaded once at start-up; when the module is
// absent extraction still works and returns figure claims only.
import type { EventClaim, ReportMeta, SourceRef, Span } from './types.js';

export interface EventContext {
  text: string;
  sentences: Span[];
  meta: ReportMeta;
  sourceAt: (offset: number) => SourceRef;
}

type FindEvents = (ctx: EventContext) => EventClaim[];

let findEvents: FindEvents | undefined;
try {
  const path = './events/index.js';
  const mod = (await import(path)) as { findEvents?: FindEvents };
  findEvents = mod.findEvents;
} catch {
  findEvents = undefined;
}

export function findEventsIfAvailable(ctx: EventContext): EventClaim[] {
  if (!findEvents) return [];
  try {
    return findEvents(ctx);
  } catch {
    return []; // extract() never throws; a failing event stage must not lose the figures
  }
}
