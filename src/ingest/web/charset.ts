// Bytes of an HTML page or a feed -> text, the way browsers decide: byte order mark first, then the
// charset of the Content-Type header, then a declaration near the top of the document, then UTF-8 with a
// windows-1252 fallback (the historical default of the web). Legacy encodings go through TextDecoder,
// which in Node's full ICU build knows windows-125x, iso-8859-x, shift_jis, euc-kr, gb18030 and more.
import type { Refusal } from './types.js';

export interface DecodedMarkup {
  ok: true;
  text: string;
  /** WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  /** Where the encoding came from. */
  from: 'bom' | 'header' | 'meta' | 'xml' | 'utf-8' | 'default';
}

/** HTML says a declaration counts only within the first 1024 bytes. */
const PRESCAN_BYTES = 1024;
/** Share of U+FFFD replacements above which we say the bytes are not in the declared encoding. */
const MAX_REPLACEMENT_SHARE = 0.01;

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]).trim() : null;
}

/** `<meta charset>`, `<meta http-equiv=Content-Type content="…charset=…">` or `<?xml encoding=…?>`. */
export function declaredCharset(bytes: Uint8Array): { charset: string; from: 'meta' | 'xml' } | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return { charset: xml[1], from: 'xml' };
  // Comments may hold old declarations; the prescan skips them, so do we.
  const noComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of noComments.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return { charset: direct[1], from: 'meta' };
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      const cs = charsetFromContentType(content ? content[1] ?? content[2] : null);
      if (cs) return { charset: cs, from: 'meta' };
    }
  }
  return null;
}

/** Canonical WHATWG encoding name, or null when Node cannot decode that label. */
export function encodingName(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // "replacement" is the WHATWG answer for labels that are unsafe to decode (e.g. iso-2022-kr).
    return name === 'replacement' ? null : name;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * windows-1252's 0x80-0x9F (curly quotes, dashes, the euro sign). Node 20's TextDecoder, when not in
 * fatal mode, decodes "windows-1252" as plain latin1 and returns C1 control characters there (the fatal
 * mode is right but throws on the five undefined bytes), so we map them ourselves.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as browsers do.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decodeLoose(encoding: string, bytes: Uint8Array): { text: string; bad: number } {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return { text, bad };
}

/**
 * Decodes markup bytes. A few stray bad bytes are replaced (browsers do the same and real pages have them);
 * bytes that mostly do not fit the chosen encoding are refused rather than stored as mojibake.
 */
export function decodeMarkup(
  bytes: Uint8Array,
  opts: { contentType?: string | null } = {},
): DecodedMarkup | Refusal {
  if (bytes.length === 0) return { ok: false, reason: 'empty document (0 bytes)' };
  const bom = bomEncoding(bytes);
  if (bom) return finish(bytes.subarray(bom.skip), bom.encoding, 'bom');

  const fromHeader = charsetFromContentType(opts.contentType);
  if (fromHeader) {
    const name = encodingName(fromHeader);
    if (name) return finish(bytes, name, 'header');
    // An unknown header charset is common enough (typos, "none"); fall through to the document's own word.
  }
  const declared = declaredCharset(bytes);
  if (declared) {
    let name = encodingName(declared.charset);
    // A document cannot declare itself UTF-16 in ASCII; browsers read such a declaration as UTF-8.
    if (name === 'utf-16le' || name === 'utf-16be') name = 'utf-8';
    if (!name) return { ok: false, reason: `the page declares charset "${declared.charset}", which cannot be decoded` };
    return finish(bytes, name, declared.from);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return finish(bytes, 'windows-1252', 'default');
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL characters), not a page' };
  return { ok: true, text, encoding: 'utf-8', from: 'utf-8' };
}

function finish(bytes: Uint8Array, encoding: string, from: DecodedMarkup['from']): DecodedMarkup | Refusal {
  const { text, bad } = decodeLoose(encoding, bytes);
  if (bad > 0 && bad / Math.max(1, text.length) > MAX_REPLACEMENT_SHARE) {
    return { ok: false, reason: `the bytes do not match the ${from === 'default' ? 'assumed' : 'declared'} charset ${encoding} (${bad} undecodable sequences)` };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL characters), not a page' };
  return { ok: true, text, encoding, from };
}
