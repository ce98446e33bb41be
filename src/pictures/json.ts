// A picture as JSON text in pieces: the same characters as JSON.stringify(picture), produced element by
// element of the top-level arrays. A 100 000-claim picture is ~100 MB of JSON; as one string it costs a
// long pause, a second copy as bytes when written, and (one non-Latin-1 character anywhere, like the
// "✗" in check messages) twice the memory. Pieces of about a megabyte avoid all three.
import type { Writable } from 'node:stream';

const PIECE = 1 << 20;

/** JSON.stringify(value) cut into pieces of about `size` characters; objects only at the top. */
export function* jsonPieces(value: object, size = PIECE): Generator<string> {
  let buf = '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    buf += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(v)) { buf += JSON.stringify(v); continue; }
    buf += '[';
    for (let i = 0; i < v.length; i++) {
      // Inside arrays those become null.
      buf += (i ? ',' : '') + (JSON.stringify(v[i]) ?? 'null');
      if (buf.length >= size) { yield buf; buf = ''; }
    }
    buf += ']';
  }
  yield `${buf}}`;
}

/** Writes the pieces (and a newline) to a stream, waiting when it asks to. */
export async function writeJson(out: Writable, value: object): Promise<void> {
  for (const piece of jsonPieces(value)) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  if (!out.write('\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
}
