// The `sitrep import` format (PRODUCT.md): one report per JSON line with its claims, exactly as stored, so
// that importing the export into a fresh store gives the same picture (the round trip).
import type { Claim } from '../extract/types.js';

export interface StoredRow {
  report: {
    id: string;
    incident: string;
    text: string;
    externalId?: string;
    outlet?: string;
    published?: string;
    url?: string;
    title?: string;
  };
  claims: Claim[];
}

export interface ImportLine {
  incident: string;
  report: { id: string; outlet?: string; published?: string; url?: string; title?: string; text?: string };
  claims: Claim[];
}

export function importLineOf(row: StoredRow): ImportLine {
  const r = row.report;
  const report: ImportLine['report'] = { id: r.externalId ?? r.id };
  if (r.outlet) report.outlet = r.outlet;
  if (r.published) report.published = r.published;
  if (r.url) report.url = r.url;
  if (r.title) report.title = r.title;
  if (r.text) report.text = r.text;
  return { incident: r.incident, report, claims: row.claims };
}

/** One JSON line per report, in the order given (the store's arrival order keeps "latest" the same). */
export function importJsonl(rows: readonly StoredRow[]): string {
  return rows.map((row) => `${JSON.stringify(importLineOf(row))}\n`).join('');
}
