// One page load inside a fresh browser context: what the page requests (held back when it must not
// be sent), the document it was served, its frames' forms and subresources, and third-party
// cookies, turned into PageFacts. The browser and its lifetime are page-visit.ts's.
import net from 'node:net';
import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { isLinkLocalOrMetadata } from './address.js';
import { scanHtml } from './html-scan.js';
import type { PageFacts } from './page-facts-schema.js';
import { isMainFrame, readFrame, requestType } from './page-read.js';
import { firstLine, hostOf, pageError, pageFacts, type RawPage, type RawRequest } from './page-scan.js';

/** Requests recorded per visit before they are cut (duplicates are merged later, so more than the 500 kept). */
const MAX_RAW_REQUESTS = 5_000;
/** Frames read for forms: a booking widget lives in one; a page with hundreds of frames is hostile. */
const MAX_FRAMES = 20;
/** Shares of the visit's time: loading the document, then waiting for the network to go quiet; reading gets the rest. */
const LOAD_SHARE = 0.6;
const SETTLE_SHARE = 0.8;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Requests the visit holds back: with the host guard, all but loopback; always, cloud metadata and link-local addresses. */
export function heldBack(url: string, hostGuard: boolean): boolean {
  const host = hostOf(url);
  if (hostGuard && !LOOPBACK_HOSTS.has(host)) return true;
  return net.isIP(host) !== 0 && isLinkLocalOrMetadata(host);
}

export async function visitInContext(context: BrowserContext, url: string, timeoutMs: number, hostGuard: boolean): Promise<PageFacts> {
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
  // The scripts of the HTML as served, before any ran: what the Observatory's SRI test reads.
  const served = response === null ? main.scripts : await servedScripts(response, page.url(), main.scripts);
  const raw: RawRequest[] = requests.map((request) => ({
    url: request.url(),
    type: requestType(request),
    sent: !held.has(request),
    mainFrame: isMainFrame(request, page),
  }));
  for (const socket of sockets) raw.push({ ...socket, sent: !heldSockets.has(socket.url) });
  return pageFacts('browser', main, raw, cookies.map((c) => ({ name: c.name, domain: c.domain })), served);
}

/** The HTML fallback's size cap applies to the served document too. */
const MAX_SERVED_CHARS = 2 * 1024 * 1024;

async function servedScripts(response: Response, url: string, fallback: RawPage['scripts']): Promise<RawPage['scripts']> {
  try {
    const body = await response.text();
    return scanHtml(body.length > MAX_SERVED_CHARS ? body.slice(0, MAX_SERVED_CHARS) : body, url).scripts;
  } catch {
    // The body is gone (a redirect's, or evicted): the live DOM's scripts are the best left.
    return fallback;
  }
}
