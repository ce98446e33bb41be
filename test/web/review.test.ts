// Reviewing sources and incidents in a real browser (Debian's chromium via playwright-core): merge two
// sources and see the contradiction go, undo and see it back; split an alias off a source; merge one
// incident into another and undo it. Screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, openDashboard, type DashboardSession } from './browser.js';
import { ingestText, SEED_INCIDENT, tempStore, type TempStore } from '../api/helpers.js';

const haveBrowser = browserAvailable('the review browser tests');
// Our own words: a commander the reconciler cannot tie to the group, with a different count; and a
// second incident to merge.
const COMMANDER = 'A commander of the militants, Dawood Marri, told reporters by phone on Thursday that 250 hostages were still being held inside the train.';
const OTHER = 'Passengers who reached Quetta on Thursday said the train had been stopped near a tunnel; railway officials said 26 passengers were still missing.';

describe.skipIf(!haveBrowser)('source and incident review in chromium', () => {
  let t: TempStore;
  let session: DashboardSession;
  let browser: Browser;
  let page: Page;
  let base: string;
  let errors: string[] = [];

  const shot = (name: string) => session.shot(name);
  const held = () => page.locator('#figure-held-hostages');
  const row = (key: string) => page.locator(`#sources tr[data-source="${key}"]`);
  const log = () => page.locator('#reviews ol.review-log li');

  beforeAll(async () => {
    t = await tempStore();
    await ingestText(t.store, COMMANDER, { incident: SEED_INCIDENT, outlet: 'Frontier Daily', published: '2025-03-13T09:00:00Z' });
    await ingestText(t.store, OTHER, { incident: 'quetta-arrivals', outlet: 'Hill Times', published: '2025-03-13T12:00:00Z' });
    session = await openDashboard(t.store, { pollMs: 150, who: 'Test Editor' });
    ({ browser, page, base, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await t?.cleanup();
  });

  it('merges the commander into the group with the keyboard; the contradiction goes; undo brings it back', async () => {
    await page.goto(`${base}/#/incident/${SEED_INCIDENT}`);
    await held().waitFor();
    expect(await held().locator('.chip').count()).toBe(2);
    expect(await held().locator('.problems li.conflict').count()).toBe(1);
    expect(await row('dawood-marri').count()).toBe(1);

    await row('dawood-marri').getByRole('button', { name: 'Merge Dawood Marri into another source' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Same speaker as').selectOption('baloch-liberation-army');
    await dialog.getByLabel('Why').fill('he commands the group');
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await shot('review-01-merge-dialog');
    await dialog.getByLabel('Why').press('Enter');

    await expect.poll(() => held().locator('.chip').count()).toBe(1);
    expect(await held().locator('.problems li.conflict').count()).toBe(0);
    expect(await held().locator('.chip').textContent()).toContain('250');
    expect(await row('dawood-marri').count()).toBe(0);
    expect(await row('baloch-liberation-army').textContent()).toContain('Dawood Marri');
    expect(await log().first().textContent()).toContain('merge-sources');
    expect(await log().first().textContent()).toContain('same speaker as Dawood Marri');
    await held().scrollIntoViewIfNeeded();
    await shot('review-02-merged');
    await page.locator('#reviews').scrollIntoViewIfNeeded();
    await shot('review-03-merge-log');

    await log().first().getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => log().first().getAttribute('class')).toBe('undone');
    await expect.poll(() => held().locator('.chip').count()).toBe(2);
    expect(await held().locator('.problems li.conflict').count()).toBe(1);
    expect(await row('dawood-marri').count()).toBe(1);
    await held().scrollIntoViewIfNeeded();
    await shot('review-04-merge-undone');
    expect(errors).toEqual([]);
  });

  it('splits an alias off a source and undoes it', async () => {
    const bla = row('baloch-liberation-army');
    await bla.getByRole('button', { name: 'Split “BLA” off Baloch Liberation Army' }).click();
    await row('bla').waitFor();
    expect(await bla.locator('ul.aliases li > span').allTextContents()).not.toContain('BLA');
    expect(await row('bla').locator('th').textContent()).toBe('BLA');
    // The group no longer reads as speaking "for BLA".
    expect(await bla.locator('th').textContent()).toBe('Baloch Liberation Army');
    expect(await log().first().textContent()).toContain('“BLA” split off');
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await shot('review-05-split');
    await log().first().getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => row('bla').count()).toBe(0);
    expect(await bla.locator('ul.aliases li > span').allTextContents()).toContain('BLA');
    expect(errors).toEqual([]);
  });

  it('keeps the source controls on a phone screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${base}/#/incident/${SEED_INCIDENT}`);
    await phone.locator('#sources tr[data-source="baloch-liberation-army"]').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.locator('#sources tr[data-source="baloch-liberation-army"]').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(ARTIFACTS, 'review-08-phone-sources.png') });
    await phone.close();
  });

  it('merges another incident into this one from its page, and undoes it', async () => {
    await page.goto(`${base}/#/incident/quetta-arrivals`);
    await page.locator('#figures .figure-card').first().waitFor();
    await page.getByRole('button', { name: 'Merge this incident into…' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Merge into').selectOption(SEED_INCIDENT);
    await dialog.getByLabel('Why').fill('the same hijacking');
    await shot('review-06-merge-incident');
    await dialog.getByRole('button', { name: 'Merge incidents' }).click();
    await page.waitForURL(`**/#/incident/${SEED_INCIDENT}`);
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/^3 reports/);
    const entry = log().first();
    expect(await entry.textContent()).toContain('merge_incident');
    expect(await entry.textContent()).toContain('1 report moved from quetta-arrivals into');
    await page.locator('#reviews').scrollIntoViewIfNeeded();
    await shot('review-07-incident-merged');
    await entry.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/^2 reports/);
    const back = await fetch(`${base}/api/incidents/quetta-arrivals/reports`);
    expect((await back.json()).total).toBe(1);
    expect(errors).toEqual([]);
  });
});
