// Visiting a practice's page as a patient's browser does (headless Chromium, every request but
// loopback held back) and the HTML fallback without Chromium, against local pages on 127.0.0.1.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageFacts } from '../src/gather/page-facts-schema.js';
import { isThirdParty, pageFacts, siteOf } from '../src/gather/page-scan.js';
import { scanHtml } from '../src/gather/html-scan.js';
import { createPageBrowser, heldBack, visitPage, type PageBrowser } from '../src/gather/page-visit.js';
import { fetchPageHtml } from '../src/gather/page-fetch.js';
import { visitEndpointPage } from '../src/gather/page-gather.js';
import { findChromium } from '../src/report/chromium.js';
import { metaPixelSnippet, pageFactsErrors, PIXEL_GIF, sentOffLoopback, startPages, type PageRoute, type PageServer } from './helpers/pages.js';
import { makeRsaCert } from './helpers/pki.js';

// The browser's profile folders go to a private TMPDIR, so "nothing left behind" is about this file alone.
const privateTmp = mkdtempSync(path.join(tmpdir(), 'hh-page-visit-'));
process.env.TMPDIR = privateTmp;

const executablePath = await findChromium();
const NO_CHROMIUM = 'skipped: no Chromium found (apt-get install chromium; CI installs it)';
if (executablePath === undefined) console.warn(`page-visit browser tests ${NO_CHROMIUM}`);

const TIMEOUT_MS = 8_000;
const PIXEL_ID = '123456789012345';

let site: PageServer;
/** Another site (localhost is not 127.0.0.1 to the visit): trackers, a form handler. */
let other: PageServer;
let secure: PageServer;
const routes: Record<string, PageRoute> = {};
const otherRoutes: Record<string, PageRoute> = {};
const secureRoutes: Record<string, PageRoute> = {};

const page = (body: string): PageRoute => ({ body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glow Med Spa</title></head><body>${body}</body></html>` });

beforeAll(async () => {
  site = await startPages(routes);
  other = await startPages(otherRoutes);
  const cert = makeRsaCert({ commonName: '127.0.0.1', sans: ['127.0.0.1', 'localhost'] });
  secure = await startPages(secureRoutes, cert);
  const elsewhere = `http://localhost:${other.port}`;

  routes['/booking'] = page(`${metaPixelSnippet(PIXEL_ID)}
    <h1>Book your consultation</h1>
    <img src="https://www.facebook.com/tr?id=${PIXEL_ID}&ev=Schedule&cd[service]=botox" height="1" width="1" style="display:none">`);
  routes['/tag.js'] = {
    type: 'text/javascript',
    body: `var s = document.createElement('script'); s.async = true; s.src = 'https://www.googletagmanager.com/gtag/js?id=G-GLOWSPA1'; document.head.appendChild(s);`,
  };
  routes['/injects'] = page('<script src="/tag.js"></script><p>Welcome</p>');
  routes['/style.css'] = { type: 'text/css', body: 'body { color: #333 }' };
  routes['/logo.gif'] = { type: 'image/gif', body: PIXEL_GIF };
  routes['/clean'] = page('<link rel="stylesheet" href="/style.css"><img src="/logo.gif" alt="Glow"><p>Hello</p><a href="/contact">Contact us</a>');
  routes['/notice'] = page(`<footer><a href="/privacy/notice.pdf?v=2#top">Notice of
      Privacy   Practices</a> <a href="mailto:front@glow.test">Email us</a></footer>`);
  routes['/forms'] = page(`
    <form action="${elsewhere}/submit?src=site" method="POST"><input name="name"><button>Send</button></form>
    <form action="/submit"><input name="action" value="hidden"><input name="q"></form>`);
  routes['/cookies'] = page(`<img src="${elsewhere}/px.gif?uid=42" alt="">`);
  routes['/cookies'].headers = { 'set-cookie': 'first=own-value; Path=/' };
  otherRoutes['/px.gif'] = { type: 'image/gif', body: PIXEL_GIF, headers: { 'set-cookie': ['tracker_id=SECRET-TRACKER-VALUE; SameSite=None; Secure; Path=/'] } };
  routes['/never.js'] = { hang: true };
  routes['/hangs'] = { body: '<!doctype html><html><head><script src="/never.js"></script></head><body><a href="/x">x</a></body></html>' };
  routes['/slow-extra'] = page('<script async src="/never.js"></script><a href="/privacy">Privacy policy</a>');
  routes['/busy'] = page('<a href="/x">x</a><script>for (;;) {}</script>');
  routes['/old'] = { status: 302, headers: { location: '/booking?from=old' } };
  routes['/away'] = { status: 302, headers: { location: 'https://www.elsewhere.test/page' } };
  routes['/data.json'] = { type: 'application/json', body: '{}' };
  routes['/big'] = page(`<script src="https://cdn.tracker.test/t.js"></script>${'<p>filler</p>'.repeat(5000)}<script src="https://late.tracker.test/t.js"></script>`);
  secureRoutes['/form'] = page(`
    <form action="http://127.0.0.1:${site.port}/submit" method="post"><input name="dob"></form>
    <img src="http://127.0.0.1:${site.port}/logo.gif?x=1" alt="">
    <script src="https://cdn.jsdelivr.test/lib.js" integrity="sha384-abc" crossorigin="anonymous"></script>
    <script src="https://cdn.jsdelivr.test/other.js"></script>`);
});

afterAll(async () => {
  await Promise.all([site?.close(), other?.close(), secure?.close()]);
  rmSync(privateTmp, { recursive: true, force: true });
});

const urls = (facts: PageFacts) => facts.requests.map((r) => r.url);
const hosts = (facts: PageFacts) => facts.requests.map((r) => r.host);

function expectValid(facts: PageFacts): void {
  expect(pageFactsErrors(facts)).toEqual([]);
  // No query string or fragment anywhere a URL is kept.
  for (const url of [...urls(facts), ...facts.forms.map((f) => f.action), ...facts.links.map((l) => l.href), ...facts.mixedContent, ...facts.scriptsWithoutIntegrity]) {
    expect(url).not.toMatch(/[?#]/);
  }
}

describe.skipIf(executablePath === undefined)(executablePath ? 'visiting a page in Chromium' : `visiting a page in Chromium — ${NO_CHROMIUM}`, () => {
  let browser: PageBrowser;
  const visits: PageFacts[] = [];
  const visit = async (url: string, timeoutMs = TIMEOUT_MS) => {
    const facts = await browser.visit(url, { timeoutMs });
    visits.push(facts);
    expectValid(facts);
    return facts;
  };

  beforeAll(() => {
    browser = createPageBrowser({ executablePath: executablePath ?? '', hostGuard: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records the Meta Pixel on a booking page: third-party, held back, without its query string', async () => {
    const facts = await visit(`${site.origin}/booking`);
    expect(facts.error).toBeUndefined();
    expect(facts.kind).toBe('browser');
    expect(facts.url).toBe(`${site.origin}/booking`);
    expect(facts.requests).toContainEqual({ url: 'https://connect.facebook.net/en_US/fbevents.js', host: 'connect.facebook.net', type: 'script', thirdParty: true, beforeInteraction: true, sent: false });
    expect(facts.requests).toContainEqual({ url: 'https://www.facebook.com/tr', host: 'www.facebook.com', type: 'image', thirdParty: true, beforeInteraction: true, sent: false });
    expect(facts.requests).toContainEqual({ url: `${site.origin}/booking`, host: '127.0.0.1', type: 'document', thirdParty: false, beforeInteraction: true, sent: true });
    expect(facts.scriptsWithoutIntegrity).toContain('https://connect.facebook.net/en_US/fbevents.js');
    expect(JSON.stringify(facts)).not.toContain(PIXEL_ID);
    expect(sentOffLoopback(facts)).toEqual([]);
  });

  it('sees a tracker that a script adds at run time', async () => {
    const facts = await visit(`${site.origin}/injects`);
    expect(facts.error).toBeUndefined();
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: 'https://www.googletagmanager.com/gtag/js', type: 'script', thirdParty: true, sent: false }));
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: `${site.origin}/tag.js`, thirdParty: false, sent: true }));
    expect(facts.scriptsWithoutIntegrity).toEqual(['https://www.googletagmanager.com/gtag/js']);
  });

  it('finds no third party on a clean page', async () => {
    const facts = await visit(`${site.origin}/clean`);
    expect(facts.error).toBeUndefined();
    expect(facts.requests.length).toBeGreaterThanOrEqual(3);
    expect(facts.requests.filter((r) => r.thirdParty)).toEqual([]);
    expect(facts.cookies).toEqual([]);
    expect(facts.scriptsWithoutIntegrity).toEqual([]);
    expect(facts.links).toEqual([{ href: `${site.origin}/contact`, text: 'Contact us' }]);
  });

  it('lists the link to the Notice of Privacy Practices, text collapsed, query and fragment gone', async () => {
    const facts = await visit(`${site.origin}/notice`);
    expect(facts.links).toEqual([{ href: `${site.origin}/privacy/notice.pdf`, text: 'Notice of Privacy Practices' }]);
  });

  it('records forms: where they post, over plain http, to another site — never submitting them', async () => {
    const facts = await visit(`${site.origin}/forms`);
    expect(facts.forms).toEqual([
      { action: `http://localhost:${other.port}/submit`, method: 'post', insecure: true, thirdParty: true },
      { action: `${site.origin}/submit`, method: 'get', insecure: true, thirdParty: false },
    ]);
    expect(site.hits.filter((h) => h.startsWith('/submit'))).toEqual([]);
    expect(other.hits.filter((h) => h.startsWith('/submit'))).toEqual([]);
  });

  it('on an https page: a form posting over http, mixed content, and scripts with and without integrity', async () => {
    const facts = await visit(`${secure.origin}/form`);
    expect(facts.error).toBeUndefined();
    expect(facts.forms).toEqual([{ action: `${site.origin}/submit`, method: 'post', insecure: true, thirdParty: false }]);
    expect(facts.mixedContent).toContain(`${site.origin}/logo.gif`);
    expect(facts.scriptsWithoutIntegrity).toEqual(['https://cdn.jsdelivr.test/other.js']);
    expect(sentOffLoopback(facts)).toEqual([]);
  });

  it('records third-party cookies by name and domain, never their values', async () => {
    const facts = await visit(`${site.origin}/cookies`);
    expect(facts.cookies).toEqual([{ name: 'tracker_id', domain: 'localhost', thirdParty: true }]);
    const text = JSON.stringify(facts);
    expect(text).not.toContain('SECRET-TRACKER-VALUE');
    expect(text).not.toContain('own-value');
  });

  it('starts every visit in a fresh profile: no cookie from an earlier visit', async () => {
    await visit(`${site.origin}/cookies`);
    const facts = await visit(`${site.origin}/clean`);
    expect(facts.cookies).toEqual([]);
  });

  it('ends a page that never loads with an error and nothing else', async () => {
    const facts = await visit(`${site.origin}/hangs`, 2_000);
    expect(facts.error).toMatch(/did not (load|finish loading) within/);
    expect(facts).toMatchObject({ requests: [], cookies: [], forms: [], links: [], mixedContent: [], scriptsWithoutIntegrity: [] });
  });

  it('reads a page whose late resource never arrives once its time to settle is up', async () => {
    const facts = await visit(`${site.origin}/slow-extra`, 3_000);
    expect(facts.error).toBeUndefined();
    expect(facts.links).toEqual([{ href: `${site.origin}/privacy`, text: 'Privacy policy' }]);
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: `${site.origin}/never.js`, type: 'script', sent: true }));
  });

  it('says why a page that is not HTML, or answers with an error status, was not read', async () => {
    expect((await visit(`${site.origin}/data.json`)).error).toBe('not an HTML page (application/json)');
    expect((await visit(`${site.origin}/missing`)).error).toBe('the page answered HTTP 404');
  });

  it('visits with a browser of its own when given none, and ends it', async () => {
    const facts = await visitPage(`${site.origin}/notice`, { timeoutMs: TIMEOUT_MS, executablePath, hostGuard: true });
    expectValid(facts);
    expect(facts.links).toEqual([{ href: `${site.origin}/privacy/notice.pdf`, text: 'Notice of Privacy Practices' }]);
    expect(readdirSync(privateTmp).filter((name) => name.startsWith('hipaa-hero-page-'))).toHaveLength(1); // the shared browser's
  });

  it('started Chromium once for all the visits above, and removes its profile when closed', async () => {
    expect(visits.length).toBeGreaterThan(5);
    expect(browser.launches).toBe(1);
    expect(readdirSync(privateTmp).filter((name) => name.startsWith('hipaa-hero-page-'))).toHaveLength(1);
    await browser.close();
    // Nothing left behind: neither the profile nor Playwright's own temporary folders.
    expect(readdirSync(privateTmp)).toEqual([]);
    // Every guarded visit held back all it would have sent beyond loopback.
    for (const facts of visits) expect(sentOffLoopback(facts)).toEqual([]);
  });
});

describe.skipIf(executablePath === undefined)(executablePath ? 'a page that hogs the browser' : `a page that hogs the browser — ${NO_CHROMIUM}`, () => {
  it('ends a page whose script never yields with an error, and the next visit still works', async () => {
    const browser = createPageBrowser({ executablePath: executablePath ?? '', hostGuard: true });
    try {
      const busy = await browser.visit(`${site.origin}/busy`, { timeoutMs: 2_000 });
      expectValid(busy);
      expect(busy.error).toMatch(/did not (load|finish loading) within/);
      const next = await browser.visit(`${site.origin}/clean`, { timeoutMs: TIMEOUT_MS });
      expect(next.error).toBeUndefined();
      expect(next.links).toEqual([{ href: `${site.origin}/contact`, text: 'Contact us' }]);
    } finally {
      await browser.close();
    }
  });
});

describe('reading a page from its HTML (no Chromium)', () => {
  const fetchPage = async (url: string, options: { maxBytes?: number } = {}) => {
    const facts = await fetchPageHtml(url, { timeoutMs: TIMEOUT_MS, ...options });
    expectValid(facts);
    return facts;
  };

  it('sees the pixel images the HTML names, but not the script the snippet loads at run time', async () => {
    const facts = await fetchPage(`${site.origin}/booking`);
    expect(facts.error).toBeUndefined();
    expect(facts.kind).toBe('html');
    expect(facts.requests).toContainEqual({ url: 'https://www.facebook.com/tr', host: 'www.facebook.com', type: 'image', thirdParty: true, beforeInteraction: true, sent: false });
    expect(hosts(facts)).not.toContain('connect.facebook.net');
    expect(facts.requests.filter((r) => r.sent)).toEqual([{ url: `${site.origin}/booking`, host: '127.0.0.1', type: 'document', thirdParty: false, beforeInteraction: true, sent: true }]);
  });

  it('does not see a tracker a script adds at run time', async () => {
    const facts = await fetchPage(`${site.origin}/injects`);
    expect(hosts(facts)).not.toContain('www.googletagmanager.com');
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: `${site.origin}/tag.js`, type: 'script', thirdParty: false, sent: false }));
    expect(facts.scriptsWithoutIntegrity).toEqual([]);
  });

  it('reads links, forms, integrity and mixed content as the browser visit does', async () => {
    expect((await fetchPage(`${site.origin}/notice`)).links).toEqual([{ href: `${site.origin}/privacy/notice.pdf`, text: 'Notice of Privacy Practices' }]);
    expect((await fetchPage(`${site.origin}/forms`)).forms).toEqual([
      { action: `http://localhost:${other.port}/submit`, method: 'post', insecure: true, thirdParty: true },
      { action: `${site.origin}/submit`, method: 'get', insecure: true, thirdParty: false },
    ]);
    const https = await fetchPage(`${secure.origin}/form`);
    expect(https.forms).toEqual([{ action: `${site.origin}/submit`, method: 'post', insecure: true, thirdParty: false }]);
    expect(https.mixedContent).toEqual([`${site.origin}/logo.gif`]);
    expect(https.scriptsWithoutIntegrity).toEqual(['https://cdn.jsdelivr.test/other.js']);
  });

  it('follows a redirect on the same site, and not one to another site', async () => {
    const facts = await fetchPage(`${site.origin}/old`);
    expect(facts.url).toBe(`${site.origin}/booking`);
    expect(facts.requests.filter((r) => r.type === 'document').map((r) => r.url)).toEqual([`${site.origin}/old`, `${site.origin}/booking`]);
    expect((await fetchPage(`${site.origin}/away`)).error).toBe('redirect to another site, not followed: https://www.elsewhere.test/page');
  });

  it('reads only the head of a page larger than the size cap', async () => {
    const facts = await fetchPage(`${site.origin}/big`, { maxBytes: 16 * 1024 });
    expect(facts.error).toBeUndefined();
    expect(hosts(facts)).toContain('cdn.tracker.test');
    expect(hosts(facts)).not.toContain('late.tracker.test');
  });

  it('ends with an error for a page that never answers, is not HTML, or is missing', async () => {
    const hanging = await fetchPageHtml(`${site.origin}/never.js`, { timeoutMs: 500 });
    expect(hanging).toMatchObject({ kind: 'html', error: 'the page did not load within 500 ms', requests: [], links: [] });
    expect((await fetchPage(`${site.origin}/data.json`)).error).toBe('not an HTML page (application/json)');
    expect((await fetchPage(`${site.origin}/missing`)).error).toBe('the page answered HTTP 404');
    expect((await fetchPage('ftp://127.0.0.1/')).error).toMatch(/unsupported scheme ftp:/);
    expect((await fetchPage('https://book.glow.example/')).error).toMatch(/placeholder/);
  });
});

describe('which endpoints the gather step visits', () => {
  const seen = { url: 'https://book.clearskin.example', host: 'book.clearskin.example', port: 443 };
  it('none that was not reached, and no placeholder', async () => {
    expect(await visitEndpointPage({ ...seen, error: 'no answer (connection refused)' }, {}, { timeoutMs: 1000 })).toBeUndefined();
    expect(await visitEndpointPage({ ...seen, placeholder: 'a reserved .example name' }, {}, { timeoutMs: 1000 })).toBeUndefined();
  });
  it('one the run had no time left for is an error saying so, not a missing visit', async () => {
    const page = await visitEndpointPage(seen, {}, { timeoutMs: 0 });
    expect(page).toMatchObject({ kind: 'html', url: 'https://book.clearskin.example/', error: "not visited: the run's deadline passed first", requests: [] });
  });
});

describe('which site a host belongs to', () => {
  it.each([
    ['www.glowspa.com', 'glowspa.com'],
    ['book.glowspa.com', 'glowspa.com'],
    ['glowspa.com', 'glowspa.com'],
    ['WWW.GlowSpa.com.', 'glowspa.com'],
    ['www.glowspa.co.uk', 'glowspa.co.uk'],
    ['glowspa.com.au', 'glowspa.com.au'],
    ['glowspa.wixsite.com', 'glowspa.wixsite.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['[::1]', '::1'],
    ['10.0.0.5', '10.0.0.5'],
  ])('%s is on %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it.each([
    ['connect.facebook.net', 'www.glowspa.com', true],
    ['cdn.glowspa.com', 'www.glowspa.com', false],
    ['localhost', '127.0.0.1', true],
    ['127.0.0.2', '127.0.0.1', true],
    ['other.co.uk', 'glowspa.co.uk', true],
    ['other.wixsite.com', 'glowspa.wixsite.com', true],
  ])('%s on a page at %s is third-party: %s', (host, pageHost, expected) => {
    expect(isThirdParty(host, pageHost)).toBe(expected);
  });
});

describe('which requests a visit holds back', () => {
  // A decision table for heldBack(), a pure function: each URL is only classified, never connected
  // to. The cloud metadata, link-local and private addresses below are refused targets, not servers.
  const url = (scheme: string, host: string, path = '/') => `${scheme}://${host}${path}`;
  it.each([
    [url('http', '169.254.169.254', '/latest/meta-data/'), false, true],
    [url('http', '[fd00:ec2::254]'), false, true],
    [url('https', 'connect.facebook.net', '/en_US/fbevents.js'), false, false],
    [url('http', '10.0.0.5'), false, false],
    [url('https', 'connect.facebook.net', '/en_US/fbevents.js'), true, true],
    [url('http', '10.0.0.5'), true, true],
    [url('http', '127.0.0.1:8080'), true, false],
    [url('http', 'localhost:8080'), true, false],
    [url('http', '[::1]:8080'), true, false],
  ])('%s (host guard %s): held back %s', (target, guard, held) => {
    expect(heldBack(target, guard)).toBe(held);
  });
});

describe('scanning HTML', () => {
  const scan = (html: string, url = 'https://www.glowspa.com/book/') => pageFacts('html', scanHtml(html, url), [], []);

  it('skips what scripts, styles and comments hold, and reads <noscript> as markup', () => {
    const facts = scan(`<script>document.write('<img src="https://in-script.test/x.gif">')</script>
      <style>.a{background:url(https://in-style.test/x.png)}</style><!-- <img src="https://in-comment.test/x.gif"> -->
      <noscript><img src="https://pixel.test/p.gif?id=1"></noscript>`);
    expect(facts.scriptsWithoutIntegrity).toEqual([]);
    expect(scanHtml('<noscript><img src="https://pixel.test/p.gif?id=1"></noscript>', 'https://a.test/').resources).toEqual([{ url: 'https://pixel.test/p.gif?id=1', type: 'image' }]);
    expect(JSON.stringify(facts)).not.toMatch(/in-(script|style|comment)/);
  });

  it('resolves against <base href>, decodes entities and keeps the first of repeated attributes', () => {
    const raw = scanHtml(`<base href="https://cdn.glowspa.com/v2/"><a href="notice.pdf?a=1&amp;b=2" href="wrong">Notice &amp; rights</a>
      <script src='app.js' integrity=sha384-x></script><img src=logo.png alt=x>`, 'https://www.glowspa.com/');
    expect(raw.links).toEqual([{ href: 'https://cdn.glowspa.com/v2/notice.pdf?a=1&b=2', text: 'Notice & rights' }]);
    expect(raw.scripts).toEqual([{ src: 'https://cdn.glowspa.com/v2/app.js', integrity: true }]);
    expect(raw.resources.map((r) => r.url)).toEqual(['https://cdn.glowspa.com/v2/app.js', 'https://cdn.glowspa.com/v2/logo.png']);
  });

  it('reads a form action from the attribute, a submit button\'s formaction, and no dialog form', () => {
    const facts = scan(`<form method="post"><input name="action"><button formaction="https://crm.test/lead?x=1">Go</button></form>
      <form method="dialog"><button>Close</button></form><form action="javascript:void(0)"></form>`);
    expect(facts.forms).toEqual([
      { action: 'https://www.glowspa.com/book/', method: 'post', insecure: false, thirdParty: false },
      { action: 'https://crm.test/lead', method: 'post', insecure: false, thirdParty: true },
    ]);
  });

  it('survives broken markup: unclosed tags, quotes and comments, stray angle brackets', () => {
    for (const html of ['<a href="/x', '<img src=', '<!-- never closed <img src="/a.png">', 'a < b and c > d <a href=/y>y', '<script>never closed', '<', '<<<>>>', '</a></form>']) {
      expect(() => scan(html)).not.toThrow();
    }
    expect(scan('a < b <a href=/y>why</a>').links).toEqual([{ href: 'https://www.glowspa.com/y', text: 'why' }]);
    expect(scan('<a href="/book" aria-label="Book a visit"><img src="/cal.svg"></a><a href="/x" title="Call">Call us</a>').links).toEqual([
      { href: 'https://www.glowspa.com/book', text: 'Book a visit' },
      { href: 'https://www.glowspa.com/x', text: 'Call us' },
    ]);
  });

  it('keeps at most 300 links with texts of at most 120 characters', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<a href="/p${i}">${'long text '.repeat(20)}</a>`).join('');
    const facts = scan(html);
    expect(facts.links).toHaveLength(300);
    expect(Math.max(...facts.links.map((l) => l.text.length))).toBe(120);
  });

  it('keeps at most 500 requests', () => {
    const requests = Array.from({ length: 700 }, (_, i) => ({ url: `https://t.test/${i}?q=1`, type: 'image' as const, sent: true }));
    expect(pageFacts('browser', scanHtml('', 'https://a.test/'), requests, []).requests).toHaveLength(500);
  });
});
