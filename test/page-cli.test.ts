// Page visits end to end: the built CLI (`probe`, `audit`) against local pages on 127.0.0.1, with
// Chromium run through a wrapper that logs each launch and lets Chromium resolve no name but
// loopback, so the trackers the pages name (connect.facebook.net, www.googletagmanager.com) are
// asked for and never reached. One Chromium per run, shared with the PDF; --no-browser reads the
// HTML; --offline and --facts visit nothing.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../src/report/chromium.js';
import { metaPixelSnippet, PIXEL_GIF, startPages, type PageRoute, type PageServer } from './helpers/pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const dir = mkdtempSync(path.join(tmpdir(), 'hh-page-cli-'));
/** The CLI's temporary files (Chromium's profile folders) go here, so what a run leaves behind can be seen. */
const cliTmp = path.join(dir, 'tmp');
mkdirSync(cliTmp);
const NOW = '2026-11-28';

const chromium = await findChromium();
const NO_CHROMIUM = 'skipped: no Chromium found (apt-get install chromium; CI installs it)';
if (chromium === undefined) console.warn(`page CLI browser tests ${NO_CHROMIUM}`);

const cli = (args: string[]) =>
  execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1', TMPDIR: cliTmp }, cwd: dir, timeout: 60_000, stdin: 'ignore' });

interface Wrapper {
  path: string;
  /** How many times Chromium was started through this wrapper. */
  launches(): number;
}

let wrappers = 0;
/**
 * A --chromium for one run: a script that logs the launch, then runs the real Chromium with a host
 * resolver that knows no name but loopback.
 */
function guardWrapper(): Wrapper {
  const n = ++wrappers;
  const log = path.join(dir, `launches-${n}.log`);
  const file = path.join(dir, `chromium-${n}.sh`);
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  writeFileSync(
    file,
    ['#!/bin/sh', `echo launch >> ${quote(log)}`, `exec ${quote(chromium ?? '/nonexistent')} '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost' "$@"`, ''].join('\n'),
  );
  chmodSync(file, 0o755);
  return { path: file, launches: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0) };
}

/** Whether the built CLI has the web.tracking check (written alongside these tests). */
const trackingRegistered = ((JSON.parse((await execa('node', [bin, 'checks', '--format', 'json'], { reject: false })).stdout || '[]') as { id: string }[]).map((c) => c.id)).includes('web.tracking');
if (!trackingRegistered) console.warn('page CLI tests: web.tracking is not registered in this build; its result is not asserted');
/** The JSON report of the Meta Pixel probe, for the web.tracking test. */
let pixelReport: Record<string, any> = {};

const PIXEL_ID = '987654321098765';
const routes: Record<string, PageRoute> = {};
let site: PageServer;
let booking: string;

const page = (head: string, body: string): PageRoute => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glow Med Spa booking</title>${head}</head><body>${body}</body></html>`,
});

beforeAll(async () => {
  site = await startPages(routes);
  routes['/booking'] = page(
    `<link rel="stylesheet" href="/site.css">${metaPixelSnippet(PIXEL_ID)}`,
    `<img src="/logo.gif" alt="Glow"><form action="/book" method="post"><input name="dob"><button>Book</button></form>
     <footer><a href="/privacy">Notice of Privacy Practices</a></footer>`,
  );
  routes['/site.css'] = { type: 'text/css', body: 'body { color: #333 }' };
  routes['/logo.gif'] = { type: 'image/gif', body: PIXEL_GIF };
  booking = `${site.origin}/booking`;
});

afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>;
const resultsFor = (report: Json, url: string) => (report.results as Json[]).filter((r) => r.subject === url);
const savedPage = (file: string, url: string): Json => JSON.parse(readFileSync(file, 'utf8')).endpoints[url].page;
const STACK_TRACE = /\n\s+at |node:internal|Error: /;
/** Chromium profile folders a run left in its TMPDIR. */
const leftBehind = () => (existsSync(cliTmp) ? readdirSync(cliTmp).filter((f) => f.startsWith('hipaa-hero-page-')) : []);

/** A stack (the compliant example, copied) whose one endpoint is `url`. */
function stackWith(url: string, name: string): string {
  const text = readFileSync(path.join(root, 'fixtures/stacks/compliant.pass.yaml'), 'utf8');
  const endpoints = `endpoints:\n  - { url: "${url}", name: Booking site, phi: true }\n`;
  const replaced = text.replace(/^endpoints:\n(?:[ \t]+.*\n)+/m, endpoints);
  expect(replaced).toContain(url);
  const file = path.join(dir, name);
  writeFileSync(file, replaced);
  return file;
}

// Each test starts the CLI (and Chromium) up to twice: on a busy machine that takes more than the default 30 s.
describe.skipIf(chromium === undefined)(chromium ? 'page visits from the CLI' : `page visits from the CLI — ${NO_CHROMIUM}`, { timeout: 90_000 }, () => {
  it('probe of a PHI page with a Meta Pixel: the saved facts hold a browser visit that asked connect.facebook.net; one launch, nothing left behind', async () => {
    const wrapper = guardWrapper();
    const saved = path.join(dir, 'pixel-facts.json');
    const r = await cli(['probe', booking, '--format', 'json', '--timeout', '5', '--now', NOW, '--fail-on', 'none', '--save-facts', saved, '--chromium', wrapper.path]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.exitCode).toBe(0);
    const facts = savedPage(saved, booking);
    expect(facts.error).toBeUndefined();
    expect(facts.kind).toBe('browser');
    const hosts = (facts.requests as Json[]).map((q) => q.host);
    expect(hosts).toContain('connect.facebook.net');
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: 'https://connect.facebook.net/en_US/fbevents.js', type: 'script', thirdParty: true }));
    expect(facts.requests).toContainEqual(expect.objectContaining({ url: `${site.origin}/logo.gif`, type: 'image', thirdParty: false }));
    expect(facts.links).toContainEqual({ href: `${site.origin}/privacy`, text: 'Notice of Privacy Practices' });
    expect(readFileSync(saved, 'utf8')).not.toContain(PIXEL_ID);
    // The page server saw the page and its own files only.
    expect(site.hits).toEqual(expect.arrayContaining(['/booking', '/site.css', '/logo.gif']));
    expect(wrapper.launches()).toBe(1);
    expect(leftBehind()).toEqual([]);
    pixelReport = JSON.parse(r.stdout);
  });

  it.skipIf(!trackingRegistered)(`web.tracking fails the PHI page that loads the Meta Pixel${trackingRegistered ? '' : ' — skipped: web.tracking is not registered in this build'}`, () => {
    const tracking = resultsFor(pixelReport, booking).find((x) => x.checkId === 'web.tracking');
    expect(tracking?.status).toBe('fail');
    expect(JSON.stringify(tracking)).toMatch(/connect\.facebook\.net|Meta/);
  });

  it('a run that visits pages and writes a PDF starts Chromium once, for both', async () => {
    const wrapper = guardWrapper();
    const pdf = path.join(dir, 'report.pdf');
    const r = await cli(['probe', booking, '--timeout', '5', '--now', NOW, '--fail-on', 'none', '--format', 'json', '--report', `pdf=${pdf}`, '--chromium', wrapper.path]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(wrapper.launches()).toBe(1);
    expect(leftBehind()).toEqual([]);
  });

  it('--no-browser reads the HTML: a page of kind html, no launch', async () => {
    const wrapper = guardWrapper();
    const saved = path.join(dir, 'html-facts.json');
    const r = await cli(['probe', booking, '--no-browser', '--format', 'json', '--timeout', '5', '--fail-on', 'none', '--save-facts', saved, '--chromium', wrapper.path]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.exitCode).toBe(0);
    const facts = savedPage(saved, booking);
    expect(facts.kind).toBe('html');
    expect(facts.error).toBeUndefined();
    // The HTML names the pixel's <noscript> image; the script that loads fbevents.js never ran.
    expect((facts.requests as Json[]).map((q) => q.url)).not.toContain('https://connect.facebook.net/en_US/fbevents.js');
    expect(wrapper.launches()).toBe(0);
  });

  it('--offline audits without a request to the page and without Chromium', async () => {
    const pages = await startPages({ '/': routes['/booking']! });
    try {
      const wrapper = guardWrapper();
      const stack = stackWith(`${pages.origin}/`, 'offline.yaml');
      const r = await cli(['audit', stack, '--offline', '--format', 'json', '--now', NOW, '--fail-on', 'none', '--chromium', wrapper.path]);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.exitCode).toBe(0);
      expect(JSON.parse(r.stdout).results.length).toBeGreaterThan(0);
      expect(pages.hits).toEqual([]);
      expect(wrapper.launches()).toBe(0);
    } finally {
      await pages.close();
    }
  });

  it('an audit that visits the page saves facts that --facts replays to the same report, with no request and no launch', async () => {
    const pages = await startPages({ '/': routes['/booking']!, '/site.css': routes['/site.css']!, '/logo.gif': routes['/logo.gif']! });
    try {
      const url = `${pages.origin}/`;
      const stack = stackWith(url, 'replay.yaml');
      const saved = path.join(dir, 'replay-facts.json');
      const liveWrapper = guardWrapper();
      const live = await cli(['audit', stack, '--format', 'json', '--now', NOW, '--fail-on', 'none', '--timeout', '5', '--save-facts', saved, '--chromium', liveWrapper.path]);
      expect(live.stderr).not.toMatch(STACK_TRACE);
      expect(live.exitCode).toBe(0);
      expect(liveWrapper.launches()).toBe(1);
      expect(savedPage(saved, url).kind).toBe('browser');
      const hits = pages.hits.length;
      expect(hits).toBeGreaterThan(0);

      const replayWrapper = guardWrapper();
      const replay = await cli(['audit', stack, '--facts', saved, '--format', 'json', '--now', NOW, '--fail-on', 'none', '--chromium', replayWrapper.path]);
      expect(replay.stderr).not.toMatch(STACK_TRACE);
      expect(replay.exitCode).toBe(live.exitCode);
      const strip = (text: string) => JSON.parse(text.replace(/"generatedAt":"[^"]+"/, '"generatedAt":""'));
      expect(strip(replay.stdout).results).toEqual(strip(live.stdout).results);
      expect(strip(replay.stdout)).toEqual(strip(live.stdout));
      expect(pages.hits.length).toBe(hits);
      expect(replayWrapper.launches()).toBe(0);
    } finally {
      await pages.close();
    }
  });

  it('--no-browser with --facts says it has no effect', async () => {
    const saved = path.join(dir, 'pixel-facts.json');
    expect(existsSync(saved)).toBe(true);
    const wrapper = guardWrapper();
    const r = await cli(['probe', booking, '--facts', saved, '--no-browser', '--format', 'json', '--now', NOW, '--fail-on', 'none', '--chromium', wrapper.path]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/--no-browser has no effect: it only changes how live probing visits pages, and --facts replays saved facts instead/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(wrapper.launches()).toBe(0);
  });
});

describe('the CLI without a usable Chromium', () => {
  it('--chromium /nonexistent is refused before anything is probed: exit 2, one line naming --chromium', async () => {
    const before = site.hits.length;
    const r = await cli(['probe', booking, '--format', 'json', '--timeout', '5', '--chromium', '/nonexistent/chromium']);
    expect(r.exitCode).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--chromium/);
    expect(lines[0]).toContain('/nonexistent/chromium');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe('');
    expect(site.hits.length).toBe(before);
  });
});
