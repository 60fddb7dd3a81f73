// Visiting an endpoint's page as a patient's browser does: headless Chromium, one per run, a fresh
// profile for every page, and what the page did on load recorded as PageFacts. Without Chromium,
// fetchPageHtml (page-fetch.ts) reads the page's HTML once instead (no script runs, so it sees less).
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { findChromium } from '../report/chromium.js';
import type { PageFacts } from './page-facts-schema.js';
import { firstLine, pageError } from './page-scan.js';
import { visitInContext } from './page-load.js';

export { heldBack } from './page-load.js';

export interface PageBrowserOptions {
  /** The Chromium to run (see findChromium). */
  executablePath: string;
  /**
   * For tests: nothing but loopback is ever contacted. Every request to another host is held back
   * (recorded with sent: false), and Chromium resolves no name but localhost.
   */
  hostGuard?: boolean;
}

export interface PageVisitOptions {
  /** The whole visit, from opening the page to reading it; a page not done by then ends with an error. */
  timeoutMs: number;
}

export interface PageBrowser {
  /** Loads `url` in a fresh profile and records what it did. Never throws; failures are `error` in the facts. */
  visit(url: string, options: PageVisitOptions): Promise<PageFacts>;
  /**
   * Runs `work` with the running browser (started now if it is not yet): the PDF report is printed
   * this way when the run's page visits already started Chromium, so one run starts it once.
   */
  use<T>(work: (browser: Browser) => Promise<T>): Promise<T>;
  /** How many times Chromium was started (once per run, unless it crashed). */
  readonly launches: number;
  /** Ends Chromium and removes its profile folder. Visits after this start it again. */
  close(): Promise<void>;
}

/** Flags for a quiet, offline-minded browser: no background services, updates, sync or QUIC. */
const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];
/** Chromium's host resolver with every name unknown except loopback (IP literals go through it too). */
export const LOOPBACK_ONLY_RESOLVER = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
const LAUNCH_TIMEOUT_MS = 30_000;
/** How long a context that will not close is waited for before the whole browser is ended. */
const CLOSE_GRACE_MS = 5_000;

/**
 * The profile every visit's context derives from. Chromium's contexts are off-the-record profiles,
 * which block third-party cookies by default, as a private window does; a patient's ordinary
 * browser does not, and third-party cookies are what the visit looks for.
 */
const PREFERENCES = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };

interface Running {
  browser: Browser;
  /** The persistent context that owns the profile folder; visits never use it. */
  owner: BrowserContext;
  profileDir: string;
  userAgent: string;
  /** Removes the profile if the process exits without close() (Ctrl-C: Playwright ends Chromium itself). */
  onExit: () => void;
}

/**
 * One Chromium for a run, started at the first visit. Each visit gets a new browser context (no
 * cookies, storage or cache from any other visit) that is discarded afterwards.
 */
export function createPageBrowser(options: PageBrowserOptions): PageBrowser {
  let launches = 0;
  let running: Promise<Running> | undefined;
  const closing = new Set<Promise<unknown>>();

  const launch = async (): Promise<Running> => {
    launches++;
    const profileDir = await mkdtemp(path.join(tmpdir(), 'hipaa-hero-page-'));
    const onExit = () => rmSync(profileDir, { recursive: true, force: true });
    process.once('exit', onExit);
    try {
      // Loaded here, not at the top: the HTML fallback works where playwright-core is not installed.
      const { chromium } = await import('playwright-core');
      await mkdir(path.join(profileDir, 'Default'));
      await writeFile(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify(PREFERENCES));
      const owner = await chromium.launchPersistentContext(profileDir, {
        executablePath: options.executablePath,
        args: options.hostGuard === true ? [...CHROMIUM_ARGS, LOOPBACK_ONLY_RESOLVER] : CHROMIUM_ARGS,
        timeout: LAUNCH_TIMEOUT_MS,
        serviceWorkers: 'block',
        // Chromium stamps a printed PDF with local time; in UTC the stamp has a fixed length (see pdf.ts).
        env: { ...process.env, TZ: 'UTC' },
      });
      const browser = owner.browser();
      if (browser === null) throw new Error('Chromium started without a browser to open contexts in');
      // The headless build says so in its user agent, and some sites serve such visitors differently.
      const blank = owner.pages()[0] ?? (await owner.newPage());
      const userAgent = String(await blank.evaluate('navigator.userAgent')).replace('HeadlessChrome/', 'Chrome/');
      return { browser, owner, profileDir, userAgent, onExit };
    } catch (err) {
      process.off('exit', onExit);
      await rm(profileDir, { recursive: true, force: true });
      throw err;
    }
  };

  const shutDown = async (done: Running): Promise<void> => {
    await done.owner.close().catch(() => undefined);
    await rm(done.profileDir, { recursive: true, force: true, maxRetries: 3 });
    process.off('exit', done.onExit);
  };

  /** Browsers given up on (a context would not close): the next visit starts another. */
  const abandoned = new WeakSet<Running>();

  /** The running browser, started at the first call. A failed start is final for this PageBrowser: every visit reports it. */
  const current = async (): Promise<Running> => {
    const held = running;
    if (held === undefined) {
      running = launch();
      return running;
    }
    const done = await held;
    if (done.browser.isConnected() && !abandoned.has(done)) return done;
    // Chromium crashed or was given up on: one new browser for the visits still to come.
    if (running === held) {
      track(shutDown(done));
      running = launch();
    }
    return running ?? current();
  };

  const abandon = (done: Running) => {
    abandoned.add(done);
    track(shutDown(done));
  };

  const track = (work: Promise<unknown>) => {
    const settled = work.catch(() => undefined);
    closing.add(settled);
    void settled.then(() => closing.delete(settled));
  };

  return {
    get launches() {
      return launches;
    },
    async use(work) {
      return work((await current()).browser);
    },
    async visit(url, visitOptions) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return pageError('browser', '', 'not a URL');
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        return pageError('browser', url, `unsupported scheme ${target.protocol} (only http and https pages are visited)`);
      }
      // Credentials written into the URL are never sent.
      target.username = '';
      target.password = '';
      let done: Running;
      try {
        done = await current();
      } catch (err) {
        return pageError('browser', url, `Chromium could not be started: ${firstLine(err)}`);
      }
      let context: BrowserContext;
      try {
        context = await done.browser.newContext({
          acceptDownloads: false,
          // A bad certificate is judged by the TLS probe; the page behind it is still read.
          ignoreHTTPSErrors: true,
          serviceWorkers: 'block',
          userAgent: done.userAgent,
        });
      } catch (err) {
        return pageError('browser', url, `Chromium could not open a page: ${firstLine(err)}`);
      }
      const timeoutMs = Math.max(1, Math.floor(visitOptions.timeoutMs));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<PageFacts>((resolve) => {
        timer = setTimeout(() => resolve(pageError('browser', url, `the page did not finish loading within ${timeoutMs} ms`)), timeoutMs);
      });
      const work = visitInContext(context, target.href, timeoutMs, options.hostGuard === true).catch((err: unknown) =>
        pageError('browser', url, `the visit failed: ${firstLine(err)}`),
      );
      try {
        return await Promise.race([work, deadline]);
      } finally {
        clearTimeout(timer);
        const closed = context.close().then(
          () => true,
          () => true,
        );
        const waited = await Promise.race([closed, new Promise<false>((resolve) => setTimeout(() => resolve(false), CLOSE_GRACE_MS).unref())]);
        if (!waited) abandon(done);
      }
    },
    async close() {
      const last = running;
      running = undefined;
      if (last !== undefined) {
        const done = await last.catch(() => undefined);
        if (done !== undefined) await shutDown(done);
      }
      await Promise.all([...closing]);
    },
  };
}

/**
 * The page browser for this machine (an explicit path, or the Chromium findChromium finds), or
 * undefined when there is none: then fall back to {@link fetchPageHtml}.
 */
export async function findPageBrowser(options: { chromium?: string; hostGuard?: boolean } = {}): Promise<PageBrowser | undefined> {
  const executablePath = await findChromium(options.chromium);
  return executablePath === undefined ? undefined : createPageBrowser({ executablePath, hostGuard: options.hostGuard === true });
}

/**
 * Visits one page: in `browser` when given (share one for a run), else in a Chromium started for
 * this page alone (`executablePath`, or the one findChromium finds) and ended afterwards.
 */
export async function visitPage(
  url: string,
  options: PageVisitOptions & { browser?: PageBrowser; executablePath?: string; hostGuard?: boolean },
): Promise<PageFacts> {
  if (options.browser !== undefined) return options.browser.visit(url, options);
  const executablePath = await findChromium(options.executablePath);
  if (executablePath === undefined) return pageError('browser', url, 'no Chromium found to visit the page with');
  const browser = createPageBrowser({ executablePath, hostGuard: options.hostGuard === true });
  try {
    return await browser.visit(url, options);
  } finally {
    await browser.close();
  }
}
