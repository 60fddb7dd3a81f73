// The PDF report: the HTML report printed by the installed Chromium, headless and offline, with reproducible bytes.
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { ChromiumError, findChromium, runChromium } from './chromium.js';
import type { PageBrowser } from '../gather/page-visit.js';

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
}

export const NO_CHROMIUM =
  'no Chromium found to print the PDF — install it (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or give its path with --chromium <path>';

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Flags for a print that touches no network: no background services, no updates, no sync, no
 * QUIC, and every host name resolving to nothing (the page loads nothing anyway, its CSP forbids
 * it). Unknown flags are ignored by Chromium, so the old header switch can ride along for old versions.
 */
function chromiumArgs(dir: string, html: string, pdf: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--disable-dev-shm-usage',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(html).href,
  ];
}

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
 * Prints the HTML report to PDF with the installed Chromium. The page goes through a private temp
 * directory (0700, removed afterwards); Chromium loads it from file:// with networking disabled.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  if (options.date !== undefined) pdfStamp(options.date);
  if (options.browser !== undefined && options.browser.launches > 0) {
    const { printInBrowser } = await import('./pdf-print.js');
    const pdf = await printInBrowser(options.browser, html, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new UsageError('Chromium printed something that is not a PDF: give another with --chromium <path>');
    return options.date === undefined ? pdf : fixPdfDates(pdf, options.date);
  }
  const bin = await findChromium(options.chromium);
  if (bin === undefined) throw new UsageError(NO_CHROMIUM);
  const dir = await inTemp('create a private temporary folder', () => mkdtemp(path.join(tmpdir(), 'hipaa-hero-pdf-')));
  try {
    const page = path.join(dir, 'report.html');
    const out = path.join(dir, 'out.pdf');
    await inTemp('write the page to print', async () => {
      await chmod(dir, 0o700);
      await writeFile(page, html, { mode: 0o600 });
    });
    // Ctrl-C ends the process before `finally` can run: the copy of the report goes then too.
    const removeNow = () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    await runChromium(bin, chromiumArgs(dir, page, out), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, removeNow);
    let pdf: Uint8Array;
    try {
      pdf = new Uint8Array(await readFile(out));
    } catch {
      throw new ChromiumError(bin, 'exited without writing the PDF');
    }
    if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new ChromiumError(bin, 'wrote something that is not a PDF');
    return options.date === undefined ? pdf : fixPdfDates(pdf, options.date);
  } finally {
    // The folder holds the whole report: it must not stay behind, even when printing failed.
    await inTemp(`remove the temporary folder ${dir}`, () => rm(dir, { recursive: true, force: true, maxRetries: 3 }), 'remove it by hand: it holds a copy of the report');
  }
}

/**
 * A full or read-only temporary folder is the machine's problem, not a bug (exit 2): said with
 * what to do, rather than as an internal error.
 */
async function inTemp<T>(what: string, run: () => Promise<T>, advice = `free some space in ${tmpdir()}, or set TMPDIR to a writable folder`): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(`cannot ${what} to print the PDF (${code}): ${advice}`);
  }
}
