// The shared door from a store to the share formats: what `sitrep report` / `sitrep export` and the HTTP API
// both call, so the CLI and the dashboard hand out the same files. Loading is I/O; the building is the pure
// functions of this directory.
import { loadIncidentRows, reconcileInput } from '../pictures/input.js';
import { reconcileIncident } from '../reconcile/index.js';
import type { Picture } from '../reconcile/types.js';
import type { ReportWithClaims, Store } from '../store/types.js';
import { exportText, textsOf, type ShareInput } from './index.js';
import { renderHtml, renderMarkdown } from './render.js';
import { buildSitrep, changesSince, type Sitrep } from './sitrep.js';
import type { ExportFormat, ExportRows, ReportFormat } from './formats.js';

export * from './formats.js';

/** Why a share document cannot be made: the caller words it (CLI message, HTTP 404). */
export class ShareMissing extends Error {
  constructor(readonly incident: string, readonly reason: 'no_incident' | 'nothing_by', readonly at?: string) {
    super(reason === 'no_incident' ? `${incident}: no such incident` : `${incident}: no report published by ${at}`);
  }
}

/** Each incident's stored rows and its picture (reviews applied), in the order asked. */
export async function loadIncidents(store: Store, slugs: readonly string[]): Promise<ShareInput[]> {
  const out: ShareInput[] = [];
  for (const slug of slugs) {
    const loaded = await loadIncidentRows(store, slug);
    if (!loaded) throw new ShareMissing(slug, 'no_incident');
    out.push({ picture: reconcileIncident(reconcileInput(slug, loaded.rows, loaded.reviews)), rows: loaded.rows });
  }
  return out;
}

/** The export of some incidents (all of them when `slugs` is null) as the text of one file. */
export async function exportOf(store: Store, slugs: readonly string[] | null, format: ExportFormat, what: ExportRows = 'claims'): Promise<string> {
  const all = slugs ?? (await store.listIncidents()).map((i) => i.slug);
  return exportText(await loadIncidents(store, all), format, what);
}

/** Reports published at or before `iso` (undated ones have no place in time and are left out). */
export function publishedBy<T extends { report: { published?: string } }>(rows: readonly T[], iso: string): T[] {
  const cut = Date.parse(iso);
  return rows.filter((r) => r.report.published && Date.parse(r.report.published) <= cut);
}

export interface SitrepOptions {
  /** Only reports published at or before this time. */
  asOf?: string;
  /** Add what changed since the sitrep of this earlier time. */
  since?: string;
}

/** What moved in an incident's picture since an earlier time: estimates that changed, appeared or went away. */
export interface ChangesSince {
  at: string;
  changes: string[];
}

/** The picture of an incident as of a time (reviews applied), with what changed since an earlier one. */
export async function pictureAt(store: Store, incident: string, opts: SitrepOptions = {}):
  Promise<{ picture: Picture; rows: ReportWithClaims[]; since?: ChangesSince }> {
  const loaded = await loadIncidentRows(store, incident);
  if (!loaded) throw new ShareMissing(incident, 'no_incident');
  const { reviews } = loaded;
  let rows: ReportWithClaims[] = loaded.rows;
  if (opts.asOf) {
    rows = publishedBy(rows, opts.asOf);
    if (rows.length === 0) throw new ShareMissing(incident, 'nothing_by', opts.asOf);
  }
  // A picture as of a time is stamped with that time.
  const picture = reconcileIncident({ ...reconcileInput(incident, rows, reviews), ...(opts.asOf ? { generatedAt: opts.asOf } : {}) });
  if (!opts.since) return { picture, rows };
  const earlier = reconcileIncident(reconcileInput(incident, publishedBy(rows, opts.since), reviews));
  return { picture, rows, since: { at: opts.since, changes: changesSince(earlier, picture) } };
}

/** The situation report of an incident as data, as of a time and compared with an earlier one. */
export async function sitrepOf(store: Store, incident: string, opts: SitrepOptions = {}): Promise<Sitrep> {
  const { picture, rows, since } = await pictureAt(store, incident, opts);
  const name = (await store.listIncidents()).find((s) => s.slug === incident)?.name;
  const doc = buildSitrep(picture, textsOf(rows), opts.asOf ?? null, name);
  if (since) doc.since = since;
  return doc;
}

/** Markdown or HTML text, or a PDF printed by chromium (one at a time, see pdf.ts). */
export async function renderSitrep(doc: Sitrep, format: ReportFormat): Promise<string | Buffer> {
  if (format === 'md') return renderMarkdown(doc);
  const html = renderHtml(doc);
  if (format === 'html') return html;
  const { printPdf } = await import('./pdf.js');
  return printPdf(html);
}
