// Bytes -> report text, or a refusal that says why (pure, no I/O).
// We only guess a legacy encoding when the bytes give us a reason to: a declared charset, or text that is
// mostly ASCII with the scattered accented letters and curly quotes of Western windows-1252 prose.
// Anything else is refused rather than stored as mojibake.

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; encoding: string; bom: boolean }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  maxBytes?: number;
}

/** Where we look for a declared charset: the head of the file, where declarations live. */
const HEAD_BYTES = 4096;
/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.02;
/** A windows-1252 guess needs mostly ASCII and short runs of high bytes (one accented letter, a quote). */
const MIN_ASCII_SHARE_FOR_1252 = 0.85;
const MAX_HIGH_RUN_FOR_1252 = 3;
/** Bytes that windows-1252 leaves undefined: their presence rules the guess out. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Signatures of common binary formats people drop into a folder of articles by mistake. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive or office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `too large (${formatBytes(size)}, limit ${formatBytes(maxBytes)}; raise it with --max-bytes)`;
}

export function decodeReport(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return refuse('empty file');
  if (bytes.length > maxBytes) return refuse(tooLarge(bytes.length, maxBytes));

  const magic = binaryFormat(bytes);
  if (magic) return refuse(`binary file (${magic}), not text`);

  const bom = byteOrderMark(bytes);
  if (bom === 'utf-32') return refuse('UTF-32 text is not supported; save it as UTF-8');
  if (bom) {
    const skip = bom === 'utf-8' ? 3 : 2;
    const body = bytes.subarray(skip);
    if (bom !== 'utf-8' && body.length % 2 !== 0) return refuse(`invalid ${label(bom)} (odd number of bytes)`);
    const text = strictDecode(bom, body);
    if (text === null) return refuse(`invalid ${label(bom)} after its byte order mark`);
    return checkText(text, bom, true);
  }

  if (bytes.includes(0)) return refuse('binary file (contains NUL bytes), not text');

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checkText(utf8, 'utf-8', false);

  const declared = declaredCharset(bytes);
  if (declared) {
    const name = canonicalEncoding(declared);
    if (name === null) return refuse(`invalid UTF-8, and the declared charset "${declared}" is not supported`);
    if (name === 'utf-8') return refuse('invalid UTF-8 although the file declares UTF-8');
    const text = strictDecode(name, bytes);
    if (text === null) return refuse(`bytes do not match the declared charset "${declared}"`);
    return checkText(text, name, false);
  }

  if (fitsWindows1252(bytes)) {
    const text = strictDecode('windows-1252', bytes);
    if (text !== null) return checkText(text, 'windows-1252', false);
  }
  return refuse('invalid UTF-8 and no declared charset; convert the file to UTF-8');
}

function refuse(reason: string): Decoded {
  return { ok: false, reason };
}

function label(encoding: string): string {
  return encoding.toUpperCase().replace('UTF-16LE', 'UTF-16 LE').replace('UTF-16BE', 'UTF-16 BE');
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function binaryFormat(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  return null;
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32' | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'utf-32';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** Decodes or returns null on any malformed sequence; never strips a BOM itself (we did that). */
function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * windows-1252 by table. Node 20's TextDecoder('windows-1252') silently drops the bytes 0x80-0x9F
 * (curly quotes, dashes, the euro sign), the very characters that make a file windows-1252.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The encoding's canonical WHATWG name, or null when Node cannot decode it. */
function canonicalEncoding(declared: string): string | null {
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return null;
  }
}

/**
 * A charset named near the top of the file: `<meta charset=…>`, `<meta http-equiv … charset=…>`,
 * `<?xml … encoding="…"?>`, a mail-style `Content-Type: …; charset=…` header, or an editor's `coding: …`.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, HEAD_BYTES));
  const patterns = [
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i,
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i,
    /^content-type:[^\n]*\bcharset\s*=\s*["']?([\w.:-]+)/im,
    /-\*-[^\n]*\bcoding:\s*([\w.:-]+)/i,
  ];
  for (const p of patterns) {
    const m = p.exec(head);
    if (m) return m[1];
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * Western text saved as windows-1252 ("caf\xe9", \x93quoted\x94): mostly ASCII, high bytes alone or in
 * short runs, none of the five bytes the code page leaves undefined. Cyrillic, Greek or CJK legacy text
 * has long runs of high bytes and fails this, which is what we want: guessing those would store garbage.
 */
export function fitsWindows1252(bytes: Uint8Array): boolean {
  // Well-formed multi-byte UTF-8 sequences mean a UTF-8 file with some corrupt bytes, not a legacy one:
  // decoding it as windows-1252 would turn every "’" into "â€™".
  if (hasUtf8Sequence(bytes)) return false;
  let ascii = 0;
  let run = 0;
  for (const b of bytes) {
    if (b < 0x80) {
      ascii++;
      run = 0;
      continue;
    }
    if (UNDEFINED_IN_1252.has(b)) return false;
    run++;
    if (run > MAX_HIGH_RUN_FOR_1252) return false;
  }
  return ascii / bytes.length >= MIN_ASCII_SHARE_FOR_1252;
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) continue;
    let ok = true;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/** Final checks on decoded text: something to read, and not binary dressed up as text. */
function checkText(text: string, encoding: string, bom: boolean): Decoded {
  if (text.trim() === '') return refuse('no text (only whitespace)');
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text files.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || (c >= 0x80 && c < 0xa0)) controls++;
  }
  if (text.includes('\u0000')) return refuse('binary file (contains NUL characters), not text');
  if (controls / text.length > MAX_CONTROL_SHARE) return refuse('binary file (too many control characters), not text');
  return { ok: true, text, encoding, bom };
}
