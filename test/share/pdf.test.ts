// The situation report in a real browser (Debian's chromium via playwright-core): the HTML as printed
// (print media) fits the page width and shows its sections, and `--format pdf` writes a PDF whose first
// page, rendered by pdftoppm, looks like a printed report (test-artifacts/sitrep-cli-pdf-page1.png).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, pdfQueueLength, printPdf, PdfTimeout } from '../../src/share/pdf.js';
import { EXAMPLES, ROOT, sitrep, tempStore } from '../cli/run.js';
import { expectSitrepFirstPage, havePdftoppm } from './pdf-image.js';

const haveBrowser = existsSync(chromiumPath());

describe.skipIf(!haveBrowser)('sitrep report in chromium', () => {
  let store: ReturnType<typeof tempStore>;
  let browser: Browser;
  beforeAll(async () => {
    store = tempStore();
    expect(sitrep(['--db', store.db, 'ingest', EXAMPLES]).code).toBe(0);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    store.cleanup();
  });

  it('prints the HTML report on A4 width without overflow or outside requests', async () => {
    const html = sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--format', 'html']).stdout;
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const artifacts = join(ROOT, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'sitrep-report-first-page.png') });
    expect(await page.locator('h1').textContent()).toBe('Situation report: Jaffar Express Hijacking');
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Headline figures', 'Contested claims', 'Key events', 'Sources', 'Notes']));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // every footnote link lands on a note
    const targets = await page.locator('sup a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    for (const t of new Set(targets)) expect(await page.locator(t).count()).toBe(1);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('writes a PDF with --format pdf', () => {
    const out = join(store.dir, 'r.pdf');
    const r = sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);
    if (havePdftoppm) {
      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
      expectSitrepFirstPage(out, join(ROOT, 'test-artifacts', 'sitrep-cli-pdf-page1'));
    }
  });

  it('prints one at a time, and stops a print that outlives its time limit without blocking the next', async () => {
    const page = (n: number) => `<!doctype html><html><body><h1>Page ${n}</h1></body></html>`;
    const jobs = [printPdf(page(1)), printPdf(page(2)), printPdf(page(3))];
    expect(pdfQueueLength()).toBe(3);
    const pdfs = await Promise.all(jobs);
    expect(pdfQueueLength()).toBe(0);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // 5 ms is not enough to launch chromium
    await expect(printPdf(page(4), 5)).rejects.toBeInstanceOf(PdfTimeout);
    expect((await printPdf(page(5))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfQueueLength()).toBe(0);
  });
});
