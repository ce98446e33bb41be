// A PDF's first page as an image, by poppler's pdftoppm (Debian poppler-utils): a PNG to keep as a test
// artifact, and a grey-scale PGM whose pixels are read here (P5 is a tiny header and raw bytes: no library).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const PDFTOPPM = process.env.SITREP_PDFTOPPM ?? 'pdftoppm';

export const havePdftoppm = spawnSync(PDFTOPPM, ['-v'], { encoding: 'utf8' }).error === undefined;
if (!havePdftoppm) {
  if (process.env.CI) throw new Error(`${PDFTOPPM} is missing: the PDF page checks cannot run (install Debian's poppler-utils)`);
  console.warn(`warning: ${PDFTOPPM} not found; skipping the PDF page image checks (apt-get install poppler-utils)`);
}

export const DPI = 60;

/** Renders page 1 of `pdf` to `<prefix>.png`; returns its path. */
export function firstPagePng(pdf: string, prefix: string): string {
  execFileSync(PDFTOPPM, ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG' || png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface GreyPage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black .. 255 white, row by row. */
  pixels: Uint8Array;
}

/** Parses binary PGM (P5, maxval < 256): "P5", width, height, maxval, one whitespace, then the bytes. */
export function parsePgm(pgm: Buffer): GreyPage {
  const fields: number[] = [];
  let i = 2;
  if (pgm.subarray(0, 2).toString('latin1') !== 'P5') throw new Error('not a binary PGM');
  while (fields.length < 3) {
    const ch = pgm[i];
    if (ch === 0x23) { while (pgm[i] !== 0x0a) i++; continue; } // a # comment runs to the end of the line
    if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) { i++; continue; }
    let n = 0;
    while (pgm[i] >= 0x30 && pgm[i] <= 0x39) n = n * 10 + pgm[i++] - 0x30;
    fields.push(n);
  }
  const [width, height, maxval] = fields;
  if (maxval > 255) throw new Error('16-bit PGM not expected');
  const pixels = new Uint8Array(pgm.subarray(i + 1, i + 1 + width * height));
  if (pixels.length !== width * height) throw new Error(`PGM has ${pixels.length} pixels, header says ${width * height}`);
  return { width, height, pixels };
}

export function firstPageGrey(pdf: string, prefix: string): GreyPage {
  execFileSync(PDFTOPPM, ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return parsePgm(readFileSync(`${prefix}.pgm`));
}

/** Share of pixels darker than mid-grey ("ink") in rows [top, bottom) and columns [left, right). */
export function inkShare(p: GreyPage, box: { top?: number; bottom?: number; left?: number; right?: number } = {}): number {
  const { top = 0, bottom = p.height, left = 0, right = p.width } = box;
  let ink = 0;
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) if (p.pixels[y * p.width + x] < 128) ink++;
  return ink / Math.max(1, (bottom - top) * (right - left));
}

/**
 * The first page of a printed situation report, checked as an image: an A4 portrait PNG saved as
 * `<prefix>.png`, text on it (not blank, not a black box), ink in the top band where the title is, and the
 * print margins left white.
 */
export function expectSitrepFirstPage(pdf: string, prefix: string): void {
  const { width, height } = pngSize(readFileSync(firstPagePng(pdf, prefix)));
  // A4 is 210 × 297 mm: 496 × 702 px at 60 dpi
  expect(width).toBeGreaterThan(480);
  expect(width).toBeLessThan(512);
  expect(height / width).toBeCloseTo(297 / 210, 1);
  const grey = firstPageGrey(pdf, prefix);
  expect([grey.width, grey.height]).toEqual([width, height]);
  const all = inkShare(grey);
  expect(all, 'share of dark pixels on the page').toBeGreaterThan(0.01);
  expect(all, 'share of dark pixels on the page').toBeLessThan(0.4);
  // the title sits under the 15 mm top margin: ink in the top 12 % of the page
  expect(inkShare(grey, { bottom: Math.round(height * 0.12) }), 'ink in the title band').toBeGreaterThan(0.01);
  // 10 mm of each margin (12–15 mm in the print settings) stays white
  const mm10 = Math.round((10 / 25.4) * DPI);
  for (const [side, box] of [['top', { bottom: mm10 }], ['bottom', { top: height - mm10 }], ['left', { right: mm10 }], ['right', { left: width - mm10 }]] as const) {
    expect(inkShare(grey, box), `ink in the ${side} margin`).toBeLessThan(0.001);
  }
}
