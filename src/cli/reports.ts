// `sitrep reports <incident> [--json]`: the reports filed under an incident, in publish order.
import type { Command } from 'commander';
import { CliError, slugArg, table, truncate, withStore } from './context.js';

export function registerReports(program: Command): void {
  program
    .command('reports')
    .description('list the reports of an incident in publish order')
    .argument('<incident>', 'incident slug (see sitrep incidents)', slugArg)
    .option('--json', 'print as JSON (without the report texts)')
    .action(async (incident: string, opts: { json?: boolean }, cmd: Command) => {
      const rows = await withStore(cmd, async (store) => {
        const reports = await store.listReports(incident);
        if (reports.length === 0) throw new CliError(`${incident}: no such incident (see sitrep incidents)`);
        const counts = new Map((await store.incidentClaims(incident)).map((r) => [r.report.id, r.claims.length]));
        return reports.map(({ text, ...r }) => ({ ...r, chars: text.length, claims: counts.get(r.id) ?? 0 }));
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ incident, reports: rows }, null, 2)}\n`);
        return;
      }
      process.stdout.write(table(
        ['SEQ', 'ID', 'PUBLISHED', 'OUTLET', 'ORIGIN', 'CLAIMS', 'EXTRACTOR', 'TITLE'],
        rows.map((r) => [
          String(r.seq), r.id.slice(0, 12), r.published ?? '-', r.outlet ?? '-', r.origin, String(r.claims),
          r.extractorVersion, truncate(r.title ?? r.externalId ?? '', 60),
        ]),
      ));
    });
}
