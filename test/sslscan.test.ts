// Cross-checks probeTls against an independent scanner, sslscan, on local TLS servers (127.0.0.1):
// both must agree on which of TLS 1.0-1.3 each server accepts and on when its certificate expires.
import { execa, type ExecaError } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLS_PROTOCOLS, type TlsProtocol } from '../src/gather/endpoint-facts.js';
import { probeTls, type TlsProbeResult } from '../src/gather/tls.js';
import { makeOpensslCert, makeRsaCa, makeRsaCert, type TestCert } from './helpers/pki.js';
import { startSite, type Site, type SiteOptions } from './helpers/sites.js';

const LOOPBACK = '127.0.0.1';
const DAY_MS = 86_400_000;
/** sslscan's own socket timeout is 3 s per connection; this only stops a hung scanner. */
const SSLSCAN_LIMIT_MS = 25_000;

/** sslscan names the versions "1.0" ... "1.3" in its XML; we name them as Node does. */
const SSLSCAN_VERSION: Record<TlsProtocol, string> = { TLSv1: '1.0', 'TLSv1.1': '1.1', 'TLSv1.2': '1.2', 'TLSv1.3': '1.3' };

interface ServerSpec {
  name: string;
  cert: () => Promise<TestCert>;
  tls?: SiteOptions['tls'];
  /** What the server is configured to accept: both tools agreeing on something else is still a failure. */
  accepts: TlsProtocol[];
}

interface SslscanView {
  /** Version → enabled, for every TLS <protocol> element sslscan printed. */
  enabled: Partial<Record<TlsProtocol, boolean>>;
  /** The leaf's <not-valid-after>, as an ISO instant; undefined when sslscan printed none. */
  notValidAfter?: string;
  /** The raw text, for failure messages. */
  notValidAfterText?: string;
}

interface Row {
  server: string;
  ours: Partial<Record<TlsProtocol, string>>;
  theirs: Partial<Record<TlsProtocol, boolean>>;
  ourExpiry?: string;
  theirExpiry?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * OpenSSL's ASN1_TIME_print form, which sslscan copies into its XML: "Dec  8 06:33:02 2026 GMT".
 * Parsed by hand because Date.parse of that form is implementation-defined.
 */
function parseOpensslTime(text: string): string | undefined {
  const m = /^([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})\s+GMT$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1] ?? '');
  if (month < 0) return undefined;
  return new Date(Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]))).toISOString();
}

/** Attribute name → value of one XML start tag's attribute text (sslscan writes only plain double-quoted values). */
function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** A tiny reader for the few parts of sslscan's XML this test needs; no XML package for that. */
function readSslscanXml(xml: string): SslscanView {
  const enabled: SslscanView['enabled'] = {};
  for (const match of xml.matchAll(/<protocol\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1] ?? '');
    if (attrs.type !== 'tls') continue;
    const version = TLS_PROTOCOLS.find((v) => SSLSCAN_VERSION[v] === attrs.version);
    if (version) enabled[version] = attrs.enabled === '1';
  }
  // The first certificate element is the leaf (sslscan prints only the leaf without --show-certificate).
  const notAfter = /<not-valid-after>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/not-valid-after>/.exec(xml)?.[1];
  const view: SslscanView = { enabled };
  if (notAfter !== undefined) {
    view.notValidAfterText = notAfter;
    const iso = parseOpensslTime(notAfter);
    if (iso !== undefined) view.notValidAfter = iso;
  }
  return view;
}

const MISSING_SSLSCAN =
  'sslscan is not installed: this cross-check needs it and does not skip without it. ' +
  '.ci/run installs it (apt-get install -y sslscan); install it the same way to run the tests locally.';

/** Runs sslscan; its absence is a failure that says how CI gets it, never a skip. */
async function runSslscan(args: string[]): Promise<string> {
  try {
    return (await execa('sslscan', args, { timeout: SSLSCAN_LIMIT_MS })).stdout;
  } catch (err) {
    if ((err as ExecaError).code === 'ENOENT') throw new Error(MISSING_SSLSCAN);
    throw err;
  }
}

const sslscan = (port: number) => runSslscan(['--xml=-', '--no-colour', `${LOOPBACK}:${port}`]);

let ca: TestCert;
const leaf = (overrides: Partial<Parameters<typeof makeRsaCert>[0]> = {}) =>
  makeRsaCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], issuer: ca, ...overrides });

const SERVERS: ServerSpec[] = [
  { name: 'good (TLS 1.2+1.3)', cert: async () => leaf(), accepts: ['TLSv1.2', 'TLSv1.3'] },
  {
    name: 'TLS 1.0 enabled',
    cert: async () => leaf(),
    tls: { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
    // sslscan 2.0.7 on Debian's OpenSSL 3 lowers its own security level, so it does see TLS 1.0
    // and 1.1 here (checked: enabled="1" for both); no allowance for a blind scanner is needed.
    accepts: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  },
  { name: 'TLS 1.2 only', cert: async () => leaf(), tls: { maxVersion: 'TLSv1.2' }, accepts: ['TLSv1.2'] },
  { name: 'TLS 1.3 only', cert: async () => leaf(), tls: { minVersion: 'TLSv1.3' }, accepts: ['TLSv1.3'] },
  {
    name: 'expired certificate',
    cert: async () => leaf({ notBefore: new Date(Date.now() - 400 * DAY_MS), notAfter: new Date(Date.now() - 30 * DAY_MS) }),
    accepts: ['TLSv1.2', 'TLSv1.3'],
  },
  {
    name: 'ECDSA P-256',
    cert: () => makeOpensslCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], key: { type: 'ec', curve: 'P-256' }, issuer: ca }),
    accepts: ['TLSv1.2', 'TLSv1.3'],
  },
  {
    name: '1024-bit RSA',
    cert: async () => leaf({ keyBits: 1024 }),
    // A 1024-bit key is below the server's own default security level.
    tls: { ciphers: 'DEFAULT@SECLEVEL=0' },
    accepts: ['TLSv1.2', 'TLSv1.3'],
  },
  {
    name: 'self-signed',
    cert: async () => makeRsaCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], notAfter: new Date(Date.now() + 90 * DAY_MS) }),
    accepts: ['TLSv1.2', 'TLSv1.3'],
  },
];

const sites = new Map<string, Site>();
const rows: Row[] = [];

beforeAll(async () => {
  ca = makeRsaCa({ commonName: 'hipaa-hero sslscan cross-check CA' });
  await Promise.all(
    SERVERS.map(async (spec) => {
      const options: SiteOptions = { cert: await spec.cert() };
      if (spec.tls) options.tls = spec.tls;
      sites.set(spec.name, await startSite(options));
    }),
  );
});

afterAll(async () => {
  await Promise.all([...sites.values()].map((site) => site.close()));
  if (rows.length > 0) console.log(renderTable(rows));
});

function renderTable(data: Row[]): string {
  const order = new Map(SERVERS.map((s, i) => [s.name, i]));
  const sorted = [...data].sort((a, b) => (order.get(a.server) ?? 0) - (order.get(b.server) ?? 0));
  const short: Record<string, string> = { accepted: 'acc', rejected: 'rej', untestable: 'UNTESTABLE', error: 'ERROR' };
  const headers = ['server', ...TLS_PROTOCOLS.map((v) => `${v} ours/sslscan`), 'expiry ours / sslscan'];
  const body = sorted.map((row) => [
    row.server,
    ...TLS_PROTOCOLS.map((v) => {
      const theirs = row.theirs[v];
      return `${short[row.ours[v] ?? ''] ?? '—'} / ${theirs === undefined ? '—' : theirs ? 'enabled' : 'disabled'}`;
    }),
    `${row.ourExpiry ?? '—'} / ${row.theirExpiry ?? '—'}`,
  ]);
  const widths = headers.map((h, c) => Math.max(h.length, ...body.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  return ['probeTls vs sslscan (127.0.0.1)', line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

describe('probeTls agrees with sslscan', () => {
  it('sslscan is installed (.ci/run installs it)', async () => {
    expect(await runSslscan(['--version', '--no-colour'])).toMatch(/\d+\.\d+\.\d+/);
  });

  it('the XML reader reads protocols and the expiry date', () => {
    const view = readSslscanXml(
      [
        '<protocol type="ssl" version="3" enabled="0" />',
        '<protocol type="tls" version="1.0" enabled="1" />',
        '<protocol enabled="0" version="1.3" type="tls"/>',
        '<not-valid-after>Dec  8 06:33:02 2026 GMT</not-valid-after>',
        '<not-valid-after>Jan  1 00:00:00 2030 GMT</not-valid-after>',
      ].join('\n'),
    );
    expect(view.enabled).toEqual({ TLSv1: true, 'TLSv1.3': false });
    expect(view.notValidAfter).toBe('2026-12-08T06:33:02.000Z');
  });

  it.each(SERVERS.map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    const site = sites.get(spec.name);
    if (!site) throw new Error(`server ${spec.name} did not start`);
    const port = site.httpsPort;
    const [ours, xml] = await Promise.all([
      probeTls({ host: 'localhost', address: LOOPBACK, port }, { timeoutMs: 5000, ca: ca.cert }),
      sslscan(port),
    ]);
    const theirs = readSslscanXml(xml);
    const ourExpiry = ours.certificate.chain[0]?.validTo;
    const row: Row = { server: spec.name, ours: statuses(ours), theirs: theirs.enabled };
    if (ourExpiry !== undefined) row.ourExpiry = ourExpiry;
    if (theirs.notValidAfter !== undefined) row.theirExpiry = theirs.notValidAfter;
    rows.push(row);

    // Only accepted and rejected are answers; untestable (our TLS library could not ask) or error
    // (the connection failed) would make "not accepted" look like agreement when nothing is known.
    for (const version of TLS_PROTOCOLS) {
      const probe = ours.tls.protocols[version];
      if (probe?.status === 'untestable' || probe?.status === 'error' || probe === undefined) {
        throw new Error(
          `${spec.name}: probeTls could not answer for ${version} (${probe?.status ?? 'no probe'}: ${probe?.reason ?? '—'}); ` +
            'an unanswered version cannot count as agreement with sslscan',
        );
      }
    }
    for (const version of TLS_PROTOCOLS) {
      const sslscanSays = theirs.enabled[version];
      expect(sslscanSays, `sslscan printed no <protocol> element for ${version}`).toBeDefined();
      const weSay = ours.tls.protocols[version]?.status === 'accepted';
      expect(weSay, `${version}: probeTls says ${ours.tls.protocols[version]?.status}, sslscan says enabled=${sslscanSays ? 1 : 0}`).toBe(sslscanSays);
      expect(weSay, `${version}: the server is configured to ${spec.accepts.includes(version) ? 'accept' : 'refuse'} it`).toBe(spec.accepts.includes(version));
    }

    expect(ourExpiry, `probeTls read no leaf certificate: ${ours.certificate.error ?? ''}`).toBeDefined();
    expect(theirs.notValidAfter, `sslscan's <not-valid-after> is missing or unreadable: ${theirs.notValidAfterText ?? '(none)'}`).toBeDefined();
    // Both read the same UTCTime field: the same day at least, and in fact the same second.
    expect(ourExpiry?.slice(0, 10)).toBe(theirs.notValidAfter?.slice(0, 10));
    expect(Date.parse(ourExpiry ?? '')).toBe(Date.parse(theirs.notValidAfter ?? ''));
  });
});

function statuses(result: TlsProbeResult): Partial<Record<TlsProtocol, string>> {
  return Object.fromEntries(Object.entries(result.tls.protocols).map(([version, probe]) => [version, probe.status]));
}
