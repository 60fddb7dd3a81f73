// Endpoint facts for check case tables: what a well-run HTTPS endpoint looks like (TLS 1.2 and 1.3
// only, forward secrecy, AEAD, a trusted 90-day ECDSA certificate, HSTS and every security header),
// to be varied one fact at a time.
import type { EndpointFacts } from '../../src/index.js';
import type { CheckCase } from './cases.js';

export function goodEndpointFacts(url: string): EndpointFacts {
  const u = new URL(url);
  const host = u.hostname;
  const https = `https://${host}${u.port ? `:${u.port}` : ''}/`;
  return {
    url,
    host,
    port: Number(u.port || 443),
    address: '127.0.0.1',
    tls: {
      protocols: {
        TLSv1: { status: 'rejected', reason: 'unsupported protocol' },
        'TLSv1.1': { status: 'rejected', reason: 'unsupported protocol' },
        'TLSv1.2': { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
        'TLSv1.3': { status: 'accepted', cipher: 'TLS_AES_128_GCM_SHA256' },
      },
      negotiated: {
        protocol: 'TLSv1.3',
        cipher: 'TLS_AES_128_GCM_SHA256',
        standardName: 'TLS_AES_128_GCM_SHA256',
        keyExchange: { type: 'ECDH', name: 'X25519', size: 253 },
        forwardSecrecy: true,
        aead: true,
        cipherBits: 128,
        alpn: 'http/1.1',
        ocspStapled: true,
      },
    },
    certificate: {
      chain: [
        {
          subject: `CN=${host}`,
          issuer: 'CN=Example Issuing CA,O=Example Trust',
          subjectAltNames: [`DNS:${host}`],
          validFrom: '2026-10-01T00:00:00.000Z',
          validTo: '2026-12-30T00:00:00.000Z',
          keyType: 'ec',
          keyBits: 256,
          curve: 'prime256v1',
          signatureAlgorithm: 'ecdsa-with-SHA256',
          selfSigned: false,
          serialNumber: '0A1B2C3D',
          fingerprint256: 'AB:CD:EF',
        },
        {
          subject: 'CN=Example Issuing CA,O=Example Trust',
          issuer: 'CN=Example Root CA,O=Example Trust',
          subjectAltNames: [],
          validFrom: '2024-01-01T00:00:00.000Z',
          validTo: '2030-01-01T00:00:00.000Z',
          keyType: 'ec',
          keyBits: 384,
          curve: 'secp384r1',
          signatureAlgorithm: 'ecdsa-with-SHA384',
          selfSigned: false,
          serialNumber: '01',
          fingerprint256: '12:34:56',
        },
      ],
      trusted: true,
      hostnameMatch: true,
    },
    https: {
      hops: [{ url: https, status: 200 }],
      finalUrl: https,
      status: 200,
      headers: {
        'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
        'content-security-policy': "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'permissions-policy': 'camera=(), microphone=(), geolocation=()',
        'cache-control': 'no-store',
        'content-type': 'text/html; charset=utf-8',
      },
      cookies: [{ name: '__Host-session', secure: true, httpOnly: true, sameSite: 'Lax', prefixed: true }],
    },
    http: {
      hops: [
        { url: `http://${host}/`, status: 301, location: https },
        { url: https, status: 200 },
      ],
      finalUrl: https,
      status: 200,
      headers: {},
      cookies: [],
    },
  };
}

/** The base stack's endpoint (a PHI booking site), and a marketing site without PHI. */
export const BOOK = 'https://book.clearskin.example';
export const SITE = 'https://clearskin.example';

/** The good facts for `url`, with one change. */
export const vary = (url: string, change: (f: EndpointFacts) => void = () => {}): EndpointFacts => {
  const f = goodEndpointFacts(url);
  change(f);
  return f;
};

/** The booking site (PHI) and the marketing site (no PHI). */
export const twoSites = { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, name: 'Website', phi: false }] };

/**
 * The cases every certificate check shares (they all look the certificate up with
 * endpointCertificate): each way its facts can be missing is an error, and a plain-HTTP endpoint
 * has no certificate to judge.
 */
export function certificateUnavailableCases(): CheckCase[] {
  return [
    {
      name: 'a certificate that could not be read is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate = { error: 'no peer certificate', chain: [], trusted: false, hostnameMatch: false }; }) } },
      expect: [[BOOK, 'error', /the certificate could not be read: no peer certificate/]],
    },
    {
      name: 'an empty chain is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain = []; }) } },
      expect: [[BOOK, 'error', /the server sent no certificate/]],
    },
    {
      name: 'no certificate facts recorded is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.certificate; }) } },
      expect: [[BOOK, 'error', /no certificate was recorded/]],
    },
    {
      name: 'an endpoint that could not be probed is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.error = 'getaddrinfo ENOTFOUND book.clearskin.example'; }) } },
      expect: [[BOOK, 'error', /the probe failed: getaddrinfo ENOTFOUND/]],
    },
    {
      name: 'an endpoint missing from the facts is unavailable',
      facts: { endpoints: {} },
      expect: [[BOOK, 'error', /no probe results were recorded/]],
    },
    {
      name: 'a plain-HTTP endpoint has no certificate to judge (endpoints.https reports it)',
      stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
      expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
    },
  ];
}

/**
 * The cases every response-header check shares (they all look the response up with
 * endpointResponse): each way the response can be unknown is an error.
 */
export function responseUnavailableCases(): CheckCase[] {
  const OLD = 'http://old.clearskin.example';
  return [
    {
      name: 'an http:// endpoint whose plain-HTTP request failed is unavailable',
      stack: { endpoints: [{ url: OLD, phi: true }] },
      facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http = { error: 'ECONNREFUSED', hops: [], headers: {}, cookies: [] }; }) } },
      expect: [[OLD, 'error', /the plain-HTTP request failed: ECONNREFUSED/]],
    },
    {
      name: 'a failed HTTPS request is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.https = { error: 'ETIMEDOUT', hops: [], headers: {}, cookies: [] }; }) } },
      expect: [[BOOK, 'error', /the HTTPS request failed: ETIMEDOUT/]],
    },
    {
      name: 'no HTTPS response recorded is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.https; }) } },
      expect: [[BOOK, 'error', /no HTTPS response was recorded/]],
    },
    {
      name: 'an endpoint that could not be probed is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.error = 'getaddrinfo ENOTFOUND book.clearskin.example'; }) } },
      expect: [[BOOK, 'error', /the probe failed: getaddrinfo ENOTFOUND/]],
    },
    {
      name: 'an endpoint missing from the facts is unavailable',
      facts: { endpoints: {} },
      expect: [[BOOK, 'error', /no probe results were recorded/]],
    },
  ];
}
