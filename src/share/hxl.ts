// HXL-tagged CSV (hxlstandard.org): a header row for people, a hashtag row for machines, then one row per
// group of people the picture counts, with the estimate of each measure as best (+min/+max from low/high).
import type { Figure, Picture } from '../reconcile/types.js';
import type { Cell } from './csv.js';
import { dateOf, placeOf } from './places.js';
import { reportUrls } from './rows.js';

/** Measures as HXL counts them, in column order; held/freed are this tool's own attributes on #affected. */
export const HXL_MEASURES = ['killed', 'injured', 'missing', 'displaced', 'held', 'freed'] as const;

export interface HxlTable {
  header: string[];
  tags: string[];
  rows: Cell[][];
}

export function hxlTable(pictures: readonly Picture[]): HxlTable {
  const header = ['Incident', 'Date', 'Admin 1', 'Location', 'Group'];
  const tags = ['#event+id', '#date+reported', '#adm1+name', '#loc+name', '#affected+type'];
  for (const m of HXL_MEASURES) {
    header.push(`${m} (best)`, `${m} (low)`, `${m} (high)`);
    tags.push(`#affected+${m}`, `#affected+${m}+min`, `#affected+${m}+max`);
  }
  header.push('Sources', 'URLs');
  tags.push('#meta+source', '#meta+url');

  const rows: Cell[][] = [];
  for (const p of pictures) {
    const byGroup = new Map<string, Figure[]>();
    for (const f of p.figures) {
      if (!(HXL_MEASURES as readonly string[]).includes(f.measure)) continue;
      byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f]);
    }
    const place = placeOf(p);
    const reportUrl = reportUrls(p);
    for (const [group, figures] of byGroup) {
      const row: Cell[] = [p.incident, dateOf(p), place.adm1, place.name, group];
      const sources = new Set<string>();
      const urls = new Set<string>();
      for (const m of HXL_MEASURES) {
        const f = figures.find((x) => x.measure === m);
        row.push(f?.estimate.best ?? null, f?.estimate.low ?? null, f?.estimate.high ?? null);
        for (const c of f?.claims ?? []) {
          if (!f!.estimate.used.includes(c.id)) continue;
          sources.add(c.source.name);
          const url = c.report.url ?? reportUrl.get(c.reportId);
          if (url) urls.add(url);
        }
      }
      row.push([...sources].join('; '), [...urls].join(' '));
      rows.push(row);
    }
  }
  return { header, tags, rows };
}
