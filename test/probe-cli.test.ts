// Live probing end to end: the built CLI against HTTPS servers on 127.0.0.1 with certificates made
// here; `probe` without a stack file, `audit` of a stack whose endpoint is local, and facts saved
// with --save-facts replayed by --facts to the same results.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../src/report/obligation.js';
import { makeRsaCa, makeRsaCert } from './helpers/pki.js';
import { closedPort, GOOD_HEADERS, startSite, type Site } from './helpers/sites.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const dir = mkdtempSync(path.join(tmpdir(), 'hh-probe-'));
const cli = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1' }, cwd: dir });

const ca = makeRsaCa({ commonName: 'hipaa-hero test CA' });
const caFile = path.join(dir, 'ca.pem');
writeFileSync(caFile, ca.cert);
const leaf = makeRsaCert({ commonName: 'localhost', sans: ['localhost', '127.0.0.1'], issuer: ca });
let good: Site;
let weak: Site;
/** A well-configured PHI page that answers every request with a redirect to plain HTTP on another host. */
let downgrade: https.Server;
let downgradePort: number;

beforeAll(async () => {
  good = await startSite({ cert: leaf, headers: GOOD_HEADERS, cookies: ['__Host-s=secret-session-id; Secure; HttpOnly; SameSite=Lax; Path=/'] });
  weak = await startSite({
    cert: leaf,
    tls: { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
    headers: { server: 'nginx/1.18.0' },
    cookies: ['session=another-secret; Path=/'],
  });
  downgrade = https.createServer({ key: leaf.key, cert: leaf.cert }, (_req, res) => {
    res.writeHead(302, { ...GOOD_HEADERS, location: 'http://booking.elsewhere.invalid/glow?step=1', 'content-length': '0' });
    res.end();
  });
  downgrade.on('tlsClientError', () => {});
  downgradePort = await new Promise<number>((resolve) => downgrade.listen(0, '127.0.0.1', () => resolve((downgrade.address() as net.AddressInfo).port)));
});
afterAll(async () => {
  await good?.close();
  await weak?.close();
  downgrade?.closeAllConnections();
  await new Promise<void>((resolve) => (downgrade ? downgrade.close(() => resolve()) : resolve()));
});

/** A port on 127.0.0.1 where nothing listens (it was just let go). */

type Json = Record<string, any>;
const results = (report: Json, url: string) =>
  Object.fromEntries((report.results as Json[]).filter((r) => r.subject === url).map((r) => [r.checkId, r.status]));

describe('hipaa-hero probe', () => {
  it('grades a well-configured local site A+ for TLS and passes its checks', async () => {
    const url = `https://localhost:${good.httpsPort}/`;
    const r = await cli(['probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3']);
    const report = JSON.parse(r.stdout);
    expect(report.stack.path).toBe('(command line)');
    expect(report.endpoints).toEqual([expect.objectContaining({ url, phi: true })]);
    expect(report.endpoints[0].tls.grade).toMatch(/^A/);
    const byCheck = results(report, url);
    expect(byCheck['transport.legacy-protocols']).toBe('pass');
    expect(byCheck['transport.cert-trusted']).toBe('pass');
    expect(byCheck['transport.cert-hostname']).toBe('pass');
    expect(byCheck['web.hsts']).toBe('pass');
    expect(byCheck['web.cookies']).toBe('pass');
    // Nothing listens on port 80 here: plain HTTP is not served at all, which keeps PHI off it.
    expect(byCheck['web.https-redirect']).toBe('pass');
    expect(r.stdout).not.toContain('secret-session-id');
    expect(r.stderr).toBe(''); // no progress output when stderr is not a terminal
  });

  it('prints the disclaimer near the top of its text report', async () => {
    const url = `https://localhost:${good.httpsPort}/`;
    const r = await cli(['probe', url, '--ca', caFile, '--timeout', '3']);
    const top = r.stdout.split('\n').slice(0, 10).join(' ').replace(/\s+/g, ' ');
    expect(top).toContain(DISCLAIMER);
  });

  it('shows progress on stderr when it is a terminal', async () => {
    const url = `https://localhost:${good.httpsPort}/`;
    // `script` runs the command on a pseudo-terminal and copies what it printed to our stdout.
    const command = [process.execPath, bin, 'probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3', '-o', path.join(dir, 'tty.json')]
      .map((a) => `'${a}'`)
      .join(' ');
    // A terminal of known width (a new pseudo-terminal has none until it is set).
    const r = await execa('script', ['-qec', `stty cols 100 rows 40; ${command}`, '/dev/null'], {
      reject: false,
      cwd: dir,
      env: { NO_COLOR: '1' },
      timeout: 20_000,
      maxBuffer: 1_000_000,
      stdin: 'ignore',
    });
    expect(r.stdout.length).toBeLessThan(100_000);
    expect(r.stdout).toMatch(/Probing endpoints/);
    expect(JSON.parse(readFileSync(path.join(dir, 'tty.json'), 'utf8')).endpoints[0].url).toBe(url);
  });

  it('fails a site that accepts TLS 1.0 and sets an insecure cookie; exit 1', async () => {
    const url = `https://localhost:${weak.httpsPort}/`;
    const r = await cli(['probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.endpoints[0].tls.grade).toBe('B');
    const byCheck = results(report, url);
    expect(byCheck['transport.legacy-protocols']).toBe('fail');
    expect(byCheck['web.cookies']).toBe('fail');
    expect(byCheck['web.version-leak']).toBe('warn');
    expect(r.stdout).not.toContain('another-secret');
  });

  it('judges a site without a trusted chain as untrusted (T) when --ca is not given', async () => {
    const url = `https://localhost:${good.httpsPort}/`;
    const report = JSON.parse((await cli(['probe', url, '--format', 'json', '--timeout', '3'])).stdout);
    expect(report.endpoints[0].tls.grade).toBe('T');
    expect(results(report, url)['transport.cert-trusted']).toBe('fail');
  });

  it('reports a name that does not resolve as errors, within the time limit, exit 1', async () => {
    const r = await cli(['probe', 'https://nohost.invalid/', '--format', 'json', '--timeout', '2']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.endpoints[0].error).toMatch(/does not resolve/);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.counts.pass).toBe(1); // endpoints.https: the URL itself says https
  });

  it('an endpoint where nothing answers gets one error, not verdicts: one check says why, the others are not judged and name it; no grades', async () => {
    const port = await closedPort();
    const url = `https://127.0.0.1:${port}/`;
    const r = await cli(['probe', url, '--format', 'json', '--timeout', '2']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    const mine = (report.results as Json[]).filter((x) => x.subject === url);
    const verdicts = mine.filter((x) => x.checkId !== 'endpoints.https' && x.status !== 'error' && x.status !== 'not_judged');
    expect(verdicts).toEqual([]);
    expect(results(report, url)['endpoints.https']).toBe('pass'); // judged from the URL alone
    const errors = mine.filter((x) => x.status === 'error');
    expect(errors.map((x) => x.checkId)).toEqual(['transport.tls12']);
    expect(errors[0]?.message).toMatch(/connection refused at 127\.0\.0\.1 port \d+/);
    const pointers = mine.filter((x) => x.status === 'not_judged');
    expect(pointers.length).toBeGreaterThan(15);
    for (const x of pointers) expect(x.message).toMatch(new RegExp(`^Not judged: the probe of ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} failed: no answer \\(connection refused .*\\) \\(transport\\.tls12 reports it\\)\\.$`));
    // One cause, one error: the gate names one error, and the not-judged results weigh nothing.
    expect(report.counts.error).toBe(1);
    expect(report.counts.not_judged).toBe(pointers.length);
    expect(report.endpoints[0].tls.grade).toBeNull();
    expect(report.endpoints[0].headers.grade).toBeNull();
    expect(report.endpoints[0].error).toMatch(/^no answer \(connection refused/);
  });

  it('fails a PHI page that redirects HTTPS to plain HTTP on another host, without going there; the grades drop', async () => {
    const url = `https://localhost:${downgradePort}/`;
    const saved = path.join(dir, 'downgrade-facts.json');
    const r = await cli(['probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3', '--save-facts', saved]);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    const redirect = (report.results as Json[]).find((x) => x.subject === url && x.checkId === 'web.https-redirect');
    expect(redirect?.status).toBe('fail');
    expect(redirect?.message).toMatch(/redirects HTTPS visits to plain HTTP \(http:\/\/booking\.elsewhere\.invalid\/glow\?step=1\)/);
    expect(report.endpoints[0].tls.grade).toBe('A-');
    expect(report.endpoints[0].headers.grade).toBe('B+');
    // Recorded in the facts, and never followed (an .invalid name is never even looked up).
    const facts = JSON.parse(readFileSync(saved, 'utf8')).endpoints[url];
    expect(facts.https.offSiteRedirect).toBe('http://booking.elsewhere.invalid/glow?step=1');
    expect(facts.https.hops).toHaveLength(1);
    // Without PHI it is a warning.
    const noPhi = JSON.parse((await cli(['probe', url, '--no-phi', '--facts', saved, '--format', 'json'])).stdout);
    expect(results(noPhi, url)['web.https-redirect']).toBe('warn');
  });

  it('masks a user name and password given in the URL everywhere, and probes without them', async () => {
    const url = `https://probe-user:TOPSECRET-PASSWORD@localhost:${good.httpsPort}/`;
    const masked = `https://***@localhost:${good.httpsPort}/`;
    const saved = path.join(dir, 'credentials-facts.json');
    const r = await cli(['probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3', '--save-facts', saved]);
    for (const text of [r.stdout, r.stderr, readFileSync(saved, 'utf8')]) expect(text).not.toMatch(/TOPSECRET|probe-user/);
    const report = JSON.parse(r.stdout);
    expect(report.endpoints[0].url).toBe(masked);
    expect(results(report, masked)['transport.tls12']).toBe('pass');
    expect(JSON.parse(readFileSync(saved, 'utf8')).endpoints[masked].url).toBe(masked);
    const text = await cli(['probe', url, '--ca', caFile, '--timeout', '3']);
    expect(text.stdout).not.toMatch(/TOPSECRET|probe-user/);
    // Nor do the errors repeat it.
    const bad = await cli(['probe', 'ftp://probe-user:TOPSECRET-PASSWORD@localhost/']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).not.toMatch(/TOPSECRET|probe-user/);
    const broken = await cli(['probe', 'https://probe-user:TOPSECRET/PASSWORD@localhost:99999/']);
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).not.toMatch(/TOPSECRET|probe-user/);
  });

  it('replays the facts it saved to the same report (--save-facts, then --facts)', async () => {
    const url = `https://localhost:${weak.httpsPort}/`;
    const saved = path.join(dir, 'probe-facts.json');
    const live = await cli(['probe', url, '--ca', caFile, '--format', 'json', '--timeout', '3', '--now', '2026-11-28', '--save-facts', saved]);
    const replay = await cli(['probe', url, '--facts', saved, '--format', 'json', '--now', '2026-11-28']);
    expect(replay.stderr).toBe('');
    expect(JSON.parse(replay.stdout)).toEqual(JSON.parse(live.stdout));
    expect(replay.exitCode).toBe(live.exitCode);
  });

  it('refuses a URL that is not http(s), exit 2', async () => {
    const r = await cli(['probe', 'ftp://example.com/']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/is not a web address — give an https:\/\/ or http:\/\/ URL/);
  });

  it('refuses a placeholder address without contacting it, exit 2, and says why in one line', async () => {
    const r = await cli(['probe', 'https://book.your-practice.example/']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'hipaa-hero: https://book.your-practice.example/ is never probed: book.your-practice.example is a placeholder: .example names are reserved and never exist — give the endpoint\'s real address',
    ]);
  });
});

describe('hipaa-hero audit with live endpoints', () => {
  it('probes the stack\'s endpoints, saves the facts, and replays them to the same results', async () => {
    const url = `https://localhost:${weak.httpsPort}/`;
    const stack = path.join(dir, 'stack.yaml');
    writeFileSync(stack, `version: 1\npractice: { name: Local Spa }\nendpoints:\n  - { url: "${url}", phi: true }\n`);
    const factsFile = path.join(dir, 'facts.json');
    const live = await cli(['audit', stack, '--ca', caFile, '--format', 'json', '--save-facts', factsFile, '--now', '2026-11-28']);
    expect(statSync(factsFile).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(factsFile, 'utf8'));
    expect(saved.schemaVersion).toBe(1);
    expect(saved.endpoints[url].tls.protocols.TLSv1.status).toBe('accepted');
    expect(JSON.stringify(saved)).not.toContain('another-secret');
    const replay = await cli(['audit', stack, '--facts', factsFile, '--format', 'json', '--now', '2026-11-28']);
    const strip = (s: string) => JSON.parse(s.replace(/"generatedAt":"[^"]+"/, '"generatedAt":""'));
    expect(strip(replay.stdout)).toEqual(strip(live.stdout));
    expect(replay.exitCode).toBe(live.exitCode);
  });

  it('masks credentials written into a stack endpoint URL in the report and the facts, and replays them', async () => {
    const url = `https://clinic-admin:STACK-SECRET@localhost:${good.httpsPort}/`;
    const masked = `https://***@localhost:${good.httpsPort}/`;
    const stack = path.join(dir, 'stack-credentials.yaml');
    writeFileSync(stack, `version: 1\npractice: { name: Local Spa }\nendpoints:\n  - { url: "${url}", phi: true }\n`);
    const factsFile = path.join(dir, 'credentials-audit-facts.json');
    const live = await cli(['audit', stack, '--ca', caFile, '--format', 'json', '--save-facts', factsFile, '--now', '2026-11-28']);
    for (const text of [live.stdout, live.stderr, readFileSync(factsFile, 'utf8')]) expect(text).not.toMatch(/STACK-SECRET|clinic-admin/);
    const report = JSON.parse(live.stdout);
    expect(report.endpoints[0].url).toBe(masked);
    expect(results(report, masked)['transport.cert-trusted']).toBe('pass');
    const replay = await cli(['audit', stack, '--facts', factsFile, '--format', 'json', '--now', '2026-11-28']);
    const strip = (text: string) => JSON.parse(text.replace(/"generatedAt":"[^"]+"/, '"generatedAt":""'));
    expect(strip(replay.stdout)).toEqual(strip(live.stdout));
  });

  it('refuses --facts with --save-facts, and a facts file that is not one, exit 2', async () => {
    const stack = path.join(dir, 'stack.yaml');
    expect((await cli(['audit', stack, '--facts', 'a.json', '--save-facts', 'b.json'])).exitCode).toBe(2);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "endpoints": [\n');
    const r = await cli(['audit', stack, '--facts', bad]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+: not valid JSON/);
  });
});
