// Visiting an endpoint's page as a patient's browser does: headless Chromium, one per run, a fresh
// profile for every page, and what the page did on load recorded as PageFacts. Without Chromium,
// fetchPageHtml (page-fetch.ts) reads the page's HTML once instead (no script runs, so it sees less).
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { isMainFrame, readFrame, requestType } from './page-read.js';
import { findChromium } from '../report/chromium.js';
import { isLinkLocalOrMetadata } from './address.js';
import type { PageFacts } from './page-facts-schema.js';
import { firstLine, hostOf, pageError, pageFacts, type RawRequest } from './page-scan.js';

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
/** Requests recorded per visit before they are cut (duplicates are merged later, so more than the 500 kept). */
const MAX_RAW_REQUESTS = 5_000;
/** Frames read for forms: a booking widget lives in one; a page with hundreds of frames is hostile. */
const MAX_FRAMES = 20;
/** Shares of the visit's time: loading the document, then waiting for the network to go quiet; reading gets the rest. */
const LOAD_SHARE = 0.6;
const SETTLE_SHARE = 0.8;

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

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Requests the visit holds back: with the host guard, all but loopback; always, cloud metadata and link-local addresses. */
export function heldBack(url: string, hostGuard: boolean): boolean {
  const host = hostOf(url);
  if (hostGuard && !LOOPBACK_HOSTS.has(host)) return true;
  return net.isIP(host) !== 0 && isLinkLocalOrMetadata(host);
}

async function visitInContext(context: BrowserContext, url: string, timeoutMs: number, hostGuard: boolean): Promise<PageFacts> {
  const started = Date.now();
  const requests: Request[] = [];
  const held = new Set<Request>();
  const sockets: RawRequest[] = [];
  context.on('request', (request) => {
    if (requests.length < MAX_RAW_REQUESTS) requests.push(request);
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    try {
      if (heldBack(request.url(), hostGuard)) {
        held.add(request);
        await route.abort('blockedbyclient');
      } else {
        await route.fallback();
      }
    } catch {
      // The context closed under the route: nothing left to send or hold.
    }
  });
  const heldSockets = new Set<string>();
  await context.routeWebSocket(
    (target) => heldBack(target.href, hostGuard),
    // Never connected to the server: the socket stays between the page and this handler.
    (socket) => {
      heldSockets.add(socket.url());
      void socket.close().catch(() => undefined);
    },
  );
  const watch = (page: Page) => {
    // A dialog is dismissed, never accepted, like every other prompt the page shows.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    page.on('websocket', (socket) => {
      if (sockets.length < MAX_RAW_REQUESTS) sockets.push({ url: socket.url(), type: 'websocket', sent: true });
    });
  };
  context.on('page', watch);
  const page = await context.newPage();

  let response;
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1, Math.floor(timeoutMs * LOAD_SHARE)) });
  } catch (err) {
    const message = firstLine(err);
    if (/timeout/i.test(message)) return pageError('browser', url, `the page did not load within ${Math.floor(timeoutMs * LOAD_SHARE)} ms`);
    return pageError('browser', url, `the page did not load: ${message.replace(/^page\.goto: /, '')}`);
  }
  if (response !== null) {
    if (response.status() >= 400) return pageError('browser', response.url(), `the page answered HTTP ${response.status()}`);
    const type = (await response.headerValue('content-type').catch(() => null)) ?? '';
    if (type !== '' && !/html/i.test(type)) return pageError('browser', response.url(), `not an HTML page (${type.split(';')[0]?.trim()})`);
  }
  // Quiet for half a second, or out of its share of time: pages with long polling never go quiet.
  const settleMs = Math.floor(started + timeoutMs * SETTLE_SHARE - Date.now());
  if (settleMs > 0) await page.waitForLoadState('networkidle', { timeout: settleMs }).catch(() => undefined);

  const main = await readFrame(page.mainFrame());
  if (main === undefined) return pageError('browser', page.url(), 'the page could not be read');
  for (const frame of page.frames().slice(0, MAX_FRAMES)) {
    if (frame === page.mainFrame()) continue;
    const inner = await readFrame(frame);
    // From frames only what the page hands on: where a form in it posts, what it loads over http.
    if (inner !== undefined) {
      main.forms.push(...inner.forms);
      main.resources.push(...inner.resources);
    }
  }
  const cookies = await context.cookies().catch(() => []);
  const raw: RawRequest[] = requests.map((request) => ({
    url: request.url(),
    type: requestType(request),
    sent: !held.has(request),
    mainFrame: isMainFrame(request, page),
  }));
  for (const socket of sockets) raw.push({ ...socket, sent: !heldSockets.has(socket.url) });
  return pageFacts('browser', main, raw, cookies.map((c) => ({ name: c.name, domain: c.domain })));
}
