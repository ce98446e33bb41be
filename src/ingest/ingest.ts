// The ingest pipeline for one batch: read -> decode -> extract -> choose the incident -> store.
// Every report goes into the store in its own transaction (store.putReport), so a refused or crashed file
// never leaves a half-written report behind, and one bad file never stops the rest of the batch.
import { basename, dirname, join } from 'node:path';
import { extract } from '../extract/index.js';
import type { Claim, ReportMeta } from '../extract/types.js';
import { assignIncident, type IncidentSignature } from '../reconcile/incidents.js';
import { contentHash } from '../store/hash.js';
import type { NewReport, Store } from '../store/types.js';
import { decodeReport, DEFAULT_MAX_BYTES } from './decode.js';
import { collectInputs, readLimited, readSidecar, readStdinLimited, STDIN, type Input, type Sidecar } from './files.js';
import { loadSignatures, mergeSignature, reportSignature } from './signatures.js';
import { checkIncidentSlug, checkPublished, checkStorableText } from './validate.js';

export interface IngestOptions extends ReportMeta {
  /** Incident for every report of the batch; otherwise the sidecar's, otherwise assigned automatically. */
  incident?: string;
  maxBytes?: number;
  /** Stream read for the path "-" (process.stdin by default). */
  stdin?: NodeJS.ReadableStream;
}

export type IngestOutcome =
  | { status: 'stored' | 'unchanged'; path: string; id: string; incident: string; claims: number; encoding?: string }
  | { status: 'refused'; path: string; reason: string };

export interface IngestSummary {
  stored: number;
  unchanged: number;
  refused: number;
}

/** Display name of an input in messages: the path as given, "<stdin>" for "-". */
export function inputName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

/**
 * Ingests every file under `paths`, calling `onOutcome` as each one is settled (so a long batch reports
 * progress as it goes). Never throws for bad input; store failures do throw.
 */
export async function ingestPaths(
  store: Store,
  paths: string[],
  options: IngestOptions,
  onOutcome: (o: IngestOutcome) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, unchanged: 0, refused: 0 };
  const session = new IngestSession(store, options);
  for (const input of collectInputs(paths)) {
    const outcome = await session.ingest(input);
    summary[outcome.status]++;
    onOutcome(outcome);
  }
  return summary;
}

/** State shared by the files of one batch: claim counts of stored reports, incident signatures. */
class IngestSession {
  private readonly maxBytes: number;
  private readonly claimCounts = new Map<string, Map<string, number>>();
  /** Loaded the first time a report needs automatic assignment, then kept current by this batch. */
  private signatures: Map<string, IncidentSignature> | null = null;

  constructor(private readonly store: Store, private readonly options: IngestOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  async ingest(input: Input): Promise<IngestOutcome> {
    const path = inputName(input.path);
    if (input.kind === 'refused') return { status: 'refused', path, reason: input.reason };

    const read = input.kind === 'stdin'
      ? await readStdinLimited(this.maxBytes, this.options.stdin)
      : readLimited(input.path, this.maxBytes);
    if (!read.ok) return { status: 'refused', path, reason: read.reason };

    let sidecar: Sidecar = {};
    if (input.kind === 'file') {
      const sc = readSidecar(input.path);
      if (!sc.ok) return { status: 'refused', path, reason: sc.reason };
      sidecar = sc.meta ?? {};
    }

    const decoded = decodeReport(read.bytes, { maxBytes: this.maxBytes });
    if (!decoded.ok) return { status: 'refused', path, reason: decoded.reason };
    const text = decoded.text;
    const id = contentHash(text);

    // Same text already stored: nothing to do, and we skip extraction entirely.
    const existing = await this.store.getReport(id);
    if (existing) {
      return { status: 'unchanged', path, id, incident: existing.incident, claims: await this.claimCount(existing.incident, id) };
    }

    const meta: ReportMeta = {
      outlet: this.options.outlet ?? sidecar.outlet,
      published: this.options.published ?? sidecar.published,
      url: this.options.url ?? sidecar.url,
      title: this.options.title ?? sidecar.title,
    };
    for (const [k, v] of Object.entries(meta)) {
      const bad = typeof v === 'string' ? checkStorableText(v) : null;
      if (bad) return { status: 'refused', path, reason: `sidecar: ${k} ${bad}` };
    }
    if (meta.published !== undefined) {
      const bad = checkPublished(meta.published);
      if (bad) return { status: 'refused', path, reason: `sidecar: published ${bad}` };
    }
    if (this.options.incident === undefined && sidecar.incident !== undefined) {
      const bad = checkIncidentSlug(sidecar.incident);
      if (bad) return { status: 'refused', path, reason: `sidecar: incident ${bad}` };
    }

    let copyOf: string | undefined;
    if (sidecar.copyOf !== undefined && input.kind === 'file') {
      const original = this.reportId(join(dirname(input.path), sidecar.copyOf), sidecar.copyOf);
      if (!original.ok) return { status: 'refused', path, reason: `sidecar: copyOf ${original.reason}` };
      if (original.id !== id) copyOf = original.id;
    }

    const extraction = extract(text, meta);
    const claims = extraction.claims;
    const incident = this.options.incident ?? sidecar.incident ?? (await this.assign(text, meta, claims));

    const report: NewReport = {
      id,
      incident,
      text,
      origin: 'extracted',
      ...definedOnly(meta),
      ...(copyOf ? { copyOf } : {}),
      extra: { file: input.kind === 'stdin' ? null : basename(input.path), encoding: decoded.encoding },
    };
    const put = await this.store.putReport(report, claims, extraction.extractor.version);
    if (this.signatures && put.created) {
      const sig = reportSignature(put.incident, { text, ...meta }, claims);
      this.signatures.set(put.incident, mergeSignature(this.signatures.get(put.incident), sig));
    }
    if (!put.created) {
      // Another process stored the same text between our check and our write.
      return { status: 'unchanged', path, id, incident: put.incident, claims: await this.claimCount(put.incident, id) };
    }
    this.claimCounts.get(put.incident)?.set(id, claims.length);
    return { status: 'stored', path, id, incident: put.incident, claims: claims.length, encoding: decoded.encoding };
  }

  /** The id a sidecar's copyOf refers to: a report id as is, else the hash of the named file's text. */
  private reportId(path: string, ref: string): { ok: true; id: string } | { ok: false; reason: string } {
    if (/^[0-9a-f]{64}$/.test(ref)) return { ok: true, id: ref };
    const read = readLimited(path, this.maxBytes);
    if (!read.ok) return { ok: false, reason: `${ref}: ${read.reason}` };
    const decoded = decodeReport(read.bytes, { maxBytes: this.maxBytes });
    if (!decoded.ok) return { ok: false, reason: `${ref}: ${decoded.reason}` };
    return { ok: true, id: contentHash(decoded.text) };
  }

  private async claimCount(incident: string, id: string): Promise<number> {
    let counts = this.claimCounts.get(incident);
    if (!counts) {
      counts = new Map();
      for (const r of await this.store.incidentClaims(incident)) counts.set(r.report.id, r.claims.length);
      this.claimCounts.set(incident, counts);
    }
    return counts.get(id) ?? 0;
  }

  private async assign(text: string, meta: ReportMeta, claims: Claim[]): Promise<string> {
    this.signatures ??= await loadSignatures(this.store);
    return assignIncident({ text, ...meta }, claims, [...this.signatures.values()]).slug;
  }
}

function definedOnly(meta: ReportMeta): ReportMeta {
  const out: ReportMeta = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
