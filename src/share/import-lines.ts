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
    copyOf?: string;
  };
  claims: Claim[];
}

export interface ImportLine {
  incident: string;
  report: { id: string; outlet?: string; published?: string; url?: string; title?: string; text?: string; copy_of?: string };
  claims: Claim[];
}

/** The id a report gets in the export: the id it was imported with, else its stored id. */
function exportId(r: StoredRow['report']): string {
  return r.externalId ?? r.id;
}

/**
 * `copy_of` names the original of a syndicated copy by its export id (when the original is exported too);
 * `sitrep import` maps it back to the store's copy link, so the copy stays a copy (not its own evidence).
 */
export function importLineOf(row: StoredRow, exportIds: ReadonlyMap<string, string> = new Map()): ImportLine {
  const r = row.report;
  const report: ImportLine['report'] = { id: exportId(r) };
  if (r.outlet) report.outlet = r.outlet;
  if (r.published) report.published = r.published;
  if (r.url) report.url = r.url;
  if (r.title) report.title = r.title;
  if (r.text) report.text = r.text;
  const original = r.copyOf ? exportIds.get(r.copyOf) : undefined;
  if (original) report.copy_of = original;
  return { incident: r.incident, report, claims: row.claims };
}

/** One JSON line per report, in the order given (the store's arrival order keeps "latest" the same). */
export function importJsonl(rows: readonly StoredRow[]): string {
  const ids = new Map(rows.map((row) => [row.report.id, exportId(row.report)]));
  return rows.map((row) => `${JSON.stringify(importLineOf(row, ids))}\n`).join('');
}
