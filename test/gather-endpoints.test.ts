// gatherEndpoints against a crowd of hostile servers on 127.0.0.1 in one run: each failure recorded in
// place by its deadline, the good site's facts unaffected, the concurrency bound and the run's deadline
// honoured, progress reported once per endpoint, facts JSON round-trippable, and no socket left open.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { EndpointFacts, ProtocolProbe } from '../src/gather/endpoint-facts.js';
import { gatherEndpoints, probeEndpoint, type GatherOptions } from '../src/gather/endpoints.js';
import { makeOpensslCert, type TestCert } from './helpers/pki.js';
import { GOOD_HEADERS, startSite, type Site } from './helpers/sites.js';

const LOOPBACK = '127.0.0.1';
const TIMEOUT_MS = 1000;
/** A hostile endpoint ends within this: a few connection timeouts, never the 8 s per-endpoint cap. */
const HOSTILE_BOUND_MS = 3 * TIMEOUT_MS;
const DRIP_EVERY_MS = 200;
/** How long a slow server holds each connection before its TLS handshake goes on. */
const HOLD_MS = 300;

/** A listening server and what it sees: connections accepted, and those still open. */
interface Served {
  server: net.Server;
  port: number;
  accepted: () => number;
  open: Set<net.Socket>;
}

const allServed: Served[] = [];
const timers = new Set<NodeJS.Timeout>();

async function serve(server: net.Server): Promise<Served> {
  let accepted = 0;
  const open = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    accepted++;
    open.add(socket);
    socket.on('error', () => undefined); // resets and broken pipes from a probe giving up are expected
    socket.on('close', () => open.delete(socket));
  });
  // A probe that gives up mid-handshake is not the server's problem.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  const served: Served = { server, port: (server.address() as net.AddressInfo).port, accepted: () => accepted, open };
  allServed.push(served);
  return served;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits (bounded) until no test server holds an open connection: every probe socket was destroyed. */
async function serversDrained(boundMs = 3000): Promise<number> {
  const end = Date.now() + boundMs;
  const openCount = () => allServed.reduce((n, s) => n + s.open.size, 0);
  while (openCount() > 0 && Date.now() < end) await sleep(20);
  return openCount();
}

/** TCP sockets this process holds, client and server side alike (listening servers are TCPServerWrap). */
const tcpSockets = () => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;

/** Drips `bytes` one every DRIP_EVERY_MS on `socket` (then zeros), until the peer leaves. */
function drip(socket: net.Socket, bytes: Buffer): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) return;
    socket.write(Buffer.from([bytes[sent++] ?? 0]));
  }, DRIP_EVERY_MS);
  timers.add(timer);
  socket.on('close', () => {
    clearInterval(timer);
    timers.delete(timer);
  });
}

/** Every value is plain JSON data: no Buffers, Dates, class instances, undefined or non-finite numbers. */
function plainDataProblems(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => plainDataProblems(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return [`${path} is a ${value.constructor.name}`];
    return Object.entries(value).flatMap(([key, item]) => plainDataProblems(item, `${path}.${key}`));
  }
  return [`${path} is ${typeof value}`];
}

// Every outgoing socket passes through net.Socket.prototype.connect (TLS sockets too), and every
// name resolveHost looks up goes through dns.promises.lookup.
let connectSpy: MockInstance;
let lookupSpy: MockInstance;
/** The real connect, taken before the spy wraps it. */
const realConnect = net.Socket.prototype.connect;
function connectTargets(): Array<{ host: string; port: number }> {
  return connectSpy.mock.calls.map((call) => {
    const first = (call as unknown[])[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; port?: number | string; path?: string };
    return { host: options.host ?? (options.path !== undefined ? `pipe:${options.path}` : 'localhost'), port: Number(options.port) };
  });
}
const lookedUp = () => lookupSpy.mock.calls.map((call) => String((call as unknown[])[0]));

let ca: TestCert;
let leaf: TestCert;
let good: Site;
const url = (port: number, path = '/') => `https://localhost:${port}${path}`;

beforeAll(async () => {
  connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
  lookupSpy = vi.spyOn(dns.promises, 'lookup');
  // ECDSA keys: a hundred handshakes at once in one process must not starve the 1 s timeouts of CPU,
  // and an ECDSA signature costs a fraction of an RSA one.
  ca = await makeOpensslCert({ commonName: 'hipaa-hero Endpoints Test CA', key: { type: 'ec', curve: 'P-256' }, isCa: true });
  leaf = await makeOpensslCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], key: { type: 'ec', curve: 'P-256' }, issuer: ca });
  good = await startSite({ cert: leaf, headers: GOOD_HEADERS, cookies: ['__Host-session=SECRET-VALUE; Secure; HttpOnly; SameSite=Lax; Path=/'] });
});

afterAll(async () => {
  connectSpy.mockRestore();
  lookupSpy.mockRestore();
  for (const timer of timers) clearInterval(timer);
  for (const served of allServed) for (const socket of served.open) socket.destroy();
  await Promise.all(allServed.map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
  await good?.close();
});

describe('gatherEndpoints: one run with a good site among hostile ones', () => {
  /** The hostile endpoints, by the behaviour each stands for. */
  const hostile: Record<string, string> = {};
  let goodUrl: string;
  let facts: Record<string, EndpointFacts>;
  let order: string[];
  const finishedAt = new Map<string, number>();
  const progress: Array<[number, number, string]> = [];
  let elapsedMs: number;
  let socketsBefore: number;
  /** The good site probed on its own, before the crowd. */
  let alone: EndpointFacts;
  const stray: unknown[] = [];
  const noteStray = (err: unknown) => stray.push(err);

  beforeAll(async () => {
    const tlsOptions = { key: leaf.key, cert: leaf.cert };

    // Accepts the connection, reads what comes (so it sees the client leave) and never says a word.
    const silent = await serve(net.createServer((socket) => socket.resume()));
    // Drips a TLS record header announcing a 16 KiB handshake record, then zeros: each byte keeps the
    // connection alive, so only an absolute deadline ends the handshake.
    const dripTcp = await serve(net.createServer((socket) => drip(socket, Buffer.from([0x16, 0x03, 0x03, 0x40, 0x00]))));
    // Completes the handshake, then drips its HTTP response header a byte at a time.
    const dripHttp = await serve(
      tls.createServer(tlsOptions, (socket) => {
        socket.once('data', () => drip(socket, Buffer.from(`HTTP/1.1 200 OK\r\nX-Drip: ${'d'.repeat(100)}\r\n\r\n`)));
      }),
    );
    // Answers the request with a 1 MB header line.
    const hugeHeader = await serve(
      tls.createServer(tlsOptions, (socket) => {
        socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nX-Huge: ${'h'.repeat(1024 * 1024)}\r\n\r\n`));
      }),
    );
    // The page redirects to itself.
    const redirectLoop = await serve(
      https.createServer(tlsOptions, (req, res) => {
        res.writeHead(302, { location: req.url ?? '/', 'content-length': '0' });
        res.end();
      }),
    );
    // Every page redirects to a new one.
    let hop = 0;
    const redirectEndless = await serve(
      https.createServer(tlsOptions, (_req, res) => {
        res.writeHead(302, { location: `/hop/${++hop}`, 'content-length': '0' });
        res.end();
      }),
    );
    // Requires a client certificate: at TLS 1.2 the refusal is an alert inside the handshake...
    const clientCert12 = await serve(
      https.createServer({ ...tlsOptions, requestCert: true, rejectUnauthorized: true, ca: ca.cert, maxVersion: 'TLSv1.2' }, (_req, res) =>
        res.end(),
      ),
    );
    // ...at TLS 1.3 the client finishes its handshake first and the alert comes after it.
    const clientCert13 = await serve(
      https.createServer({ ...tlsOptions, requestCert: true, rejectUnauthorized: true, ca: ca.cert, minVersion: 'TLSv1.3' }, (_req, res) =>
        res.end(),
      ),
    );
    // Plain HTTP on the TLS port: the ClientHello gets "400 Bad Request" in clear text.
    const plainOnTls = await serve(http.createServer((_req, res) => res.end('plain')));
    // Resets every connection as soon as it is accepted.
    const reset = await serve(net.createServer((socket) => socket.resetAndDestroy()));

    Object.assign(hostile, {
      silent: url(silent.port),
      'drip (TCP, before TLS)': url(dripTcp.port),
      'drip (HTTP header, after TLS)': url(dripHttp.port),
      '1 MB header': url(hugeHeader.port),
      'redirect to itself': url(redirectLoop.port),
      'endless redirects': url(redirectEndless.port),
      'client certificate required (TLS 1.2 alert)': url(clientCert12.port),
      'client certificate required (TLS 1.3 alert)': url(clientCert13.port),
      'plain HTTP on the TLS port': url(plainOnTls.port),
      'reset on accept': url(reset.port),
      'name does not resolve': 'https://nohost.invalid/',
    });
    goodUrl = url(good.httpsPort);
    // The good site in the middle, so hostile endpoints run before and after it.
    const hostileUrls = Object.values(hostile);
    order = [...hostileUrls.slice(0, 5), goodUrl, ...hostileUrls.slice(5)];

    socketsBefore = tcpSockets();
    // Probing the good site alone first also pays the one-time costs (loading the root store,
    // compiling the probe code) outside the run whose timings are measured.
    alone = await probeEndpoint(goodUrl, { timeoutMs: TIMEOUT_MS, ca: ca.cert });

    process.on('unhandledRejection', noteStray);
    process.on('uncaughtException', noteStray);
    connectSpy.mockClear();
    lookupSpy.mockClear();
    const started = Date.now();
    facts = await gatherEndpoints(order, {
      timeoutMs: TIMEOUT_MS,
      concurrency: order.length, // all at once, so each endpoint's finishing time is its own duration
      deadlineMs: 20_000,
      ca: ca.cert,
      onProgress: (done, total, endpoint) => {
        finishedAt.set(endpoint, Date.now() - started);
        progress.push([done, total, endpoint]);
      },
    });
    elapsedMs = Date.now() - started;
  }, 30_000);

  afterAll(() => {
    process.off('unhandledRejection', noteStray);
    process.off('uncaughtException', noteStray);
  });

  const at = (behaviour: string): EndpointFacts => {
    const endpoint = hostile[behaviour];
    const found = endpoint === undefined ? undefined : facts[endpoint];
    if (!found) throw new Error(`no facts for ${behaviour}`);
    return found;
  };
  const statusesOf = (endpoint: EndpointFacts): Array<ProtocolProbe['status']> =>
    Object.values(endpoint.tls?.protocols ?? {}).map((probe) => probe.status);
  const reasonsOf = (endpoint: EndpointFacts): string[] => Object.values(endpoint.tls?.protocols ?? {}).map((probe) => probe.reason ?? '');

  it('returns facts for every endpoint, keyed and ordered as given, and nothing escaped as an error', () => {
    expect(Object.keys(facts)).toEqual(order);
    for (const endpoint of order) expect(facts[endpoint]?.url).toBe(endpoint);
    expect(stray).toEqual([]);
    expect(elapsedMs).toBeLessThan(HOSTILE_BOUND_MS + 1000);
  });

  it('the good site is complete and the same as when probed alone', () => {
    const got = facts[goodUrl];
    expect(got?.error).toBeUndefined();
    expect(got?.address).toBe(LOOPBACK);
    expect(got?.tls?.error).toBeUndefined();
    expect(got?.tls?.protocols['TLSv1.2']?.status).toBe('accepted');
    expect(got?.tls?.protocols['TLSv1.3']?.status).toBe('accepted');
    expect(got?.tls?.negotiated?.protocol).toBe('TLSv1.3');
    expect(got?.certificate?.error).toBeUndefined();
    expect(got?.certificate?.trusted).toBe(true);
    expect(got?.certificate?.hostnameMatch).toBe(true);
    expect(got?.certificate?.chain[0]?.subject).toBe('CN=localhost');
    expect(got?.https?.error).toBeUndefined();
    expect(got?.https?.status).toBe(200);
    expect(got?.https?.hops).toEqual([{ url: goodUrl, status: 200 }]);
    expect(got?.https?.headers).toMatchObject(GOOD_HEADERS);
    expect(got?.https?.cookies).toEqual([{ name: '__Host-session', secure: true, httpOnly: true, sameSite: 'Lax', sameSiteRaw: 'Lax', prefixed: true }]);
    // Nothing listens on port 80: the plain twin is "not served", an observation, not a failure.
    expect(got?.http?.error).toBeUndefined();
    expect(got?.http?.notServed).toBe(`connection refused at ${LOOPBACK} port 80`);
    expect(finishedAt.get(goodUrl)).toBeLessThan(HOSTILE_BOUND_MS);

    // The Date header is the only thing allowed to differ from a probe of the good site on its own.
    const withoutDate = (endpoint: EndpointFacts | undefined) => {
      const copy = structuredClone(endpoint);
      delete copy?.https?.headers.date;
      return copy;
    };
    expect(withoutDate(got)).toStrictEqual(withoutDate(alone));
  });

  it('a server that never answers: every handshake and the request end at the connection timeout', () => {
    const got = at('silent');
    // Nothing came back at all: the endpoint is recorded as not reached, so no check reads its empty headers.
    expect(got.error).toBe(`no answer (no complete response headers within ${TIMEOUT_MS} ms)`);
    expect(statusesOf(got)).toEqual(['error', 'error', 'error', 'error']);
    expect(new Set(reasonsOf(got))).toEqual(new Set([`no handshake within ${TIMEOUT_MS} ms`]));
    expect(got.tls?.error).toBe(`handshake failed: no handshake within ${TIMEOUT_MS} ms`);
    expect(got.certificate?.error).toBe(`handshake failed: no handshake within ${TIMEOUT_MS} ms`);
    expect(got.certificate?.chain).toEqual([]);
    expect(got.https?.error).toBe(`no complete response headers within ${TIMEOUT_MS} ms`);
  });

  it('a server dripping bytes before TLS: cut off at the deadline although it never goes idle', () => {
    const got = at('drip (TCP, before TLS)');
    expect(statusesOf(got)).toEqual(['error', 'error', 'error', 'error']);
    expect(new Set(reasonsOf(got))).toEqual(new Set([`no handshake within ${TIMEOUT_MS} ms`]));
    expect(got.tls?.error).toBe(`handshake failed: no handshake within ${TIMEOUT_MS} ms`);
    expect(got.https?.error).toBe(`no complete response headers within ${TIMEOUT_MS} ms`);
  });

  it('a server dripping its response header after TLS: the TLS facts stand, the request ends at the deadline', () => {
    const got = at('drip (HTTP header, after TLS)');
    expect(got.tls?.error).toBeUndefined();
    expect(got.tls?.protocols['TLSv1.3']?.status).toBe('accepted');
    expect(got.certificate?.trusted).toBe(true);
    expect(got.https?.error).toBe(`no complete response headers within ${TIMEOUT_MS} ms`);
    expect(got.https?.status).toBeUndefined();
    expect(got.https?.hops).toEqual([]);
  });

  it('a 1 MB response header: the request ends at the header cap, marked truncated', () => {
    const got = at('1 MB header');
    expect(got.tls?.error).toBeUndefined();
    expect(got.certificate?.trusted).toBe(true);
    expect(got.https?.error).toBe('response headers larger than 64 KiB');
    expect(got.https?.truncated).toBe(true);
    expect(got.https?.headers).toEqual({});
  });

  it('a page that redirects to itself: a loop, with the hop that showed it kept', () => {
    const got = at('redirect to itself');
    const endpoint = hostile['redirect to itself'] ?? '';
    expect(got.https?.error).toBe(`redirect loop at ${endpoint}`);
    expect(got.https?.hops).toEqual([{ url: endpoint, status: 302, location: '/' }]);
    expect(got.https?.status).toBe(302);
    expect(got.tls?.error).toBeUndefined();
  });

  it('endless redirects: stopped after the redirect limit', () => {
    const got = at('endless redirects');
    expect(got.https?.error).toBe('more than 5 redirects');
    expect(got.https?.hops).toHaveLength(6);
    expect(got.https?.hops.every((h) => h.status === 302)).toBe(true);
  });

  it('a server requiring a client certificate at TLS 1.2: every handshake refused by an alert', () => {
    const got = at('client certificate required (TLS 1.2 alert)');
    expect(got.error).toBeUndefined();
    const protocols = got.tls?.protocols ?? {};
    expect(protocols.TLSv1?.status).toBe('rejected');
    expect(protocols['TLSv1.1']?.status).toBe('rejected');
    expect(protocols['TLSv1.2']).toEqual({ status: 'rejected', reason: 'server alert: sslv3 alert handshake failure' });
    expect(protocols['TLSv1.3']?.status).toBe('rejected');
    expect(got.tls?.error).toBe('handshake failed: sslv3 alert handshake failure');
    expect(got.certificate?.error).toBe('handshake failed: sslv3 alert handshake failure');
    expect(got.https?.error).toBe('TLS handshake failed: sslv3 alert handshake failure');
  });

  it('a server requiring a client certificate at TLS 1.3: the handshake completes, the request meets the alert', () => {
    const got = at('client certificate required (TLS 1.3 alert)');
    // TLS 1.3 clients finish before the server has judged their (missing) certificate, so the
    // version really is accepted and the certificate is read; the refusal reaches the request.
    expect(got.tls?.protocols['TLSv1.3']?.status).toBe('accepted');
    expect(got.tls?.protocols['TLSv1.2']?.status).toBe('rejected');
    expect(got.certificate?.trusted).toBe(true);
    expect(got.https?.error).toMatch(/certificate required|closed or reset/);
    expect(got.https?.status).toBeUndefined();
  });

  it('plain HTTP on the TLS port: the reply is not TLS, at every version and for the request', () => {
    const got = at('plain HTTP on the TLS port');
    expect(statusesOf(got)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(new Set(reasonsOf(got))).toEqual(new Set(['server reply: wrong version number']));
    expect(got.tls?.error).toBe('handshake failed: wrong version number');
    expect(got.certificate?.error).toBe('handshake failed: wrong version number');
    expect(got.https?.error).toBe('TLS handshake failed: wrong version number');
  });

  it('a server resetting every connection: recorded as resets, not as timeouts', () => {
    const got = at('reset on accept');
    for (const probe of Object.values(got.tls?.protocols ?? {})) {
      // Whether the reset lands before or after the client saw the connection open decides between
      // "closed during the handshake" (rejected) and a failed connect (error); either names the reset.
      expect(['rejected', 'error']).toContain(probe.status);
      expect(probe.reason).toMatch(/reset|ECONNRESET/);
    }
    expect(got.tls?.error).toMatch(/^handshake failed: .*(reset|ECONNRESET)/);
    expect(got.https?.error).toBe('the connection was closed or reset before the response headers arrived');
  });

  it('a name that does not resolve: an endpoint error, no lookup and no connection made for it', () => {
    const got = at('name does not resolve');
    expect(got).toStrictEqual({
      url: 'https://nohost.invalid/',
      host: 'nohost.invalid',
      port: 443,
      error: 'the name nohost.invalid does not resolve (it is reserved and never exists)',
    });
    expect(lookedUp()).not.toContain('nohost.invalid');
    expect(new Set(lookedUp())).toEqual(new Set(['localhost']));
  });

  it('every hostile endpoint ended with errors in place, within a few connection timeouts', () => {
    for (const [behaviour, endpoint] of Object.entries(hostile)) {
      const got = facts[endpoint];
      const recorded = [got?.error, got?.tls?.error, got?.certificate?.error, got?.https?.error].filter(Boolean);
      expect(recorded.length, behaviour).toBeGreaterThan(0);
      expect(finishedAt.get(endpoint), behaviour).toBeLessThan(HOSTILE_BOUND_MS);
    }
  });

  it('onProgress was called once per endpoint, counting up to the total', () => {
    expect(progress.map(([done]) => done)).toEqual(order.map((_, i) => i + 1));
    expect(progress.every(([, total]) => total === order.length)).toBe(true);
    expect(new Set(progress.map(([, , endpoint]) => endpoint))).toEqual(new Set(order));
  });

  it('the facts are plain JSON data and survive a round trip unchanged', () => {
    expect(plainDataProblems(facts)).toEqual([]);
    expect(JSON.parse(JSON.stringify(facts))).toStrictEqual(facts);
    // No cookie value was kept anywhere.
    expect(JSON.stringify(facts)).not.toContain('SECRET-VALUE');
  });

  it('connected only to 127.0.0.1, and left no socket open', async () => {
    const targets = connectTargets();
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => t.host !== LOOPBACK)).toEqual([]);
    expect(await serversDrained()).toBe(0);
    // Client sockets too: once the servers see every connection closed, no TCP socket remains.
    const end = Date.now() + 2000;
    while (tcpSockets() > socketsBefore && Date.now() < end) await sleep(20);
    expect(tcpSockets()).toBe(socketsBefore);
  });
});

/** Endpoints whose servers hold every connection HOLD_MS before the handshake goes on (SNI callback). */
async function slowEndpoints(count: number): Promise<{ urls: string[]; served: Served[]; maxInFlight: () => number }> {
  const served: Served[] = [];
  let max = 0;
  // Endpoints in flight: servers with a connection open. An endpoint makes several connections at
  // once (one per TLS version, the modern handshake, the request), so servers are counted, not sockets.
  const now = () => served.filter((s) => s.open.size > 0).length;
  for (let i = 0; i < count; i++) {
    const server = https.createServer(
      {
        key: leaf.key,
        cert: leaf.cert,
        SNICallback: (_name, done) => {
          const timer = setTimeout(() => done(null, undefined), HOLD_MS);
          timers.add(timer);
        },
      },
      (_req, res) => res.end('slow'),
    );
    const s = await serve(server);
    server.on('connection', () => {
      max = Math.max(max, now());
    });
    served.push(s);
  }
  return { urls: served.map((s) => url(s.port)), served, maxInFlight: () => max };
}

describe('gatherEndpoints: concurrency and the run deadline', () => {
  it('never has more endpoints in flight than the concurrency bound', async () => {
    const { urls, served } = await slowEndpoints(6);
    // Counted on our side, where a socket is destroyed the moment the probe is done with it (a server
    // holding a handshake notices the close only later, and even our 'close' events come a turn of
    // the event loop after the destroy, so both would count a finished endpoint a little longer).
    const ports = new Set(served.map((s) => s.port));
    const sockets = new Map<number, net.Socket[]>();
    let maxInFlight = 0;
    connectSpy.mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      const first = args[0];
      const port = Number(((Array.isArray(first) ? first[0] : first) as { port?: number | string } | undefined)?.port);
      if (ports.has(port)) {
        sockets.set(port, [...(sockets.get(port) ?? []), this]);
        const busy = [...sockets.values()].filter((list) => list.some((socket) => !socket.destroyed)).length;
        maxInFlight = Math.max(maxInFlight, busy);
      }
      return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    });
    const progress: number[] = [];
    let facts: Awaited<ReturnType<typeof gatherEndpoints>>;
    try {
      facts = await gatherEndpoints(urls, {
        timeoutMs: 3000,
        concurrency: 2,
        deadlineMs: 20_000,
        ca: ca.cert,
        onProgress: (done) => progress.push(done),
      });
    } finally {
      connectSpy.mockImplementation(function (this: net.Socket, ...args: unknown[]) {
        return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
      });
    }
    for (const endpoint of urls) {
      expect(facts[endpoint]?.error).toBeUndefined();
      expect(facts[endpoint]?.https?.status).toBe(200);
      expect(facts[endpoint]?.certificate?.trusted).toBe(true);
    }
    // Every server was reached, with several connections per endpoint (4 handshakes, the HTTPS GET
    // going over the modern one).
    expect(served.every((s) => s.accepted() >= 4)).toBe(true);
    expect(maxInFlight).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await serversDrained()).toBe(0);
  });

  it('ends endpoints not finished by the run deadline as errors, and returns by about the deadline', async () => {
    const deadlineMs = 800;
    const { urls } = await slowEndpoints(6);
    const options: GatherOptions = { timeoutMs: 3000, concurrency: 2, deadlineMs, ca: ca.cert };
    const started = Date.now();
    const facts = await gatherEndpoints(urls, options);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(deadlineMs + 1500);

    // Started after the deadline: "not probed: the run's deadline of 0.8 s passed first"; started
    // before it and cut off: "the probe did not finish within 0.1 s" (the time that was left).
    const deadlineError = /the run's deadline of 0\.8 s passed|^the probe did not finish within \d+\.\d s$/;
    const results = urls.map((endpoint) => facts[endpoint]);
    for (const got of results) {
      // Either complete, or an error from the deadline: never half-filled facts without a reason.
      if (got?.error === undefined) expect(got?.https?.status).toBe(200);
      else expect(got).toStrictEqual({ url: got.url, host: 'localhost', port: got.port, error: expect.stringMatching(deadlineError) });
    }
    // Each wave of two takes at least HOLD_MS, so the first wave fits the deadline and the third
    // cannot start before 2 × HOLD_MS nor finish before 3 × HOLD_MS, past the 0.8 s deadline.
    expect(results[0]?.error).toBeUndefined();
    expect(results[1]?.error).toBeUndefined();
    expect(results[4]?.error).toMatch(deadlineError);
    expect(results[5]?.error).toMatch(deadlineError);
    // The probes cut off by the deadline are not cancelled (their connections may still be open
    // now), but they close every socket by their own per-connection timeouts.
    expect(await serversDrained(5000)).toBe(0);
  });
});

describe('a name that resolves to a cloud metadata address', () => {
  it('is not probed (DNS rebinding), and nothing is connected', async () => {
    const { probeEndpoint } = await import('../src/gather/endpoints.js');
    const facts = await probeEndpoint('https://portal.clinic.test/', {
      timeoutMs: 1000,
      lookup: async () => ({ address: '169.254.169.254' }),
    });
    expect(facts.error).toMatch(/resolves to 169\.254\.169\.254, a link-local or cloud metadata address: not probed/);
    expect(facts.tls).toBeUndefined();
    expect(facts.https).toBeUndefined();
  });
});

describe('a placeholder address', () => {
  it.each([
    ['https://book.your-practice.example/', 'book.your-practice.example is a placeholder: .example names are reserved and never exist'],
    ['https://www.example.com/', 'www.example.com is a placeholder: example.com is reserved for documentation'],
    ['http://portal.example.org:8080/', 'portal.example.org is a placeholder: example.org is reserved for documentation'],
  ])('%s is never looked up or contacted, and says why', async (url, why) => {
    const { probeEndpoint } = await import('../src/gather/endpoints.js');
    const asked: string[] = [];
    const facts = await probeEndpoint(url, { timeoutMs: 1000, lookup: async (host) => (asked.push(host), { address: '127.0.0.1' }) });
    expect(facts.placeholder).toBe(why);
    expect(facts.error).toBeUndefined();
    expect([facts.tls, facts.https, facts.http, facts.address]).toEqual([undefined, undefined, undefined, undefined]);
    expect(asked).toEqual([]);
  });

  it.each(['https://example.com.evil.test/', 'https://myexample.com/', 'https://book.example.community/'])('%s is a real name, looked up as any other', async (url) => {
    const { probeEndpoint } = await import('../src/gather/endpoints.js');
    const asked: string[] = [];
    const facts = await probeEndpoint(url, { timeoutMs: 300, lookup: async (host) => { asked.push(host); throw Object.assign(new Error('no'), { code: 'ENOTFOUND' }); } });
    expect(facts.placeholder).toBeUndefined();
    expect(asked).toEqual([new URL(url).hostname]);
  });
});
