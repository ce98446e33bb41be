// The HTML situation report printed to PDF by a headless chromium (Debian's /usr/bin/chromium, or
// SITREP_CHROMIUM) through playwright-core, the same browser the browser tests use. The page is
// standalone; any request it would make is refused so that printing never touches the network.
// A chromium costs a few hundred MB: one print runs at a time per process (the others wait in line), and
// a print that takes longer than its time limit is abandoned and its browser closed.
import { existsSync } from 'node:fs';

export class PdfUnavailable extends Error {}
export class PdfTimeout extends Error {}

export function chromiumPath(): string {
  return process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
}

/** Time limit of one print, launch included (SITREP_PDF_TIMEOUT_MS, default 60 s). */
export function pdfTimeoutMs(): number {
  const n = Number(process.env.SITREP_PDF_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 60_000;
}

let line: Promise<unknown> = Promise.resolve();
let queued = 0;

/** Prints waiting or running in this process (the API refuses new ones when the line is long). */
export function pdfQueueLength(): number {
  return queued;
}

export function printPdf(html: string, timeoutMs = pdfTimeoutMs()): Promise<Buffer> {
  queued++;
  let closed: Promise<unknown> = Promise.resolve();
  const job = line.then(() => printNow(html, timeoutMs, (c) => { closed = c; })).finally(() => { queued--; });
  // the next print starts once this one's browser is gone, even when the caller stopped waiting for it
  line = job.catch(() => {}).then(() => closed);
  return job;
}

async function printNow(html: string, timeoutMs: number, onClosed: (closed: Promise<unknown>) => void): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new PdfUnavailable(`PDF needs chromium: ${executablePath} not found (set SITREP_CHROMIUM)`);
  let chromium: typeof import('playwright-core').chromium;
  try {
    // playwright-core is a development dependency: PDF output is optional
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailable('PDF needs the playwright-core package (npm install playwright-core)');
  }
  let browser: import('playwright-core').Browser | undefined;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const work = (async () => {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'], timeout: timeoutMs });
    // launched after the time ran out: nobody waits for this browser any more
    if (timedOut) throw new PdfTimeout('late launch');
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    return page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  })();
  const late = () => new PdfTimeout(`PDF printing took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`} and was stopped`);
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(late());
    }, timeoutMs);
  });
  // Playwright's own limits (the launch's, the page's) are the same time: one of them may run out a moment
  // before ours, and its TimeoutError is the same failure.
  const worked = work.catch((err: unknown) => {
    throw (err as Error | null)?.name === 'TimeoutError' ? late() : err;
  });
  try {
    return await Promise.race([worked, limit]);
  } finally {
    clearTimeout(timer);
    if (timedOut) await browser?.close().catch(() => {});
    // a browser still launching after a timeout is closed as soon as it is up
    const closed = work.catch(() => {}).then(() => browser?.close()).catch(() => {});
    onClosed(closed);
    if (!timedOut) await closed;
  }
}
