// Flat rows of a picture for spreadsheets and JSON Lines: one per figure claim, one per figure.
// Pure: the picture plus the reports' texts (to quote the evidence sentence) in, rows out.
import type { Picture, PictureClaim } from '../reconcile/types.js';

/** Report id -> full stored text; a missing text leaves the evidence column empty. */
export type ReportTexts = ReadonlyMap<string, string>;

export interface ClaimRow {
  incident: string;
  claim_id: string;
  measure: string;
  group: string;
  low: number | null;
  high: number | null;
  hedge: string;
  source_name: string;
  source_kind: string;
  source_via: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  report_id: string;
  span_start: number;
  span_end: number;
  evidence: string | null;
  status: string;
  confirmed: boolean | null;
}

export const CLAIM_COLUMNS: ReadonlyArray<keyof ClaimRow> = [
  'incident', 'claim_id', 'measure', 'group', 'low', 'high', 'hedge', 'source_name', 'source_kind', 'source_via',
  'outlet', 'published', 'url', 'report_id', 'span_start', 'span_end', 'evidence', 'status', 'confirmed',
];

export interface FigureRow {
  incident: string;
  measure: string;
  group: string;
  parent: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  claims: number;
  sources: number;
  conflicts: number;
}

export const FIGURE_COLUMNS: ReadonlyArray<keyof FigureRow> = [
  'incident', 'measure', 'group', 'parent', 'low', 'best', 'high', 'rule', 'claims', 'sources', 'conflicts',
];

/** The sentence a claim came from as stored (whitespace runs folded so a CSV cell stays one line). */
export function evidenceOf(c: Pick<PictureClaim, 'reportId' | 'span' | 'sentence'>, texts: ReportTexts): string | null {
  const text = texts.get(c.reportId);
  const span = c.sentence ?? c.span;
  if (!text || span.end <= span.start || span.end > text.length) return null;
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** Report id -> URL: claims carry a short report ref, the URL is in `picture.reports`. */
export function reportUrls(picture: Picture): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of picture.reports) if (r.url) out.set(r.id, r.url);
  return out;
}

export function claimRows(picture: Picture, texts: ReportTexts): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const urls = reportUrls(picture);
  for (const f of picture.figures) {
    for (const c of f.claims) {
      rows.push({
        incident: picture.incident,
        claim_id: c.id,
        measure: f.measure,
        group: f.group,
        low: c.value.low,
        high: c.value.high,
        hedge: c.value.hedge,
        source_name: c.source.name,
        source_kind: c.source.kind,
        source_via: c.source.via ?? null,
        outlet: c.report.outlet,
        published: c.report.published,
        url: c.report.url ?? urls.get(c.reportId) ?? null,
        report_id: c.reportId,
        span_start: c.span.start,
        span_end: c.span.end,
        evidence: evidenceOf(c, texts),
        status: c.status,
        confirmed: c.source.kind === 'militant' ? c.confirmed === true : null,
      });
    }
  }
  return rows;
}

export function figureRows(picture: Picture): FigureRow[] {
  return picture.figures.map((f) => ({
    incident: picture.incident,
    measure: f.measure,
    group: f.group,
    parent: f.parent ?? null,
    low: f.estimate.low,
    best: f.estimate.best,
    high: f.estimate.high,
    rule: f.estimate.rule,
    claims: f.claims.length,
    sources: new Set(f.claims.map((c) => c.source.key)).size,
    conflicts: f.conflicts.length,
  }));
}
