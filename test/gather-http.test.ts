// The HTTP probe against real servers on 127.0.0.1: headers and cookie attributes, same-host
// redirects, refused redirects, and every way a server can fail to answer, each ending as a recorded
// error by its deadline. Every socket any code opens during this file is checked to be loopback.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { isPrivateAddress, resolveHost } from '../src/gather/address.js';
import { cookieAttributes } from '../src/gather/cookies.js';
import { probeHttp } from '../src/gather/http.js';

/** The cloud metadata address, only ever a redirect target the probe must refuse (never connected to): built from its parts. */
const METADATA_URL = `http://${[169, 254, 169, 254].join('.')}/latest/meta-data`;

const SESSION_VALUE = 'sess-9f8e7d6c5b4a-SECRET';
const TRACKING_VALUE = 'trk-0a1b2c3d-SECRET';

const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** A self-signed certificate for localhost and 127.0.0.1: Node makes the key, node-forge the X.509. */
function selfSignedCertificate(): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const name = [{ name: 'commonName', value: 'localhost' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { key: privateKey, cert: forge.pki.certificateToPem(cert) };
}

/** A listening server with its connection count and open sockets, so tests can see what was opened and closed. */
interface Served<T extends net.Server> {
  server: T;
  port: number;
  connections: () => number;
  openSockets: Set<net.Socket>;
}

const allServed: Array<Served<net.Server>> = [];

async function serve<T extends net.Server>(server: T): Promise<Served<T>> {
  let connections = 0;
  const openSockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    connections++;
    openSockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => openSockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const served: Served<T> = { server, port: (server.address() as net.AddressInfo).port, connections: () => connections, openSockets };
  allServed.push(served);
  return served;
}

/** Waits (bounded) until the server side sees every connection closed: the probe destroyed its socket. */
async function allClosed(served: Served<net.Server>, boundMs = 3000): Promise<boolean> {
  const end = Date.now() + boundMs;
  while (served.openSockets.size > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return served.openSockets.size === 0;
}

// Every outgoing socket passes through net.Socket.prototype.connect (TLS sockets too).
let connectSpy: MockInstance;
function connectTargets(): Array<{ host: string; port: number }> {
  return connectSpy.mock.calls.map((call) => {
    const first = (call as unknown[])[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; port?: number | string };
    return { host: options.host ?? 'localhost', port: Number(options.port) };
  });
}

let certificate: { key: string; cert: string };
let tls: Served<https.Server>;
let web: Served<http.Server>;
let silent: Served<net.Server>;
let drip: Served<net.Server>;
let reset: Served<net.Server>;
const tlsRequests: Array<{ url: string; headers: http.IncomingHttpHeaders; servername: string | false }> = [];
const webPaths: string[] = [];

beforeAll(async () => {
  connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
  certificate = selfSignedCertificate();

  tls = await serve(
    https.createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
      const socket = req.socket as net.Socket & { servername?: string | false };
      tlsRequests.push({ url: req.url ?? '', headers: req.headers, servername: socket.servername ?? false });
      // An HTTPS page that sends its visitors to plain HTTP on another host (never to be followed).
      if (req.url === '/downgrade') {
        res.writeHead(302, { Location: 'http://booking.elsewhere.invalid/book?x=1', 'Strict-Transport-Security': 'max-age=63072000', 'Content-Length': '0' });
        return res.end();
      }
      // A Location with a user name and password in it, on the same host: followed, never recorded.
      if (req.url === '/to-credentials') {
        res.writeHead(302, { Location: `https://staff:HUNTER2-SECRET@127.0.0.1:${tls.port}/landing`, 'Content-Length': '0' });
        return res.end();
      }
      const body = '<!doctype html><title>Glow</title>';
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'X-Repeated': ['first', 'second'],
        'Set-Cookie': [
          `__Host-s=${SESSION_VALUE}; Secure; HttpOnly; SameSite=Lax; Path=/`,
          `tracking=${TRACKING_VALUE}`,
        ],
      });
      res.end(body);
    }),
  );

  web = await serve(
    http.createServer((req, res) => {
      const path = req.url ?? '/';
      webPaths.push(path);
      const redirect = (status: number, location: string, extra: http.OutgoingHttpHeaders = {}): void => {
        res.writeHead(status, { Location: location, 'Content-Length': '0', ...extra });
        res.end();
      };
      const chain = /^\/chain\/(\d+)$/.exec(path);
      if (path === '/to-https') return redirect(301, `https://127.0.0.1:${tls.port}/`);
      if (path === '/loop/a') return redirect(302, '/loop/b');
      if (path === '/loop/b') return redirect(302, '/loop/a');
      if (chain) {
        const step = Number(chain[1]);
        return step < 6 ? redirect(302, `/chain/${step + 1}`) : redirect(200, '/unused');
      }
      if (path === '/evil') return redirect(302, 'https://evil.example/');
      // The cloud metadata address is only named here, as a redirect target the probe must refuse:
      // the test below asserts the one connection made went to 127.0.0.1.
      if (path === '/metadata') return redirect(302, METADATA_URL);
      if (path === '/protocol-relative') return redirect(302, '//evil.example/x');
      if (path === '/javascript') return redirect(302, 'javascript:alert(1)');
      if (path === '/cookie-hop') return redirect(302, '/cookie-end', { 'Set-Cookie': 'first=1; Secure; SameSite=strict' });
      if (path === '/cookie-end') {
        res.writeHead(200, { 'Content-Length': '0', 'Set-Cookie': 'second=2; HttpOnly; SameSite=bogus' });
        return res.end();
      }
      if (path === '/big-header') {
        res.writeHead(200, { 'X-Big': 'a'.repeat(1024 * 1024), 'Content-Length': '0' });
        return res.end();
      }
      res.writeHead(404, { 'Content-Length': '0' });
      res.end();
    }),
  );

  // Accepts, reads the request, and never answers.
  silent = await serve(net.createServer((socket) => socket.resume()));

  // Drips the status line one byte per 200 ms, then header bytes, forever.
  drip = await serve(
    net.createServer((socket) => {
      const text = 'HTTP/1.1 200 OK\r\nX-Drip: ';
      let sent = 0;
      const timer = setInterval(() => socket.write(sent < text.length ? text[sent++]! : 'a'), 200);
      socket.on('close', () => clearInterval(timer));
    }),
  );

  // Resets every connection as soon as it arrives.
  reset = await serve(net.createServer((socket) => socket.resetAndDestroy()));
});

afterAll(async () => {
  connectSpy.mockRestore();
  for (const served of allServed) {
    for (const socket of served.openSockets) socket.destroy();
    await new Promise<void>((resolve) => served.server.close(() => resolve()));
  }
});

describe('probeHttp: a good HTTPS site', () => {
  it('records the security headers and cookie attributes exactly, never cookie values', async () => {
    const before = tlsRequests.length;
    const facts = await probeHttp(`https://127.0.0.1:${tls.port}/`, { address: '127.0.0.1', timeoutMs: 3000 });

    expect(facts.error).toBeUndefined();
    expect(facts.hops).toEqual([{ url: `https://127.0.0.1:${tls.port}/`, status: 200 }]);
    expect(facts.finalUrl).toBe(`https://127.0.0.1:${tls.port}/`);
    expect(facts.status).toBe(200);
    expect(facts.headers).toEqual({
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-length': '34',
      'x-repeated': 'first, second',
      date: expect.any(String),
      connection: 'close',
    });
    expect(facts.cookies).toEqual([
      { name: '__Host-s', secure: true, httpOnly: true, sameSite: 'Lax', sameSiteRaw: 'Lax', prefixed: true },
      { name: 'tracking', secure: false, httpOnly: false, sameSite: null, prefixed: false },
    ]);
    expect(facts.truncated).toBeUndefined();
    const saved = JSON.stringify(facts);
    expect(saved).not.toContain(SESSION_VALUE);
    expect(saved).not.toContain(TRACKING_VALUE);
    expect(JSON.parse(saved)).toEqual(facts);

    // What was sent: our User-Agent, Accept text/html, no cookies, and no SNI for an IP literal.
    const seen = tlsRequests.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['user-agent']).toMatch(/^hipaa-hero\/\S+$/);
    expect(seen[0]!.headers.accept).toBe('text/html');
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers.host).toBe(`127.0.0.1:${tls.port}`);
    expect(seen[0]!.servername).toBe(false);
    expect(await allClosed(tls)).toBe(true);
  });

  it('connects to the pinned address whatever the URL names, sending the name as Host and SNI', async () => {
    const before = tlsRequests.length;
    const facts = await probeHttp(`https://portal.clinic.invalid:${tls.port}/book?x=1#frag`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBeUndefined();
    expect(facts.status).toBe(200);
    expect(facts.finalUrl).toBe(`https://portal.clinic.invalid:${tls.port}/book?x=1`);
    const seen = tlsRequests.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/book?x=1');
    expect(seen[0]!.headers.host).toBe(`portal.clinic.invalid:${tls.port}`);
    expect(seen[0]!.servername).toBe('portal.clinic.invalid');
  });
});

describe('probeHttp: redirects', () => {
  it('follows http → https on the same host', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${web.port}/to-https`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBeUndefined();
    expect(facts.hops).toEqual([
      { url: `http://127.0.0.1:${web.port}/to-https`, status: 301, location: `https://127.0.0.1:${tls.port}/` },
      { url: `https://127.0.0.1:${tls.port}/`, status: 200 },
    ]);
    expect(facts.hops.map((h) => h.status)).toEqual([301, 200]);
    expect(facts.finalUrl).toBe(`https://127.0.0.1:${tls.port}/`);
    expect(facts.headers['strict-transport-security']).toBe(SECURITY_HEADERS['strict-transport-security']);
    expect(facts.headers.location).toBeUndefined(); // headers are the last response's only
  });

  it('collects cookies from every response along the way', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${web.port}/cookie-hop`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBeUndefined();
    expect(facts.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(facts.cookies).toEqual([
      { name: 'first', secure: true, httpOnly: false, sameSite: 'Strict', sameSiteRaw: 'strict', prefixed: false },
      // SameSite=bogus: browsers ignore it (sameSite null), and what was sent is kept for the grade.
      { name: 'second', secure: false, httpOnly: true, sameSite: null, sameSiteRaw: 'bogus', prefixed: false },
    ]);
  });

  it('stops a loop when a URL comes round again', async () => {
    const started = Date.now();
    const facts = await probeHttp(`http://127.0.0.1:${web.port}/loop/a`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBe(`redirect loop at http://127.0.0.1:${web.port}/loop/a`);
    expect(facts.hops.map((h) => [h.status, h.location])).toEqual([
      [302, '/loop/b'],
      [302, '/loop/a'],
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('follows five redirects but not six', async () => {
    const five = await probeHttp(`http://127.0.0.1:${web.port}/chain/1`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(five.error).toBeUndefined();
    expect(five.hops).toHaveLength(6);
    expect(five.finalUrl).toBe(`http://127.0.0.1:${web.port}/chain/6`);

    const before = webPaths.length;
    const six = await probeHttp(`http://127.0.0.1:${web.port}/chain/0`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(six.error).toBe('more than 5 redirects');
    expect(six.hops).toHaveLength(6);
    expect(six.hops.every((h) => h.status === 302)).toBe(true);
    expect(webPaths.slice(before)).toEqual(['/chain/0', '/chain/1', '/chain/2', '/chain/3', '/chain/4', '/chain/5']);

    const none = await probeHttp(`http://127.0.0.1:${web.port}/chain/5`, { address: '127.0.0.1', timeoutMs: 3000, maxRedirects: 0 });
    expect(none.error).toBe('more than 0 redirects');
    expect(none.hops).toHaveLength(1);
  });

  it.each([
    ['/evil', 'https://evil.example/'],
    // A redirect target only, never connected to: the test asserts the one connection went to 127.0.0.1.
    ['/metadata', METADATA_URL],
    ['/protocol-relative', 'http://evil.example/x'],
  ])('records %s as an off-site redirect and connects nowhere else', async (path, target) => {
    const connectionsBefore = web.connections();
    const connectsBefore = connectSpy.mock.calls.length;
    const facts = await probeHttp(`http://127.0.0.1:${web.port}${path}`, { address: '127.0.0.1', timeoutMs: 3000 });

    expect(facts.error).toBeUndefined();
    expect(facts.offSiteRedirect).toBe(target);
    expect(facts.hops).toHaveLength(1);
    expect(facts.hops[0]!.status).toBe(302);
    expect(facts.hops[0]!.location).toBeDefined();
    // Exactly one connection was made, and it was to our own server.
    expect(web.connections() - connectionsBefore).toBe(1);
    expect(connectTargets().slice(connectsBefore)).toEqual([{ host: '127.0.0.1', port: web.port }]);
  });

  it('records an HTTPS page redirecting to plain HTTP on another host, and connects only to its own host', async () => {
    const connectionsBefore = tls.connections();
    const connectsBefore = connectSpy.mock.calls.length;
    const facts = await probeHttp(`https://127.0.0.1:${tls.port}/downgrade`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBeUndefined();
    expect(facts.offSiteRedirect).toBe('http://booking.elsewhere.invalid/book?x=1');
    expect(facts.hops).toEqual([{ url: `https://127.0.0.1:${tls.port}/downgrade`, status: 302, location: 'http://booking.elsewhere.invalid/book?x=1' }]);
    expect(tls.connections() - connectionsBefore).toBe(1);
    expect(connectTargets().slice(connectsBefore)).toEqual([{ host: '127.0.0.1', port: tls.port }]);
  });

  it('never sends a user name or password, and masks them in every URL it records', async () => {
    const before = tlsRequests.length;
    const facts = await probeHttp(`https://admin:PASSWORD-SECRET@127.0.0.1:${tls.port}/to-credentials`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBeUndefined();
    expect(facts.status).toBe(200);
    expect(facts.hops.map((h) => h.url)).toEqual([`https://***@127.0.0.1:${tls.port}/to-credentials`, `https://***@127.0.0.1:${tls.port}/landing`]);
    expect(facts.hops[0]!.location).toBe(`https://***@127.0.0.1:${tls.port}/landing`);
    expect(JSON.stringify(facts)).not.toMatch(/SECRET|admin|staff/);
    const seen = tlsRequests.slice(before);
    expect(seen.map((r) => r.url)).toEqual(['/to-credentials', '/landing']);
    for (const request of seen) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.host).toBe(`127.0.0.1:${tls.port}`);
    }
  });

  it('refuses a redirect to a scheme other than http and https', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${web.port}/javascript`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBe('redirect to an unsupported scheme, not followed: javascript:');
  });
});

/** A port on 127.0.0.1 where nothing listens (it was just let go). */
async function closedPort(): Promise<number> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
  const port = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return port;
}

describe('probeHttp: servers that fail', () => {
  it('ends with an error at the deadline when the server never answers', async () => {
    const started = Date.now();
    const facts = await probeHttp(`http://127.0.0.1:${silent.port}/`, { address: '127.0.0.1', timeoutMs: 1000 });
    expect(facts.error).toBe('no complete response headers within 1000 ms');
    expect(facts.hops).toEqual([]);
    expect(facts.status).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await allClosed(silent)).toBe(true);
  });

  it('ends with an error at the deadline when the server drips bytes forever', async () => {
    const started = Date.now();
    const facts = await probeHttp(`http://127.0.0.1:${drip.port}/`, { address: '127.0.0.1', timeoutMs: 1000 });
    expect(facts.error).toBe('no complete response headers within 1000 ms');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await allClosed(drip)).toBe(true);
  });

  it('refuses response headers over the size cap', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${web.port}/big-header`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBe('response headers larger than 64 KiB');
    expect(facts.truncated).toBe(true);
    expect(facts.headers).toEqual({});
  });

  it('records a reset', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${reset.port}/`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toBe('the connection was closed or reset before the response headers arrived');
    expect(facts.hops).toEqual([]);
  });

  it('records a refused plain-HTTP twin as not served (a site may decline plain HTTP), not as a failure', async () => {
    const port = await closedPort();
    const facts = await probeHttp(`http://127.0.0.1:${port}/`, { address: '127.0.0.1', timeoutMs: 3000, plainTwin: true });
    expect(facts.error).toBeUndefined();
    expect(facts.notServed).toBe(`connection refused at 127.0.0.1 port ${port}`);
    expect(facts.hops).toEqual([]);
  });

  it("records a refused connection to the endpoint's own URL as a failure: nothing answered", async () => {
    const port = await closedPort();
    for (const scheme of ['https', 'http']) {
      const facts = await probeHttp(`${scheme}://127.0.0.1:${port}/`, { address: '127.0.0.1', timeoutMs: 3000 });
      expect(facts.notServed).toBeUndefined();
      expect(facts.error).toBe(`connection refused at 127.0.0.1 port ${port}`);
      expect(facts.status).toBeUndefined();
    }
  });

  it('fails the handshake when the port speaks plain HTTP', async () => {
    const facts = await probeHttp(`https://127.0.0.1:${web.port}/`, { address: '127.0.0.1', timeoutMs: 3000 });
    // The OpenSSL reason alone (e.g. "wrong version number"), without its error codes and source path.
    expect(facts.error).toMatch(/^TLS handshake failed: [^:]+$/);
    expect(facts.hops).toEqual([]);
  });

  it('fails when the port speaks TLS to a plain HTTP request', async () => {
    const facts = await probeHttp(`http://127.0.0.1:${tls.port}/`, { address: '127.0.0.1', timeoutMs: 3000 });
    expect(facts.error).toEqual(expect.any(String));
    expect(facts.status).toBeUndefined();
    expect(facts.hops).toEqual([]);
  });

  it('never throws on a bad URL or an address that is not an IP, and connects nowhere', async () => {
    const connectsBefore = connectSpy.mock.calls.length;
    expect((await probeHttp('not a url', { address: '127.0.0.1', timeoutMs: 1000 })).error).toBe('not a URL: not a url');
    expect((await probeHttp('ftp://127.0.0.1/', { address: '127.0.0.1', timeoutMs: 1000 })).error).toMatch(/^unsupported scheme ftp:/);
    expect((await probeHttp('http://127.0.0.1/', { address: 'localhost', timeoutMs: 1000 })).error).toBe(
      'not an IP address to connect to: localhost',
    );
    expect(connectSpy.mock.calls.length).toBe(connectsBefore);
  });
});

describe('cookieAttributes', () => {
  it.each([
    ['a=1; Secure; HttpOnly; SameSite=Strict', { name: 'a', secure: true, httpOnly: true, sameSite: 'Strict', sameSiteRaw: 'Strict', prefixed: false }],
    ['a=1; secure; httponly; samesite=none', { name: 'a', secure: true, httpOnly: true, sameSite: 'None', sameSiteRaw: 'none', prefixed: false }],
    ['a=1;SameSite = LAX ', { name: 'a', secure: false, httpOnly: false, sameSite: 'Lax', sameSiteRaw: 'LAX', prefixed: false }],
    ['a=1; SameSite=Strict; SameSite=None', { name: 'a', secure: false, httpOnly: false, sameSite: 'None', sameSiteRaw: 'None', prefixed: false }],
    ['a=1; SameSite=sometimes', { name: 'a', secure: false, httpOnly: false, sameSite: null, sameSiteRaw: 'sometimes', prefixed: false }],
    ['a=1; SameSite', { name: 'a', secure: false, httpOnly: false, sameSite: null, sameSiteRaw: '', prefixed: false }],
    // Invalid values browsers ignore: kept as sent, so the Observatory's "invalid" can be told from "absent".
    ['a=1; Secure; SameSite=True', { name: 'a', secure: true, httpOnly: false, sameSite: null, sameSiteRaw: 'True', prefixed: false }],
    ['a=1; Secure; SameSite=', { name: 'a', secure: true, httpOnly: false, sameSite: null, sameSiteRaw: '', prefixed: false }],
    ['a=1; Secure; SameSite=Invalid', { name: 'a', secure: true, httpOnly: false, sameSite: null, sameSiteRaw: 'Invalid', prefixed: false }],
    ['__Secure-id=x; Secure', { name: '__Secure-id', secure: true, httpOnly: false, sameSite: null, prefixed: true }],
    ['__host-id=x', { name: '__host-id', secure: false, httpOnly: false, sameSite: null, prefixed: true }],
    ['_Host-id=x', { name: '_Host-id', secure: false, httpOnly: false, sameSite: null, prefixed: false }],
    ['just-a-value-SECRET; Secure', { name: '', secure: true, httpOnly: false, sameSite: null, prefixed: false }],
    ['a=x=y; Path=/secure', { name: 'a', secure: false, httpOnly: false, sameSite: null, prefixed: false }],
  ])('%s', (header, expected) => {
    const cookie = cookieAttributes(header);
    expect(cookie).toEqual(expected);
    expect(JSON.stringify(cookie)).not.toMatch(/SECRET|=1|x=y/);
  });
});

describe('resolveHost', () => {
  it('refuses reserved .invalid and .example names without asking anyone', async () => {
    const lookup = vi.fn(async () => ({ address: '127.0.0.1' }));
    const refused = (name: string) => ({ error: `the name ${name} does not resolve (it is reserved and never exists)` });
    expect(await resolveHost('nohost.invalid', 1000, lookup)).toEqual(refused('nohost.invalid'));
    expect(await resolveHost('nohost.invalid', 1000)).toEqual(refused('nohost.invalid'));
    expect(await resolveHost('book.glow-medspa.example', 1000, lookup)).toEqual(refused('book.glow-medspa.example'));
    expect(lookup).not.toHaveBeenCalled();
  });

  it('returns IP literals as they are, without a lookup', async () => {
    const lookup = vi.fn(async () => ({ address: '192.0.2.1' }));
    expect(await resolveHost('127.0.0.1', 1000, lookup)).toEqual({ address: '127.0.0.1' });
    expect(await resolveHost('::1', 1000, lookup)).toEqual({ address: '::1' });
    expect(await resolveHost('[::1]', 1000, lookup)).toEqual({ address: '::1' });
    expect(lookup).not.toHaveBeenCalled();
  });

  it('turns lookup failures and a slow lookup into sentences', async () => {
    const notFound = async (): Promise<{ address: string }> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const tryAgain = async (): Promise<{ address: string }> => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
    };
    const never = (): Promise<{ address: string }> => new Promise(() => undefined);
    expect(await resolveHost('book.clinic.test', 1000, notFound)).toEqual({ error: 'the name book.clinic.test does not resolve' });
    expect(await resolveHost('book.clinic.test', 1000, tryAgain)).toEqual({
      error: 'the name book.clinic.test could not be resolved (temporary DNS failure)',
    });
    expect(await resolveHost('book.clinic.test', 50, never)).toEqual({ error: 'the name book.clinic.test did not resolve within 50 ms' });
    expect(await resolveHost('book.clinic.test', 1000, async () => ({ address: '127.0.0.1' }))).toEqual({ address: '127.0.0.1' });
  });
});

describe('isPrivateAddress', () => {
  it.each([
    // IPv4
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['100.64.0.1', true],
    ['100.127.255.255', true],
    ['100.128.0.1', false],
    ['169.254.169.254', true],
    ['169.254.0.1', true],
    ['0.0.0.0', true],
    ['0.1.2.3', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['192.0.2.10', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['11.0.0.1', false],
    // IPv6
    ['::1', true],
    ['[::1]', true],
    ['::', true],
    ['fd00::1', true],
    ['fd00:ec2::254', true],
    ['fc00::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['febf::1', true],
    ['ff02::1', true],
    ['2606:4700:4700::1111', false],
    ['2a00:1450:4001:82a::200e', false],
    // IPv4-mapped and other IPv6 forms that carry an IPv4 address
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:169.254.169.254', true],
    ['::ffff:100.64.0.1', true],
    ['::ffff:0.0.0.0', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:0:127.0.0.1', true],
    ['64:ff9b::169.254.169.254', true],
    ['64:ff9b::8.8.8.8', false],
    ['64:ff9b:1::8.8.8.8', true],
    ['2002:7f00:1::', true],
    ['2002:808:808::', false],
    // Not addresses
    ['localhost', false],
    ['', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

// Runs last (vitest keeps file order): by now every probe above has opened its sockets.
describe('loopback only', () => {
  it('every socket opened in this file went to 127.0.0.1', () => {
    const targets = connectTargets();
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => t.host !== '127.0.0.1')).toEqual([]);
  });
});

describe('isLinkLocalOrMetadata', () => {
  it.each([
    ['169.254.169.254', true],
    ['169.254.0.1', true],
    ['fe80::1', true],
    ['fd00:ec2::254', true],
    ['::ffff:169.254.169.254', true],
    ['10.0.0.5', false],
    ['127.0.0.1', false],
    ['203.0.113.7', false],
    ['fd00::1', false],
    ['not-an-ip', false],
  ])('%s -> %s', async (ip, expected) => {
    const { isLinkLocalOrMetadata } = await import('../src/gather/address.js');
    expect(isLinkLocalOrMetadata(ip)).toBe(expected);
  });
});
