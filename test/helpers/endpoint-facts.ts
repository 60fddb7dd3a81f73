// Endpoint facts for check case tables: what a well-run HTTPS endpoint looks like (TLS 1.2 and 1.3
// only, forward secrecy, AEAD, a trusted 90-day ECDSA certificate, HSTS and every security header),
// to be varied one fact at a time.
import type { EndpointFacts, PageFacts, ResultStatus } from '../../src/index.js';
import type { CheckCase } from './cases.js';
import { OWNERS } from '../../src/engine/endpoint-queries.js';

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
    page: goodPage(https),
  };
}

/**
 * A clean page as a browser visit records it: its own document, script and style, a link to the
 * Notice of Privacy Practices, a form posting to the page's own site over HTTPS, nothing third-party.
 */
export function goodPage(pageUrl: string): PageFacts {
  const { origin, host } = new URL(pageUrl);
  const own = (path: string, type: PageFacts['requests'][number]['type']) => ({ url: `${origin}${path}`, host, type, thirdParty: false, beforeInteraction: true, sent: true });
  return {
    kind: 'browser',
    url: pageUrl,
    requests: [own('/', 'document'), own('/app.js', 'script'), own('/site.css', 'stylesheet')],
    cookies: [],
    forms: [{ action: `${origin}/book`, method: 'post', insecure: false, thirdParty: false }],
    links: [
      { href: `${origin}/services`, text: 'Services' },
      { href: `${origin}/privacy-practices`, text: 'Notice of Privacy Practices' },
    ],
    mixedContent: [],
    scriptsWithoutIntegrity: [],
    markupScripts: [{ url: `${origin}/app.js`, integrity: false }],
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
 * The check that explains each missing fact in full (the engine's own table); every other check
 * that needed the fact points to it in a few words.
 */
export { OWNERS };

/**
 * What `check` makes of a missing fact that `owner` reports: the owner an error, any other check
 * not judged (it names the owner, and the engine reports it as not judged beside the owner's
 * error); both give the full reason.
 */
export function said(check: string, owner: string, full: RegExp): [ResultStatus, RegExp] {
  return [check === owner ? 'error' : 'not_judged', full];
}

/** What the probe records for an endpoint where nothing listens (saved before such facts were marked). */
export function unreachable(url: string): EndpointFacts {
  const { hostname, port, protocol } = new URL(url);
  const at = (p: string) => `connection refused at 203.0.113.9 port ${p}`;
  const tlsPort = port || (protocol === 'https:' ? '443' : '80');
  const refused = { status: 'error' as const, reason: 'connect failed: ECONNREFUSED' };
  const nothing = { hops: [], headers: {}, cookies: [] };
  return protocol === 'https:'
    ? {
        url,
        host: hostname,
        port: Number(tlsPort),
        address: '203.0.113.9',
        tls: { error: 'handshake failed: connect failed: ECONNREFUSED', protocols: { TLSv1: refused, 'TLSv1.1': refused, 'TLSv1.2': refused, 'TLSv1.3': refused } },
        certificate: { error: 'handshake failed: connect failed: ECONNREFUSED', chain: [], trusted: false, hostnameMatch: false },
        https: { ...nothing, notServed: at(tlsPort) },
        http: { ...nothing, notServed: at('80') },
      }
    : { url, host: hostname, port: Number(tlsPort), address: '203.0.113.9', http: { ...nothing, error: at(tlsPort) } };
}

/**
 * The cases every endpoint check shares: an endpoint that could not be probed, one from which
 * nothing came back, and one missing from the facts are errors; one check says why, the others
 * point to it. `stack` replaces the base stack's sections when the check needs more to judge.
 */
export function reachUnavailableCases(check: string, stack: CheckCase['stack'] = undefined, url: string = BOOK): CheckCase[] {
  const owner = /^https:/.test(url) ? OWNERS.reachHttps : OWNERS.reachHttp;
  const host = new URL(url).host.replace(/\./g, '\\.');
  const on = stack ? { stack } : {};
  return [
    {
      name: 'an endpoint that could not be probed is unavailable (one check says why)',
      ...on,
      facts: { endpoints: { [url]: vary(url, (f) => { f.error = `getaddrinfo ENOTFOUND ${new URL(url).hostname}`; }) } },
      expect: [[url, ...said(check, owner, /the probe of .* failed: getaddrinfo ENOTFOUND/)]],
    },
    {
      name: 'an endpoint where nothing answered is unavailable, whatever empty lists its failed requests left',
      ...on,
      facts: { endpoints: { [url]: unreachable(url) } },
      expect: [[url, ...said(check, owner, /the probe of .* failed: no answer \(connection refused at 203\.0\.113\.9 port (443|80)\)/)]],
    },
    {
      name: 'an endpoint missing from the facts is unavailable',
      ...on,
      facts: { endpoints: {} },
      expect: [[url, ...said(check, owner, new RegExp(`no probe results were recorded for https?://${host}`))]],
    },
  ];
}

/** The TLS checks' shared cases: no handshake at all, or no TLS facts, is unknown; transport.tls12 says why. */
export function tlsUnavailableCases(check: string): CheckCase[] {
  return [
    {
      name: 'no TLS handshake at all is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls = { error: 'ECONNRESET', protocols: {} }; }) } },
      expect: [[BOOK, ...said(check, OWNERS.tls, /no TLS handshake could be made with https:\/\/book\.clearskin\.example: ECONNRESET/)]],
    },
    {
      name: 'no TLS facts recorded is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls; }) } },
      expect: [[BOOK, ...said(check, OWNERS.tls, /no TLS results were recorded for https:\/\/book\.clearskin\.example/)]],
    },
    ...reachUnavailableCases(check),
    {
      name: 'a plain-HTTP endpoint has no TLS to judge (endpoints.https reports it)',
      stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
      expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
    },
  ];
}

/**
 * The cases every certificate check shares (they all look the certificate up with
 * endpointCertificate): each way its facts can be missing is an error, said in full once
 * (transport.cert-trusted, or transport.tls12 when there was no handshake), and a plain-HTTP
 * endpoint has no certificate to judge.
 */
export function certificateUnavailableCases(check: string): CheckCase[] {
  return [
    {
      name: 'a certificate that could not be read is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate = { error: 'no peer certificate', chain: [], trusted: false, hostnameMatch: false }; }) } },
      expect: [[BOOK, ...said(check, OWNERS.certificate, /the certificate of https:\/\/book\.clearskin\.example could not be read: no peer certificate/)]],
    },
    {
      name: 'an empty chain is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain = []; }) } },
      expect: [[BOOK, ...said(check, OWNERS.certificate, /https:\/\/book\.clearskin\.example sent no certificate/)]],
    },
    {
      name: 'no certificate facts recorded is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.certificate; }) } },
      expect: [[BOOK, ...said(check, OWNERS.certificate, /no certificate was recorded for https:\/\/book\.clearskin\.example/)]],
    },
    {
      name: 'no TLS handshake means no certificate: transport.tls12 says why',
      facts: {
        endpoints: {
          [BOOK]: vary(BOOK, (f) => {
            f.tls = { error: 'handshake failed: wrong version number', protocols: { 'TLSv1.2': { status: 'rejected', reason: 'server reply: wrong version number' } } };
            f.certificate = { error: 'handshake failed: wrong version number', chain: [], trusted: false, hostnameMatch: false };
          }),
        },
      },
      expect: [[BOOK, ...said(check, OWNERS.tls, /no TLS handshake could be made with https:\/\/book\.clearskin\.example: handshake failed/)]],
    },
    ...reachUnavailableCases(check),
    {
      name: 'a plain-HTTP endpoint has no certificate to judge (endpoints.https reports it)',
      stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
      expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
    },
  ];
}

/**
 * The cases every response-header check shares (they all look the response up with
 * endpointResponse): each way the response can be unknown is an error, said in full once.
 */
export function responseUnavailableCases(check: string): CheckCase[] {
  const OLD = 'http://old.clearskin.example';
  return [
    {
      name: 'an http:// endpoint whose plain-HTTP request got no answer was not reached',
      stack: { endpoints: [{ url: OLD, phi: true }] },
      facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http = { error: 'ECONNREFUSED', hops: [], headers: {}, cookies: [] }; }) } },
      expect: [[OLD, ...said(check, OWNERS.reachHttp, /the probe of http:\/\/old\.clearskin\.example failed: no answer \(ECONNREFUSED\)/)]],
    },
    {
      name: 'an http:// endpoint whose redirect chain failed after an answer is unavailable',
      stack: { endpoints: [{ url: OLD, phi: true }] },
      facts: {
        endpoints: {
          [OLD]: vary(OLD, (f) => {
            f.http = { error: 'redirect loop at http://old.clearskin.example/', hops: [{ url: 'http://old.clearskin.example/', status: 302, location: '/a' }], finalUrl: 'http://old.clearskin.example/', status: 302, headers: {}, cookies: [] };
          }),
        },
      },
      expect: [[OLD, ...said(check, OWNERS.responseHttp, /the plain-HTTP request to http:\/\/old\.clearskin\.example failed: redirect loop/)]],
    },
    {
      name: 'a failed HTTPS request is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.https = { error: 'ETIMEDOUT', hops: [], headers: {}, cookies: [] }; }) } },
      expect: [[BOOK, ...said(check, OWNERS.responseHttps, /the HTTPS request to https:\/\/book\.clearskin\.example failed: ETIMEDOUT/)]],
    },
    {
      name: 'an HTTPS request that got no response is unavailable, not a page without headers',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.https = { notServed: 'connection refused at 203.0.113.9 port 443', hops: [], headers: {}, cookies: [] }; }) } },
      expect: [[BOOK, ...said(check, OWNERS.responseHttps, /no HTTPS response was received from https:\/\/book\.clearskin\.example \(connection refused/)]],
    },
    {
      name: 'no HTTPS response recorded is unavailable',
      facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.https; }) } },
      expect: [[BOOK, ...said(check, OWNERS.responseHttps, /no HTTPS response was recorded for https:\/\/book\.clearskin\.example/)]],
    },
    ...reachUnavailableCases(check),
  ];
}
