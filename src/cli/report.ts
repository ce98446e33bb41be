// `sitrep report <incident> [--format md|html|pdf] [--out FILE] [--as-of ISO] [--since ISO]`: a situation report generated
// from the picture (src/share/sitrep.ts), every figure attributed, footnotes quoting the stored sentence.
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { checkPublished } from '../ingest/validate.js';
import { CliError, slugArg, withStore } from './context.js';

interface Opts {
  format: 'md' | 'html' | 'pdf';
  out?: string;
  asOf?: string;
  since?: string;
}

/** Reports published at or before `iso` (undated ones have no place in time and are left out). */
function publishedBy<T extends { report: { published?: string } }>(rows: T[], iso: string): T[] {
  const cut = Date.parse(iso);
  return rows.filter((r) => r.report.published && Date.parse(r.report.published) <= cut);
}

function isoArg(value: string): string {
  const bad = checkPublished(value);
  if (bad) throw new InvalidArgumentError(bad);
  return value;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a situation report of an incident: headline figures with sources, contested claims, events, notes')
    .argument('<incident>', 'incident slug (see sitrep incidents)', slugArg)
    .addOption(new Option('--format <format>', 'md (Markdown), html (standalone page) or pdf (printed by chromium)').choices(['md', 'html', 'pdf']).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--as-of <iso>', 'only reports published at or before this time (ISO-8601); undated reports are left out', isoArg)
    .option('--since <iso>', 'add what changed since the sitrep of this earlier time', isoArg)
    .addHelpText('after', '\nExamples:\n  sitrep report jaffar-express-hijacking\n  sitrep report jaffar-express-hijacking --format html --as-of 2025-03-12T12:00:00Z --out sitrep.html\n  sitrep report jaffar-express-hijacking --since 2025-03-12T00:00:00Z')
    .action(async (incident: string, opts: Opts, cmd: Command) => {
      const { activeReviews, reconcileInput } = await import('../pictures/input.js');
      const { reconcileIncident } = await import('../reconcile/index.js');
      const { buildSitrep, changesSince } = await import('../share/sitrep.js');
      const { renderHtml, renderMarkdown } = await import('../share/render.js');
      const { textsOf } = await import('../share/index.js');
      const doc = await withStore(cmd, async (store) => {
        let rows = await store.incidentClaims(incident);
        if (rows.length === 0) throw new CliError(`${incident}: no such incident (see sitrep incidents)`);
        if (opts.asOf) {
          rows = publishedBy(rows, opts.asOf);
          if (rows.length === 0) throw new CliError(`${incident}: no report published by ${opts.asOf}`);
        }
        const reviews = activeReviews(await store.listReviewActions(incident, { includeUndone: false }));
        const picture = reconcileIncident(reconcileInput(incident, rows, reviews));
        const doc = buildSitrep(picture, textsOf(rows), opts.asOf ?? null);
        if (opts.since) {
          const earlier = reconcileIncident(reconcileInput(incident, publishedBy(rows, opts.since), reviews));
          doc.since = { at: opts.since, changes: changesSince(earlier, picture) };
        }
        return doc;
      });
      let out: string | Buffer = opts.format === 'md' ? renderMarkdown(doc) : renderHtml(doc);
      if (opts.format === 'pdf') {
        const { printPdf, PdfUnavailable } = await import('../share/pdf.js');
        try {
          out = await printPdf(out);
        } catch (err) {
          if (err instanceof PdfUnavailable) throw new CliError(err.message);
          throw err;
        }
      }
      if (opts.out) writeFileSync(opts.out, out);
      else process.stdout.write(out);
    });
}
