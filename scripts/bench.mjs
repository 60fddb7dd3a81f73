#!/usr/bin/env node
// Start-up and scale benchmark: times the CLI against bare `node -e 0` measured in the same run.
//
//   npm run bench            (builds first)
//   node scripts/bench.mjs   (uses the current dist/)
//
// Options: --runs <n> sets the run count of the start-up commands (default 15; the 1x audits get 2/3
// of it), --large-runs <n> that of the 10x audits (default 5), --probe-runs <n> that of the live
// probing and page-visit sections (default 3), --pages-only runs the page-visit section alone,
// --portfolio then also times `portfolio` over 100 practices against 100 `audit` runs
// (scripts/bench-portfolio.mjs, about two minutes).
// Writes generated stacks to .bench/.
// It is a measurement, not a test: it exits 0 when a target is missed, and prints the misses.
// Nothing here touches the network: the audits run with --offline and the stacks name only
// documentation addresses and .example hosts; the probing section starts its own HTTPS servers on
// 127.0.0.1 (scripts/bench-servers.mjs, a child process) and probes only those; the page-visit
// section serves its pages on 127.0.0.1 from this process, and runs Chromium through a wrapper
// whose host resolver knows no name but loopback (the trackers the pages name never resolve).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './gen-stack.mjs';
import { EXAMPLE_FORMATS, exampleReportArgs } from './example-reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const NODE = process.execPath;
const BIN = 'bin/hipaa-hero.js';
const NOW = '2026-11-28';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: ${name} takes a positive integer\n`);
    process.exit(2);
  }
  return n;
}
const SMALL_RUNS = option('--runs', 15);
const MID_RUNS = Math.max(3, Math.round(SMALL_RUNS * 2 / 3));
const LARGE_RUNS = option('--large-runs', 5);
const PROBE_RUNS = option('--probe-runs', 3);
const PAGES_ONLY = process.argv.includes('--pages-only');

/** Runs `node ...args` once; resolves to wall time in ms, exit code, stderr and (if asked) stdout. */
function runOnce(args, { captureStdout = false } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(NODE, args, { cwd: root, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times a group of commands: one warm-up run of each, then `runs` rounds in which each command runs
 * once, in turn (interleaved, so that a change in machine load affects every command alike).
 */
async function measureGroup(entries, runs) {
  const rows = entries.map(([label, args]) => ({ label, args, runs, times: [], failure: null }));
  for (let round = 0; round <= runs; round++) {
    for (const row of rows) {
      if (row.failure) continue;
      const r = await runOnce(row.args);
      if (r.code !== 0) row.failure = r;
      else if (round > 0) row.times.push(r.ms); // round 0 is the warm-up
    }
  }
  for (const row of rows) {
    process.stderr.write(`  ${row.label}: `);
    if (row.failure) {
      const f = row.failure;
      row.error = `exit ${f.code ?? f.signal}`;
      process.stderr.write(`failed (${row.error})\n${f.stderr.split('\n').slice(0, 5).map((l) => `    ${l}`).join('\n')}\n`);
    } else {
      row.median = median(row.times);
      row.min = Math.min(...row.times);
      process.stderr.write(`${row.times.map((t) => t.toFixed(0)).join(' ')} ms\n`);
    }
  }
  return rows;
}

async function writeStacks() {
  await mkdir(benchDir, { recursive: true });
  const stacks = [];
  const docs = new Set();
  for (const scale of [1, 10]) {
    const { yaml, documents } = generate(scale);
    const file = path.join(benchDir, `stack-${scale}x.yaml`);
    await writeFile(file, yaml);
    documents.forEach((d) => docs.add(d));
    stacks.push({ scale, file: path.relative(root, file), bytes: Buffer.byteLength(yaml) });
  }
  // Two in three of the documents the stacks name exist (the rest are findings), as in real life.
  let i = 0;
  for (const doc of [...docs].sort()) {
    if (i++ % 3 === 2) continue;
    const file = path.join(benchDir, doc);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `%PDF-1.4\n% hipaa-hero benchmark placeholder for ${doc}\n`);
  }
  return stacks;
}

const auditArgs = (file, format) => [BIN, 'audit', file, '--now', NOW, '--offline', '--fail-on', 'none', '--format', format];

/** What the audit of a stack finds: result count, counts by status, score, and the JSON report's size. */
async function describe(file) {
  const r = await runOnce(auditArgs(file, 'json'), { captureStdout: true });
  if (r.code !== 0) return { error: `exit ${r.code}: ${r.stderr.split('\n')[0]}` };
  const report = JSON.parse(r.stdout);
  return { results: report.results.length, counts: report.counts, score: report.score.value, grade: report.score.grade, reportBytes: Buffer.byteLength(r.stdout) };
}

function machineInfo() {
  const cpus = os.cpus();
  return [
    `node ${process.version} (${process.platform}-${process.arch}, v8 ${process.versions.v8})`,
    `cpus: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}${cpus[0]?.speed ? ` @ ${cpus[0].speed} MHz` : ''}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ];
}

function table(headers, rows, align) {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((v, c) => (align[c] === 'r' ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---- Live probing: 100 local HTTPS endpoints, and one endpoint against sslscan and testssl ----

const LOOPBACK = '127.0.0.1';
const PROBE_ENDPOINTS = 100;
const GNU_TIME = '/usr/bin/time';

/**
 * Runs any command once, ended (by its pid, SIGKILL) after `limitMs`; resolves to wall time in ms,
 * exit code, and stdout/stderr. A missing program resolves with `missing: true` instead of rejecting.
 */
function runCommand(file, args, { limitMs = 120_000, env } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ms: NaN, code: null, missing: e.code === 'ENOENT', stdout: '', stderr: String(e.message) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ ms, code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: timedOut ? `timed out after ${limitMs} ms\n${stderr}` : stderr });
    });
  });
}

/** A test CA and a leaf for localhost/127.0.0.1 it signs, made by the openssl CLI with our own configs. */
async function makeBenchPki(dir) {
  const file = (name) => path.join(dir, name);
  await writeFile(file('ca.cnf'), ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = hipaa-hero bench CA', '[ext]',
    'basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', ''].join('\n'));
  await writeFile(file('leaf.cnf'), ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = localhost', '[ext]',
    'basicConstraints = CA:FALSE', 'keyUsage = critical,digitalSignature,keyEncipherment', 'extendedKeyUsage = serverAuth',
    `subjectAltName = DNS:localhost,IP:${LOOPBACK}`, 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid', ''].join('\n'));
  // OPENSSL_CONF points at our file so that the system's openssl.cnf plays no part.
  const steps = [
    ['req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca-key.pem'), '-out', file('ca.pem'), '-days', '30',
      '-sha256', '-config', file('ca.cnf'), '-extensions', 'ext'],
    ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file('key.pem'), '-out', file('leaf.csr'), '-config', file('leaf.cnf')],
    ['x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca-key.pem'), '-set_serial', '0x4848',
      '-days', '30', '-sha256', '-extfile', file('leaf.cnf'), '-extensions', 'ext', '-out', file('cert.pem')],
  ];
  for (const args of steps) {
    const r = await runCommand('openssl', args, { limitMs: 60_000, env: { OPENSSL_CONF: file('ca.cnf') } });
    if (r.missing) throw new Error('the openssl CLI is not installed');
    if (r.code !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr.trim().split('\n')[0]}`);
  }
  return { ca: file('ca.pem'), key: file('key.pem'), cert: file('cert.pem') };
}

/** Starts scripts/bench-servers.mjs; resolves once it has printed its ports. */
function startBenchServers(pki, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(root, 'scripts', 'bench-servers.mjs'), '--count', String(count), '--key', pki.key, '--cert', pki.cert], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => fail(new Error('bench-servers did not report its ports within 30 s')), 30_000);
    const exited = new Promise((r) => child.once('exit', r));
    const close = async () => {
      // Closing stdin asks it to close its servers and exit; SIGKILL (by pid) if it does not.
      child.stdin.end();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(kill);
    };
    function fail(err) {
      if (started) return;
      started = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`));
    }
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.once('exit', (code) => fail(new Error(`bench-servers exited early (${code})`)));
    child.stdout.on('data', (d) => {
      buffered += d;
      const newline = buffered.indexOf('\n');
      if (newline === -1 || started) return;
      let ports;
      try {
        ports = JSON.parse(buffered.slice(0, newline)).ports;
      } catch (err) {
        fail(err);
        return;
      }
      started = true;
      clearTimeout(timer);
      resolve({ ports, pid: child.pid, close });
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined off Linux. */
function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the "(comm) " prefix; in clock ticks, 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

// --no-browser: this section times the TLS and HTTP probes (against sslscan and testssl); visiting
// each page in Chromium is timed on its own below, through the guard wrapper (measurePageVisits).
const probeArgs = (urls, ca) => [BIN, 'probe', ...urls, '--ca', ca, '--format', 'json', '--timeout', '5', '--fail-on', 'none', '--no-browser'];

/**
 * Runs `node ...args` under GNU time for its peak RSS (and CPU), or, without it, with a preloaded
 * module that records process.resourceUsage() at exit. Resolves like runCommand plus rssKb/cpu.
 */
async function runMeasured(args, scratch) {
  const report = path.join(scratch, `usage-${process.pid}.txt`);
  await rm(report, { force: true });
  let r;
  if (existsSync(GNU_TIME)) {
    r = await runCommand(GNU_TIME, ['-o', report, '-f', '%e %M %U %S', NODE, ...args], { limitMs: 120_000 });
    const last = (await readFile(report, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
    const [, rss, user, sys] = last.split(' ').map(Number);
    return { ...r, rssKb: rss, cpuS: user + sys };
  }
  const hook = path.join(scratch, 'usage-hook.mjs');
  await writeFile(hook, [
    "import { writeFileSync } from 'node:fs';",
    "process.on('exit', () => { const u = process.resourceUsage();",
    '  writeFileSync(process.env.HIPAA_HERO_BENCH_USAGE, `0 ${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });',
    '',
  ].join('\n'));
  r = await runCommand(NODE, ['--import', pathToFileURL(hook).href, ...args], { limitMs: 120_000, env: { HIPAA_HERO_BENCH_USAGE: report } });
  const [, rss, user, sys] = (await readFile(report, 'utf8').catch(() => '')).trim().split(' ').map(Number);
  return { ...r, rssKb: rss, cpuS: user + sys };
}

/** What a probe report says about its endpoints: how many got a TLS grade, and endpoint errors. */
function probeOutcome(stdout) {
  try {
    const report = JSON.parse(stdout);
    const endpoints = report.endpoints ?? [];
    const graded = endpoints.filter((e) => typeof e.tls?.grade === 'string').length;
    const errors = (report.results ?? []).filter((x) => x.status === 'error').length;
    return { endpoints: endpoints.length, graded, errors };
  } catch (err) {
    return { parseError: String(err.message) };
  }
}

async function measureProbing(scratch) {
  const section = { hundred: { label: `probe ${PROBE_ENDPOINTS} endpoints`, runs: PROBE_RUNS, times: [], rss: [], cpu: [] }, single: [] };
  const pki = await makeBenchPki(scratch);
  const servers = await startBenchServers(pki, PROBE_ENDPOINTS);
  try {
    const urls = servers.ports.map((port) => `https://${LOOPBACK}:${port}`);
    section.measure = existsSync(GNU_TIME) ? `${GNU_TIME} -f '%e %M'` : 'process.resourceUsage().maxRSS at exit';

    // (c) 100 endpoints: one warm-up, then PROBE_RUNS timed runs.
    process.stderr.write(`probing ${PROBE_ENDPOINTS} local endpoints ...\n`);
    const hundred = section.hundred;
    const serverCpuBefore = processCpuSeconds(servers.pid);
    for (let round = 0; round <= PROBE_RUNS; round++) {
      const r = await runMeasured(probeArgs(urls, pki.ca), scratch);
      if (r.code !== 0) {
        hundred.error = `exit ${r.code ?? r.signal}`;
        process.stderr.write(`  ${hundred.label}: failed (${hundred.error})\n${r.stderr.split('\n').slice(0, 5).map((l) => `    ${l}`).join('\n')}\n`);
        break;
      }
      if (round === 0) {
        hundred.outcome = probeOutcome(r.stdout);
        continue;
      }
      hundred.times.push(r.ms);
      hundred.rss.push(r.rssKb / 1024);
      hundred.cpu.push(r.cpuS);
    }
    const serverCpuAfter = processCpuSeconds(servers.pid);
    if (!hundred.error) {
      hundred.median = median(hundred.times);
      hundred.min = Math.min(...hundred.times);
      hundred.peakRss = Math.max(...hundred.rss);
      hundred.cpuMedian = median(hundred.cpu);
      if (serverCpuBefore !== undefined && serverCpuAfter !== undefined) {
        hundred.serverCpuPerRun = (serverCpuAfter - serverCpuBefore) / (PROBE_RUNS + 1);
      }
      process.stderr.write(`  ${hundred.label}: ${hundred.times.map((t) => t.toFixed(0)).join(' ')} ms, peak RSS ${hundred.rss.map((m) => m.toFixed(0)).join(' ')} MB\n`);
    }

    // (d) one endpoint, three tools, interleaved rounds after a warm-up round; median of PROBE_RUNS.
    process.stderr.write('one endpoint: hipaa-hero vs sslscan vs testssl ...\n');
    const port = servers.ports[0];
    const tools = [
      { label: 'hipaa-hero probe (1 endpoint)', file: NODE, args: probeArgs([`https://${LOOPBACK}:${port}`], pki.ca) },
      { label: 'sslscan (1 endpoint)', file: 'sslscan', args: ['--no-colour', `${LOOPBACK}:${port}`] },
      {
        label: 'testssl --protocols --headers',
        file: 'testssl',
        // --nodns none: no DNS lookups at all; testssl only phones out (CRL/OCSP) with --phone-out.
        args: ['--protocols', '--headers', '--quiet', '--color', '0', '--nodns', 'none', '--warnings', 'batch',
          '--connect-timeout', '5', '--openssl-timeout', '5', `https://${LOOPBACK}:${port}`],
      },
    ].map((t) => ({ ...t, runs: PROBE_RUNS, times: [] }));
    for (let round = 0; round <= PROBE_RUNS; round++) {
      for (const tool of tools) {
        if (tool.error) continue;
        const r = await runCommand(tool.file, tool.args, { limitMs: 300_000 });
        if (r.missing) tool.error = 'not installed';
        else if (r.code !== 0) tool.error = `exit ${r.code ?? r.signal}`;
        else if (round > 0) tool.times.push(r.ms);
        if (tool.error && !r.missing) process.stderr.write(`  ${tool.label}: failed (${tool.error})\n${r.stderr.split('\n').slice(0, 5).map((l) => `    ${l}`).join('\n')}\n`);
      }
    }
    for (const tool of tools) {
      if (tool.error) continue;
      tool.median = median(tool.times);
      tool.min = Math.min(...tool.times);
      process.stderr.write(`  ${tool.label}: ${tool.times.map((t) => t.toFixed(0)).join(' ')} ms\n`);
    }
    section.single = tools;
  } finally {
    await servers.close();
  }
  return section;
}

// ---- Page visits: 10 local pages probed in one run, in Chromium (one per run) or from their HTML ----

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

async function measurePageVisits(scratch) {
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
  ].map((row) => ({ ...row, runs: PROBE_RUNS, times: [], launches: [], hits: [] }));
  try {
    process.stderr.write(`visiting ${PAGE_ENDPOINTS} local pages ...\n`);
    // The replayed facts are those of one browser run, made before the rounds start.
    const first = await runCommand(NODE, [...base, '--save-facts', replayFacts]);
    if (first.code !== 0) throw new Error(`the first browser run failed (exit ${first.code ?? first.signal}): ${first.stderr.trim().split('\n')[0]}`);
    for (let round = 0; round <= PROBE_RUNS; round++) {
      for (const row of rows) {
        if (row.error) continue;
        await wrapper.reset();
        await rm(saved, { force: true });
        const hitsBefore = servers.stats.hits;
        const r = await runCommand(NODE, row.args);
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
async function pageVisitsSection({ probeRows, target, fmt }) {
  // Page visits: 10 local pages in one run, through the guard wrapper.
  const pageScratch = await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-bench-pages-'));
  let visits;
  try {
    visits = await measurePageVisits(pageScratch);
  } catch (err) {
    visits = { error: String(err.message ?? err) };
  } finally {
    await rm(pageScratch, { recursive: true, force: true });
  }
  if (visits.error) {
    console.log(`page visits: not measured (${visits.error})`);
    probeRows.push({ label: 'page visits', error: visits.error });
  } else {
    console.log(`page visits: ${PAGE_ENDPOINTS} plain-HTTP pages on ${LOOPBACK} in this process (a stylesheet, 3 scripts, 2 images and Google's tag each),`);
    console.log(`  probed in one \`probe\` run; Chromium (${visits.chromium}) through a wrapper that counts launches and resolves no name but loopback;`);
    console.log(`  ${PROBE_RUNS} runs after one warm-up, interleaved; wall time spawn to exit`);
    const [browserRow] = visits.rows;
    const pageRows = visits.rows.map((row) => {
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

async function main() {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
    process.stderr.write('bench: dist/cli.js is missing — run `npm run bench` (which builds first) or `node scripts/build.mjs`\n');
    process.exit(2);
  }
  console.log('hipaa-hero benchmark');
  for (const l of machineInfo()) console.log(`  ${l}`);
  console.log(`  runs: ${SMALL_RUNS} (start-up), ${MID_RUNS} (1x stack), ${LARGE_RUNS} (10x stack), after one warm-up each,`);
  console.log('  interleaved within each group; wall time of the whole process (spawn to exit), median and min');
  console.log('');
  if (PAGES_ONLY) {
    const misses = [];
    const probeRows = [];
    const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');
    const target = (row, text, test) => {
      if (row.error) return { text, mark: '?' };
      const ok = test();
      if (!ok) misses.push(`${row.label}: ${text} (${row.verdictNote})`);
      return { text, mark: ok ? '✓' : '✗' };
    };
    await pageVisitsSection({ probeRows, target, fmt });
    const errors = probeRows.filter((r) => r.error);
    if (errors.length) console.log(`ERRORS: ${errors.map((r) => `${r.label} (${r.error})`).join('; ')}`);
    for (const m of misses) console.log(`  ✗ ${m}`);
    if (!errors.length && !misses.length) console.log('✓ all page-visit targets met');
    return;
  }

  const stacks = await writeStacks();
  const example = 'fixtures/glow-medspa/stack.yaml';
  process.stderr.write('describing stacks ...\n');
  const sizes = [];
  for (const s of [{ scale: null, file: example, bytes: statSync(path.join(root, example)).size }, ...stacks]) {
    sizes.push({ ...s, ...(await describe(s.file)) });
  }

  process.stderr.write('measuring ...\n');
  const [bare, version, ex] = await measureGroup(
    [
      ['node -e 0', ['-e', '0']],
      ['hipaa-hero --version', [BIN, '--version']],
      ['audit example (json)', auditArgs(example, 'json')],
    ],
    SMALL_RUNS,
  );
  const rows = { bare, version, ex };
  for (const s of stacks) {
    const formats = ['text', 'json'];
    const measured = await measureGroup(
      formats.map((format) => [`audit ${s.scale}x stack (${format})`, auditArgs(s.file, format)]),
      s.scale === 1 ? MID_RUNS : LARGE_RUNS,
    );
    formats.forEach((format, i) => (rows[`${s.scale}x-${format}`] = measured[i]));
  }

  // A target's verdict: ✓ met, ✗ missed (listed again at the end), ? not measured (the command failed).
  const misses = [];
  const target = (row, text, test) => {
    if (row.error) return { text, mark: '?' };
    const ok = test();
    if (!ok) misses.push(`${row.label}: ${text} (${row.verdictNote})`);
    return { text, mark: ok ? '✓' : '✗' };
  };
  const ratio = (row) => (bare.error || row.error ? NaN : row.median / bare.median);
  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

  const out = [];
  const add = (row, t) => {
    out.push([row.label, row.runs, row.error ?? fmt(row.median, 1), row.error ? '' : fmt(row.min, 1), fmt(ratio(row), 2) + (Number.isFinite(ratio(row)) ? '×' : ''), t?.text ?? '', t?.mark ?? '']);
  };
  add(bare, null);
  version.verdictNote = `${fmt(ratio(version), 2)}× bare node`;
  add(version, target(version, '≤ 1.5× node', () => ratio(version) <= 1.5));
  ex.verdictNote = `${fmt(ratio(ex), 2)}× bare node`;
  add(ex, target(ex, '≤ 2× node', () => ratio(ex) <= 2));
  for (const format of ['text', 'json']) {
    add(rows[`1x-${format}`], null);
  }
  for (const format of ['text', 'json']) {
    const r = rows[`10x-${format}`];
    r.verdictNote = `median ${fmt(r.median)} ms`;
    add(r, target(r, '≤ 1500 ms', () => r.median <= 1500));
  }
  console.log(table(['command', 'runs', 'median ms', 'min ms', 'vs node', 'target', ''], out, ['l', 'r', 'r', 'r', 'r', 'l', 'l']));
  console.log('');

  const growth = [];
  for (const format of ['text', 'json']) {
    const a = rows[`1x-${format}`];
    const b = rows[`10x-${format}`];
    const g = a.error || b.error ? NaN : b.median / a.median;
    const over = a.error || b.error || bare.error ? NaN : (b.median - bare.median) / (a.median - bare.median);
    const row = { label: `growth 1x → 10x (${format})`, error: a.error || b.error, verdictNote: `${fmt(g, 1)}×` };
    const t = target(row, '≤ 12×', () => g <= 12);
    growth.push([row.label, `${fmt(a.median)} → ${fmt(b.median)} ms`, `${fmt(g, 2)}×`, `${fmt(over, 2)}×`, t.text, t.mark]);
  }
  console.log(table(['scaling', 'medians', 'growth', 'net of node start-up', 'target', ''], growth, ['l', 'r', 'r', 'r', 'l', 'l']));
  console.log('');

  console.log(table(
    ['stack', 'bytes', 'results', 'fail', 'warn', 'pass', 'score', 'json report bytes'],
    sizes.map((s) => [
      s.scale ? `${s.file} (${s.scale}x: ${200 * s.scale} vendors, ${1000 * s.scale} staff, ${100 * s.scale} stores)` : `${s.file} (example)`,
      s.bytes.toLocaleString('en-US'),
      s.error ?? s.results.toLocaleString('en-US'),
      s.counts?.fail ?? '', s.counts?.warn ?? '', s.counts?.pass ?? '',
      s.score !== undefined ? `${s.score} ${s.grade}` : '',
      s.reportBytes?.toLocaleString('en-US') ?? '',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
  ));
  console.log('');

  // Every report format of the example in one run (the PDF is printed by Chromium), and the sizes.
  process.stderr.write('rendering every format ...\n');
  const reportsDir = path.join(benchDir, 'reports');
  await mkdir(reportsDir, { recursive: true });
  const withoutPdf = exampleReportArgs(reportsDir).filter((a, i, all) => !(a.startsWith('pdf=') || (a === '--report' && all[i + 1]?.startsWith('pdf='))));
  const [allFormats, noPdf] = await measureGroup(
    [
      ['audit example, all 7 formats', [BIN, ...exampleReportArgs(reportsDir)]],
      ['audit example, all but PDF', [BIN, ...withoutPdf]],
    ],
    LARGE_RUNS,
  );
  console.log(table(['command', 'runs', 'median ms', 'min ms'], [allFormats, noPdf].map((r) => [r.label, r.runs, r.error ?? fmt(r.median, 1), r.error ? '' : fmt(r.min, 1)]), ['l', 'r', 'r', 'r']));
  console.log('');
  console.log(table(
    ['format', 'file', 'bytes'],
    Object.entries(EXAMPLE_FORMATS).map(([format, ext]) => {
      const file = path.join(reportsDir, `glow-medspa.${ext}`);
      return [format, `glow-medspa.${ext}`, existsSync(file) ? statSync(file).size.toLocaleString('en-US') : '—'];
    }),
    ['l', 'l', 'r'],
  ));
  console.log('');

  // Live probing against local HTTPS servers.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-bench-'));
  let probing;
  try {
    probing = await measureProbing(scratch);
  } catch (err) {
    probing = { error: String(err.message ?? err) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const probeRows = [];
  if (probing.error) {
    console.log(`live probing: not measured (${probing.error})`);
    probeRows.push({ label: 'live probing', error: probing.error });
  } else {
    const h = probing.hundred;
    probeRows.push(h);
    console.log(`live probing: ${PROBE_ENDPOINTS} HTTPS servers on ${LOOPBACK} in a child process (scripts/bench-servers.mjs), a test CA`);
    console.log(`  and an ECDSA P-256 leaf (what most sites serve now) made by the openssl CLI; ${PROBE_RUNS} runs after one warm-up; wall time spawn to exit; peak RSS by ${probing.measure}`);
    h.verdictNote = `median ${fmt(h.median)} ms`;
    const wall = target(h, '≤ 1500 ms', () => h.median <= 1500);
    const rssRow = { ...h, verdictNote: `peak ${fmt(h.peakRss, 1)} MB` };
    const rss = target(rssRow, '≤ 150 MB RSS', () => h.peakRss <= 150);
    console.log(table(
      ['command', 'runs', 'median ms', 'min ms', 'peak RSS MB', 'target', ''],
      [
        [h.label, h.runs, h.error ?? fmt(h.median, 1), h.error ? '' : fmt(h.min, 1), h.error ? '' : fmt(h.peakRss, 1), wall.text, wall.mark],
        ['', '', '', '', '', rss.text, rss.mark],
      ],
      ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
    ));
    if (!h.error) {
      const o = h.outcome ?? {};
      const notes = [
        o.parseError ? `report unreadable: ${o.parseError}` : `${o.graded}/${o.endpoints} endpoints graded, ${o.errors} error results`,
        `prober CPU (user+sys) median ${fmt(h.cpuMedian, 2)} s`,
      ];
      if (h.serverCpuPerRun !== undefined) notes.push(`servers' CPU ${fmt(h.serverCpuPerRun, 2)} s per run`);
      console.log(`  ${notes.join('; ')}; ${os.cpus().length} CPUs`);
    }
    console.log('');

    const [ours, ...others] = probing.single;
    probeRows.push(...probing.single);
    const minimum = { 'sslscan (1 endpoint)': 5, 'testssl --protocols --headers': 50 };
    const singleRows = [[ours.label, ours.runs, ours.error ?? fmt(ours.median, 1), ours.error ? '' : fmt(ours.min, 1), '1×', '', '']];
    for (const tool of others) {
      const times = ours.error || tool.error ? NaN : tool.median / ours.median;
      const need = minimum[tool.label];
      const row = { label: `hipaa-hero vs ${tool.label}`, error: ours.error ?? tool.error, verdictNote: `${fmt(times, 1)}× faster` };
      const t = target(row, `hipaa-hero ≥ ${need}× faster`, () => times >= need);
      singleRows.push([tool.label, tool.runs, tool.error ?? fmt(tool.median, 1), tool.error ? '' : fmt(tool.min, 1), Number.isFinite(times) ? `${fmt(times, 1)}×` : '—', t.text, t.mark]);
    }
    console.log(table(['one endpoint, same server', 'runs', 'median ms', 'min ms', 'vs hipaa-hero', 'target', ''], singleRows, ['l', 'r', 'r', 'r', 'r', 'l', 'l']));
    if (!ours.error && !version.error && !bare.error) {
      console.log(`  hipaa-hero's share: start-up ${fmt(version.median)} ms (hipaa-hero --version; bare node ${fmt(bare.median)} ms), the rest ${fmt(ours.median - version.median)} ms is loading the probe code, probing and the report`);
    }
    console.log('');
  }

  await pageVisitsSection({ probeRows, target, fmt });

  const errors = [...Object.values(rows), ...probeRows].filter((r) => r.error);
  if (errors.length) console.log(`ERRORS: ${errors.map((r) => `${r.label} (${r.error})`).join('; ')}`);
  if (misses.length) {
    console.log(`✗ ${misses.length} target${misses.length === 1 ? '' : 's'} missed:`);
    for (const m of misses) console.log(`  ✗ ${m}`);
  } else if (!errors.length) {
    console.log('✓ all targets met');
  }
}

await main();
if (process.argv.includes('--portfolio')) {
  const { spawnSync } = await import('node:child_process');
  spawnSync(NODE, ['scripts/bench-portfolio.mjs'], { cwd: root, stdio: 'inherit' });
}
