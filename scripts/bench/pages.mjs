// Page visits: 10 local pages probed in one run, in Chromium (one per run) or from their HTML. The
// pages are served on 127.0.0.1 from this process; Chromium runs through a wrapper whose host
// resolver knows no name but loopback (the trackers the pages name never resolve).
import { existsSync } from 'node:fs';
import http from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BIN, LOOPBACK, NOW, OPTIONS, fmt, median } from './common.mjs';
import { runCommand } from './measure.mjs';
import { table } from './table.mjs';


const PAGE_ENDPOINTS = 10;
/** Chromium's host resolver with no name but loopback: the trackers the pages name never resolve. */
const GUARD_RESOLVER = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** A medical spa's booking page: a stylesheet, three local scripts, two images, a form, and Google's tag (the one third party). */
const benchPage = (i) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench Spa ${i}: book a visit</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/vendor.js"></script>
<script src="/js/app.js"></script>
<script src="/js/booking.js" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH${String(i).padStart(4, '0')}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-BENCH');</script>
</head><body>
<header><img src="/img/logo.gif" alt="Bench Spa" width="120" height="40"></header>
<main><img src="/img/hero.gif" alt="">
<form action="/book" method="post"><input name="name"><input name="dob" type="date"><button>Book</button></form></main>
<footer><a href="/privacy">Notice of Privacy Practices</a> <a href="/contact">Contact</a></footer>
</body></html>
`;

const BENCH_ASSETS = {
  '/css/site.css': ['text/css', 'body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto } img { max-width: 100% }'],
  '/js/vendor.js': ['text/javascript', `window.vendor = { version: '1.0.0', ready: true };\n${'// padding\n'.repeat(200)}`],
  '/js/app.js': ['text/javascript', "document.documentElement.dataset.app = 'on';"],
  '/js/booking.js': ['text/javascript', "document.querySelector('form')?.addEventListener('submit', () => gtag('event', 'book'));"],
  '/img/logo.gif': ['image/gif', GIF_1X1],
  '/img/hero.gif': ['image/gif', GIF_1X1],
};

/** PAGE_ENDPOINTS plain-HTTP servers on 127.0.0.1, each serving one page and its files; hits counted. */
async function startPageServers() {
  const servers = [];
  const stats = { hits: 0 };
  for (let i = 0; i < PAGE_ENDPOINTS; i++) {
    const page = benchPage(i);
    const server = http.createServer((req, res) => {
      stats.hits++;
      const at = (req.url ?? '/').split('?')[0];
      const asset = at === '/' ? ['text/html; charset=utf-8', page] : BENCH_ASSETS[at];
      if (asset === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not here');
        return;
      }
      res.writeHead(200, { 'content-type': asset[0], 'cache-control': 'no-store' });
      res.end(asset[1]);
    });
    servers.push(server);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, LOOPBACK, resolve);
    });
  }
  return {
    urls: servers.map((server) => `http://${LOOPBACK}:${server.address().port}/`),
    stats,
    async close() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))));
    },
  };
}

/**
 * The --chromium of every run here: a script that logs each launch and runs the real Chromium with
 * GUARD_RESOLVER, so that nothing but loopback is reached whatever a page asks for.
 */
async function writeGuardWrapper(scratch, chromium) {
  const log = path.join(scratch, 'chromium-launches.log');
  const file = path.join(scratch, 'chromium-guard.sh');
  const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  await writeFile(file, ['#!/bin/sh', `echo launch >> ${quote(log)}`, `exec ${quote(chromium)} ${quote(GUARD_RESOLVER)} "$@"`, ''].join('\n'), { mode: 0o755 });
  return {
    file,
    reset: () => rm(log, { force: true }),
    launches: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
  };
}

/** The Chromium the CLI would find (its PATH names, then /usr/bin/chromium), or undefined. */
function findBenchChromium() {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of dirs) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** How the saved facts' pages came out: kinds, errors, requests, third-party requests. */
async function pagesOutcome(factsFile) {
  try {
    const endpoints = Object.values(JSON.parse(await readFile(factsFile, 'utf8')).endpoints);
    const pages = endpoints.map((e) => e.page).filter(Boolean);
    return {
      pages: pages.length,
      kinds: [...new Set(pages.map((p) => p.kind))].join(', '),
      errors: pages.filter((p) => p.error !== undefined).length,
      requests: pages.reduce((n, p) => n + p.requests.length, 0),
      thirdParty: pages.reduce((n, p) => n + p.requests.filter((q) => q.thirdParty).length, 0),
    };
  } catch (err) {
    return { parseError: String(err.message ?? err) };
  }
}

async function measurePageVisits(node, scratch) {
  const chromium = findBenchChromium();
  if (chromium === undefined) throw new Error('no Chromium found (apt-get install chromium)');
  const wrapper = await writeGuardWrapper(scratch, chromium);
  const servers = await startPageServers();
  const saved = path.join(scratch, 'pages-facts.json');
  const replayFacts = path.join(scratch, 'pages-replay-facts.json');
  const base = [BIN, 'probe', ...servers.urls, '--format', 'json', '--timeout', '5', '--fail-on', 'none', '--now', NOW, '--chromium', wrapper.file];
  const rows = [
    { key: 'browser', label: `probe ${PAGE_ENDPOINTS} pages, Chromium visits`, args: [...base, '--save-facts', saved], launchesWanted: 1 },
    { key: 'html', label: `probe ${PAGE_ENDPOINTS} pages, --no-browser (HTML read)`, args: [...base, '--no-browser', '--save-facts', saved], launchesWanted: 0 },
    { key: 'replay', label: `probe ${PAGE_ENDPOINTS} pages, --facts replay (no probe, no visit)`, args: [...base, '--facts', replayFacts], launchesWanted: 0 },
  ].map((row) => ({ ...row, runs: OPTIONS.probeRuns, times: [], launches: [], hits: [] }));
  try {
    process.stderr.write(`visiting ${PAGE_ENDPOINTS} local pages ...\n`);
    // The replayed facts are those of one browser run, made before the rounds start.
    const first = await runCommand(node.path, [...base, '--save-facts', replayFacts]);
    if (first.code !== 0) throw new Error(`the first browser run failed (exit ${first.code ?? first.signal}): ${first.stderr.trim().split('\n')[0]}`);
    for (let round = 0; round <= OPTIONS.probeRuns; round++) {
      for (const row of rows) {
        if (row.error) continue;
        await wrapper.reset();
        await rm(saved, { force: true });
        const hitsBefore = servers.stats.hits;
        const r = await runCommand(node.path, row.args);
        if (r.code !== 0) {
          row.error = `exit ${r.code ?? r.signal}`;
          process.stderr.write(`  ${row.label}: failed (${row.error})\n${r.stderr.split('\n').slice(0, 5).map((l) => `    ${l}`).join('\n')}\n`);
          continue;
        }
        row.launches.push(await wrapper.launches());
        row.hits.push(servers.stats.hits - hitsBefore);
        if (round === 0) {
          if (row.key !== 'replay') row.outcome = await pagesOutcome(saved);
          continue;
        }
        row.times.push(r.ms);
      }
    }
  } finally {
    await servers.close();
  }
  for (const row of rows) {
    if (row.error) continue;
    row.median = median(row.times);
    row.min = Math.min(...row.times);
    row.maxLaunches = Math.max(...row.launches);
    row.minLaunches = Math.min(...row.launches);
    process.stderr.write(`  ${row.label}: ${row.times.map((t) => t.toFixed(0)).join(' ')} ms, Chromium launches ${row.launches.join(' ')}\n`);
  }
  return { chromium, rows };
}

/** Measures and prints the page-visit section; its rows join `probeRows` (errors), its misses go through `target`. */
export async function pageVisitsSection(node, { probeRows, target, tag = '' }) {
  // Page visits: 10 local pages in one run, through the guard wrapper.
  const pageScratch = await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-bench-pages-'));
  let visits;
  try {
    visits = await measurePageVisits(node, pageScratch);
  } catch (err) {
    visits = { error: String(err.message ?? err) };
  } finally {
    await rm(pageScratch, { recursive: true, force: true });
  }
  if (visits.error) {
    console.log(`page visits${tag}: not measured (${visits.error})`);
    probeRows.push({ label: 'page visits', error: visits.error });
  } else {
    console.log(`page visits${tag}: ${PAGE_ENDPOINTS} plain-HTTP pages on ${LOOPBACK} in this process (a stylesheet, 3 scripts, 2 images and Google's tag each),`);
    console.log(`  probed in one \`probe\` run; Chromium (${visits.chromium}) through a wrapper that counts launches and resolves no name but loopback;`);
    console.log(`  ${OPTIONS.probeRuns} runs after one warm-up, interleaved; wall time spawn to exit`);
    const [browserRow] = visits.rows;
    const pageRows = visits.rows.map((row) => {
      row.label += tag;
      probeRows.push(row);
      const vsBrowser = row.error || browserRow.error ? '—' : `${fmt(row.median / browserRow.median, 2)}×`;
      row.verdictNote = row.minLaunches === row.maxLaunches ? `${row.minLaunches} launch${row.minLaunches === 1 ? '' : 'es'}` : `${row.minLaunches}–${row.maxLaunches} launches`;
      const t = target(row, `${row.launchesWanted} Chromium launch${row.launchesWanted === 1 ? '' : 'es'} a run`, () => row.minLaunches === row.launchesWanted && row.maxLaunches === row.launchesWanted);
      return [row.label, row.runs, row.error ?? fmt(row.median, 1), row.error ? '' : fmt(row.min, 1), vsBrowser, row.error ? '' : row.verdictNote, t.text, t.mark];
    });
    console.log(table(['command', 'runs', 'median ms', 'min ms', 'vs Chromium', 'launches', 'target', ''], pageRows, ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
    for (const row of visits.rows) {
      const o = row.outcome;
      if (row.error || o === undefined) continue;
      const what = o.parseError ? `facts unreadable: ${o.parseError}` : `${o.pages} pages (${o.kinds}), ${o.errors} failed, ${o.requests} requests of which ${o.thirdParty} third-party`;
      console.log(`  ${row.label}: ${what}; ${median(row.hits)} requests served a run`);
    }
    const [b, h, replay] = visits.rows;
    if (!b.error && !h.error && !replay.error) {
      console.log(`  Chromium's share: ${fmt(b.median - h.median)} ms over reading the HTML (${fmt((b.median - h.median) / PAGE_ENDPOINTS)} ms a page); probing and reading the pages: ${fmt(h.median - replay.median)} ms over the replay`);
    }
    console.log('');
  }
}

