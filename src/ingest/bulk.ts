// Bulk ingest: thousands of files (or texts) into the store, fast and resumable.
// The main thread reads, decodes and hashes each window of inputs, asks the store in one query which of
// them it already has (those are skipped before extraction: a killed run resumes where it stopped), sends
// the rest to worker threads for extraction, then, in input order, links copies, assigns incidents and
// writes the window with one putReports (one transaction, each report whole). While the workers extract
// one window the main thread prepares the next, and at most a few windows are held in memory.
import { availableParallelism } from 'node:os';
import type { ReportMeta } from '../extract/types.js';
import { contentHash } from '../store/hash.js';
import type { Store } from '../store/types.js';
import { collectInputs, type Input } from './files.js';
import {
  IngestSession, unchangedOutcome, type Draft, type IngestOptions, type IngestOutcome, type Settled,
} from './ingest.js';
import { AnalysisPool } from './worker-pool.js';
import type { WorkerResult } from './worker.js';
import { analyse } from './worker-task.js';

/** Inputs per window: also the size of one write batch. */
export const WINDOW = 200;
/** Texts per message to a worker: large enough to amortise messaging, small enough to balance. */
const JOB_SIZE = 25;
/** Windows being extracted while the oldest is written. */
const IN_FLIGHT = 3;

/** Default pool: every core but the one the main thread needs, at least 2, at most 8. */
export function defaultWorkers(): number {
  return Math.max(2, Math.min(8, availableParallelism() - 1));
}

type Unit = { kind: 'input'; input: Input } | { kind: 'draft'; draft: Draft };

interface Window {
  units: number;
  /** Per draft to write, in order; outcomes already known (refused, unchanged) go straight out. */
  slots: Array<{ draft: Draft; result: Promise<WorkerResult> } | { outcome: IngestOutcome }>;
}

/** Runs `inputs` through the bulk pipeline of `session`, emitting one outcome per report. */
export async function ingestInputsInBulk(
  session: IngestSession,
  inputs: Input[],
  emit: (o: IngestOutcome) => void,
  options: IngestOptions,
): Promise<void> {
  await runPipeline(session, inputs.map((input) => ({ kind: 'input', input })), emit, options);
}

async function runPipeline(
  session: IngestSession,
  units: Unit[],
  emit: (o: IngestOutcome) => void,
  options: IngestOptions,
): Promise<void> {
  const size = options.workers ?? defaultWorkers();
  const pool = size > 0 ? AnalysisPool.create(size) : null;
  const analyseBatch = (items: Draft[]): Promise<WorkerResult[]> => {
    const inputs = items.map((d) => ({ text: d.text, meta: d.meta }));
    if (pool) return pool.run(inputs);
    return Promise.resolve(inputs.map((i) => {
      try {
        return { ok: true, analysis: analyse(i) } as const;
      } catch (e) {
        return { ok: false, reason: `extraction failed (${(e as Error).message})` } as const;
      }
    }));
  };
  let done = 0;
  const commit = async (w: Window): Promise<void> => {
    const settled: Array<Settled | IngestOutcome> = [];
    for (const slot of w.slots) {
      if ('outcome' in slot) {
        settled.push(slot.outcome);
        continue;
      }
      const r = await slot.result;
      if (!r.ok) settled.push({ status: 'refused', path: slot.draft.path, reason: r.reason });
      else settled.push(await session.settle(slot.draft, r.analysis));
    }
    const toWrite = settled.filter((s): s is Settled => 'report' in s);
    const puts = await session.store.putReports(toWrite.map((s) => ({
      report: s.report, claims: s.claims, extractorVersion: s.extractorVersion,
    })));
    let k = 0;
    for (const s of settled) emit('report' in s ? session.recordPut(s, puts[k++]) : s);
    done += w.units;
    options.onProgress?.({ done, total: units.length });
  };

  options.onProgress?.({ done, total: units.length });
  try {
    const inFlight: Window[] = [];
    for (let i = 0; i < units.length; i += WINDOW) {
      inFlight.push(await prepareWindow(session, units.slice(i, i + WINDOW), analyseBatch));
      if (inFlight.length >= IN_FLIGHT) await commit(inFlight.shift()!);
    }
    while (inFlight.length) await commit(inFlight.shift()!);
  } finally {
    await pool?.close();
  }
}

async function prepareWindow(
  session: IngestSession,
  units: Unit[],
  analyseBatch: (items: Draft[]) => Promise<WorkerResult[]>,
): Promise<Window> {
  const slots: Array<{ draft: Draft } | { outcome: IngestOutcome }> = [];
  for (const u of units) {
    if (u.kind === 'draft') {
      slots.push({ draft: u.draft });
      continue;
    }
    const p = await session.prepare(u.input);
    if (!p.ok) slots.push({ outcome: p.outcome });
    else for (const draft of p.drafts) slots.push({ draft });
  }
  // Already stored (by an earlier, perhaps killed, run): skipped before the costly extraction.
  const ids = slots.flatMap((s) => ('draft' in s ? [s.draft.id] : []));
  const existing = await session.store.existingIds(ids);
  const todo: Draft[] = [];
  const out: Window['slots'] = slots.map((s) => {
    if ('outcome' in s) return s;
    const known = existing.get(s.draft.id);
    if (known) return { outcome: unchangedOutcome(s.draft, known) };
    todo.push(s.draft);
    return { draft: s.draft, result: null as unknown as Promise<WorkerResult> };
  });
  const results: Array<Promise<WorkerResult>> = [];
  for (let i = 0; i < todo.length; i += JOB_SIZE) {
    const job = analyseBatch(todo.slice(i, i + JOB_SIZE));
    for (let k = 0; k < Math.min(JOB_SIZE, todo.length - i); k++) {
      const one = job.then((r) => r[k]);
      // Awaited in commit(); this only keeps a crashed worker from counting as an unhandled rejection first.
      one.catch(() => {});
      results.push(one);
    }
  }
  let k = 0;
  for (const s of out) if ('draft' in s) s.result = results[k++];
  return { units: units.length, slots: out };
}

export interface BulkText {
  text: string;
  meta?: ReportMeta;
  /** Shown in outcomes; defaults to "#<index>". */
  name?: string;
}

export interface BulkOptions extends IngestOptions {
  onOutcome?: (o: IngestOutcome) => void;
}

export interface BulkResult {
  stored: number;
  unchanged: number;
  refused: number;
  seconds: number;
  /** Reports settled (stored, unchanged or refused) per second of wall time. */
  rate: number;
  /** Peak resident set size of the process (workers included), in bytes. */
  peakRss: number;
}

/**
 * Ingests files/directories (strings) or ready texts into `store` through the bulk pipeline, whatever
 * their number: the entry point for benchmarks (`npm run bench`) and other bulk loaders.
 */
export async function bulkIngest(items: string[] | BulkText[], store: Store, opts: BulkOptions = {}): Promise<BulkResult> {
  const started = performance.now();
  const session = new IngestSession(store, opts);
  const counts = { stored: 0, unchanged: 0, refused: 0 };
  const emit = (o: IngestOutcome) => {
    counts[o.status]++;
    opts.onOutcome?.(o);
  };
  const units: Unit[] = items.length > 0 && typeof items[0] === 'string'
    ? collectInputs(items as string[]).map((input) => ({ kind: 'input', input }))
    : (items as BulkText[]).map((t, i) => {
      const meta = { ...(t.meta ?? {}) };
      for (const k of ['outlet', 'published', 'url', 'title'] as const) if (opts[k] !== undefined) meta[k] = opts[k];
      const draft: Draft = { path: t.name ?? `#${i}`, id: contentHash(t.text), text: t.text, meta, extra: {} };
      if (opts.incident) draft.incident = opts.incident;
      return { kind: 'draft', draft };
    });
  await runPipeline(session, units, emit, opts);
  const seconds = (performance.now() - started) / 1000;
  const total = counts.stored + counts.unchanged + counts.refused;
  return { ...counts, seconds, rate: total / seconds, peakRss: process.resourceUsage().maxRSS * 1024 };
}

/** Refusals grouped by reason (numbers in parentheses left out, so "too large (1.2 MB…)" groups together). */
export class RefusalSummary {
  private readonly groups = new Map<string, string[]>();

  add(o: IngestOutcome): void {
    if (o.status !== 'refused') return;
    const key = o.reason.replace(/\s*\([^)]*\d[^)]*\)/g, '').trim();
    const list = this.groups.get(key);
    if (list) list.push(o.path);
    else this.groups.set(key, [o.path]);
  }

  get size(): number {
    let n = 0;
    for (const l of this.groups.values()) n += l.length;
    return n;
  }

  /** One line per reason, most frequent first, with a few of the files as examples. */
  lines(examples = 3): string[] {
    return [...this.groups.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([reason, paths]) => {
        const shown = paths.slice(0, examples).join(', ');
        const more = paths.length > examples ? `, … ${paths.length - examples} more` : '';
        return `${String(paths.length).padStart(6)}  ${reason}  (${shown}${more})`;
      });
  }
}
