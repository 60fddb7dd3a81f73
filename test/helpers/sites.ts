// Local stand-ins for a practice's web sites: an HTTPS server with chosen TLS settings, headers and
// cookies, and optionally a plain-HTTP server that redirects to it. Loopback only (127.0.0.1).
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import type { TestCert } from './pki.js';

export interface SiteOptions {
  cert: TestCert;
  /** TLS server settings, e.g. { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }. */
  tls?: TlsOptions & SecureContextOptions;
  /** Response headers of the HTTPS page. */
  headers?: Record<string, string>;
  /** Set-Cookie values of the HTTPS page. */
  cookies?: string[];
  /** Also serve plain HTTP that answers 301 to the HTTPS site at this host name. */
  redirectHost?: string;
  /**
   * What the HTTPS site serves: one HTML page at every path (default a bare stand-in page), or
   * files by path (query string ignored), each HTML unless `type` says otherwise; other paths 404.
   * The headers and cookies above come with HTML answers only.
   */
  body?: string | Record<string, { body: string; type?: string }>;
}

export interface Site {
  httpsPort: number;
  httpPort?: number;
  close(): Promise<void>;
}

const listen = (server: http.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

export async function startSite(options: SiteOptions): Promise<Site> {
  const body = options.body ?? '<!doctype html><title>Stand-in</title>';
  const page = https.createServer({ key: options.cert.key, cert: options.cert.cert, ...options.tls }, (req, res) => {
    const file = typeof body === 'string' ? { body } : body[(req.url ?? '/').split('?')[0] ?? '/'];
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
      return;
    }
    const type = file.type ?? 'text/html; charset=utf-8';
    const html = type.startsWith('text/html');
    res.writeHead(200, { 'content-type': type, ...(html ? options.headers : {}), ...(html && options.cookies ? { 'set-cookie': options.cookies } : {}) });
    res.end(file.body);
  });
  // A TLS probe that gives up mid-handshake is not the server's problem.
  page.on('tlsClientError', () => {});
  const httpsPort = await listen(page);
  let redirect: http.Server | undefined;
  let httpPort: number | undefined;
  if (options.redirectHost !== undefined) {
    const target = `https://${options.redirectHost}:${httpsPort}`;
    redirect = http.createServer((req, res) => {
      res.writeHead(301, { location: `${target}${req.url ?? '/'}` });
      res.end();
    });
    httpPort = await listen(redirect);
  }
  return {
    httpsPort,
    ...(httpPort !== undefined ? { httpPort } : {}),
    async close() {
      for (const server of [page, redirect]) {
        if (!server) continue;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

/** Headers a well-run PHI page sends. */
export const GOOD_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=()',
  'cache-control': 'no-store',
};

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago): connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
