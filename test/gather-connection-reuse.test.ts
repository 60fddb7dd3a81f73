// The HTTPS GET of an endpoint goes over the connection of its verified (modern) TLS handshake: fewer
// connections, and the same facts as a GET over a connection of its own. Servers on 127.0.0.1 count
// the connections they accept and tell, for each request, whether it came over the modern handshake
// (the only one that offers ALPN). Redirects, certificates that fail verification, a handshake that
// fails, and an SNI name the GET would send differently keep their own connections or facts as before.
import https from 'node:https';
import net from 'node:net';
import type tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionHandover, type ReadyConnection } from '../src/gather/connection-handover.js';
import { probeEndpoint } from '../src/gather/endpoints.js';
import { probeHttp } from '../src/gather/http.js';
import { makeRsaCa, makeRsaCert, type TestCert } from './helpers/pki.js';

const LOOPBACK = '127.0.0.1';
const TIMEOUT_MS = 3000;

interface CountingSite {
  port: number;
  url: string;
  /** TCP connections accepted. */
  accepted: () => number;
  /** Per request in arrival order: its path, and whether its connection negotiated ALPN (the modern handshake's). */
  requests: Array<{ path: string; overModern: boolean }>;
  /** Per request, the request line's version and the headers as sent. */
  sent: string[][];
  open: Set<net.Socket>;
}

const sites: Array<{ server: https.Server; open: Set<net.Socket> }> = [];

type Answer = (path: string) => { status: number; headers: Record<string, string | string[]> };

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'strict-transport-security': 'max-age=63072000',
  'x-content-type-options': 'nosniff',
  'set-cookie': ['session=SECRET; Secure; HttpOnly; SameSite=Strict', 'pref=x; SameSite=True'],
};

async function countingSite(cert: TestCert, answer: Answer = () => ({ status: 200, headers: PAGE_HEADERS }), options: tls.TlsOptions = {}): Promise<CountingSite> {
  let accepted = 0;
  const open = new Set<net.Socket>();
  const requests: CountingSite['requests'] = [];
  const sent: string[][] = [];
  const server = https.createServer({ key: cert.key, cert: cert.cert, ALPNProtocols: ['http/1.1'], ...options }, (req, res) => {
    const socket = req.socket as tls.TLSSocket;
    requests.push({ path: req.url ?? '', overModern: socket.alpnProtocol === 'http/1.1' });
    sent.push([`${req.method} ${req.url} HTTP/${req.httpVersion}`, ...req.rawHeaders]);
    const { status, headers } = answer(req.url ?? '/');
    res.writeHead(status, headers);
    res.end('<!doctype html><title>x</title>');
  });
  server.on('connection', (socket: net.Socket) => {
    accepted++;
    open.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => open.delete(socket));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, () => resolve()));
  sites.push({ server, open });
  const port = (server.address() as net.AddressInfo).port;
  return { port, url: `https://${LOOPBACK}:${port}/`, accepted: () => accepted, requests, sent, open };
}

/** Waits (bounded) until the site holds no open connection: the probe closed every socket it made. */
async function drained(site: CountingSite, boundMs = 3000): Promise<number> {
  const end = Date.now() + boundMs;
  while (site.open.size > 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return site.open.size;
}

/** The HTTPS facts without the Date header, which changes from one second to the next. */
function comparable(https: unknown): unknown {
  const copy = structuredClone(https) as { headers?: Record<string, string> };
  delete copy.headers?.date;
  return copy;
}

let ca: TestCert;
let trusted: TestCert;
let selfSigned: TestCert;
let otherName: TestCert;

beforeAll(() => {
  ca = makeRsaCa({ commonName: 'hipaa-hero reuse test CA' });
  trusted = makeRsaCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], issuer: ca });
  selfSigned = makeRsaCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK] });
  otherName = makeRsaCert({ commonName: 'other.example', sans: ['other.example'], issuer: ca });
});

afterAll(async () => {
  for (const { server, open } of sites) {
    for (const socket of open) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('the HTTPS GET over the modern handshake', () => {
  it('makes no connection of its own, and records what a GET over its own connection records', async () => {
    const site = await countingSite(trusted);
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
    expect(facts.error).toBeUndefined();
    expect(facts.certificate?.trusted).toBe(true);
    expect(facts.https?.status).toBe(200);
    // Economical: the modern handshake (which carries the GET), TLS 1.0 and 1.1, and TLS 1.2 after
    // the modern one negotiated TLS 1.3. A GET with a connection of its own would make five.
    expect(site.accepted()).toBe(4);
    expect(site.requests).toEqual([{ path: '/', overModern: true }]);
    expect(facts.tls?.protocols['TLSv1.2']?.status).toBe('accepted');
    expect(facts.tls?.protocols['TLSv1.3']?.status).toBe('accepted');
    expect(await drained(site)).toBe(0);

    const own = await probeHttp(site.url, { address: LOOPBACK, timeoutMs: TIMEOUT_MS });
    expect(site.requests.at(-1)).toEqual({ path: '/', overModern: false });
    // The same request, header for header, and the same facts.
    expect(site.sent[0]).toEqual(site.sent[1]);
    expect(site.sent[0]).toContain('Connection');
    expect(comparable(facts.https)).toEqual(comparable(own));
    expect(facts.https?.cookies.map((c) => c.name)).toEqual(['session', 'pref']);
    expect(JSON.stringify(facts)).not.toContain('SECRET');
  });

  it('does the same when every version is probed at once (not economical)', async () => {
    const site = await countingSite(trusted);
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert });
    expect(facts.https?.status).toBe(200);
    // TLS 1.0, 1.1, 1.2, 1.3 and the modern handshake, which carries the GET.
    expect(site.accepted()).toBe(5);
    expect(site.requests).toEqual([{ path: '/', overModern: true }]);
    expect(await drained(site)).toBe(0);
  });

  it('still reports a certificate that fails verification as before, and the GET still happens', async () => {
    for (const [cert, trustError, hostnameMatch] of [
      [selfSigned, 'DEPTH_ZERO_SELF_SIGNED_CERT', true],
      [otherName, undefined, false],
    ] as const) {
      const site = await countingSite(cert);
      const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
      expect(facts.certificate?.trusted).toBe(trustError === undefined);
      expect(facts.certificate?.trustError).toBe(trustError);
      expect(facts.certificate?.hostnameMatch).toBe(hostnameMatch);
      expect(facts.https?.status).toBe(200);
      expect(facts.https?.headers['strict-transport-security']).toBe('max-age=63072000');
      expect(site.requests).toEqual([{ path: '/', overModern: true }]);
      expect(site.accepted()).toBe(4);
      expect(await drained(site)).toBe(0);
    }
  });

  it('follows a redirect on the same origin over a new connection (the first was asked to close)', async () => {
    const site = await countingSite(trusted, (path) =>
      path === '/' ? { status: 302, headers: { location: '/home' } } : { status: 200, headers: PAGE_HEADERS },
    );
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
    expect(facts.https?.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(facts.https?.finalUrl).toBe(`${site.url}home`);
    expect(site.requests).toEqual([
      { path: '/', overModern: true },
      { path: '/home', overModern: false },
    ]);
    expect(site.accepted()).toBe(5);
    expect(await drained(site)).toBe(0);
  });

  it('follows a redirect to another port of the same host over that port', async () => {
    const target = await countingSite(trusted);
    const site = await countingSite(trusted, () => ({ status: 301, headers: { location: target.url } }));
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
    expect(facts.https?.hops.map((h) => h.url)).toEqual([site.url, target.url]);
    expect(facts.https?.status).toBe(200);
    expect(facts.https?.headers['x-content-type-options']).toBe('nosniff');
    expect(site.requests).toEqual([{ path: '/', overModern: true }]);
    expect(target.requests).toEqual([{ path: '/', overModern: false }]);
    expect(target.accepted()).toBe(1);
    expect(await drained(site)).toBe(0);
    expect(await drained(target)).toBe(0);
  });

  it('records a redirect to another host without connecting to it, as before', async () => {
    const site = await countingSite(trusted, () => ({ status: 301, headers: { location: 'https://www.other.example/' } }));
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
    expect(facts.https?.offSiteRedirect).toBe('https://www.other.example/');
    expect(site.requests).toEqual([{ path: '/', overModern: true }]);
  });

  it('makes its own connection when the modern handshake fails, and records that one as before', async () => {
    // Only TLS 1.0 and 1.1: the modern client (TLS 1.2 and up) is refused, and so is the GET's own.
    const site = await countingSite(trusted, undefined, { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const facts = await probeEndpoint(site.url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true });
    expect(facts.https?.error).toMatch(/^TLS handshake failed: /);
    const own = await probeHttp(site.url, { address: LOOPBACK, timeoutMs: TIMEOUT_MS });
    expect(facts.https).toEqual(own);
    expect(site.requests).toEqual([]);
  });

  it('makes its own connection when it would send another SNI name than the modern handshake did', async () => {
    const site = await countingSite(trusted);
    // A trailing dot: the TLS probe sends the name as written, the GET without the dot.
    const url = `https://localhost.:${site.port}/`;
    const lookup = async () => ({ address: LOOPBACK });
    const facts = await probeEndpoint(url, { timeoutMs: TIMEOUT_MS, ca: ca.cert, economical: true, lookup });
    expect(facts.https?.status).toBe(200);
    expect(site.requests).toEqual([{ path: '/', overModern: false }]);
    expect(site.accepted()).toBe(5);
    expect(await drained(site)).toBe(0);
  });
});

describe('connectionHandover', () => {
  /** A stand-in socket that only records being destroyed. */
  const fakeConnection = (): ReadyConnection & { destroyed: () => boolean } => {
    let destroyed = false;
    const socket = {
      get destroyed() {
        return destroyed;
      },
      writable: true,
      destroy() {
        destroyed = true;
      },
    } as unknown as tls.TLSSocket;
    return { socket, address: LOOPBACK, port: 1, servername: '', destroyed: () => destroyed };
  };

  it('gives the first offer to the first taker only', async () => {
    const handover = connectionHandover();
    const first = fakeConnection();
    const late = fakeConnection();
    const taken = handover.take();
    handover.offer(first);
    handover.offer(late);
    expect(await taken).toBe(first);
    expect(await handover.take()).toBeUndefined();
    expect(late.destroyed()).toBe(true);
    handover.discard();
    expect(first.destroyed()).toBe(false);
  });

  it('closes an offered connection that nobody took, and ends the wait of a taker when nothing is offered', async () => {
    const untaken = connectionHandover();
    const connection = fakeConnection();
    untaken.offer(connection);
    untaken.discard();
    expect(connection.destroyed()).toBe(true);
    expect(await untaken.take()).toBeUndefined();

    const empty = connectionHandover();
    const waiting = empty.take();
    empty.discard();
    expect(await waiting).toBeUndefined();
  });

  it('never hands out a connection that was closed meanwhile', async () => {
    const handover = connectionHandover();
    const connection = fakeConnection();
    handover.offer(connection);
    connection.socket.destroy();
    expect(await handover.take()).toBeUndefined();
  });
});
