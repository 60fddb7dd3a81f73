// The PDF report printed by the Chromium this run already started for its page visits, so a run
// that visits pages and writes a PDF starts Chromium once. The report is handed to the page
// directly (never written to disk), in a context that may load nothing at all.
import type { PageBrowser } from '../gather/page-visit.js';
import { UsageError } from '../errors.js';

export interface BrowserPrintOptions {
  timeoutMs: number;
}

/** The HTML report as a PDF, printed in a fresh context of `browser` with every request refused. */
export async function printInBrowser(browser: PageBrowser, html: string, options: BrowserPrintOptions): Promise<Uint8Array> {
  const timeout = Math.max(1, Math.floor(options.timeoutMs));
  try {
    return await browser.use(async (running) => {
      const context = await running.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false });
      try {
        // The report's own policy forbids loading anything; this makes sure of it.
        await context.route('**/*', (route) => route.abort('blockedbyclient').catch(() => undefined));
        const page = await context.newPage();
        // Laid out for paper from the start: the print then does not lay the whole report out twice
        // more (screen to print and back), which was most of its time. The PDF is the same.
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load', timeout });
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`not printed within ${timeout} ms`)), timeout);
        });
        try {
          // Tagged, as Chromium's own --print-to-pdf prints it: a structured PDF that screen readers can follow.
          return new Uint8Array(await Promise.race([page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }), late]));
        } finally {
          clearTimeout(timer);
        }
      } finally {
        await context.close().catch(() => undefined);
      }
    });
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    throw new UsageError(`Chromium could not print the PDF report (${message.slice(0, 200)}): check it runs, or give another with --chromium <path>`);
  }
}
