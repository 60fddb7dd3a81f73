// A Chromium started to print the PDF report, driven over its DevTools pipe: its private temporary
// folder, its launch flags, a page made ready in print media, and the print itself.
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { CdpError, connectPipe, type CdpPipe } from './cdp-pipe.js';
import { ChromiumError, startChromium, type RunningChromium } from './chromium.js';
import { sanitizeLine } from './sanitize.js';

/** Prints the report's HTML; started before the HTML exists, so that the browser's start can overlap other work. */
export interface PdfPrinter {
  /** The HTML report as a PDF (the bytes as Chromium wrote them). Once per printer. */
  print(html: string): Promise<Uint8Array>;
  /** Ends the browser and removes its folder; safe to call at any time, and more than once. */
  close(): Promise<void>;
}

/**
 * Flags for a print that touches no network: no background services, no updates, no sync, no
 * QUIC, and every host name resolving to nothing (the page loads nothing anyway, its CSP forbids
 * it). No startup window: the one page is opened over the pipe. The omnibox popup is a web page
 * that a headless browser would otherwise load and run beside the report (about a CPU-second here).
 */
function chromiumArgs(dir: string): string[] {
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
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--remote-debugging-pipe',
    '--no-startup-window',
  ];
}

/** How much of the PDF one read of its stream asks for. */
const READ_CHUNK = 8 * 1024 * 1024;

/**
 * Starts `bin` now and opens its one page in print media, before the report is there: the page is
 * laid out for paper from the start, so the print does not lay the whole report out twice more
 * (screen to print and back). `timeoutMs` bounds the start, and then the print on its own.
 */
export function startPdfPrinter(bin: string, timeoutMs: number): PdfPrinter {
  let dir: string | undefined;
  let chromium: RunningChromium | undefined;
  let closing: Promise<void> | undefined;
  // Ctrl-C ends the process before `finally` can run: the copy of the report goes then too.
  const removeNow = () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  const started = (async () => {
    dir = await inTemp('create a private temporary folder', () => mkdtemp(path.join(tmpdir(), 'hipaa-hero-pdf-')));
    await inTemp('make the temporary folder private', () => chmod(dir!, 0o700));
    if (closing !== undefined) throw new ChromiumError(bin, 'was closed before it printed the PDF');
    chromium = startChromium(bin, chromiumArgs(dir), removeNow);
    return chromium;
  })();
  const opening = started.then((running) => untilGone(running, openPage(connectPipe(running.commands, running.answers))));
  // Reported by print(); a printer closed unused has nothing to report.
  opening.catch(() => undefined);

  const close = () =>
    (closing ??= (async () => {
      await started.catch(() => undefined);
      // Killed at once: nothing of it writes to the folder after that, so the folder goes while
      // the kernel is still tearing the processes down.
      const stopping = chromium?.stop();
      // The folder holds the whole report: it must not stay behind, even when printing failed.
      const folder = dir;
      const removing =
        folder === undefined
          ? undefined
          : inTemp(`remove the temporary folder ${folder}`, () => rm(folder, { recursive: true, force: true, maxRetries: 3 }), 'remove it by hand: it holds a copy of the report');
      await Promise.all([stopping, opening.catch(() => undefined), removing]);
    })());

  let printed = false;
  return {
    async print(html) {
      if (printed) throw new TypeError('PdfPrinter.print: a printer prints once');
      printed = true;
      try {
        // The start, if not done yet, gets `timeoutMs` from here; the print then as long again.
        const page = await within(timeoutMs, bin, () => opening);
        const file = path.join(dir!, 'report.html');
        await inTemp('write the page to print', () => writeFile(file, html, { mode: 0o600 }));
        const pdf = await within(timeoutMs, bin, () => untilGone(chromium!, page.print(pathToFileURL(file).href)));
        if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new ChromiumError(bin, 'wrote something that is not a PDF');
        return pdf;
      } catch (error) {
        await chromium?.stop();
        throw error;
      }
    },
    close,
  };
}

/**
 * `work`, or how the browser ended when it ends first. A pipe that closes under a step means the
 * browser is going: what its exit says (crash and last words) is worth the short wait for it.
 */
async function untilGone<T>(running: RunningChromium, work: Promise<T>): Promise<T> {
  const done = work.catch(async (error: unknown) => {
    if (error instanceof CdpError && error.closed) await Promise.race([running.failed, new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS).unref())]);
    throw error;
  });
  return Promise.race([running.failed, done]);
}

/** How long a browser that closed its pipe is given to exit and say why. */
const EXIT_WAIT_MS = 3_000;

interface ReadyPage {
  print(url: string): Promise<Uint8Array>;
}

/** A new page of the browser, attached, in print media, with scripts off (the report has none). */
async function openPage(cdp: CdpPipe): Promise<ReadyPage> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const page = <T>(method: string, params?: Record<string, unknown>) => cdp.send<T>(method, params, sessionId);
  // Which loads have finished, by loader: the one to wait for is known only once the navigation
  // starts, and may finish before its answer comes (the target's own about:blank load may come late).
  const loads = new Set<string>();
  const waiting = new Map<string, () => void>();
  cdp.on('Page.lifecycleEvent', sessionId, ({ name, loaderId }) => {
    if (name !== 'load' || typeof loaderId !== 'string') return;
    loads.add(loaderId);
    waiting.get(loaderId)?.();
  });
  await Promise.all([
    page('Page.enable'),
    page('Page.setLifecycleEventsEnabled', { enabled: true }),
    page('Emulation.setEmulatedMedia', { media: 'print' }),
    page('Emulation.setScriptExecutionDisabled', { value: true }),
  ]);
  return {
    async print(url) {
      // The page loads nothing but inline images (data: URLs), which the load event waits for.
      const navigation = await page<{ loaderId?: string; errorText?: string }>('Page.navigate', { url });
      if (navigation.errorText) throw new CdpProblem(`could not open the page to print (${navigation.errorText})`);
      const loader = navigation.loaderId ?? '';
      if (!loads.has(loader)) await new Promise<void>((resolve) => waiting.set(loader, resolve));
      // Tagged, as Chromium's own --print-to-pdf prints it: a structured PDF that screen readers can follow.
      const { stream } = await page<{ stream: string }>('Page.printToPDF', {
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        transferMode: 'ReturnAsStream',
      });
      const chunks: Buffer[] = [];
      for (;;) {
        const read = await page<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: READ_CHUNK });
        chunks.push(Buffer.from(read.data, read.base64Encoded === true ? 'base64' : 'latin1'));
        if (read.eof) break;
      }
      await page('IO.close', { handle: stream }).catch(() => undefined);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** A print step the browser refused: reported with the browser's words. */
class CdpProblem extends Error {}

/**
 * Runs `work` within `timeoutMs`; past it, or when the browser refuses a step, a ChromiumError
 * that says so. Errors that already say what to do (UsageError) pass through.
 */
async function within<T>(timeoutMs: number, bin: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    const seconds = Math.max(1, Math.round(timeoutMs / 1000));
    timer = setTimeout(() => reject(new ChromiumError(bin, `did not finish printing the PDF within ${seconds} s and was stopped`)), timeoutMs);
  });
  try {
    return await Promise.race([work(), late]);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // The browser's own words: shown, never able to move the cursor.
    const message = sanitizeLine(((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200));
    throw new ChromiumError(bin, error instanceof CdpProblem ? message : `could not print the PDF (${message})`);
  } finally {
    clearTimeout(timer);
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
