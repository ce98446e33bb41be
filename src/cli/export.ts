// `sitrep export <incident>|--all --format csv|jsonl|hxl|events|geojson [--what claims|figures] [--out FILE]`:
// the picture as files the field already uses. Rows are built by the pure functions in src/share/.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS as FORMATS, type ExportFormat as Format } from '../share/formats.js';
import { CliError, EXIT_USAGE, slugArg, withStore } from './context.js';

interface Opts {
  all?: boolean;
  format: Format;
  what: 'claims' | 'figures';
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write claims, figures or events of incidents as CSV, JSON lines (the import format), HXL, event rows or GeoJSON')
    .argument('[incident]', 'incident slug (see sitrep incidents)', slugArg)
    .option('--all', 'export every incident')
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default('csv'))
    .addOption(new Option('--what <rows>', 'csv/jsonl: claims (one row per figure claim) or figures (one row per figure)').choices(['claims', 'figures']).default('claims'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText('after', `
Formats:
  csv     RFC 4180; --what claims: one row per figure claim with its source, report and evidence sentence;
          --what figures: one row per figure with low/best/high and the rule (docs/schemas/*.schema.json)
  jsonl   --what claims: the "sitrep import" format (one report per line with its claims): importing it into
          a fresh store gives the same picture; --what figures: one figure row per line
  hxl     CSV with an HXL tag row, one row per figure (#affected+killed, +min/+max …) for information officers
  events  conflict-event rows: one per event with fatalities low/best/high by side
  geojson events whose place the offline gazetteer resolves (ambiguous names: no geometry, candidates listed)

Examples:
  sitrep export jaffar-express-hijacking --format csv --out claims.csv
  sitrep export --all --format jsonl > all.jsonl && sitrep --db fresh.db import all.jsonl`)
    .action(async (incident: string | undefined, opts: Opts, cmd: Command) => {
      if (!incident && !opts.all) throw new CliError('name an incident or give --all', EXIT_USAGE);
      if (incident && opts.all) throw new CliError('give an incident or --all, not both', EXIT_USAGE);
      const { exportOf } = await import('../share/documents.js');
      const { cliShareError } = await import('./share-missing.js');
      const text = await withStore(cmd, async (store) => {
        try {
          return await exportOf(store, incident ? [incident] : null, opts.format, opts.what);
        } catch (err) {
          throw cliShareError(err);
        }
      });
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });
}
