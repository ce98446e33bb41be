// A synthetic incident of coded claims for picture and API benchmarks: `reports` reports with
// `claimsPerReport` figure claims each, spread over a few dozen figures and a few hundred sources,
// published a minute apart. Deterministic for a seed.
import type { FigureClaim, Measure, SourceKind } from '../src/extract/types.js';
import type { NewReport } from '../src/store/types.js';
import { contentHash } from '../src/store/hash.js';
import { rng } from '../src/ingest/bulk-sample.js';

const MEASURES: Measure[] = ['killed', 'injured', 'held', 'freed', 'missing', 'displaced'];
const GROUPS = ['people', 'passengers', 'civilians', 'security_forces', 'attackers', 'hostages', 'women', 'children'];
const KINDS: SourceKind[] = ['official', 'official', 'media', 'witness', 'unnamed', 'militant'];

export interface SyntheticReport {
  report: NewReport;
  claims: FigureClaim[];
}

export function syntheticIncident(incident: string, reports: number, claimsPerReport: number, seed = 5): SyntheticReport[] {
  const r = rng(seed);
  const out: SyntheticReport[] = [];
  for (let i = 0; i < reports; i++) out.push(syntheticReport(incident, i, claimsPerReport, r));
  return out;
}

export function syntheticReport(incident: string, i: number, claimsPerReport: number, r: () => number): SyntheticReport {
  const text = `Synthetic report ${i} of ${incident}: ${claimsPerReport} figures from several sources.`;
  const claims: FigureClaim[] = [];
  for (let c = 0; c < claimsPerReport; c++) {
    const s = Math.floor(r() * 300);
    const low = 10 + Math.floor(r() * 50) + Math.floor(i / 50);
    claims.push({
      id: `f${c + 1}`, type: 'figure',
      measure: MEASURES[Math.floor(r() * MEASURES.length)], group: GROUPS[Math.floor(r() * GROUPS.length)],
      value: { low, high: low, hedge: 'exact' },
      source: { name: `source ${s}`, kind: KINDS[s % KINDS.length] },
      span: { start: 0, end: 9 },
    });
  }
  return {
    report: {
      id: contentHash(text), incident, text, origin: 'imported', outlet: `outlet-${i % 40}`,
      published: new Date(Date.UTC(2025, 2, 11) + i * 60_000).toISOString(),
    },
    claims,
  };
}
