// The dashboard's Share section in a real browser (Debian's chromium via playwright-core): download links
// for the situation report as of a chosen time and for the exports, reached and followed with the keyboard,
// the downloaded files checked, and the PDF's first page rendered by pdftoppm and checked as an image.
// Screenshots and the page image go to test-artifacts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { parseCsv } from '../../src/share/csv.js';
import { CLAIM_COLUMNS } from '../../src/share/rows.js';
import { ARTIFACTS, browserAvailable, openDashboard, type DashboardSession } from './browser.js';
import { ROOT, tempStore, type TempStore } from '../api/helpers.js';
import { expectSitrepFirstPage, havePdftoppm } from '../share/pdf-image.js';

const haveBrowser = browserAvailable('the share browser tests');
const JAFFAR = 'jaffar-express-hijacking';

describe.skipIf(!haveBrowser)('Share section in chromium', () => {
  let t: TempStore;
  let session: DashboardSession;
  let browser: Browser;
  let page: Page;
  let base: string;
  let errors: string[] = [];

  /** Follows a link and waits for the file it downloads; returns the download and its saved path. */
  async function download(follow: () => Promise<void>, name: string): Promise<{ dl: Download; path: string }> {
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), follow()]);
    const path = join(t.path, '..', name);
    await dl.saveAs(path);
    expect(await dl.failure()).toBeNull();
    return { dl, path };
  }

  beforeAll(async () => {
    t = await tempStore(false);
    await ingestPaths(t.store, [join(ROOT, 'examples')], {});
    session = await openDashboard(t.store, { downloads: true });
    ({ browser, page, base, errors } = session);
    await page.goto(`${base}/#/incident/${JAFFAR}`);
    await page.locator('#figures .figure-card').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await t?.cleanup();
  });

  it('lists a download for each report format and each export, reachable from the section menu', async () => {
    await page.locator('nav.jump a', { hasText: 'Share' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('share');
    const share = page.locator('#share');
    const names = await share.locator('a.download').allTextContents();
    expect(names).toEqual(['Markdown', 'HTML page', 'PDF', 'Claims (CSV)', 'Figures (CSV)', 'Claims (JSON Lines)', 'HXL-tagged CSV', 'Event rows (CSV)', 'Events with places (GeoJSON)']);
    expect(await share.getByRole('link', { name: 'Download the situation report as PDF' }).getAttribute('href')).toBe(`/api/incidents/${JAFFAR}/report?format=pdf`);
    expect(await share.getByRole('link', { name: 'HXL-tagged CSV', exact: true }).getAttribute('href')).toBe(`${base}/api/incidents/${JAFFAR}/export?format=hxl`);
    expect(await share.getByRole('link', { name: 'HXL-tagged CSV of every incident' }).getAttribute('href')).toBe(`${base}/api/export?format=hxl`);
    await share.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'share-01-section.png') });
    expect(errors).toEqual([]);
  });

  it('downloads the claims CSV with the keyboard: a file that parses, named for the incident', async () => {
    const link = page.getByRole('link', { name: 'Claims (CSV)', exact: true });
    await link.focus();
    const { dl, path } = await download(() => page.keyboard.press('Enter'), 'claims.csv');
    expect(dl.suggestedFilename()).toBe(`${JAFFAR}.claims.csv`);
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
    expect(header).toEqual(CLAIM_COLUMNS);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.some((r) => r[header.indexOf('low')] === '214' && r[header.indexOf('source_kind')] === 'militant')).toBe(true);
  });

  it('downloads the situation report as of a time typed in the "as of" field', async () => {
    const asOf = page.getByLabel('As of (UTC)');
    await asOf.focus();
    await asOf.fill('2025-03-11T23:59');
    const md = page.getByRole('link', { name: /^Download the situation report as Markdown as of 2025-03-11T23:59:00Z$/ });
    expect(await md.getAttribute('href')).toBe(`/api/incidents/${JAFFAR}/report?format=md&asOf=2025-03-11T23%3A59%3A00Z`);
    const { dl, path } = await download(() => md.click(), 'day-one.md');
    expect(dl.suggestedFilename()).toBe(`${JAFFAR}.sitrep-as-of-2025-03-11T235900Z.md`);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# Situation report: Jaffar Express Hijacking\n\nIncident \`${JAFFAR}\`\n`)).toBe(true);
    // the seed and the first rescue stories only: the later tolls are not in it yet
    expect(text).toMatch(/^As of 2025-03-11T23:59:00Z, from [1-3] reports?\./m);
    expect(text).not.toContain('Capital Times');
  });

  it('refuses a "changes since" later than "as of" on the page, then accepts a good one', async () => {
    const since = page.getByLabel('Changes since (UTC)');
    await since.fill('2025-03-12T06:00');
    const alert = page.locator('#share [role=alert]');
    expect(await alert.textContent()).toContain('must be before');
    const md = page.locator('#share a.download').first();
    expect(await md.getAttribute('href')).toBeNull();
    expect(await md.getAttribute('aria-disabled')).toBe('true');
    await page.locator('#share').screenshot({ path: join(ARTIFACTS, 'share-02-refused-times.png') });
    // before the first report there is nothing to report on
    await page.getByLabel('As of (UTC)').fill('2025-03-10T12:00');
    expect(await alert.textContent()).toBe('No report was published by then: the first one is from 11 Mar 2025, 16:00 UTC.');
    expect(await md.getAttribute('href')).toBeNull();
    await page.getByLabel('As of (UTC)').fill('2025-03-13T00:00');
    expect(await alert.textContent()).toBe('');
    const { path } = await download(() => md.click(), 'changes.md');
    expect(readFileSync(path, 'utf8')).toContain('Changes since 2025-03-12T06:00:00Z');
  });

  it('keeps the typed times when the page redraws', async () => {
    await page.goto(`${base}/#/`);
    await page.goto(`${base}/#/incident/${JAFFAR}`);
    await page.locator('#share').waitFor();
    expect(await page.getByLabel('As of (UTC)').inputValue()).toBe('2025-03-13T00:00');
    await page.getByLabel('As of (UTC)').fill('');
    await page.getByLabel('Changes since (UTC)').fill('');
  });

  it('downloads the PDF and its first page looks like a printed report', async () => {
    const pdfLink = page.getByRole('link', { name: 'Download the situation report as PDF' });
    expect(await pdfLink.getAttribute('href')).toBe(`/api/incidents/${JAFFAR}/report?format=pdf`);
    const { dl, path } = await download(() => pdfLink.click(), 'sitrep.pdf');
    expect(dl.suggestedFilename()).toBe(`${JAFFAR}.sitrep.pdf`);
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!havePdftoppm) return; // warned at import; under CI a missing pdftoppm already failed
    expectSitrepFirstPage(path, join(ARTIFACTS, 'share-03-pdf-page1'));
    expect(errors).toEqual([]);
  });

  it('prints PDFs one at a time and refuses a fifth waiting request with 503 busy', async () => {
    const url = `/api/incidents/${JAFFAR}/report?format=pdf`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => session.app.inject({ url })));
    const ok = answers.filter((r) => r.statusCode === 200);
    const busy = answers.filter((r) => r.statusCode === 503);
    expect(ok).toHaveLength(4);
    for (const r of ok) expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(busy).toHaveLength(2);
    for (const r of busy) {
      expect(r.json()).toEqual({ error: { code: 'busy', message: expect.stringContaining('retry') } });
      expect(r.headers['retry-after']).toBe('30');
    }
    // the line has emptied: the next request prints again
    expect((await session.app.inject({ url })).statusCode).toBe(200);
  });
});
