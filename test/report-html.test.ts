// The HTML report in real headless Chromium: self-contained (no request but the page), readable on a desktop and a phone, escaped.
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { cssString, esc } from '../src/report/html/escape.js';
import { renderHtml, type HtmlOptions } from '../src/report/html/index.js';
import { CATALOG } from '../src/hipaa/catalog.js';
import { openItems } from '../src/report/open-items.js';
import type { Report } from '../src/report/schema.js';
import { glowReport, launchChromium } from './helpers/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The whole page, for people to look at after a test run (not committed; the README's picture is
// fixtures/reports/glow-medspa.html.png, made by `npm run example-reports`).
const SCREENSHOT = path.join(root, 'test/.tmp/glow-medspa.html.png');
const EVIL = '<script>alert(1)</script> "Glow" & \'Co\'';

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="232" height="48" viewBox="0 0 232 48">' +
  '<rect width="48" height="48" rx="10" fill="#0b5f7a"/><path d="M15 34V14l18 20V14" stroke="#fff" stroke-width="5" fill="none" stroke-linejoin="round"/>' +
  '<text x="60" y="32" font-family="DejaVu Sans, Arial, sans-serif" font-size="21" font-weight="700" fill="#16324f">Northwind</text></svg>';
const OPTIONS: HtmlOptions = {
  preparedBy: 'Northwind Compliance Partners',
  logo: { mediaType: 'image/svg+xml', base64: Buffer.from(LOGO_SVG).toString('base64') },
};

let report: Report;
let browser: Browser;
let server: Server;
let origin: string;
const pages = new Map<string, string>();
const served: string[] = [];

/** Serves the pages under test from 127.0.0.1 only, logging every request it gets. */
async function serve(): Promise<void> {
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    const body = pages.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function publish(name: string, html: string): string {
  pages.set(`/${name}`, html);
  return `${origin}/${name}`;
}

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

const withPractice = (practice: string): Report => ({ ...structuredClone(report), stack: { ...report.stack, practice } });

beforeAll(async () => {
  report = await glowReport();
  browser = await launchChromium();
  await serve();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the HTML report', () => {
  it('loads with no request but the page itself, and no CSP violation or console error', async () => {
    const url = publish('report.html', renderHtml(report, OPTIONS));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const aborted: string[] = [];
    await context.route('**/*', async (route) => {
      if (route.request().url() === url) return route.continue();
      aborted.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const before = served.length;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([url]);
    expect(aborted).toEqual([]);
    expect(served.slice(before)).toEqual(['/report.html']);
    expect(problems).toEqual([]);
    // Nothing in the document could ask for anything: no script, no external URL in src or url().
    expect(await page.locator('script, iframe, object, embed, link[rel="stylesheet"]').count()).toBe(0);
    const srcs = await page.locator('[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''));
    expect(srcs.every((s) => s.startsWith('data:'))).toBe(true);
    await context.close();
  });

  it('shows the practice as the one h1, the score, grade and top findings, and no gate; lists every catalog item in the checklist', async () => {
    const page = await open(publish('report.html', renderHtml(report, OPTIONS)));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Glow Aesthetics Med Spa');
    const score = page.locator('#score-value');
    expect(await score.isVisible()).toBe(true);
    expect(await score.textContent()).toBe(report.score.value.toFixed(1));
    const grade = page.locator('#grade');
    expect(await grade.isVisible()).toBe(true);
    expect(await grade.textContent()).toBe(report.score.grade);
    expect(report.score.capped).toBe(true);
    expect(await page.locator('.cap-note').isVisible()).toBe(true);
    expect(await page.locator('#gate').count()).toBe(0);
    // The most severe findings lead the table: the two critical BAA failures.
    const firstRows = page.locator('#findings tbody tr');
    expect(await firstRows.nth(0).isVisible()).toBe(true);
    expect(await firstRows.nth(0).textContent()).toMatch(/Critical.*Google Workspace/s);
    expect(await firstRows.nth(1).textContent()).toMatch(/Critical.*Backblaze/s);
    expect(await page.locator('.top li').first().isVisible()).toBe(true);
    const findings = report.results.filter((r) => ['fail', 'error', 'warn'].includes(r.status));
    expect(await firstRows.count()).toBe(findings.length);
    // Each h2 is a section; the checklist has every catalog item.
    const h2 = await page.locator('h2').allTextContents();
    const alternatives = report.counts.alternative ? ['Documented alternatives'] : [];
    expect(h2).toEqual(['Summary', 'Findings', 'Items awaiting a person’s answer', 'Waived items', ...alternatives, 'Vendor notes', 'Endpoint grades', 'Pages', 'HIPAA checklist', 'About this report']);
    expect(await page.locator('#checklist tbody tr:not(.group)').count()).toBe(CATALOG.length);
    expect(await page.locator('#endpoints tbody tr').count()).toBe(report.endpoints!.length);
    // The open items (attestation items unanswered or stale), then the automated results to verify.
    const openIds = openItems(report);
    const verify = report.results.filter((r) => r.status === 'manual' && r.kind === 'automated');
    expect(await page.locator('#manual tbody tr').count()).toBe(openIds.filter((i) => i.kind === 'attestation' || i.reason === 'stale').length + verify.length);
    const lead = (await page.locator('#manual .lead').textContent())!;
    expect(lead).toContain(`${openIds.length} items await a person's answer (counted once per check`);
    expect(lead).toContain(`hipaa-hero attest ${report.stack.path}`);
    expect(await page.locator('#waived tbody tr').count()).toBe(1);
    // Citations link to the eCFR section.
    expect(await page.locator('a.cite').first().getAttribute('href')).toMatch(/^https:\/\/www\.ecfr\.gov\/current\/title-45\/section-164\.\d+$/);
    // The area chart: one bar group per area.
    expect(await page.locator('svg.area-chart g').count()).toBe(report.areas.length);
    await page.close();
  });

  it('fits a phone (390×844) without horizontal scrolling of the page', async () => {
    const page = await open(publish('report.html', renderHtml(report, OPTIONS)), { width: 390, height: 844 });
    // Evaluated as strings: the project's TypeScript has no DOM library.
    const widths = await page.evaluate<{ viewport: number; doc: number; body: number }>(
      '({ viewport: window.innerWidth, doc: document.documentElement.scrollWidth, body: document.body.scrollWidth })',
    );
    expect(widths.doc).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    expect(await page.locator('#score-value').isVisible()).toBe(true);
    expect(await page.locator('#findings tbody tr').first().isVisible()).toBe(true);
    await page.close();
  });

  it('writes a full-page screenshot for people to look at (test/.tmp/glow-medspa.html.png)', async () => {
    const page = await open(publish('report.html', renderHtml(report, OPTIONS)));
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('inlines the logo as a data: URI image and shows who prepared it on the cover', async () => {
    const page = await open(publish('report.html', renderHtml(report, OPTIONS)));
    const logo = page.locator('header.cover img.logo');
    expect(await logo.getAttribute('src')).toBe(`data:image/svg+xml;base64,${OPTIONS.logo!.base64}`);
    expect(await page.evaluate<number>("document.querySelector('header.cover img.logo').naturalWidth")).toBeGreaterThan(0);
    expect(await page.locator('header.cover').textContent()).toContain('Prepared by Northwind Compliance Partners');
    expect(await page.locator('header.cover').textContent()).toContain(report.stack.sha256);
    await page.close();
    const plain = renderHtml(report, {});
    expect(plain).not.toContain('<img');
    expect(plain).not.toContain('Prepared by');
    expect(() => renderHtml(report, { logo: { mediaType: 'text/html', base64: 'PGI+' } })).toThrow(UsageError);
    expect(() => renderHtml(report, { logo: { mediaType: 'image/png', base64: '"><script>' } })).toThrow(UsageError);
  });

  it('renders every report string as text: no markup from the stack file reaches the DOM', async () => {
    const evil = withPractice(EVIL);
    const first = evil.results.find((r) => r.status === 'fail')!;
    first.subject = `<img src=x onerror="alert(2)">${EVIL}`;
    first.message = `Message with ${EVIL} and \`code\` <b>bold</b>`;
    first.hipaa = ['164.308(a)(1)"><script>alert(3)</script>'];
    evil.applicability = { coveredEntity: 'unsure', statement: `Maybe ${EVIL}` };
    const html = renderHtml(evil, { preparedBy: `Consultant ${EVIL}` });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(publish('evil.html', html), { waitUntil: 'load' });
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(EVIL);
    expect(await page.title()).toContain(EVIL);
    expect(await page.locator('header.cover').textContent()).toContain(`Prepared by Consultant ${EVIL}`);
    expect(await page.locator('.notice').textContent()).toContain(`Maybe ${EVIL}`);
    const row = page.locator('#findings tbody tr', { hasText: 'onerror' }).first();
    expect(await row.textContent()).toContain(`<img src=x onerror="alert(2)">${EVIL}`);
    expect(await row.locator('code', { hasText: /^code$/ }).count()).toBe(1);
    // The link keeps only the section (ecfrUrl drops the paragraph), so nothing of the citation reaches the href.
    expect(await page.locator('a.cite', { hasText: 'alert(3)' }).first().getAttribute('href')).toBe('https://www.ecfr.gov/current/title-45/section-164.308');
    expect(dialogs).toEqual([]);
    // The stylesheet survives the practice's name in the printed footer: one <style>, still applied.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('h1')).color")).toBe('rgb(255, 255, 255)');
    // The footer's CSS string parses back to the practice's name, whole.
    const pageRules = await page.evaluate<string>(
      "[...document.styleSheets[0].cssRules].filter((r) => r.constructor.name === 'CSSPageRule').map((r) => r.cssText).join(' ')",
    );
    expect(pageRules).toContain(JSON.stringify(`${EVIL} · HIPAA audit ${report.auditDate}`));
    await page.close();
  });

  it('puts the applicability statement on the cover when there is one', async () => {
    const unsure = structuredClone(report);
    unsure.applicability = { coveredEntity: 'unsure', statement: 'The practice is unsure whether it is a HIPAA covered entity.' };
    const page = await open(publish('unsure.html', renderHtml(unsure, {})));
    const notice = page.locator('header.cover .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('unsure whether it is a HIPAA covered entity');
    await page.close();
    expect(renderHtml(report, {})).not.toContain('class="notice"');
  });

  it('shows the changes since a baseline, and marks new results', async () => {
    const changed = structuredClone(report);
    let fresh = 0;
    changed.results.forEach((r, i) => {
      r.change = i % 7 === 0 ? 'new' : 'unchanged';
      if (r.change === 'new') fresh++;
    });
    changed.baseline = {
      path: 'reports/2026-05-01.json',
      generatedAt: '2026-05-01T10:00:00.000Z',
      auditDate: '2026-05-01',
      sha256: 'ab'.repeat(32),
      score: { before: 78.4, after: report.score.value, delta: Math.round((report.score.value - 78.4) * 10) / 10 },
      grade: { before: 'D', after: report.score.grade },
      areas: report.areas.map((a, i) => ({ id: a.id, title: a.title, score: { before: i === 0 ? null : 70, after: a.score, delta: i === 0 || a.score === null ? null : Math.round((a.score - 70) * 10) / 10 } })),
      counts: { new: fresh, unchanged: changed.results.length - fresh, resolved: 1, newFindings: 2 },
      resolved: [{ checkId: 'access.mfa', title: 'Every staff account signs in with multi-factor authentication', severity: 'high', subject: 'dana', was: 'fail', now: 'pass' }],
    };
    const page = await open(publish('baseline.html', renderHtml(changed, {})));
    const section = page.locator('#baseline');
    expect(await section.locator('h2').textContent()).toBe('Changes since the baseline');
    expect(await section.textContent()).toContain(`78.4 → ${report.score.value.toFixed(1)}`);
    expect(await section.locator('.delta.up').first().textContent()).toBe(`▲ +${(report.score.value - 78.4).toFixed(1)}`);
    expect(await section.locator('.areas-delta tbody tr').count()).toBe(report.areas.length);
    expect(await section.locator('.resolved tbody tr').count()).toBe(1);
    expect(await section.locator('.resolved tbody tr').textContent()).toMatch(/dana.*Fail.*Pass/s);
    expect(await page.locator('main .tag-new').count()).toBeGreaterThan(0);
    // Every listed result (findings, items to verify, waived) that is new carries the mark; passes are not listed.
    const listed = changed.results.filter((r) => r.change === 'new' && r.status !== 'pass' && r.status !== 'not_applicable').length;
    expect(listed).toBeGreaterThan(0);
    expect(await page.locator('td .tag-new').count()).toBe(listed);
    await page.close();
  });

  it('is deterministic: the same report gives the same bytes', () => {
    expect(renderHtml(structuredClone(report), OPTIONS)).toBe(renderHtml(report, OPTIONS));
  });

  it('shows an unscored area as "—", no gate wording even when the gate failed, and a report without findings or checklist', () => {
    const edge = structuredClone(report);
    edge.areas[0]!.score = null;
    edge.gate = { passed: false, failOn: 'high', failUnder: 80, reasons: ['2 failed result(s) of severity high or higher'] };
    const html = renderHtml(edge, {});
    expect(html).toMatch(/<text[^>]*class="bar-value">—<\/text>/);
    expect(html).not.toMatch(/\bgate\b/i);
    const clean = structuredClone(report);
    clean.results = clean.results.filter((r) => r.status === 'pass');
    delete clean.checklist;
    delete clean.endpoints;
    const plain = renderHtml(clean, {});
    expect(plain).toContain('No failed checks, errors or warnings.');
    expect(plain).not.toContain('id="checklist"');
    expect(plain).not.toContain('href="#checklist"');
    expect(plain).not.toContain('id="manual"');
  });

  it('escapes for text, attributes and CSS strings', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(cssString('Glow "Spa" </style>')).toBe('"Glow \\22 Spa\\22  \\3c \\2f style\\3e "');
  });
});
