// Sharing the picture: the export formats as pure functions of pictures and stored rows.
import type { Picture } from '../reconcile/types.js';
import type { ReportWithClaims } from '../store/types.js';
import { csvLine, toCsv } from './csv.js';
import { EVENT_COLUMNS, eventRows } from './events.js';
import { gazetteer } from './gazetteer.js';
import { geojson } from './geojson.js';
import { hxlTable } from './hxl.js';
import { importJsonl } from './import-lines.js';
import { CLAIM_COLUMNS, claimRows, FIGURE_COLUMNS, figureRows } from './rows.js';

export interface ShareInput {
  picture: Picture;
  rows: ReportWithClaims[];
}

export function textsOf(rows: readonly ReportWithClaims[]): Map<string, string> {
  return new Map(rows.map((r) => [r.report.id, r.report.text]));
}

export function exportText(items: readonly ShareInput[], format: 'csv' | 'jsonl' | 'hxl' | 'events' | 'geojson', what: 'claims' | 'figures'): string {
  switch (format) {
    case 'csv':
      return what === 'figures'
        ? toCsv(FIGURE_COLUMNS, items.flatMap((i) => figureRows(i.picture)))
        : toCsv(CLAIM_COLUMNS, items.flatMap((i) => claimRows(i.picture, textsOf(i.rows))));
    case 'jsonl':
      return what === 'figures'
        ? items.flatMap((i) => figureRows(i.picture)).map((r) => `${JSON.stringify(r)}\n`).join('')
        : importJsonl(items.flatMap((i) => i.rows));
    case 'hxl': {
      const t = hxlTable(items.map((i) => i.picture));
      return t.header.length ? csvLine(t.header) + csvLine(t.tags) + t.rows.map(csvLine).join('') : '';
    }
    case 'events':
      return toCsv(EVENT_COLUMNS, items.flatMap((i) => eventRows(i.picture)));
    case 'geojson':
      return geojson(items.map((i) => i.picture), gazetteer());
  }
}
