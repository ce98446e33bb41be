// Finding and reading the files a user names: walks directories, enforces the size limit before reading,
// and turns every I/O failure into a refusal that names the file.
import { closeSync, openSync, readSync, readdirSync, readFileSync, realpathSync, statSync, fstatSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ReportMeta } from '../extract/types.js';
import { formatBytes, tooLarge } from './decode.js';

/** Extensions picked up when walking a directory (a file named explicitly is read whatever its name). */
// Saved web pages are walked too: ingest reads them as pages, not as plain text.
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.html', '.htm', '.xhtml']);

export const STDIN = '-';

/** A folder of reports often carries its own documentation; a README is not a report. */
const NOT_REPORTS = /^(readme|license|licence|changelog|contributing)(\.|$)/i;

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: typeof STDIN }
  | { kind: 'refused'; path: string; reason: string };

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** Expands the command-line paths into files to read, in a stable order; directories recursively. */
export function collectInputs(paths: string[]): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      out.push({ kind: 'stdin', path: STDIN });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
      out.push({ kind: 'refused', path: p, reason: 'fetching URLs is not supported yet; save the page to a file' });
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      out.push({ kind: 'refused', path: p, reason: ioReason(err) });
      continue;
    }
    if (st.isDirectory()) walk(p, out, new Set());
    else if (st.isFile()) out.push({ kind: 'file', path: p });
    else out.push({ kind: 'refused', path: p, reason: 'not a regular file' });
  }
  return out;
}

function walk(dir: string, out: Input[], seen: Set<string>): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    names = readdirSync(dir).sort();
  } catch (err) {
    out.push({ kind: 'refused', path: dir, reason: ioReason(err) });
    return;
  }
  // A symlink loop would otherwise walk forever.
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of names) {
    if (name.startsWith('.') || NOT_REPORTS.test(name)) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push({ kind: 'refused', path: p, reason: ioReason(err) });
      continue;
    }
    if (st.isDirectory()) walk(p, out, seen);
    else if (st.isFile() && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push({ kind: 'file', path: p });
  }
}

/** Reads a file, refusing it before reading when it is over the limit. */
export function readLimited(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (st.size > maxBytes) return { ok: false, reason: tooLarge(st.size, maxBytes) };
    // Read at most one byte past the limit: a file that grew since the stat is still caught.
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) {
        if (n > maxBytes) return { ok: false, reason: tooLarge(n, maxBytes) };
        break;
      }
    }
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input, stopping as soon as it passes the limit. */
export async function readStdinLimited(maxBytes: number, stream: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  // Waiting on a terminal would look like a hang; a report has to be piped in.
  if ((stream as { isTTY?: boolean }).isTTY) return { ok: false, reason: 'is a terminal: pipe a report in, or name a file instead of -' };
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      return { ok: false, reason: `too large (over the ${formatBytes(maxBytes)} limit; raise it with --max-bytes)` };
    }
    chunks.push(b);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** Metadata fields a sidecar may set; anything else in it is ignored. */
export interface Sidecar extends ReportMeta {
  incident?: string;
  /** The report this one is a syndicated copy of: a file next to the sidecar, or a report id (sha256 hex). */
  copyOf?: string;
}

export type SidecarResult = { ok: true; meta: Sidecar | null; path?: string } | { ok: false; reason: string };

/**
 * The sidecar of `dir/name.txt` is `dir/name.txt.meta.json` or `dir/name.meta.json` (first found wins).
 * A sidecar that exists but cannot be used refuses its report: silently dropping the incident it names
 * would file the report under the wrong incident.
 */
export function readSidecar(path: string): SidecarResult {
  const ext = extname(path);
  const candidates = [`${path}.meta.json`];
  if (ext) candidates.push(join(dirname(path), `${basename(path, ext)}.meta.json`));
  for (const c of candidates) {
    let raw: string;
    try {
      raw = readFileSync(c, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { ok: false, reason: `sidecar ${basename(c)}: ${ioReason(err)}` };
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, reason: `sidecar ${basename(c)}: not valid JSON` };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { ok: false, reason: `sidecar ${basename(c)}: expected a JSON object` };
    }
    const meta: Sidecar = {};
    const rec = data as Record<string, unknown>;
    for (const key of ['incident', 'outlet', 'published', 'url', 'title', 'copyOf'] as const) {
      const v = rec[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') return { ok: false, reason: `sidecar ${basename(c)}: "${key}" must be a string` };
      meta[key] = v;
    }
    return { ok: true, meta, path: c };
  }
  return { ok: true, meta: null };
}

/** A short, human reason for a failed file operation ("no such file or directory"). */
export function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': return 'too many open files';
    default: return e?.message ?? String(err);
  }
}
