// `sitrep incidents [--json]`: the incidents in the store with their report and claim counts.
import type { Command } from 'commander';
import { table, withStore } from './context.js';

export function registerIncidents(program: Command): void {
  program
    .command('incidents')
    .description('list the incidents in the store')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const incidents = await withStore(cmd, (store) => store.listIncidents());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ incidents }, null, 2)}\n`);
        return;
      }
      if (incidents.length === 0) {
        process.stdout.write('no incidents yet: add reports with sitrep ingest\n');
        return;
      }
      process.stdout.write(table(
        ['INCIDENT', 'REPORTS', 'CLAIMS', 'FIRST PUBLISHED', 'LAST PUBLISHED', 'NAME'],
        incidents.map((i) => [
          i.slug, String(i.reports), String(i.claims), i.firstPublished ?? '-', i.lastPublished ?? '-',
          i.name === i.slug ? '' : i.name,
        ]),
      ));
    });
}
