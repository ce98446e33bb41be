// `sitrep ingest … <file|dir|->…`: store reports, extract their claims, file them under an incident.
import type { Command } from 'commander';
import type { IngestOutcome, IngestSummary } from '../ingest/ingest.js';
import { EXIT_BAD_INPUT, maxBytesOf, metaFlags, publishedArg, sizeArg, slugArg, urlArg, warn, withStore } from './context.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store reports with their extracted claims; the same text twice is stored once')
    .argument('<paths...>', 'files, directories (walked for .txt/.md/.text, skipping hidden files and READMEs) or - for standard input')
    .option('--incident <slug>', 'incident for every report (else the sidecar\'s, else assigned automatically)', slugArg)
    .option('--outlet <name>', 'outlet that published the reports')
    .option('--published <iso>', 'publish time (ISO-8601)', publishedArg)
    .option('--url <url>', 'where the report was published', urlArg)
    .option('--title <title>', 'headline of the report')
    .option('--max-bytes <n>', 'refuse files larger than this (default 10M, or SITREP_MAX_BYTES)', sizeArg)
    .addHelpText('after', `
Metadata comes from the flags, else from a sidecar <file>.meta.json (or <name>.meta.json) holding
{"incident", "outlet", "published", "url", "title"}. Each file prints one line: stored, unchanged
(already in the store) or refused (on stderr, with the reason). Exit 1 when anything was refused.

Examples:
  sitrep ingest examples/
  sitrep ingest --incident jaffar-express-hijacking --outlet example.org --published 2025-03-12T08:00Z update.txt
  curl -s https://example.org/a.txt | sitrep ingest --incident some-incident -`)
    .action(async (paths: string[], opts: Record<string, unknown>, cmd: Command) => {
      const options = { ...metaFlags(opts), incident: opts.incident as string | undefined, maxBytes: maxBytesOf(cmd) };
      const { ingestPaths } = await import('../ingest/ingest.js');
      const summary = await withStore(cmd, (store) => ingestPaths(store, paths, options, printOutcome));
      process.stdout.write(`${summaryLine(summary)}\n`);
      if (summary.refused > 0) process.exitCode = EXIT_BAD_INPUT;
    });
}

export function printOutcome(o: IngestOutcome): void {
  if (o.status === 'refused') {
    warn(o.path, o.reason);
    return;
  }
  const note = o.status === 'unchanged'
    ? '  (already stored: nothing changed)'
    : o.encoding && o.encoding !== 'utf-8' ? `  (decoded from ${o.encoding})` : '';
  process.stdout.write(`${o.status.padEnd(9)}  ${o.path}  incident=${o.incident}  claims=${o.claims}  id=${o.id.slice(0, 12)}${note}\n`);
}

export function summaryLine(s: IngestSummary): string {
  const total = s.stored + s.unchanged + s.refused;
  return `${total} ${total === 1 ? 'file' : 'files'}: ${s.stored} stored, ${s.unchanged} unchanged, ${s.refused} refused`;
}
