// The HTML situation report printed to PDF by a headless chromium (Debian's /usr/bin/chromium, or
// SITREP_CHROMIUM) through playwright-core, the same browser the browser tests use. The page is
// standalone; any request it would make is refused so that printing never touches the network.
import { existsSync } from 'node:fs';

export class PdfUnavailable extends Error {}

export function chromiumPath(): string {
  return process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
}

export async function printPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new PdfUnavailable(`PDF needs chromium: ${executablePath} not found (set SITREP_CHROMIUM)`);
  let chromium: typeof import('playwright-core').chromium;
  try {
    // playwright-core is a development dependency: PDF output is optional
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailable('PDF needs the playwright-core package (npm install playwright-core)');
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}
