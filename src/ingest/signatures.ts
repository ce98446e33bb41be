// Incident signatures for automatic assignment, built from what is stored. The store keeps reports, not
// signatures, so a batch that needs them computes them once and then keeps them up to date itself.
import type { Claim } from '../extract/types.js';
import { assignIncident, type IncidentSignature } from '../reconcile/incidents.js';
import type { Store } from '../store/types.js';

/** Names kept per incident: as many as assignIncident keeps when it merges a report into one. */
const MAX_NAMES = 40;

export interface ReportForSignature {
  title?: string;
  text: string;
  published?: string;
}

/** The signature of one report on its own (its names, events and time). */
export function reportSignature(slug: string, report: ReportForSignature, claims: Claim[]): IncidentSignature {
  return { ...assignIncident(report, claims, []).signature, slug };
}

/** Adds a report's signature to an incident's: names by first appearance, events united, time span widened. */
export function mergeSignature(into: IncidentSignature | undefined, add: IncidentSignature): IncidentSignature {
  if (!into) return add;
  const names = [...into.names, ...add.names.filter((n) => !into.names.includes(n))].slice(0, MAX_NAMES);
  const events = [...into.events, ...add.events.filter((e) => !into.events.includes(e))];
  return { slug: into.slug, names, events, from: pick(into.from, add.from, -1), to: pick(into.to, add.to, 1) };
}

function pick(a: string | null, b: string | null, sign: 1 | -1): string | null {
  if (!a) return b;
  if (!b) return a;
  return (Date.parse(b) - Date.parse(a)) * sign > 0 ? b : a;
}

/** Signatures of every incident in the store. */
export async function loadSignatures(store: Store): Promise<Map<string, IncidentSignature>> {
  const out = new Map<string, IncidentSignature>();
  for (const incident of await store.listIncidents()) {
    for (const { report, claims } of await store.incidentClaims(incident.slug)) {
      const sig = reportSignature(incident.slug, report, claims);
      out.set(incident.slug, mergeSignature(out.get(incident.slug), sig));
    }
  }
  return out;
}
