// The report's page summaries (endpoints[].page): a PHI booking page with the Meta pixel, Google Tag
// Manager and Google Fonts, a marketing page read from its HTML, and a page that could not be
// visited; the JSON summary, the "Pages" section of the text, Markdown and HTML reports, the
// database's credit, escaping of hostile names, and a saved report read back by `render`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit.js';
import { THIRD_PARTY_SOURCE } from '../src/engine/third-parties.js';
import type { EndpointFacts, PageFacts } from '../src/gather/endpoint-facts.js';
import { renderFactsFile } from '../src/gather/facts-file.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { summarizePage } from '../src/report/pages.js';
import { readReportFile } from '../src/report/read.js';
import type { Report } from '../src/report/schema.js';
import { renderText } from '../src/report/text.js';
import { goodEndpointFacts } from './helpers/endpoint-facts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const NOW = '2026-11-28';
const BOOK = 'https://book.clearskin.example';
const SITE = 'https://clearskin.example';
const OFFERS = 'https://offers.clearskin.example';
/** A host name and cookie name a hostile facts file could hold: markup, a terminal escape, a Markdown link. */
const EVIL_HOST = 'evil<img src=x onerror=alert(1)>.example';
const EVIL_COOKIE = '\u001b[2Jpwn[x](javascript:alert(1))';

type Request = PageFacts['requests'][number];
const req = (url: string, type: Request['type'], thirdParty = true): Request => ({ url, host: new URL(url).hostname, type, thirdParty, beforeInteraction: true, sent: true });

/** The booking page: its own files, the Meta pixel (script and image), Google Tag Manager, Google Fonts, one hostile host. */
function bookPage(): PageFacts {
  return {
    kind: 'browser',
    url: `${BOOK}/`,
    requests: [
      req(`${BOOK}/`, 'document', false),
      req(`${BOOK}/app.js`, 'script', false),
      req('https://connect.facebook.net/en_US/fbevents.js', 'script'),
      req('https://connect.facebook.net/signals/config/123', 'script'),
      req('https://www.facebook.com/tr/', 'image'),
      req('https://www.googletagmanager.com/gtm.js', 'script'),
      req('https://fonts.gstatic.com/s/inter/v1/inter.woff2', 'font'),
      { url: `https://${EVIL_HOST}/x.js`, host: EVIL_HOST, type: 'script', thirdParty: true, beforeInteraction: false, sent: true },
    ],
    cookies: [
      { name: 'fr', domain: '.facebook.com', thirdParty: true },
      { name: EVIL_COOKIE, domain: EVIL_HOST, thirdParty: true },
    ],
    forms: [
      { action: `${BOOK}/book`, method: 'post', insecure: false, thirdParty: false },
      { action: 'http://clearskin.example/contact', method: 'post', insecure: true, thirdParty: true },
    ],
    links: [{ href: `${BOOK}/privacy`, text: '<script>alert(1)</script> Notice' }],
    mixedContent: ['http://clearskin.example/logo.png'],
    scriptsWithoutIntegrity: ['https://connect.facebook.net/en_US/fbevents.js'],
    markupScripts: [],
  };
}

/** A marketing page (no PHI) read from its HTML: the Meta pixel there is listed, but does not stand out. */
function offersPage(): PageFacts {
  return {
    kind: 'html',
    url: `${OFFERS}/`,
    requests: [req(`${OFFERS}/`, 'document', false), req('https://connect.facebook.net/en_US/fbevents.js', 'script')],
    cookies: [],
    forms: [],
    links: [],
    mixedContent: [],
    scriptsWithoutIntegrity: [],
    markupScripts: [],
  };
}

const failedPage = (): PageFacts => ({
  kind: 'browser',
  url: `${SITE}/`,
  error: 'the page did not load within 15 s',
  requests: [],
  cookies: [],
  forms: [],
  links: [],
  mixedContent: [],
  scriptsWithoutIntegrity: [],
  markupScripts: [],
});

const withPage = (url: string, page: PageFacts): EndpointFacts => ({ ...goodEndpointFacts(url), page });

const dirs: string[] = [];
let dir: string;
let report: Report;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hh-pages-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, 'stack.yaml'),
    ['version: 1', 'practice:', '  name: Clear Skin', 'endpoints:', `  - url: ${BOOK}`, '    phi: true', `  - url: ${SITE}`, '    phi: false', `  - url: ${OFFERS}`, '    phi: false', ''].join('\n'),
  );
  const facts = { [BOOK]: withPage(BOOK, bookPage()), [SITE]: withPage(SITE, failedPage()), [OFFERS]: withPage(OFFERS, offersPage()) };
  writeFileSync(path.join(dir, 'facts.json'), renderFactsFile(facts, new Date(`${NOW}T00:00:00Z`)));
  report = await runAudit({
    file: path.join(dir, 'stack.yaml'),
    now: NOW,
    checksDirs: [],
    failOn: 'none',
    failUnder: null,
    probe: { offline: false, factsFile: path.join(dir, 'facts.json'), timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
    generatedAt: new Date(`${NOW}T00:00:00Z`),
  });
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const endpoint = (url: string) => report.endpoints!.find((e) => e.url === url)!;
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the JSON summary of each page', () => {
  it('groups the requests by service, advertising and social first, unknown hosts last, with hosts, counts and cookies', () => {
    const page = endpoint(BOOK).page!;
    expect(page).toEqual({
      kind: 'browser',
      url: `${BOOK}/`,
      thirdParties: [
        {
          name: 'Facebook',
          company: 'Facebook',
          category: 'social',
          kind: 'social',
          hosts: ['connect.facebook.net', 'www.facebook.com'],
          requests: 3,
          beforeInteraction: true,
          cookies: ['fr'],
        },
        { name: 'Google Tag Manager', company: 'Google', category: 'tag-manager', kind: 'analytics', hosts: ['www.googletagmanager.com'], requests: 1, beforeInteraction: true, cookies: [] },
        { name: 'Google Fonts', company: 'Google', category: 'cdn', kind: 'other', hosts: ['fonts.gstatic.com'], requests: 1, beforeInteraction: true, cookies: [] },
        { name: EVIL_HOST, company: null, category: null, kind: 'unknown', hosts: [EVIL_HOST], requests: 1, beforeInteraction: false, cookies: [EVIL_COOKIE] },
      ],
      forms: 2,
      insecureForms: 1,
      mixedContent: 1,
    });
  });

  it('says how each page was visited, and why one could not be, with nothing else known of it', () => {
    expect(endpoint(OFFERS).page).toMatchObject({ kind: 'html', url: `${OFFERS}/`, thirdParties: [{ name: 'Facebook', kind: 'social', requests: 1 }] });
    expect(endpoint(SITE).page).toEqual({ kind: 'browser', url: `${SITE}/`, error: 'the page did not load within 15 s', thirdParties: [], forms: 0, insecureForms: 0, mixedContent: 0 });
  });

  it('credits the database once, only when a page names a service it knows', () => {
    expect(report.thirdPartySource).toBe(THIRD_PARTY_SOURCE);
    const unknownOnly = summarizePage({ ...offersPage(), requests: [req('https://cdn.nobody.example/a.js', 'script')] });
    expect(unknownOnly.thirdParties).toEqual([
      { name: 'cdn.nobody.example', company: null, category: null, kind: 'unknown', hosts: ['cdn.nobody.example'], requests: 1, beforeInteraction: true, cookies: [] },
    ]);
  });

  it('puts advertising first, joins a cookie to the service or host it was set for, and counts a cookie alone as no request', () => {
    const page = summarizePage({
      ...offersPage(),
      kind: 'browser',
      requests: [
        req(`${OFFERS}/`, 'document', false),
        req('https://px.tracker.example/p.gif', 'image'),
        req('https://googleads.g.doubleclick.net/pagead/id', 'xhr'),
        { ...req('https://connect.facebook.net/en_US/fbevents.js', 'script'), sent: false },
      ],
      cookies: [
        { name: 'uid', domain: '.tracker.example', thirdParty: true },
        { name: 'IDE', domain: '.doubleclick.net', thirdParty: true },
        { name: 'lone', domain: 'cookies-only.example', thirdParty: true },
        { name: 'own', domain: '.offers.clearskin.example', thirdParty: false },
      ],
    });
    expect(page.thirdParties.map((t) => [t.kind, t.name, t.hosts, t.requests, t.cookies])).toEqual([
      ['advertising', expect.any(String), ['googleads.g.doubleclick.net'], 1, ['IDE']],
      ['social', 'Facebook', ['connect.facebook.net'], 1, []],
      ['unknown', 'cookies-only.example', ['cookies-only.example'], 0, ['lone']],
      ['unknown', 'px.tracker.example', ['px.tracker.example'], 1, ['uid']],
    ]);
  });

  it('has no page where none was visited, and no credit', async () => {
    const offline = await runAudit({
      file: path.join(dir, 'stack.yaml'),
      now: NOW,
      checksDirs: [],
      failOn: 'none',
      failUnder: null,
      probe: { offline: true, timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
      generatedAt: new Date(`${NOW}T00:00:00Z`),
    });
    expect(offline.endpoints).toBeUndefined();
    expect(offline.thirdPartySource).toBeUndefined();
    expect(renderText(offline, { color: false })).not.toMatch(/^ {2}Pages$/m);
    expect(renderMarkdown(offline)).not.toContain('## Pages');
    expect(renderHtml(offline)).not.toContain('id="pages"');
  });
});

describe('the Pages section', () => {
  it('text: after the endpoint grades, how each page was visited, a table of services, the PHI warning and the credit', () => {
    const text = renderText(report, { color: false, width: 80 });
    const pages = text.indexOf('\n  Pages\n');
    expect(pages).toBeGreaterThan(text.indexOf('Endpoint  '));
    const section = text.slice(pages);
    expect(section).toContain(`  ${BOOK} (PHI): visited in Chromium`);
    expect(flat(section)).toContain(`${SITE}: could not be visited (the page did not load within 15 s)`);
    expect(flat(section)).toContain(`${OFFERS}: read from its HTML only (no Chromium: trackers added by scripts were not seen)`);
    expect(flat(section)).toContain('2 forms, 1 posting over plain http:// · 1 plain http:// resource on an https:// page (mixed content) · 4 third-party services');
    expect(flat(section)).toContain('✗ This endpoint handles PHI, and its page sends requests to Facebook (social): it learns of each visit');
    expect(section).toMatch(/^ {4}Facebook +social +yes$/m);
    expect(section).toMatch(/^ {4}Google Tag Manager +analytics +yes$/m);
    expect(flat(section)).toContain('company Facebook · category social · hosts connect.facebook.net, www.facebook.com · cookies fr');
    expect(flat(section)).toContain(`Service names, companies and categories: ${THIRD_PARTY_SOURCE}.`);
    expect(section.split(THIRD_PARTY_SOURCE.slice(0, 20)).length).toBe(2);
    // Only the PHI page's social service is red; the marketing page's is not.
    const coloured = renderText(report, { color: true, width: 80 });
    expect(coloured).toContain('\u001b[31m\u001b[1mFacebook');
    expect(coloured.match(/\u001b\[31m\u001b\[1mFacebook/g)).toHaveLength(1);
  });

  it('text: a hostile host or cookie name prints no terminal escape', () => {
    const text = renderText(report, { color: false, width: 100 });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\u001b[2Jpwn');
  });

  it('Markdown: a section per page with its table, the warning, the credit once, everything escaped', () => {
    const md = renderMarkdown(report);
    const section = md.slice(md.indexOf('## Pages'));
    expect(md.indexOf('## Pages')).toBeGreaterThan(md.indexOf('## Endpoint grades'));
    expect(section).toContain('### https://book.clearskin.example (PHI): visited in Chromium');
    expect(section).toContain('### https://clearskin.example: could not be visited (the page did not load within 15 s)');
    expect(section).toContain('| Service | Company | Category | Kind | Before any user action | Hosts | Cookies |');
    expect(section).toContain('| **Facebook** | Facebook | social | **social** | yes | connect.facebook.net, www.facebook.com | fr |');
    expect(section).toContain('| Google Fonts | Google | cdn | other | yes | fonts.gstatic.com | – |');
    // The marketing page's pixel is listed, not bold: it handles no PHI.
    expect(section).toContain('| Facebook | Facebook | social | social | yes | connect.facebook.net | – |');
    expect(section).toContain('> **Warning:** This endpoint handles PHI, and its page sends requests to Facebook (social)');
    expect(section.split(THIRD_PARTY_SOURCE.slice(0, 20)).length).toBe(2);
    expect(section).toContain('evil&lt;img src=x onerror=alert(1)&gt;.example');
    expect(section).toContain('\\\\u001b\\[2Jpwn\\[x\\](javascript:alert(1))');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\u001b');
  });

  it('HTML: a section in the contents, a row in the failure style for the PHI page\'s pixel, the credit, everything escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain('<li><a href="#pages">Pages</a></li>');
    const section = html.slice(html.indexOf('<section class="sect sect-minor" id="pages"'), html.indexOf('</section>', html.indexOf('id="pages"')));
    expect(html.indexOf('id="pages"')).toBeGreaterThan(html.indexOf('id="endpoints"'));
    expect(section).toContain('Visited in Chromium.');
    expect(section).toContain('Read from its HTML only (no Chromium: trackers added by scripts were not seen).');
    expect(section).toContain('<span class="badge st-error">✖ Not visited</span> Could not be visited (the page did not load within 15 s).');
    expect(section).toMatch(/<tr class="row-fail"><td data-label="Service"><strong>Facebook<\/strong>/);
    expect(section.match(/class="row-fail"/g)).toHaveLength(1);
    expect(section).toContain('<p class="conflict"><strong>Warning:</strong> This endpoint handles PHI');
    expect(section).toContain(`<p class="chart-note credit">Service names, companies and categories: ${THIRD_PARTY_SOURCE}.</p>`);
    expect(section).toContain('<code class="host">evil&lt;img src=x onerror=alert(1)&gt;.example</code>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('\u001b');
  });
});

describe('a saved report with pages', () => {
  it('validates against the report schema and renders again the same', async () => {
    const file = path.join(dir, 'report.json');
    writeFileSync(file, renderJson(report));
    const saved = await readReportFile(file);
    expect(saved.report.endpoints![0]!.page).toEqual(endpoint(BOOK).page);
    expect(saved.report.thirdPartySource).toBe(THIRD_PARTY_SOURCE);
    expect(renderMarkdown(saved.report)).toBe(renderMarkdown(report));
  });

  it('renders through hipaa-hero render (the built CLI)', async () => {
    const file = path.join(dir, 'cli-report.json');
    writeFileSync(file, renderJson(report));
    const md = path.join(dir, 'r.md');
    const r = await execa('node', [path.join(root, 'bin/hipaa-hero.js'), 'render', file, '--report', `markdown=${md}`], {
      reject: false,
      cwd: root,
      stdin: 'ignore',
      env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe(renderMarkdown(report));
  });
});
