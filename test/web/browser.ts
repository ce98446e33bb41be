// What the browser tests share: Debian's chromium (no downloads; under CI a missing one fails the run),
// the artifacts folder for screenshots, and a dashboard served over a store with one page open on it.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../../src/api/server.js';
import type { Store } from '../../src/store/types.js';
import { ROOT } from '../api/helpers.js';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** True when chromium is here; false (with a warning) locally, an error under CI. */
export function browserAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: the browser tests cannot run (install Debian's chromium)`);
  console.warn(`warning: ${CHROMIUM} not found; skipping ${what}`);
  return false;
}

export interface DashboardSession {
  app: FastifyInstance;
  base: string;
  browser: Browser;
  page: Page;
  /** Page errors and console errors seen so far (tests clear it when an error is expected). */
  errors: string[];
  shot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** Serves the dashboard over `store` on a free loopback port and opens a 1280x900 page in chromium. */
export async function openDashboard(store: Store, opts: { pollMs?: number; who?: string; downloads?: boolean } = {}): Promise<DashboardSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const app = buildServer({ store, rateLimit: false, ...(opts.pollMs ? { pollMs: opts.pollMs } : {}) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ acceptDownloads: opts.downloads ?? false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  // Reviews record who took them.
  if (opts.who) await page.addInitScript((who) => localStorage.setItem('sitrep.who', who), opts.who);
  return {
    app, base, browser, page, errors,
    shot: (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) }),
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
