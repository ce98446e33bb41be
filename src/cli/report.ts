// `sitrep report <incident> [--format md|html|pdf] [--out FILE] [--as-of ISO] [--since ISO]`: a situation report generated
// from the picture (src/share/sitrep.ts), every figure attributed, footnotes quoting the stored sentence.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { checkSinceAsOf, CliError, publishedArg, slugArg, withStore } from './context.js';

interface Opts {
  format: 'md' | 'html' | 'pdf';
  out?: string;
  asOf?: string;
  since?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a situation report of an incident: headline figures with sources, contested claims, events, notes')
    .argument('<incident>', 'incident slug (see sitrep incidents)', slugArg)
    .addOption(new Option('--format <format>', 'md (Markdown), html (standalone page) or pdf (printed by chromium)').choices(['md', 'html', 'pdf']).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--as-of <iso>', 'only reports published at or before this time (ISO-8601); undated reports are left out', publishedArg)
    .option('--since <iso>', 'add what changed since the sitrep of this earlier time', publishedArg)
    .addHelpText('after', '\nExamples:\n  sitrep report jaffar-express-hijacking\n  sitrep report jaffar-express-hijacking --format html --as-of 2025-03-12T12:00:00Z --out sitrep.html\n  sitrep report jaffar-express-hijacking --since 2025-03-12T00:00:00Z')
    .action(async (incident: string, opts: Opts, cmd: Command) => {
      const { renderSitrep, sitrepOf } = await import('../share/documents.js');
      const { cliShareError } = await import('./share-missing.js');
      const { PdfTimeout, PdfUnavailable } = await import('../share/pdf.js');
      checkSinceAsOf(opts);
      const doc = await withStore(cmd, async (store) => {
        try {
          return await sitrepOf(store, incident, { asOf: opts.asOf, since: opts.since });
        } catch (err) {
          throw cliShareError(err);
        }
      });
      let out: string | Buffer;
      try {
        out = await renderSitrep(doc, opts.format);
      } catch (err) {
        if (err instanceof PdfUnavailable || err instanceof PdfTimeout) throw new CliError(err.message);
        throw err;
      }
      if (opts.out) writeFileSync(opts.out, out);
      else process.stdout.write(out);
    });
}
