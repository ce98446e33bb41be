// A picture as JSON, in UTF-8 chunks: the same bytes as Buffer.from(JSON.stringify(picture)), produced element
// by element of the top-level arrays. A 100 000-claim picture is ~70 MB of JSON; as one string it costs a long
// pause and a second copy as bytes when written. Each element's JSON text is encoded straight into a chunk
// of about a megabyte: no string of a megabyte is ever built, so no long chain of joined strings has to be
// flattened, and one non-Latin-1 character (the "✗" of a check, the "→" of a timeline entry) does not turn
// a whole megabyte into two-byte text before it is encoded. Small elements go in runs of a few hundred
// (one JSON.stringify of a slice), so 100 000 timeline entries cost a few hundred calls, not 200 000.
// A process that keeps a picture current (the API, a watcher) may pass a FragmentCache: an object the
// reconciler did not touch since the last serialisation (a figure, a timeline entry, a check) is the same
// object with the same content, so its bytes are reused instead of made again.
import type { Writable } from 'node:stream';
import { leanFigureClaim } from './lean.js';

const PIECE = 1 << 20;
/** Most elements stringified at once, and about how many characters a run should make. */
const RUN = 512;
const RUN_BYTES = 64 * 1024;

/** Chunks of about `size` bytes, filled by encoding one JSON text after another. */
class Chunks {
  private buf: Buffer;
  private pos = 0;
  readonly ready: Buffer[] = [];

  constructor(private readonly size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  add(text: string): void {
    // UTF-8 needs at most three bytes per UTF-16 unit.
    if (this.pos + 3 * text.length > this.buf.length) {
      this.flush();
      if (3 * text.length > this.buf.length) { this.ready.push(Buffer.from(text, 'utf8')); return; }
    }
    this.pos += this.buf.write(text, this.pos);
    if (this.pos >= this.size) this.flush();
  }

  /** Bytes already encoded (a cached figure): copied in when they fit, else handed out as they are. */
  addBytes(bytes: Buffer): void {
    if (this.pos + bytes.length <= this.buf.length) {
      bytes.copy(this.buf, this.pos);
      this.pos += bytes.length;
      if (this.pos >= this.size) this.flush();
      return;
    }
    this.flush();
    this.ready.push(bytes);
  }

  flush(): void {
    if (this.pos === 0) return;
    this.ready.push(this.buf.subarray(0, this.pos));
    // The chunk handed out is the caller's now: later text goes to a fresh buffer.
    this.buf = Buffer.allocUnsafe(this.size);
    this.pos = 0;
  }
}

/**
 * Arrays inside top-level elements written in runs too (a figure's 10 000 claims and history steps),
 * with a copier for some (top-level key, inner key) pairs: what it returns must stringify the same.
 */
const NESTED: Record<string, Record<string, (x: never) => unknown>> = { figures: { claims: leanFigureClaim } };
/** Inner arrays shorter than this are stringified with their element. */
const NESTED_MIN = 64;

/**
 * What a process that keeps a picture current reuses from one serialisation to the next, for the arrays in
 * CACHED. Only for pictures whose elements there are never changed once made: reconcile's IncidentState makes a
 * new object for every figure, timeline entry or check it recomputes and leaves the others as they were. Its
 * owner starts a new cache when it starts a picture over.
 */
export class FragmentCache {
  /** The JSON of a large element (a figure with its claims), in parts, by element. */
  readonly elements = new WeakMap<object, Buffer[]>();
  /**
   * A run of small elements (timeline entries, checks, small figures) with its JSON, by its first element: the
   * runs the last whole serialisation wrote, and no others (an element that once started a run and now sits
   * inside another would otherwise keep that old run alive with it).
   */
  runs = new WeakMap<object, Run>();
}

interface Run { els: unknown[]; bytes: Buffer }

/**
 * The top-level arrays a FragmentCache serves: the large ones whose elements the reconciler replaces rather than
 * changes. (An event group, by contrast, takes in later reports' claims in place.)
 */
const CACHED = new Set(['figures', 'timeline', 'checks']);

/** JSON.stringify(value) as UTF-8 chunks of about `size` bytes; objects only at the top. */
export function* jsonChunks(value: object, size = PIECE, fragments?: FragmentCache): Generator<Buffer> {
  const out = new Chunks(Math.max(size, 64));
  const tiny = size < 64;
  const runs = new WeakMap<object, Run>();
  let first = true;
  out.add('{');
  for (const [key, v] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(v)) { out.add(JSON.stringify(v) ?? 'null'); continue; }
    if (fragments && !tiny && CACHED.has(key)) yield* cachedArrayChunks(out, v, fragments, runs, NESTED[key]);
    else yield* arrayChunks(out, v, tiny, NESTED[key]);
  }
  out.add('}');
  out.flush();
  if (fragments) fragments.runs = runs;
  yield* out.ready.splice(0);
}

/** An array's JSON into `out`, in runs; elements that hold long arrays are written key by key. */
function* arrayChunks(out: Chunks, v: unknown[], tiny: boolean, nested?: Record<string, (x: never) => unknown>,
  copy?: (x: never) => unknown): Generator<Buffer> {
  out.add('[');
  // Elements in runs: one JSON.stringify and one encoding call for a run of small elements (100 000
  // timeline entries), one element at a time when they are large (a figure with all its claims).
  let run = 1;
  for (let i = 0; i < v.length;) {
    if (i) out.add(',');
    const n = Math.min(run, v.length - i);
    if (n === 1 && nested && isPlain(v[i]) && hasLongArray(v[i] as object)) {
      yield* objectChunks(out, v[i] as object, tiny, nested);
      i++;
      continue;
    }
    // Inside arrays undefined, functions and symbols become null; a run's own text, less its
    // brackets, is exactly its elements' texts joined by commas.
    let text: string;
    if (n === 1) text = JSON.stringify(copy ? copyOf(v[i], copy) : v[i]) ?? 'null';
    else {
      const slice = v.slice(i, i + n);
      if (copy) for (let k = 0; k < n; k++) slice[k] = copyOf(slice[k], copy);
      text = JSON.stringify(slice).slice(1, -1);
    }
    out.add(text);
    i += n;
    // The next run from the size of this one's elements.
    if (!tiny) run = Math.max(1, Math.min(RUN, Math.floor((RUN_BYTES * n) / (text.length + 1))));
    if (tiny) out.flush();
    if (out.ready.length) yield* out.ready.splice(0);
  }
  out.add(']');
}

/**
 * An array's JSON into `out` from the cache where its objects are the cached ones: a large element's parts, or
 * a run of small elements whose objects are the run's, in order (an array that grew at its end finds all its
 * runs again and makes one for the new elements). What is missing is made; every run written goes to `written`.
 */
function* cachedArrayChunks(out: Chunks, v: unknown[], cache: FragmentCache, written: WeakMap<object, Run>,
  nested?: Record<string, (x: never) => unknown>): Generator<Buffer> {
  const large = (x: unknown) => nested !== undefined && isPlain(x) && hasLongArray(x as object);
  out.add('[');
  for (let i = 0; i < v.length;) {
    if (i) out.add(',');
    const el = v[i];
    if (!isPlain(el)) {
      out.add(JSON.stringify(el) ?? 'null');
      i++;
    } else if (large(el)) {
      let parts = cache.elements.get(el as object);
      if (!parts) {
        parts = elementParts(el as object, nested!);
        cache.elements.set(el as object, parts);
      }
      for (const part of parts) out.addBytes(part);
      i++;
    } else {
      let run = cache.runs.get(el as object);
      if (!run || !sameRun(v, i, run.els)) {
        let n = 1;
        while (n < RUN && i + n < v.length && isPlain(v[i + n]) && !large(v[i + n])) n++;
        const els = v.slice(i, i + n);
        run = { els, bytes: Buffer.from(JSON.stringify(els).slice(1, -1), 'utf8') };
      }
      written.set(el as object, run);
      out.addBytes(run.bytes);
      i += run.els.length;
    }
    if (out.ready.length) yield* out.ready.splice(0);
  }
  out.add(']');
}

/** True when v[from…] holds exactly `els`, the same objects in the same order. */
function sameRun(v: unknown[], from: number, els: unknown[]): boolean {
  if (from + els.length > v.length) return false;
  for (let k = 0; k < els.length; k++) if (v[from + k] !== els[k]) return false;
  return true;
}

/** A large element's JSON in parts of about a megabyte, the last one of its exact size. */
function elementParts(el: object, nested: Record<string, (x: never) => unknown>): Buffer[] {
  const own = new Chunks(PIECE);
  const parts: Buffer[] = [];
  for (const chunk of objectChunks(own, el, false, nested)) parts.push(chunk);
  own.flush();
  // A copy of exactly its size: the end of a figure does not keep a megabyte buffer alive.
  for (const rest of own.ready) parts.push(Buffer.from(rest));
  return parts;
}

/** An object's JSON into `out`, its long arrays in runs (through their copier, if any). */
function* objectChunks(out: Chunks, o: object, tiny: boolean, nested: Record<string, (x: never) => unknown>): Generator<Buffer> {
  let first = true;
  out.add('{');
  for (const [key, v] of Object.entries(o)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v) && v.length >= NESTED_MIN) yield* arrayChunks(out, v, tiny, undefined, nested[key]);
    else out.add(JSON.stringify(v) ?? 'null');
  }
  out.add('}');
}

/** A copier only sees objects; JSON.stringify would call toJSON, so objects that have one pass as they are. */
function copyOf(x: unknown, copy: (x: never) => unknown): unknown {
  return typeof x === 'object' && x !== null && typeof (x as { toJSON?: unknown }).toJSON !== 'function' ? copy(x as never) : x;
}

function isPlain(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { toJSON?: unknown }).toJSON !== 'function';
}

function hasLongArray(o: object): boolean {
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (Array.isArray(v) && v.length >= NESTED_MIN) return true;
  }
  return false;
}

/** JSON.stringify(value) cut into pieces of about `size` bytes; objects only at the top. */
export function* jsonPieces(value: object, size = PIECE): Generator<string> {
  // Chunks end between whole JSON texts, never inside a character.
  for (const chunk of jsonChunks(value, size)) yield chunk.toString('utf8');
}

/** The JSON as one buffer. */
export function jsonBuffer(value: object, fragments?: FragmentCache): Buffer {
  return Buffer.concat([...jsonChunks(value, PIECE, fragments)]);
}

/** Writes the JSON (and a newline) to a stream, waiting when it asks to. */
export async function writeJson(out: Writable, value: object): Promise<void> {
  await writeChunks(out, jsonChunks(value));
}

/** Writes JSON given in chunks (and a newline) to a stream, waiting when it asks to. */
export async function writeChunks(out: Writable, chunks: Iterable<Buffer>): Promise<void> {
  for (const chunk of chunks) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  if (!out.write('\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
}
