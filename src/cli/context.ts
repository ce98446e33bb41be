// What every command shares: the error type that maps to an exit code, opening the store named by
// --db / SITREP_DB, reading one input (file or stdin) and the limits and checks on common flags.
import { InvalidArgumentError, type Command } from 'commander';
import type { ReportMeta } from '../extract/types.js';
import { decodeReport, DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { readLimited, readSidecar, readStdinLimited, STDIN, type Sidecar } from '../ingest/files.js';
import { checkIncidentSlug, checkPublished, checkUrl } from '../ingest/validate.js';
import type { Store } from '../store/types.js';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A failure to report in one line ("sitrep: <subject>: <reason>") with an exit code, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_BAD_INPUT) {
    super(message);
  }
}

/** Prints a one-line error for a thing (file, line, incident) without stopping the command. */
export function warn(subject: string, reason: string): void {
  // A file name or a value quoted in the reason may hold a newline; the message stays one line.
  process.stderr.write(`sitrep: ${`${subject}: ${reason}`.replace(/[\r\n]+/g, ' ')}\n`);
}

/** Opens the store chosen by --db, else SITREP_DB, else ./.sitrep/sitrep.db; closes it after `fn`. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const db = cmd.optsWithGlobals().db as string | undefined;
  let store: Store;
  try {
    // Loaded on demand: the database drivers are the slowest part of start-up, and --help needs neither.
    const { openStore } = await import('../store/index.js');
    store = await openStore(db);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT_BAD_INPUT);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** --max-bytes, else SITREP_MAX_BYTES, else 10 MB. */
export function maxBytesOf(cmd: Command): number {
  const flag = cmd.opts().maxBytes as number | undefined;
  if (flag !== undefined) return flag;
  const env = process.env.SITREP_MAX_BYTES;
  if (env !== undefined && env.trim() !== '') {
    const n = parseSize(env.trim());
    if (n === null) throw new CliError(`SITREP_MAX_BYTES: "${env}" is not a size (e.g. 10000000, 500K, 20M)`, EXIT_USAGE);
    return n;
  }
  return DEFAULT_MAX_BYTES;
}

/** "1000", "500K", "20M", "1G" -> bytes (K/M/G are binary multiples). */
export function parseSize(s: string): number | null {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Number(m[1]) * mult;
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

// Argument parsers for commander: a bad value is a usage error (exit 2) with commander's own message.
export function sizeArg(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('expected a size in bytes (e.g. 10000000, 500K, 20M)');
  return n;
}

export function slugArg(value: string): string {
  const bad = checkIncidentSlug(value);
  if (bad) throw new InvalidArgumentError(bad);
  return value;
}

export function publishedArg(value: string): string {
  const bad = checkPublished(value);
  if (bad) throw new InvalidArgumentError(bad);
  return value;
}

/** `--since` later than `--as-of` asks for changes from the future: a usage error. */
export function checkSinceAsOf(opts: { asOf?: string; since?: string }): void {
  if (opts.asOf && opts.since && Date.parse(opts.since) > Date.parse(opts.asOf)) throw new CliError('--since must not be later than --as-of', EXIT_USAGE);
}

export function urlArg(value: string): string {
  const bad = checkUrl(value);
  if (bad) throw new InvalidArgumentError(bad);
  return value;
}

/** Metadata from --outlet/--published/--url/--title, each only when given. */
export function metaFlags(opts: Record<string, unknown>): ReportMeta {
  const meta: ReportMeta = {};
  for (const k of ['outlet', 'published', 'url', 'title'] as const) {
    if (typeof opts[k] === 'string') meta[k] = opts[k] as string;
  }
  return meta;
}

/** Reads and decodes a single report (a path or "-"), with its sidecar; refusals become CliErrors. */
export async function readOneReport(path: string, maxBytes: number): Promise<{ text: string; sidecar: Sidecar }> {
  const name = path === STDIN ? '<stdin>' : path;
  const read = path === STDIN ? await readStdinLimited(maxBytes) : readLimited(path, maxBytes);
  if (!read.ok) throw new CliError(`${name}: ${read.reason}`);
  let sidecar: Sidecar = {};
  if (path !== STDIN) {
    const sc = readSidecar(path);
    if (!sc.ok) throw new CliError(`${name}: ${sc.reason}`);
    sidecar = sc.meta ?? {};
  }
  const decoded = decodeReport(read.bytes, { maxBytes });
  if (!decoded.ok) throw new CliError(`${name}: ${decoded.reason}`);
  return { text: decoded.text, sidecar };
}

/** Left-aligned columns separated by two spaces; the last column is never padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Colour only for a terminal that has not opted out (https://no-color.org). */
export function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}
