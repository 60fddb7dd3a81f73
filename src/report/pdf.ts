// The PDF report: the HTML report printed by the installed Chromium, headless and offline, with reproducible bytes.
import { UsageError } from '../errors.js';
import { findChromium } from './chromium.js';
import { startPdfPrinter, type PdfPrinter } from './pdf-printer.js';
import type { PageBrowser } from '../gather/page-visit.js';

export type { PdfPrinter } from './pdf-printer.js';

export interface PdfOptions {
  /** The browser to print with (--chromium); found on the PATH or in known places otherwise. */
  chromium?: string;
  /** How long Chromium may take before it is killed; 60 s by default. */
  timeoutMs?: number;
  /**
   * The report's `generatedAt` (ISO date-time). Chromium stamps the PDF with the time of printing;
   * given this, that stamp is replaced by this time, so the same report prints to the same bytes.
   */
  date?: string;
  /**
   * The run's page browser: when its Chromium is already running (the run visited pages), the PDF
   * is printed there instead of by a second Chromium.
   */
  browser?: PageBrowser;
  /** A printer from {@link startPdf}, started early; used (and closed) unless the page browser prints. */
  printer?: PdfPrinter;
}

export const NO_CHROMIUM =
  'no Chromium found to print the PDF — install it (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or give its path with --chromium <path>';

const DEFAULT_TIMEOUT_MS = 60_000;

/** `D:YYYYMMDDHHmmSS` of an ISO date-time, in UTC. */
function pdfStamp(iso: string): string {
  // RFC 3339 (and so a saved report's schema) allows a leap second, which Date cannot parse: the
  // stamp is a second early rather than the render failing.
  const d = new Date(iso.replace(/(T\d{2}:\d{2}:)60/i, '$159'));
  if (Number.isNaN(d.getTime())) throw new TypeError(`renderPdf: date is not an ISO date-time: ${iso}`);
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  return `D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/**
 * Replaces the print time in the document information (/CreationDate, /ModDate) by `iso`, in
 * place: the new string has the same length (padded with spaces after the token when shorter),
 * so every byte offset in the cross-reference table stays valid. A stamp that cannot be
 * replaced at the same length is left as it is.
 */
export function fixPdfDates(pdf: Uint8Array, iso: string): Uint8Array {
  const stamp = pdfStamp(iso);
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate)(\s*)\(D:\d{4}[^()\\]*\)/g, (token, key: string, space: string) => {
    const head = `/${key}${space}`;
    for (const value of [`(${stamp}+00'00')`, `(${stamp}Z)`]) {
      const candidate = head + value;
      if (candidate.length <= token.length) return candidate.padEnd(token.length, ' ');
    }
    return token;
  });
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}

/**
 * Starts the Chromium that will print the PDF report (--chromium, or the one found), so that its
 * start overlaps whatever the run does before the report exists; give it to {@link renderPdf} as
 * `printer`, and close it whatever happens. A missing Chromium is reported at once.
 */
export async function startPdf(options: Pick<PdfOptions, 'chromium' | 'timeoutMs'> = {}): Promise<PdfPrinter> {
  const bin = await findChromium(options.chromium);
  if (bin === undefined) throw new UsageError(NO_CHROMIUM);
  return startPdfPrinter(bin, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

/**
 * Prints the HTML report to PDF with the installed Chromium: in the run's page browser when it is
 * running, else in a Chromium of its own (options.printer when started early, else one started
 * now and ended afterwards). The page goes through a private temp directory (0700, removed
 * afterwards); Chromium loads it from file:// with networking disabled.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  if (options.date !== undefined) pdfStamp(options.date);
  if (options.browser !== undefined && options.browser.launches > 0) {
    // The page browser prints: an early printer is not needed after all.
    await options.printer?.close();
    const { printInBrowser } = await import('./pdf-print.js');
    const pdf = await printInBrowser(options.browser, html, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    if (!isPdf(pdf)) throw new UsageError('Chromium printed something that is not a PDF: give another with --chromium <path>');
    return options.date === undefined ? pdf : fixPdfDates(pdf, options.date);
  }
  const printer = options.printer ?? (await startPdf(options));
  let pdf: Uint8Array;
  try {
    pdf = await printer.print(html);
  } finally {
    // A printer prints once: its browser goes now. An early printer's starter awaits its close
    // (the same promise) itself, so the run goes on meanwhile; a printer of our own is gone before we return.
    const closing = printer.close();
    if (options.printer === undefined) await closing;
    else closing.catch(() => undefined);
  }
  return options.date === undefined ? pdf : fixPdfDates(pdf, options.date);
}

const isPdf = (pdf: Uint8Array): boolean => Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-';
