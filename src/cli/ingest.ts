// `sitrep ingest … <file|dir|url|->…`: store reports, extract their claims, file them under an incident.
import { createRequire } from 'node:module';
import { InvalidArgumentError, type Command } from 'commander';
import type { IngestOutcome, IngestProgress, IngestSummary } from '../ingest/ingest.js';
import { EXIT_BAD_INPUT, maxBytesOf, metaFlags, publishedArg, sizeArg, slugArg, urlArg, warn, withStore } from './context.js';

/** Plain progress lines (stderr not a terminal): every this many files or seconds, whichever comes first. */
const PLAIN_EVERY_FILES = 1000;
const PLAIN_EVERY_MS = 10_000;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store reports with their extracted claims; the same text twice is stored once')
    .argument('<paths...>', 'files, directories (walked for .txt/.md/.text, skipping hidden files and READMEs), http(s) URLs of pages, or - for standard input')
    .option('--incident <slug>', 'incident for every report (else the sidecar\'s, else assigned automatically)', slugArg)
    .option('--outlet <name>', 'outlet that published the reports')
    .option('--published <iso>', 'publish time (ISO-8601)', publishedArg)
    .option('--url <url>', 'where the report was published', urlArg)
    .option('--title <title>', 'headline of the report')
    .option('--max-bytes <n>', 'refuse files larger than this (default 10M, or SITREP_MAX_BYTES)', sizeArg)
    .option('--timeout <seconds>', 'time limit for fetching a URL (default 20)', secondsArg)
    .option('--workers <n>', 'extraction threads for large batches (default: cores - 1, at least 2; 0 = none)', countArg)
    .option('-v, --verbose', 'print a line per report even for large batches')
    .addHelpText('after', `
Metadata comes from the flags, else from a sidecar <file>.meta.json (or <name>.meta.json) holding
{"incident", "outlet", "published", "url", "title"}, else (for web pages) from the page itself.
A URL or an .html/.htm file (or input that looks like HTML) is read as a web page: the article text is
stored, a live blog becomes one report per entry. A near-copy of a stored report is linked to it
("copy of <id>"); a page already stored under the same URL with another text is stored as a
revision ("revision of <id>").

Each report prints one line: stored, unchanged (already in the store) or refused (on stderr, with the
reason). Batches of 20+ files show progress (a bar on a terminal, plain lines otherwise) and print a
summary with the refusals grouped by reason instead (use --verbose for every line). A batch that was
interrupted can simply be run again: reports already stored are skipped. Exit 1 when anything was refused.

Examples:
  sitrep ingest examples/
  sitrep ingest --incident jaffar-express-hijacking --outlet example.org --published 2025-03-12T08:00Z update.txt
  sitrep ingest https://example.org/news/train-siege-update
  curl -s https://example.org/a.txt | sitrep ingest --incident some-incident -`)
    .action(async (paths: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { ingestPaths, BULK_MIN_FILES } = await import('../ingest/ingest.js');
      const { RefusalSummary } = await import('../ingest/bulk.js');
      const verbose = opts.verbose === true;
      const progress = new ProgressDisplay(BULK_MIN_FILES);
      const refusals = new RefusalSummary();
      const options = {
        ...metaFlags(opts),
        incident: opts.incident as string | undefined,
        maxBytes: maxBytesOf(cmd),
        ...(opts.timeout !== undefined ? { timeoutMs: (opts.timeout as number) * 1000 } : {}),
        ...(opts.workers !== undefined ? { workers: opts.workers as number } : {}),
        onProgress: (p: IngestProgress) => progress.update(p),
      };
      const started = performance.now();
      let summary: IngestSummary;
      try {
        summary = await withStore(cmd, (store) => ingestPaths(store, paths, options, (o) => {
          refusals.add(o);
          if (verbose || !progress.large) progress.interrupt(() => printOutcome(o));
        }));
      } finally {
        progress.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      const total = summary.stored + summary.unchanged + summary.refused;
      const timing = progress.large ? ` in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s)` : '';
      process.stdout.write(`${summaryLine(summary)}${timing}\n`);
      if (progress.large && !verbose) {
        for (const line of refusals.lines()) process.stderr.write(`sitrep: refused ${line.trim()}\n`);
      }
      if (summary.refused > 0) process.exitCode = EXIT_BAD_INPUT;
    });
}

export function printOutcome(o: IngestOutcome): void {
  if (o.status === 'refused') {
    warn(o.path, o.reason);
    return;
  }
  const notes: string[] = [];
  if (o.status === 'unchanged') notes.push('already stored: nothing changed');
  else if (o.encoding && o.encoding !== 'utf-8') notes.push(`decoded from ${o.encoding}`);
  if (o.copyOf) notes.push(`copy of ${o.copyOf.slice(0, 12)}`);
  if (o.revisionOf) notes.push(`revision of ${o.revisionOf.slice(0, 12)}`);
  const where = o.url && o.url !== o.path ? `${o.path}  url=${o.url}` : o.path;
  const note = notes.length ? `  (${notes.join('; ')})` : '';
  process.stdout.write(`${o.status.padEnd(9)}  ${where}  incident=${o.incident}  claims=${o.claims}  id=${o.id.slice(0, 12)}${note}\n`);
}

export function summaryLine(s: IngestSummary): string {
  const total = s.stored + s.unchanged + s.refused;
  return `${total} ${total === 1 ? 'file' : 'files'}: ${s.stored} stored, ${s.unchanged} unchanged, ${s.refused} refused`;
}

/**
 * Progress of a large batch on stderr: a cli-progress bar (count, rate, ETA) on a terminal, else a plain
 * "sitrep: progress: …" line every PLAIN_EVERY_FILES files or PLAIN_EVERY_MS. Small batches show nothing.
 */
class ProgressDisplay {
  large = false;
  private bar: import('cli-progress').SingleBar | null = null;
  private started = 0;
  private lastLine = 0;
  private lastDone = 0;

  constructor(private readonly minFiles: number) {}

  update(p: IngestProgress): void {
    if (p.done === 0 || !this.started) {
      this.large = p.total >= this.minFiles;
      this.started ||= performance.now();
      this.lastLine = this.started;
      if (this.large && process.stderr.isTTY && !this.bar) this.startBar(p.total);
    }
    if (!this.large) return;
    const elapsed = (performance.now() - this.started) / 1000;
    const rate = elapsed > 0 ? p.done / elapsed : 0;
    if (this.bar) {
      const left = rate > 0 ? Math.round((p.total - p.done) / rate) : null;
      this.bar.update(p.done, { rate: Math.round(rate), left: left === null ? '…' : `${left}s` });
      return;
    }
    const now = performance.now();
    if (p.done === p.total || p.done - this.lastDone >= PLAIN_EVERY_FILES || now - this.lastLine >= PLAIN_EVERY_MS) {
      const left = rate > 0 ? Math.round((p.total - p.done) / rate) : null;
      const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
      process.stderr.write(`sitrep: progress: ${p.done}/${p.total} files (${pct}%), ${Math.round(rate)} files/s`
        + `${left !== null && p.done < p.total ? `, about ${left} s left` : ''}\n`);
      this.lastLine = now;
      this.lastDone = p.done;
    }
  }

  /** Writes a line without tearing the bar. */
  interrupt(write: () => void): void {
    if (!this.bar) return write();
    // cli-progress redraws on the next update; clear the bar's line first.
    process.stderr.write('\r\x1b[2K');
    write();
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }

  private startBar(total: number): void {
    // Loaded lazily: only a terminal with a large batch needs it.
    const { SingleBar, Presets } = requireProgress();
    this.bar = new SingleBar({
      format: 'ingest [{bar}] {value}/{total} files | {rate}/s | ETA {left}',
      stream: process.stderr,
      hideCursor: true,
      fps: 5,
    }, Presets.shades_classic);
    this.bar.start(total, 0, { rate: 0, left: '…' });
  }
}

function requireProgress(): typeof import('cli-progress') {
  return createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
}

function secondsArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}

function countArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
  return n;
}
