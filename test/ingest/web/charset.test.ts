import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeMarkup } from '../../../src/ingest/web/charset.js';
import { fixture } from './server.js';

const ascii = (s: string): number[] => [...Buffer.from(s, 'latin1')];
const page = (head: string, body: number[]): Uint8Array =>
  new Uint8Array([...ascii(`<html><head>${head}</head><body><p>`), ...body, ...ascii('</p></body></html>')]);

// "café “quoted” — 5 €" in windows-1252
const CAFE_1252 = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x97, 0x20, 0x35, 0x20, 0x80];
const CAFE_TEXT = 'café “q” — 5 €';

describe('decodeMarkup', () => {
  const cases: Array<{ name: string; bytes: Uint8Array; contentType?: string; encoding: string; from: string; contains: string }> = [
    { name: 'meta charset windows-1252', bytes: page('<meta charset="windows-1252">', CAFE_1252), encoding: 'windows-1252', from: 'meta', contains: CAFE_TEXT },
    { name: 'http-equiv iso-8859-1 (read as windows-1252)', bytes: page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', CAFE_1252), encoding: 'windows-1252', from: 'meta', contains: CAFE_TEXT },
    { name: 'header charset wins over meta', bytes: page('<meta charset="utf-8">', CAFE_1252), contentType: 'text/html; charset=windows-1252', encoding: 'windows-1252', from: 'header', contains: CAFE_TEXT },
    { name: 'quoted header charset', bytes: page('', [...Buffer.from('naïve', 'utf8')]), contentType: 'text/html; charset="UTF-8"', encoding: 'utf-8', from: 'header', contains: 'naïve' },
    { name: 'UTF-8 BOM wins over everything', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...page('<meta charset="windows-1252">', [...Buffer.from('Zürich', 'utf8')])]), contentType: 'text/html; charset=iso-8859-2', encoding: 'utf-8', from: 'bom', contains: 'Zürich' },
    { name: 'UTF-16LE BOM', bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>Genève</p>', 'utf16le')]), encoding: 'utf-16le', from: 'bom', contains: 'Genève' },
    { name: 'no declaration, valid UTF-8', bytes: page('', [...Buffer.from('Kraków — 12 killed', 'utf8')]), encoding: 'utf-8', from: 'utf-8', contains: 'Kraków — 12 killed' },
    { name: 'no declaration, not UTF-8: windows-1252 default', bytes: page('', CAFE_1252), encoding: 'windows-1252', from: 'default', contains: CAFE_TEXT },
    { name: 'shift_jis declared in meta', bytes: page('<meta charset="shift_jis">', [0x93, 0xfa, 0x96, 0x7b]), encoding: 'shift_jis', from: 'meta', contains: '日本' },
    { name: 'iso-8859-2 declared', bytes: page('<meta charset="iso-8859-2">', [0x50, 0x6f, 0xb3, 0x61, 0x6e, 0x69, 0x65, 0x63]), encoding: 'iso-8859-2', from: 'meta', contains: 'Połaniec' },
    { name: 'xml encoding declaration', bytes: new Uint8Array([...ascii('<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>'), 0xa4, ...ascii('</title></rss>')]), encoding: 'iso-8859-15', from: 'xml', contains: '€' },
    { name: 'declaration inside a comment is ignored', bytes: page('<!-- <meta charset="shift_jis"> --><meta charset="utf-8">', [...Buffer.from('ok ✓', 'utf8')]), encoding: 'utf-8', from: 'meta', contains: 'ok ✓' },
  ];
  it.each(cases)('$name', ({ bytes, contentType, encoding, from, contains }) => {
    const d = decodeMarkup(bytes, { contentType });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.encoding).toBe(encoding);
    expect(d.from).toBe(from);
    expect(d.text).toContain(contains);
  });

  it('decodes the windows-1252 fixture page with its curly quotes and dashes', () => {
    const d = decodeMarkup(fixture('article-1252.html'));
    expect(d.ok && d.encoding).toBe('windows-1252');
    expect(d.ok && d.text).toContain('d’une rare ampleur');
    expect(d.ok && d.text).toContain('le matin même — une ligne');
  });

  const refusals: Array<{ name: string; bytes: Uint8Array; contentType?: string; reason: RegExp }> = [
    { name: 'empty body', bytes: new Uint8Array(), reason: /empty document/ },
    { name: 'declared UTF-8 but full of invalid bytes', bytes: page('<meta charset="utf-8">', Array(60).fill(0xe9)), reason: /do not match the declared charset utf-8/ },
    { name: 'unknown declared charset', bytes: page('<meta charset="klingon-8">', CAFE_1252), reason: /declares charset "klingon-8"/ },
    { name: 'NUL bytes', bytes: new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 0x41]), reason: /binary content/ },
  ];
  it.each(refusals)('refuses: $name', ({ bytes, contentType, reason }) => {
    const d = decodeMarkup(bytes, { contentType });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it.each([
    ['text/html; charset=utf-8', 'utf-8'],
    ['text/html;charset=Shift_JIS', 'Shift_JIS'],
    ['application/rss+xml; foo=bar; charset="koi8-r"', 'koi8-r'],
    ['text/html', null],
    [undefined, null],
  ])('charsetFromContentType(%s) = %s', (ct, expected) => {
    expect(charsetFromContentType(ct)).toBe(expected);
  });
});
