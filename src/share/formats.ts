// The share formats, their media types and file names: small and import-free, so the CLI can name its
// choices without loading the reconciler.
export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl', 'hxl', 'events', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_ROWS = ['claims', 'figures'] as const;
export type ExportRows = (typeof EXPORT_ROWS)[number];

/** Media types as the formats' own specifications register them (RFC 7763, 4180, 7946; NDJSON). */
export const CONTENT_TYPES: Record<ReportFormat | ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8; header=present',
  hxl: 'text/csv; charset=utf-8; header=present',
  events: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/x-ndjson; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/** File names the way the golden files are named: <incident>.<rows>.<ext>. */
export function exportFileName(incident: string | null, format: ExportFormat, what: ExportRows = 'claims'): string {
  const base = incident ?? 'sitrep-all-incidents';
  switch (format) {
    case 'csv': return `${base}.${what}.csv`;
    case 'jsonl': return `${base}.${what}.jsonl`;
    case 'hxl': return `${base}.hxl.csv`;
    case 'events': return `${base}.events.csv`;
    case 'geojson': return `${base}.geojson`;
  }
}

/** "<incident>.sitrep.md", with the as-of time when there is one ("…sitrep-as-of-2025-03-12T1200Z.md"). */
export function reportFileName(incident: string, format: ReportFormat, asOf?: string): string {
  const at = asOf ? `-as-of-${asOf.replace(/[:.]/g, '').replace(/[^A-Za-z0-9+-]/g, '-')}` : '';
  return `${incident}.sitrep${at}.${format}`;
}
