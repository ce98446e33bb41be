// A synthetic incident of any size, for the performance tests and for profiling: many outlets
// relaying a few hundred sources over weeks, each report with its text and ~20 claims.
import type { Claim, EventClaim, FigureClaim, SourceKind } from '../../src/extract/types.js';
import type { ReconcileInput } from '../../src/reconcile/types.js';
import { rng } from '../../src/ingest/bulk-sample.js';

const MEASURES = ['killed', 'injured', 'held', 'freed', 'present', 'missing', 'arrested', 'displaced'] as const;
const GROUPS = ['people', 'passengers', 'crew', 'hostages', 'civilians', 'security_forces', 'attackers', 'women', 'children', 'men', 'workers'];
const KINDS: SourceKind[] = ['official', 'militant', 'media', 'witness', 'unnamed'];
const EVENTS = ['attack', 'hijacking', 'gunfight', 'release', 'rescue', 'explosion', 'operation'];

function sourceName(i: number): { name: string; kind: SourceKind } {
  const kind = KINDS[i % KINDS.length];
  switch (kind) {
    case 'official': return { name: i % 3 ? `Provincial Official Number ${i}` : `Ministry spokesman Ahmad Khan ${i}`, kind };
    case 'militant': return { name: i % 2 ? `Front ${i} (F${i})` : `F${i - 1}`, kind };
    case 'media': return { name: `Outlet ${i % 40}`, kind };
    case 'witness': return { name: `a survivor named Ali ${i}`, kind };
    default: return { name: i % 2 ? 'sources' : `officials who asked not to be named ${i % 7}`, kind };
  }
}

export interface ScaleOptions { reports: number; claimsPerReport: number; sources?: number; seed?: number; startSeq?: number }

/** `reports` reports of `claimsPerReport` claims each (figures and a few events), in publish order. */
export function syntheticIncident(opts: ScaleOptions): ReconcileInput {
  const rand = rng(opts.seed ?? 7);
  const nSources = opts.sources ?? 300;
  const start = Date.parse('2025-03-11T00:00:00Z');
  const reports: ReconcileInput['reports'] = [];
  for (let r = 0; r < opts.reports; r++) {
    const seq = (opts.startSeq ?? 0) + r;
    const claims: Claim[] = [];
    const sentences: string[] = [];
    let pos = 0;
    for (let k = 0; k < opts.claimsPerReport; k++) {
      const s = sourceName(Math.floor(rand() * nSources));
      const n = 1 + Math.floor(rand() * 400);
      const measure = MEASURES[Math.floor(rand() * MEASURES.length)];
      const group = GROUPS[Math.floor(rand() * GROUPS.length)];
      const sentence = `${s.name} said ${n} ${group} were ${measure} in report ${seq} claim ${k}. `;
      const at = pos + sentence.indexOf(String(n));
      const id = `c${k}`;
      if (k % 10 === 9) {
        const e: EventClaim = { id, type: 'event', event: EVENTS[k % EVENTS.length], source: { name: s.name, kind: s.kind },
          span: { start: at, end: at + 3 }, sentence: { start: pos, end: pos + sentence.length - 1 } };
        claims.push(e);
      } else {
        const f: FigureClaim = {
          id, type: 'figure', measure, group, value: rand() < 0.2 ? { low: n, high: null, hedge: 'at_least' } : { low: n, high: n, hedge: 'exact' },
          source: { name: s.name, kind: s.kind }, span: { start: at, end: at + String(n).length },
          sentence: { start: pos, end: pos + sentence.length - 1 }, text: `${n} ${group}`,
        };
        if (k % 17 === 5) f.increment = true;
        claims.push(f);
      }
      sentences.push(sentence);
      pos += sentence.length;
    }
    reports.push({
      report: {
        id: `r${String(seq).padStart(6, '0')}`, seq, outlet: `outlet-${r % 50}.example`,
        published: new Date(start + seq * 60_000).toISOString(), text: sentences.join(''),
      },
      claims,
    });
  }
  return { incident: 'synthetic', reports, generatedAt: '2025-04-01T00:00:00Z' };
}
