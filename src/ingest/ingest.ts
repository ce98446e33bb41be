// The ingest pipeline: read -> decode (text, or a web page read into one report per article or live-blog
// entry) -> skip what is stored -> extract -> find copies and revisions -> choose the incident -> store.
// Every report goes into the store whole (putReport / putReports keep each report atomic), so a refused or
// crashed input never leaves a half-written report behind, and one bad input never stops the rest.
// Large batches of files go through bulk.ts (worker threads, batched writes) with the same outcomes.
import { basename, dirname, extname, join } from 'node:path';
import type { Claim, ReportMeta } from '../extract/types.js';
import { assignIncident, type IncidentSignature } from '../reconcile/incidents.js';
import { contentHash } from '../store/hash.js';
import type { ExistingReport, NewReport, PutResult, Store } from '../store/types.js';
import { CopyFinder, fingerprint, type CopyLink } from './copies.js';
import { decodeReport, DEFAULT_MAX_BYTES } from './decode.js';
import { collectInputs, readLimited, readSidecar, readStdinLimited, STDIN, type Input, type Sidecar } from './files.js';
import { loadSignatures, mergeSignature, reportSignature } from './signatures.js';
import { checkIncidentSlug, checkPublished, checkStorableText } from './validate.js';
import { reportsFromHtmlBytes, reportsFromUrl, sniffMarkup, type FetchResource, type WebReport } from './web/index.js';
import { analyse, type Analysis } from './worker-task.js';

export interface IngestOptions extends ReportMeta {
  /** Incident for every report of the batch; otherwise the sidecar's, otherwise assigned automatically. */
  incident?: string;
  maxBytes?: number;
  /** Stream read for the path "-" (process.stdin by default). */
  stdin?: NodeJS.ReadableStream;
  /** Time limit for fetching a URL (default 20 s). */
  timeoutMs?: number;
  /** Fetches URLs (the real network by default; tests inject their own). */
  fetchResource?: FetchResource;
  /** Extraction threads for large batches: default automatic, 0 = never use worker threads. */
  workers?: number;
  /** Called as a large batch progresses (done/total files). */
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  done: number;
  total: number;
}

export type IngestOutcome =
  | {
    status: 'stored' | 'unchanged'; path: string; id: string; incident: string; claims: number; encoding?: string;
    /** The report's URL when it came from the web (a live-blog entry has its own). */
    url?: string;
    /** Set when the report was recognised as a near-copy of an earlier one. */
    copyOf?: string;
    /** Set when the report is a new version of a stored page (same URL, other text). */
    revisionOf?: string;
  }
  | { status: 'refused'; path: string; reason: string };

export interface IngestSummary {
  stored: number;
  unchanged: number;
  refused: number;
}

/** Batches of at least this many files use worker threads and batched writes (bulk.ts). */
export const BULK_MIN_FILES = 20;

/** Display name of an input in messages: the path as given, "<stdin>" for "-". */
export function inputName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * Ingests every file, directory and URL in `paths`, calling `onOutcome` as each report is settled (so a long
 * batch reports progress as it goes). Never throws for bad input; store failures do throw.
 */
export async function ingestPaths(
  store: Store,
  paths: string[],
  options: IngestOptions,
  onOutcome: (o: IngestOutcome) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, unchanged: 0, refused: 0 };
  const emit = (o: IngestOutcome) => {
    summary[o.status]++;
    onOutcome(o);
  };
  const session = new IngestSession(store, options);
  const urls = paths.filter(isUrl);
  const inputs = collectInputs(paths.filter((p) => !isUrl(p)));
  for (const url of urls) for (const o of await session.ingestUrl(url)) emit(o);

  const files = inputs.filter((i) => i.kind === 'file').length;
  if (files >= BULK_MIN_FILES && options.workers !== 0 && !inputs.some((i) => i.kind === 'stdin')) {
    const { ingestInputsInBulk } = await import('./bulk.js');
    await ingestInputsInBulk(session, inputs, emit, options);
    return summary;
  }
  let done = 0;
  options.onProgress?.({ done, total: inputs.length });
  for (const input of inputs) {
    for (const o of await session.ingestInput(input)) emit(o);
    options.onProgress?.({ done: ++done, total: inputs.length });
  }
  return summary;
}

/** A report read and checked, not yet extracted: what the expensive part needs and what storing needs. */
export interface Draft {
  /** The input it came from (file, "<stdin>" or URL). */
  path: string;
  id: string;
  text: string;
  meta: ReportMeta;
  /** Incident named by a flag or the sidecar. */
  incident?: string;
  /** copyOf named by the sidecar (a report id). */
  copyOf?: string;
  extra: Record<string, unknown>;
  encoding?: string;
  /** Entries of one live blog: filed under one incident (the first entry's) when none is named. */
  liveBlog?: string;
  /** Read from a web page (its URL is shown in the per-report line). */
  web?: boolean;
}

export type Prepared = { ok: true; drafts: Draft[] } | { ok: false; outcome: IngestOutcome };

/** A report ready to be written, with what the per-report line says about it. */
export interface Settled {
  draft: Draft;
  report: NewReport;
  claims: Claim[];
  extractorVersion: string;
  link: CopyLink;
}

/** State shared by the inputs of one batch: copies index, incident signatures, the options. */
export class IngestSession {
  readonly maxBytes: number;
  /** Loaded the first time a report needs automatic assignment, then kept current by this batch. */
  private signatures: Map<string, IncidentSignature> | null = null;
  private copies: CopyFinder | null = null;
  private readonly liveBlogIncidents = new Map<string, string>();

  constructor(readonly store: Store, readonly options: IngestOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** One file or stdin, stored report by report (the path for small batches, the API and `sitrep start`). */
  async ingestInput(input: Input): Promise<IngestOutcome[]> {
    const prepared = await this.prepare(input);
    if (!prepared.ok) return [prepared.outcome];
    const out: IngestOutcome[] = [];
    for (const d of prepared.drafts) out.push(await this.storeDraft(d));
    return out;
  }

  /** A page (or live blog) fetched from the web. */
  async ingestUrl(url: string): Promise<IngestOutcome[]> {
    const read = await reportsFromUrl(url, {
      maxBytes: this.maxBytes,
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(this.options.fetchResource ? { fetchResource: this.options.fetchResource } : {}),
    });
    if (!read.ok) return [{ status: 'refused', path: url, reason: read.reason }];
    const drafts = this.webDrafts(url, read.reports, {}, {});
    if (!drafts.ok) return [drafts.outcome];
    const out: IngestOutcome[] = [];
    for (const d of drafts.drafts) out.push(await this.storeDraft(d));
    return out;
  }

  /** A report read by the feed watcher (`sitrep watch`); `path` names it in messages. */
  async ingestWebReport(report: WebReport, path: string): Promise<IngestOutcome> {
    const drafts = this.webDrafts(path, [report], {}, {});
    if (!drafts.ok) return drafts.outcome;
    return this.storeDraft(drafts.drafts[0]);
  }

  /** Reads, decodes and checks one input into drafts (several for a live blog), or a refusal. */
  async prepare(input: Input): Promise<Prepared> {
    const path = inputName(input.path);
    const refuse = (reason: string): Prepared => ({ ok: false, outcome: { status: 'refused', path, reason } });
    if (input.kind === 'refused') return refuse(input.reason);

    const read = input.kind === 'stdin'
      ? await readStdinLimited(this.maxBytes, this.options.stdin)
      : readLimited(input.path, this.maxBytes);
    if (!read.ok) return refuse(read.reason);

    let sidecar: Sidecar = {};
    if (input.kind === 'file') {
      const sc = readSidecar(input.path);
      if (!sc.ok) return refuse(sc.reason);
      sidecar = sc.meta ?? {};
    }
    const file = input.kind === 'stdin' ? null : basename(input.path);

    const markup = read.bytes.length > 0 ? sniffMarkup(read.bytes) : null;
    if (markup === 'feed') return refuse('this is an RSS/Atom feed, not a report; follow it with `sitrep watch <url>`');
    if (markup === 'html' || (input.kind === 'file' && HTML_EXTENSIONS.has(extname(input.path).toLowerCase()))) {
      const page = reportsFromHtmlBytes(read.bytes, { url: this.options.url ?? sidecar.url });
      if (!page.ok) return refuse(page.reason);
      return this.webDrafts(path, page.reports, sidecar, { file });
    }

    const decoded = decodeReport(read.bytes, { maxBytes: this.maxBytes });
    if (!decoded.ok) return refuse(decoded.reason);
    const meta: ReportMeta = {
      outlet: this.options.outlet ?? sidecar.outlet,
      published: this.options.published ?? sidecar.published,
      url: this.options.url ?? sidecar.url,
      title: this.options.title ?? sidecar.title,
    };
    const bad = this.checkMeta(meta, sidecar, 'sidecar');
    if (bad) return refuse(bad);
    const draft: Draft = {
      path, id: contentHash(decoded.text), text: decoded.text, meta: definedOnly(meta),
      extra: { file, encoding: decoded.encoding }, encoding: decoded.encoding,
    };
    const incident = this.options.incident ?? sidecar.incident;
    if (incident !== undefined) draft.incident = incident;
    if (sidecar.copyOf !== undefined && input.kind === 'file') {
      const original = this.reportId(join(dirname(input.path), sidecar.copyOf), sidecar.copyOf);
      if (!original.ok) return refuse(`sidecar: copyOf ${original.reason}`);
      if (original.id !== draft.id) draft.copyOf = original.id;
    }
    return { ok: true, drafts: [draft] };
  }

  /** Web reports -> drafts: flags, then the sidecar, then the page's own metadata. */
  private webDrafts(path: string, reports: WebReport[], sidecar: Sidecar, base: Record<string, unknown>): Prepared {
    const drafts: Draft[] = [];
    for (const w of reports) {
      const meta: ReportMeta = {
        outlet: this.options.outlet ?? sidecar.outlet ?? w.outlet,
        published: this.options.published ?? sidecar.published ?? w.published,
        url: this.options.url && reports.length === 1 ? this.options.url : sidecar.url && reports.length === 1 ? sidecar.url : w.url,
        title: this.options.title ?? sidecar.title ?? w.title,
      };
      const extra: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(base)) if (v !== undefined) extra[k] = v;
      for (const k of ['modified', 'lang', 'fetchedFrom', 'liveBlog', 'outletFrom'] as const) if (w[k] !== undefined) extra[k] = w[k];
      // A page's own date in a form we cannot order by is kept, not refused: the text is still worth having.
      if (meta.published !== undefined && meta.published === w.published && checkPublished(meta.published)) {
        extra.publishedAsGiven = meta.published;
        meta.published = undefined;
      }
      const bad = this.checkMeta(meta, sidecar, 'page');
      if (bad) return { ok: false, outcome: { status: 'refused', path, reason: bad } };
      const textBad = checkStorableText(w.text);
      if (textBad) return { ok: false, outcome: { status: 'refused', path, reason: `page text ${textBad}` } };
      const draft: Draft = { path, id: contentHash(w.text), text: w.text, meta: definedOnly(meta), extra, web: true };
      if (w.liveBlog) draft.liveBlog = w.liveBlog;
      const incident = this.options.incident ?? sidecar.incident;
      if (incident !== undefined) draft.incident = incident;
      drafts.push(draft);
    }
    return { ok: true, drafts };
  }

  private checkMeta(meta: ReportMeta, sidecar: Sidecar, from: string): string | null {
    for (const [k, v] of Object.entries(meta)) {
      const bad = typeof v === 'string' ? checkStorableText(v) : null;
      if (bad) return `${from}: ${k} ${bad}`;
    }
    if (meta.published !== undefined) {
      const bad = checkPublished(meta.published);
      if (bad) return `${from}: published ${bad}`;
    }
    if (this.options.incident === undefined && sidecar.incident !== undefined) {
      const bad = checkIncidentSlug(sidecar.incident);
      if (bad) return `sidecar: incident ${bad}`;
    }
    return null;
  }

  /** Stores one draft on its own: skip if stored, extract, link, assign, write. */
  async storeDraft(draft: Draft): Promise<IngestOutcome> {
    const existing = (await this.store.existingIds([draft.id])).get(draft.id);
    // Same text already stored: nothing to do, and we skip extraction entirely.
    if (existing) return unchangedOutcome(draft, existing);
    const settled = await this.settle(draft, analyse({ text: draft.text, meta: draft.meta }));
    const put = await this.store.putReport(settled.report, settled.claims, settled.extractorVersion);
    return this.recordPut(settled, put);
  }

  /** Decides copy/revision links and the incident, and builds the report to write. */
  async settle(draft: Draft, analysis: Analysis): Promise<Settled> {
    this.copies ??= await CopyFinder.forStore(this.store);
    const fp = fingerprint(draft.id, analysis.signature, draft.meta);
    const link: CopyLink = draft.copyOf ? { copyOf: draft.copyOf } : this.copies.find(fp);
    this.copies.add(fp);
    const blogIncident = draft.liveBlog ? this.liveBlogIncidents.get(draft.liveBlog) : undefined;
    const incident = draft.incident ?? blogIncident ?? (await this.assign(draft.text, draft.meta, analysis.claims));
    if (draft.liveBlog && !blogIncident) this.liveBlogIncidents.set(draft.liveBlog, incident);
    const extra = { ...draft.extra, ...(link.revisionOf ? { revisionOf: link.revisionOf } : {}) };
    const report: NewReport = {
      id: draft.id,
      incident,
      text: draft.text,
      origin: 'extracted',
      ...draft.meta,
      ...(link.copyOf ? { copyOf: link.copyOf } : {}),
      extra,
      signature: analysis.signature,
    };
    return { draft, report, claims: analysis.claims, extractorVersion: analysis.extractorVersion, link };
  }

  /** The outcome of a write, keeping the incident signatures of this batch current. */
  recordPut(s: Settled, put: PutResult): IngestOutcome {
    if (!put.created) {
      // Another process stored the same text between our check and our write.
      return unchangedOutcome(s.draft, { incident: put.incident, claims: s.claims.length });
    }
    if (this.signatures) {
      const sig = reportSignature(put.incident, { text: s.draft.text, ...s.draft.meta }, s.claims);
      this.signatures.set(put.incident, mergeSignature(this.signatures.get(put.incident), sig));
    }
    const o: IngestOutcome = {
      status: 'stored', path: s.draft.path, id: s.draft.id, incident: put.incident, claims: s.claims.length,
      ...(s.draft.encoding ? { encoding: s.draft.encoding } : {}),
      ...(s.draft.web && s.draft.meta.url ? { url: s.draft.meta.url } : {}),
      ...s.link,
    };
    return o;
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

  private async assign(text: string, meta: ReportMeta, claims: Claim[]): Promise<string> {
    this.signatures ??= await loadSignatures(this.store);
    return assignIncident({ text, ...meta }, claims, [...this.signatures.values()]).slug;
  }
}

export function unchangedOutcome(draft: Draft, existing: ExistingReport): IngestOutcome {
  return {
    status: 'unchanged', path: draft.path, id: draft.id, incident: existing.incident, claims: existing.claims,
    ...(draft.web && draft.meta.url ? { url: draft.meta.url } : {}),
  };
}

function definedOnly(meta: ReportMeta): ReportMeta {
  const out: ReportMeta = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

