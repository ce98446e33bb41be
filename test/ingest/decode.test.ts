// decodeReport: bytes -> text, or a refusal with a reason. Each row is one kind of file people actually send.
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeReport, fitsWindows1252 } from '../../src/ingest/decode.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const latin = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const bytes = (...parts: Array<number[] | Uint8Array>) => new Uint8Array(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array(le);
}

// cp1252: 0x93/0x94 are curly double quotes, 0xE9 is é, 0x96 an en dash.
const CP1252_PROSE = bytes(latin('The mayor of Ar'), [0xe9], latin('ville said '), [0x93],
  latin('about forty'), [0x94], latin(' families had left '), [0x96], latin(' most of them overnight.'));

// "Привет, мир" (hello, world) in windows-1251: every letter a high byte, long runs.
const CP1251_HELLO = bytes([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], latin(', '), [0xec, 0xe8, 0xf0]);

// "地震" (earthquake) and "死亡" (dead) in GBK, in a short sentence with no declaration.
const GBK_TEXT = bytes([0xb5, 0xd8, 0xd5, 0xf0], latin(' 12 '), [0xcb, 0xc0, 0xcd, 0xf6]);

type Row = { name: string; input: Uint8Array; max?: number; text?: string; encoding?: string; refused?: RegExp };

const rows: Row[] = [
  { name: 'plain ASCII', input: utf8('Twelve people were hurt.'), text: 'Twelve people were hurt.', encoding: 'utf-8' },
  { name: 'UTF-8 with accents and curly quotes', input: utf8('Officials in Québec said “at least 9”.'), text: 'Officials in Québec said “at least 9”.', encoding: 'utf-8' },
  { name: 'UTF-8 with BOM (BOM dropped)', input: bytes([0xef, 0xbb, 0xbf], utf8('Nine were rescued.')), text: 'Nine were rescued.', encoding: 'utf-8' },
  { name: 'UTF-16 LE with BOM', input: bytes([0xff, 0xfe], utf16('Seven died – police.', 'le')), text: 'Seven died – police.', encoding: 'utf-16le' },
  { name: 'UTF-16 BE with BOM', input: bytes([0xfe, 0xff], utf16('Seven died – police.', 'be')), text: 'Seven died – police.', encoding: 'utf-16be' },
  { name: 'windows-1252 declared in a meta tag', input: bytes(latin('<meta charset="windows-1252">\n'), CP1252_PROSE), text: '<meta charset="windows-1252">\nThe mayor of Aréville said “about forty” families had left – most of them overnight.', encoding: 'windows-1252' },
  { name: 'latin1 declared in an XML prolog', input: bytes(latin('<?xml version="1.0" encoding="ISO-8859-1"?><p>Caf'), [0xe9], latin(' closed</p>')), text: '<?xml version="1.0" encoding="ISO-8859-1"?><p>Café closed</p>', encoding: 'windows-1252' },
  { name: 'windows-1251 declared by http-equiv', input: bytes(latin('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), CP1251_HELLO), text: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">Привет, мир', encoding: 'windows-1251' },
  { name: 'undeclared windows-1252 Western prose (bytes fit)', input: CP1252_PROSE, text: 'The mayor of Aréville said “about forty” families had left – most of them overnight.', encoding: 'windows-1252' },
  { name: 'empty', input: new Uint8Array(0), refused: /^empty file$/ },
  { name: 'only whitespace', input: utf8(' \n\t\n'), refused: /no text/ },
  { name: 'NUL bytes', input: bytes(latin('abc'), [0, 0, 1, 2], latin('def')), refused: /binary file \(contains NUL/ },
  { name: 'PDF', input: latin('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), refused: /binary file \(PDF\)/ },
  { name: 'PNG', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), refused: /binary file \(PNG/ },
  { name: 'gzip', input: bytes([0x1f, 0x8b, 0x08, 0x00]), refused: /binary file \(gzip/ },
  { name: 'many control characters', input: bytes(latin('text'), [1, 2, 3, 4, 5, 6, 7, 8], latin('more text')), refused: /control characters/ },
  { name: 'undeclared Cyrillic legacy bytes', input: CP1251_HELLO, refused: /invalid UTF-8 and no declared charset/ },
  { name: 'undeclared GBK', input: GBK_TEXT, refused: /invalid UTF-8 and no declared charset/ },
  { name: 'UTF-8 with one corrupt byte is not guessed as 1252', input: bytes(utf8('It’s over, said the chief of the rescue service, after a long night of searching '), [0xff]), refused: /invalid UTF-8 and no declared charset/ },
  { name: 'declares UTF-8 but is not', input: bytes(latin('<meta charset="utf-8">Caf'), [0xe9]), refused: /declares UTF-8/ },
  { name: 'declares an unknown charset', input: bytes(latin('<meta charset="x-martian">Caf'), [0xe9]), refused: /"x-martian" is not supported/ },
  { name: 'UTF-32 BOM', input: bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]), refused: /UTF-32/ },
  { name: 'UTF-16 with an odd byte count', input: bytes([0xff, 0xfe], [0x41, 0, 0x42]), refused: /odd number of bytes/ },
  { name: 'over the size limit', input: utf8('x'.repeat(101)), max: 100, refused: /too large \(101 bytes, limit 100 bytes/ },
  { name: 'exactly at the size limit', input: utf8('y'.repeat(100)), max: 100, text: 'y'.repeat(100), encoding: 'utf-8' },
];

describe('decodeReport', () => {
  it.each(rows)('$name', (row) => {
    const out = decodeReport(row.input, row.max ? { maxBytes: row.max } : {});
    if (row.refused) {
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.reason).toMatch(row.refused);
    } else {
      expect(out).toMatchObject({ ok: true, text: row.text, encoding: row.encoding });
    }
  });

  it('keeps the text exactly as decoded (offsets are taken from it)', () => {
    const text = 'Line one\r\nLine\ttwo  \n';
    const out = decodeReport(utf8(text));
    expect(out.ok && out.text).toBe(text);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="ISO-8859-1">', 'ISO-8859-1'],
    ["<meta charset='koi8-r' />", 'koi8-r'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">', 'Shift_JIS'],
    ['<?xml version="1.0" encoding="windows-1250"?>', 'windows-1250'],
    ['Content-Type: text/plain; charset=iso-8859-2\n\nbody', 'iso-8859-2'],
    ['# -*- coding: latin-1 -*-', 'latin-1'],
    ['no declaration here, charset mentioned in passing', null],
  ])('%s -> %s', (head, expected) => {
    expect(declaredCharset(latin(head))).toBe(expected);
  });
});

describe('fitsWindows1252', () => {
  it.each([
    ['English with one accent', bytes(latin('The caf'), [0xe9], latin(' on the corner stayed open all night.')), true],
    ['pure ASCII', latin('nothing special'), true],
    ['long run of high bytes', CP1251_HELLO, false],
    ['undefined byte 0x81', bytes(latin('abcdefghijklmnopqrstuvwxyz'), [0x81]), false],
    ['mostly high bytes', bytes([0xe9, 0x41, 0xe9, 0x41, 0xe9, 0x41]), false],
  ])('%s -> %s', (_name, input, expected) => {
    expect(fitsWindows1252(input)).toBe(expected);
  });
});
