// `sitrep extract [--json] <file|->`: the claims of one report, nothing stored.
import type { Command } from 'commander';
import type { Claim, ReportMeta } from '../extract/types.js';
import { maxBytesOf, metaFlags, publishedArg, readOneReport, sizeArg, urlArg } from './context.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the claims found in one report without storing anything')
    .argument('<file|->', 'report text file, or - for standard input')
    .option('--json', 'print {"claims":[…],"counts":{…},"extractor":{…}} as JSON')
    .option('--outlet <name>', 'outlet that published the report')
    .option('--published <iso>', 'publish time (ISO-8601), the reference for relative times', publishedArg)
    .option('--url <url>', 'where the report was published', urlArg)
    .option('--title <title>', 'headline of the report')
    .option('--max-bytes <n>', 'refuse a file larger than this (default 10M, or SITREP_MAX_BYTES)', sizeArg)
    .addHelpText('after', '\nExamples:\n  sitrep extract --json examples/000_071c524da187ddb4.txt\n  cat report.txt | sitrep extract --json -')
    .action(async (path: string, opts: Record<string, unknown>, cmd: Command) => {
      const { text, sidecar } = await readOneReport(path, maxBytesOf(cmd));
      // Flags win over the sidecar; the sidecar's incident does not matter here.
      const meta: ReportMeta = {
        outlet: sidecar.outlet, published: sidecar.published, url: sidecar.url, title: sidecar.title,
        ...metaFlags(opts),
      };
      for (const k of Object.keys(meta) as Array<keyof ReportMeta>) if (meta[k] === undefined) delete meta[k];
      const { extractWithVictims } = await import('../extract/index.js');
      const { textCounts } = await import('../extract/text-counts.js');
      const { extraction, victims } = extractWithVictims(text, meta);
      // The count a coder would record per measure, next to the claims (and the people named one at a time) it adds up.
      const counts = textCounts(extraction.claims, victims);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ claims: extraction.claims, counts, extractor: extraction.extractor }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${extraction.claims.length} claims (${extraction.extractor.version})\n`);
      for (const c of extraction.claims) process.stdout.write(`${claimLine(c, text)}\n`);
      const line = Object.entries(counts).map(([m, c]) => `${m} ${c.value} (${[...c.claims,
        ...(c.singles ?? []).map((s) => JSON.stringify(text.slice(s.start, s.end)))].join(' + ')})`).join(' · ');
      if (line) process.stdout.write(`counts: ${line}\n`);
    });
}

/** One readable line per claim: what, how many, who says so, and the words it came from. */
export function claimLine(c: Claim, text: string): string {
  const evidence = JSON.stringify(text.slice(c.span.start, c.span.end));
  const who = `${c.source.name} (${c.source.kind})`;
  if (c.type === 'figure') {
    const { low, high, hedge } = c.value;
    const value = low === high ? String(low) : `${low ?? ''}–${high ?? ''}`;
    return `${c.id.padEnd(4)} figure  ${c.measure}/${c.group}  ${hedge} ${value}  ${who}  ${evidence}`;
  }
  return `${c.id.padEnd(4)} event   ${c.event}${c.negated ? ' (denied)' : ''}  ${who}  ${evidence}`;
}
