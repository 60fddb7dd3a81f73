// probeTls and parseCertificate against real TLS servers on 127.0.0.1, with certificates made here:
// protocol versions, the negotiated suite, trust, names, keys, signatures, and hostile servers.
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCertificate } from '../src/gather/certificate.js';
import type { ProtocolProbe, TlsProtocol } from '../src/gather/endpoint-facts.js';
import { probeTls, protocolProbe, type HandshakeFailure, type TlsProbeResult } from '../src/gather/tls.js';
import { makeOpensslCert, makeRsaCa, makeRsaCert, type TestCert } from './helpers/pki.js';

const LOOPBACK = '127.0.0.1';
const HOSTILE_TIMEOUT_MS = 1500;
const DAY_MS = 86_400_000;

const servers: net.Server[] = [];
const openSockets = new Set<net.Socket>();
const timers = new Set<NodeJS.Timeout>();

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  for (const socket of openSockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

/** Listens on 127.0.0.1, port 0; tracks the server and its connections for afterAll. */
async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: net.Socket) => {
    openSockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => openSockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return (server.address() as net.AddressInfo).port;
}

interface TestServer {
  port: number;
  /** The SNI names clients sent (false when none). */
  servernames: Array<string | false>;
}

/** A TLS server that keeps each connection open until the client leaves. */
async function tlsServer(cert: TestCert, options: tls.TlsOptions = {}): Promise<TestServer> {
  const servernames: Array<string | false> = [];
  const server = tls.createServer({ key: cert.key, cert: cert.cert, ...options }, (socket) => {
    servernames.push(socket.servername ?? false);
    socket.on('error', () => {});
  });
  server.on('tlsClientError', () => {});
  return { port: await listen(server), servernames };
}

function statuses(result: TlsProbeResult): Partial<Record<TlsProtocol, ProtocolProbe['status']>> {
  return Object.fromEntries(Object.entries(result.tls.protocols).map(([version, probe]) => [version, probe.status]));
}

let ca: TestCert;
let probe: (port: number, host?: string, extra?: { ca?: string | null; timeoutMs?: number }) => Promise<TlsProbeResult>;

beforeAll(() => {
  ca = makeRsaCa({ commonName: 'hipaa-hero Test CA' });
  probe = (port, host = 'localhost', extra = {}) => {
    const trust = extra.ca === null ? {} : { ca: extra.ca ?? ca.caCert };
    return probeTls({ host, address: LOOPBACK, port }, { timeoutMs: extra.timeoutMs ?? 5000, ...trust });
  };
});

const leafFor = (issuer: TestCert, overrides: Partial<Parameters<typeof makeRsaCert>[0]> = {}) =>
  makeRsaCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], issuer, ...overrides });

describe('probeTls: protocol versions and the negotiated handshake', () => {
  let good: TestServer;
  beforeAll(async () => {
    good = await tlsServer(leafFor(ca), { ALPNProtocols: ['http/1.1'] });
  });

  it('economical probing (many endpoints) finds the same versions with one full handshake fewer', async () => {
    const full = await probe(good.port);
    const economical = await probeTls({ host: 'localhost', address: '127.0.0.1', port: good.port }, { timeoutMs: 5000, ca: ca.cert, economical: true });
    const statuses = (r: typeof full) => Object.fromEntries(Object.entries(r.tls.protocols).map(([v, p]) => [v, p?.status]));
    expect(statuses(economical)).toEqual(statuses(full));
    expect(Object.keys(economical.tls.protocols)).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    // The version the modern handshake negotiated carries that handshake's suite.
    expect(economical.tls.protocols['TLSv1.3']?.cipher).toBe(economical.tls.negotiated?.cipher);
  });

  it('reads the peer certificate chain once per probe: the one Node read to check the name, when the chain verified', async () => {
    const reads = vi.spyOn(tls.TLSSocket.prototype, 'getPeerCertificate');
    try {
      const verified = await probeTls({ host: 'localhost', address: LOOPBACK, port: good.port }, { timeoutMs: 5000, ca: ca.cert, economical: true });
      expect(verified.certificate.trusted).toBe(true);
      expect(verified.certificate.chain.map((c) => c.subject)).toEqual(['CN=localhost', 'CN=hipaa-hero Test CA']);
      expect(reads).toHaveBeenCalledTimes(1);
      reads.mockClear();
      // Not verified (the system roots do not know the test CA): Node reads nothing, the probe reads it once.
      const unverified = await probeTls({ host: 'localhost', address: LOOPBACK, port: good.port }, { timeoutMs: 5000, economical: true });
      expect(unverified.certificate.trusted).toBe(false);
      expect(unverified.certificate.chain.map((c) => c.subject)).toEqual(['CN=localhost']);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('a good server: TLS 1.2 and 1.3 accepted, 1.0 and 1.1 refused by the server, a modern handshake', async () => {
    const result = await probe(good.port);
    expect(result.tls.error).toBeUndefined();
    // Our probes lower the client's security level, so our side can offer TLS 1.0/1.1: the server
    // itself answers with a protocol_version alert, hence rejected (not untestable).
    expect(result.tls.protocols.TLSv1).toEqual({ status: 'rejected', reason: 'server alert: tlsv1 alert protocol version' });
    expect(result.tls.protocols['TLSv1.1']).toEqual({ status: 'rejected', reason: 'server alert: tlsv1 alert protocol version' });
    expect(result.tls.protocols['TLSv1.2']).toMatchObject({ status: 'accepted', cipher: expect.stringMatching(/^ECDHE-RSA-AES(128|256)-GCM-SHA(256|384)$/) });
    expect(result.tls.protocols['TLSv1.3']).toMatchObject({ status: 'accepted', cipher: expect.stringMatching(/^TLS_/) });

    const negotiated = result.tls.negotiated;
    expect(negotiated).toMatchObject({
      protocol: 'TLSv1.3',
      forwardSecrecy: true,
      aead: true,
      alpn: 'http/1.1',
      ocspStapled: false,
      keyExchange: { type: 'ECDH' },
    });
    expect(negotiated?.standardName).toBe(negotiated?.cipher);
    expect([128, 256]).toContain(negotiated?.cipherBits);

    const certificate = result.certificate;
    expect(certificate.error).toBeUndefined();
    expect(certificate.trusted).toBe(true);
    expect(certificate.trustError).toBeUndefined();
    expect(certificate.hostnameMatch).toBe(true);
    expect(certificate.chain.map((c) => c.subject)).toEqual(['CN=localhost', 'CN=hipaa-hero Test CA']);
    expect(certificate.chain[0]).toMatchObject({
      issuer: 'CN=hipaa-hero Test CA',
      subjectAltNames: ['DNS:localhost', 'IP Address:127.0.0.1'],
      keyType: 'rsa',
      keyBits: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      selfSigned: false,
    });
    expect(certificate.chain[1]?.selfSigned).toBe(true);
    expect(good.servernames).toContain('localhost');
    // Plain data only: what goes into --save-facts survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('an IP host: no SNI is sent and the IP SAN matches', async () => {
    const before = good.servernames.length;
    const result = await probe(good.port, LOOPBACK);
    expect(result.certificate.hostnameMatch).toBe(true);
    expect(good.servernames.slice(before).every((name) => name === false)).toBe(true);
  });

  it('without --ca the chain is judged against the system roots, which do not know the test CA', async () => {
    const result = await probe(good.port, 'localhost', { ca: null });
    expect(result.certificate.trusted).toBe(false);
    expect(result.certificate.trustError).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(result.certificate.hostnameMatch).toBe(true);
  });

  it('a server allowing TLS 1.0 and 1.1: both accepted', async () => {
    const server = await tlsServer(leafFor(ca), { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const result = await probe(server.port);
    expect(statuses(result)).toEqual({ TLSv1: 'accepted', 'TLSv1.1': 'accepted', 'TLSv1.2': 'accepted', 'TLSv1.3': 'accepted' });
    expect(result.tls.protocols.TLSv1?.cipher).toMatch(/^ECDHE-RSA-AES(128|256)-SHA$/);
    expect(result.tls.negotiated?.protocol).toBe('TLSv1.3');
  });

  it('a TLS 1.2-only server: TLS 1.3 rejected, TLS 1.2 negotiated', async () => {
    const server = await tlsServer(leafFor(ca), { maxVersion: 'TLSv1.2' });
    const result = await probe(server.port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'accepted', 'TLSv1.3': 'rejected' });
    expect(result.tls.protocols['TLSv1.3']?.reason).toBe('server alert: tlsv1 alert protocol version');
    expect(result.tls.negotiated).toMatchObject({ protocol: 'TLSv1.2', forwardSecrecy: true, aead: true, alpn: null });
    expect(result.tls.negotiated?.cipher).toMatch(/^ECDHE-RSA-AES(128|256)-GCM-SHA(256|384)$/);
  });

  it('a TLS 1.0-only server: the certificate still comes from a legacy handshake', async () => {
    const server = await tlsServer(leafFor(ca), { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const result = await probe(server.port);
    expect(statuses(result)).toEqual({ TLSv1: 'accepted', 'TLSv1.1': 'rejected', 'TLSv1.2': 'rejected', 'TLSv1.3': 'rejected' });
    expect(result.tls.error).toBeUndefined();
    expect(result.tls.negotiated).toMatchObject({ protocol: 'TLSv1', forwardSecrecy: true, aead: false });
    expect(result.certificate).toMatchObject({ trusted: true, hostnameMatch: true });
    expect(result.certificate.chain[0]?.subject).toBe('CN=localhost');
  });

  it('a TLS 1.2 server with static RSA key exchange and CBC: no forward secrecy, no AEAD', async () => {
    const server = await tlsServer(leafFor(ca), { maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA256' });
    const result = await probe(server.port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'accepted', 'TLSv1.3': 'rejected' });
    expect(result.tls.negotiated).toEqual({
      protocol: 'TLSv1.2',
      cipher: 'AES128-SHA256',
      standardName: 'TLS_RSA_WITH_AES_128_CBC_SHA256',
      keyExchange: null,
      forwardSecrecy: false,
      aead: false,
      cipherBits: 128,
      alpn: null,
      ocspStapled: false,
    });
  });

  it('a stapled OCSP response is noticed', async () => {
    const stapling = tls.createServer({ ...leafFor(ca) });
    // Node only passes the bytes on; the client does not validate them, and neither do we.
    stapling.on('OCSPRequest', (_cert: Buffer, _issuer: Buffer, callback: (err: Error | null, response?: Buffer) => void) =>
      callback(null, Buffer.from('not-really-ocsp')),
    );
    stapling.on('tlsClientError', () => {});
    const port = await listen(stapling);
    const result = await probe(port);
    expect(result.tls.negotiated?.ocspStapled).toBe(true);
  });
});

describe('probeTls: certificates', () => {
  it('an expired certificate is not trusted (CERT_HAS_EXPIRED)', async () => {
    const expired = leafFor(ca, { notBefore: new Date(Date.now() - 400 * DAY_MS), notAfter: new Date(Date.now() - 30 * DAY_MS) });
    const server = await tlsServer(expired);
    const result = await probe(server.port);
    expect(result.certificate.trusted).toBe(false);
    expect(result.certificate.trustError).toBe('CERT_HAS_EXPIRED');
    expect(Date.parse(result.certificate.chain[0]?.validTo ?? '')).toBeLessThan(Date.now());
    expect(result.certificate.hostnameMatch).toBe(true);
  });

  it('a self-signed leaf is not trusted and is marked selfSigned', async () => {
    const server = await tlsServer(makeRsaCert({ commonName: 'localhost', sans: ['localhost'] }));
    const result = await probe(server.port);
    expect(result.certificate.trusted).toBe(false);
    expect(result.certificate.trustError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(result.certificate.chain).toHaveLength(1);
    expect(result.certificate.chain[0]).toMatchObject({ selfSigned: true, subject: 'CN=localhost', issuer: 'CN=localhost' });
  });

  it('a certificate for another name: trusted, but hostnameMatch false', async () => {
    const server = await tlsServer(makeRsaCert({ commonName: 'other.example', sans: ['other.example'], issuer: ca }));
    const result = await probe(server.port);
    expect(result.certificate.trusted).toBe(true);
    expect(result.certificate.hostnameMatch).toBe(false);
    expect((await probe(server.port, LOOPBACK)).certificate.hostnameMatch).toBe(false);
  });

  it('a 1024-bit RSA key is reported as such', async () => {
    const server = await tlsServer(leafFor(ca, { keyBits: 1024 }), { ciphers: 'DEFAULT@SECLEVEL=0' });
    const result = await probe(server.port);
    expect(result.certificate.chain[0]).toMatchObject({ keyType: 'rsa', keyBits: 1024 });
    expect(result.certificate.trusted).toBe(true);
  });

  it('a SHA-1 signature is read from the DER', async () => {
    // The server needs security level 0 to load a SHA-1 certificate at all ("ca md too weak").
    const server = await tlsServer(leafFor(ca, { digest: 'sha1' }), { ciphers: 'DEFAULT@SECLEVEL=0' });
    const result = await probe(server.port);
    expect(result.certificate.chain[0]?.signatureAlgorithm).toBe('sha1WithRSAEncryption');
    expect(result.certificate.chain[1]?.signatureAlgorithm).toBe('sha256WithRSAEncryption');
    // Node's default security level refuses SHA-1 signatures while verifying; OpenSSL's reason
    // (CA_MD_TOO_WEAK, 68) has no name in Node's table, so it reports UNSPECIFIED.
    expect(result.certificate).toMatchObject({ trusted: false, trustError: 'UNSPECIFIED', hostnameMatch: true });
  });

  it('an ECDSA P-256 leaf under an ECDSA P-384 CA', async () => {
    const ecCa = await makeOpensslCert({ commonName: 'EC Test CA', key: { type: 'ec', curve: 'P-384' }, digest: 'sha384', isCa: true });
    const leaf = await makeOpensslCert({ commonName: 'localhost', sans: ['localhost', LOOPBACK], key: { type: 'ec', curve: 'P-256' }, issuer: ecCa });
    const server = await tlsServer(leaf);
    const result = await probe(server.port, 'localhost', { ca: ecCa.caCert });
    expect(result.certificate).toMatchObject({ trusted: true, hostnameMatch: true });
    expect(result.certificate.chain[0]).toMatchObject({ keyType: 'ec', keyBits: 256, curve: 'prime256v1', signatureAlgorithm: 'ecdsa-with-SHA256' });
    expect(result.certificate.chain[1]).toMatchObject({ keyType: 'ec', keyBits: 384, curve: 'secp384r1', signatureAlgorithm: 'ecdsa-with-SHA384', selfSigned: true });
    expect(result.tls.protocols['TLSv1.2']?.cipher).toMatch(/^ECDHE-ECDSA-/);
  });

  it('a chain through an intermediate is walked leaf first, up to the root', async () => {
    const intermediate = makeRsaCa({ commonName: 'hipaa-hero Intermediate', issuer: ca });
    const leaf = leafFor(intermediate);
    const server = await tlsServer({ ...leaf, cert: leaf.cert + intermediate.cert });
    const result = await probe(server.port);
    expect(result.certificate.trusted).toBe(true);
    expect(result.certificate.chain.map((c) => c.subject)).toEqual(['CN=localhost', 'CN=hipaa-hero Intermediate', 'CN=hipaa-hero Test CA']);
    expect(result.certificate.chain.map((c) => c.selfSigned)).toEqual([false, false, true]);
  });
});

describe('probeTls: hostile and broken servers', () => {
  const hostile = (port: number) => probe(port, 'localhost', { timeoutMs: HOSTILE_TIMEOUT_MS });
  const allStatus = (result: TlsProbeResult) => new Set(Object.values(statuses(result)));

  it('a server that accepts TCP and never answers: every handshake errors at the deadline', async () => {
    const port = await listen(net.createServer(() => {}));
    const started = Date.now();
    const result = await hostile(port);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(statuses(result)).toEqual({ TLSv1: 'error', 'TLSv1.1': 'error', 'TLSv1.2': 'error', 'TLSv1.3': 'error' });
    expect(result.tls.protocols.TLSv1?.reason).toBe(`no handshake within ${HOSTILE_TIMEOUT_MS} ms`);
    expect(result.tls.error).toBe(`handshake failed: no handshake within ${HOSTILE_TIMEOUT_MS} ms`);
    expect(result.certificate).toMatchObject({ chain: [], trusted: false, hostnameMatch: false, error: result.tls.error });
  });

  it('a server that drips a byte a second is still cut off at the deadline (not an idle timeout)', async () => {
    const port = await listen(
      net.createServer((socket) => {
        // The start of a TLS handshake record announcing 16 KiB, then one byte a second.
        const bytes = Buffer.concat([Buffer.from([0x16, 0x03, 0x03, 0x40, 0x00]), Buffer.alloc(64)]);
        let next = 0;
        const timer = setInterval(() => {
          if (!socket.destroyed) socket.write(bytes.subarray(next, next + 1));
          next = (next + 1) % bytes.length;
        }, 1000);
        timers.add(timer);
        socket.write(bytes.subarray(0, 1));
        socket.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
      }),
    );
    const started = Date.now();
    const result = await hostile(port);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(statuses(result)).toEqual({ TLSv1: 'error', 'TLSv1.1': 'error', 'TLSv1.2': 'error', 'TLSv1.3': 'error' });
    expect(result.tls.error).toMatch(/no handshake within/);
  });

  it('plain HTTP on the port: every version rejected with the reason, no throw', async () => {
    const port = await listen(
      net.createServer((socket) => {
        socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'));
      }),
    );
    const result = await hostile(port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'rejected', 'TLSv1.3': 'rejected' });
    expect(result.tls.protocols['TLSv1.2']?.reason).toBe('server reply: wrong version number');
    expect(result.tls.error).toBe('handshake failed: wrong version number');
    expect(result.certificate.error).toBe(result.tls.error);
  });

  it('a server that resets the connection on the client hello: rejected, no throw', async () => {
    const port = await listen(net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy())));
    const result = await hostile(port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'rejected', 'TLSv1.3': 'rejected' });
    expect(result.tls.protocols.TLSv1?.reason).toBe('connection reset during the handshake');
    expect(result.tls.error).toBe('handshake failed: connection reset during the handshake');
  });

  it('a server that resets as soon as it accepts: no throw (the reset races our connect)', async () => {
    const port = await listen(net.createServer((socket) => socket.resetAndDestroy()));
    const result = await hostile(port);
    // Seen before our connect completes it is a failed connect (error), after it a reset (rejected).
    for (const status of allStatus(result)) expect(['error', 'rejected']).toContain(status);
    expect(result.tls.error).toMatch(/^handshake failed: (connect failed: ECONNRESET|connection reset during the handshake)$/);
  });

  it('a server that closes without a word: rejected as closed during the handshake', async () => {
    const port = await listen(net.createServer((socket) => socket.once('data', () => socket.end())));
    const result = await hostile(port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'rejected', 'TLSv1.3': 'rejected' });
    expect(result.tls.protocols['TLSv1.3']?.reason).toBe('connection closed during the handshake');
  });

  it('a server demanding a client certificate: TLS 1.2 ends in an alert, TLS 1.3 completes first', async () => {
    const server = await tlsServer(leafFor(ca), { requestCert: true, rejectUnauthorized: true, ca: [ca.caCert] });
    const result = await hostile(server.port);
    expect(statuses(result)).toEqual({ TLSv1: 'rejected', 'TLSv1.1': 'rejected', 'TLSv1.2': 'rejected', 'TLSv1.3': 'accepted' });
    expect(result.tls.protocols['TLSv1.2']?.reason).toBe('server alert: sslv3 alert handshake failure');
    // In TLS 1.3 the client's handshake is done before the server reads the (missing) client
    // certificate, so the modern handshake still yields the server's side.
    expect(result.tls.negotiated?.protocol).toBe('TLSv1.3');
    expect(result.certificate.trusted).toBe(true);
  });

  it('a closed port: every handshake errors with the connect failure', async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, LOOPBACK, () => resolve((server.address() as net.AddressInfo).port)));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await hostile(port);
    expect(result.tls.protocols.TLSv1).toEqual({ status: 'error', reason: 'connect failed: ECONNREFUSED' });
    expect(allStatus(result)).toEqual(new Set(['error']));
    expect(result.tls.error).toBe('handshake failed: connect failed: ECONNREFUSED');
  });

  it('an address that is not an IP is refused without connecting or resolving', async () => {
    const result = await probeTls({ host: 'nohost.invalid', address: 'nohost.invalid', port: 443 }, { timeoutMs: 1000 });
    expect(result.tls).toEqual({ error: 'not an IP address: nohost.invalid (the caller resolves names)', protocols: {} });
    expect(result.certificate).toMatchObject({ chain: [], trusted: false, hostnameMatch: false, error: result.tls.error });
  });
});

describe('protocolProbe: outcomes a loopback server cannot provoke', () => {
  const failed = (failure: HandshakeFailure) => protocolProbe('TLSv1', { ok: false, failure });

  it('our library refusing before the server said anything is untestable, not rejected', () => {
    expect(failed({ stage: 'handshake', code: 'ERR_SSL_NO_PROTOCOLS_AVAILABLE', reason: 'no protocols available', bytesRead: 0 })).toEqual({
      status: 'untestable',
      reason: 'our TLS library refused TLSv1: no protocols available',
    });
    expect(failed({ stage: 'handshake', code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', reason: 'unsupported protocol', bytesRead: 0 }).status).toBe('untestable');
    expect(failed({ stage: 'setup', code: 'ERR_INVALID_ARG_VALUE', reason: 'bad option', bytesRead: 0 }).status).toBe('untestable');
  });

  it('our own policy on the server answer is untestable; a version the server picked instead is rejected', () => {
    expect(
      failed({ stage: 'handshake', code: 'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED', reason: 'legacy sigalg disallowed or unsupported', bytesRead: 1210 }).status,
    ).toBe('untestable');
    expect(failed({ stage: 'handshake', code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', reason: 'unsupported protocol', bytesRead: 90 })).toEqual({
      status: 'rejected',
      reason: 'server reply: unsupported protocol',
    });
  });

  it('anything else that is not TLS is an error', () => {
    expect(failed({ stage: 'handshake', code: 'EHOSTUNREACH', reason: 'host unreachable', bytesRead: 0 }).status).toBe('error');
  });
});

describe('parseCertificate', () => {
  it('reads an RSA certificate', () => {
    const cert = makeRsaCert({ commonName: 'book.example', sans: ['book.example', '::1'], digest: 'md5', keyBits: 1024 });
    const info = parseCertificate(pemToDer(cert.cert));
    expect(info).toMatchObject({
      subject: 'CN=book.example',
      issuer: 'CN=book.example',
      subjectAltNames: ['DNS:book.example', 'IP Address:0:0:0:0:0:0:0:1'],
      keyType: 'rsa',
      keyBits: 1024,
      signatureAlgorithm: 'md5WithRSAEncryption',
      selfSigned: true,
    });
    expect(info.curve).toBeUndefined();
    expect(info.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(Date.parse(info.validTo)).toBeGreaterThan(Date.parse(info.validFrom));
    expect(info.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(info.serialNumber).toMatch(/^[0-9A-F]+$/);
  });

  it('reads ECDSA P-384 and Ed25519 certificates', async () => {
    const ec = await makeOpensslCert({ commonName: 'ec.example', key: { type: 'ec', curve: 'P-384' }, digest: 'sha384' });
    expect(parseCertificate(pemToDer(ec.cert))).toMatchObject({ keyType: 'ec', keyBits: 384, curve: 'secp384r1', signatureAlgorithm: 'ecdsa-with-SHA384', selfSigned: true });
    const ed = await makeOpensslCert({ commonName: 'ed.example', key: { type: 'ed25519' } });
    expect(parseCertificate(pemToDer(ed.cert))).toMatchObject({ keyType: 'ed25519', keyBits: 256, signatureAlgorithm: 'Ed25519', selfSigned: true });
  });

  it('an issued certificate is not self-signed, even when its issuer shares its name', async () => {
    const ecUnderRsa = await makeOpensslCert({ commonName: 'hipaa-hero Test CA', key: { type: 'ec', curve: 'P-256' }, issuer: ca });
    const info = parseCertificate(pemToDer(ecUnderRsa.cert));
    expect(info.subject).toBe(info.issuer);
    expect(info).toMatchObject({ selfSigned: false, signatureAlgorithm: 'sha256WithRSAEncryption', keyType: 'ec' });
  });

  it('throws on bytes that are not a certificate', () => {
    expect(() => parseCertificate(Buffer.from('not a certificate'))).toThrow();
  });
});

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
