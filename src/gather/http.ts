// The HTTP half of endpoint probing: GET one URL pinned to the endpoint's resolved address, follow
// redirects that stay on the same host, and keep the response headers and cookie attributes (never a
// body, never a cookie value) for the header checks.
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import net from 'node:net';
import { VERSION } from '../version.js';
import type { CookieFacts, HttpFacts, HttpHop } from './endpoint-facts.js';

export interface HttpProbeOptions {
  /** Every request connects here (from resolveHost); the URL's host only names the site (Host, SNI). */
  address: string;
  /** Absolute deadline for each request, from connecting to the last header byte. */
  timeoutMs: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default 64 KiB; bigger response headers end the probe with an error. */
  maxHeaderBytes?: number;
  /** Aborting ends the request still running at once (the run's deadline passed). */
  signal?: AbortSignal;
}

const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_MAX_HEADER_BYTES = 64 * 1024;
/** Enough for any real site; a response setting more is recorded as truncated. */
const MAX_COOKIES = 100;
/** A Location is kept in the facts; a longer one is cut so saved facts stay small. */
const MAX_LOCATION_CHARS = 2048;

/**
 * GET `url` and the same-host redirects after it. Never throws; every socket is destroyed before the
 * promise settles. Failures are recorded in `error`, with whatever was seen before them still in place.
 */
export async function probeHttp(url: string, options: HttpProbeOptions): Promise<HttpFacts> {
  const facts: HttpFacts = { hops: [], headers: {}, cookies: [] };
  try {
    await followChain(url, options, facts);
  } catch (err) {
    // Not expected: every failure below is recorded in place. Kept so a bug cannot crash an audit.
    facts.error = `the HTTP probe failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
  }
  return facts;
}

async function followChain(url: string, options: HttpProbeOptions, facts: HttpFacts): Promise<void> {
  const maxRedirects = nonNegativeInteger(options.maxRedirects, DEFAULT_MAX_REDIRECTS);
  const maxHeaderBytes = nonNegativeInteger(options.maxHeaderBytes, DEFAULT_MAX_HEADER_BYTES) || DEFAULT_MAX_HEADER_BYTES;
  const timeoutMs = nonNegativeInteger(options.timeoutMs, 0);

  let first: URL;
  try {
    first = new URL(url);
  } catch {
    facts.error = `not a URL: ${url}`;
    return;
  }
  if (!isWebScheme(first)) {
    facts.error = `unsupported scheme ${first.protocol} (only http and https are probed)`;
    return;
  }
  // Pinning is the safety guarantee: a name here would make Node resolve it again, maybe elsewhere.
  if (net.isIP(options.address) === 0) {
    facts.error = `not an IP address to connect to: ${options.address}`;
    return;
  }
  first.hash = '';

  const chainBudgetMs = timeoutMs * (maxRedirects + 1);
  const chainEnd = Date.now() + chainBudgetMs;
  const seen = new Set<string>();
  let current = first;
  // Bounded: each pass either returns or follows one more redirect, and redirects stop at maxRedirects.
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const remainingMs = chainEnd - Date.now();
    if (remainingMs <= 0) {
      facts.error = `the redirect chain did not finish within ${chainBudgetMs} ms`;
      return;
    }
    const exchange = await getHeaders(current, {
      address: options.address,
      maxHeaderBytes,
      timeoutMs: Math.min(timeoutMs, remainingMs),
      signal: options.signal,
    });
    if ('error' in exchange) {
      // Nothing listening at all (typically port 80 closed) is how a site declines plain HTTP: an
      // observation, not a failed probe. Later in a chain it is a failure.
      if (exchange.refused && redirects === 0) facts.notServed = exchange.error;
      else facts.error = exchange.error;
      if (exchange.truncated) facts.truncated = true;
      return;
    }

    const response = readHeaders(exchange.rawHeaders);
    recordCookies(facts, response.setCookies);
    facts.finalUrl = current.href;
    facts.status = exchange.status;
    facts.headers = response.headers;

    const hop: HttpHop = { url: current.href, status: exchange.status };
    const location = isRedirect(exchange.status) ? response.location : undefined;
    if (location === undefined) {
      facts.hops.push(hop);
      return;
    }
    hop.location = location.length > MAX_LOCATION_CHARS ? location.slice(0, MAX_LOCATION_CHARS) : location;
    if (hop.location !== location) facts.truncated = true;
    facts.hops.push(hop);

    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      facts.error = `redirect to an unparseable location: ${hop.location}`;
      return;
    }
    next.hash = '';
    if (!isWebScheme(next)) {
      facts.error = `redirect to an unsupported scheme, not followed: ${next.protocol}`;
      return;
    }
    // Only the endpoint's own site is probed: a redirect may change scheme and port, never the host,
    // so the pinned address is the only one ever contacted.
    if (next.hostname !== first.hostname) {
      // Not a failure of the probe: an observation about the site (example.com -> www.example.com).
      facts.offSiteRedirect = next.href;
      return;
    }
    if (seen.has(next.href)) {
      facts.error = `redirect loop at ${next.href}`;
      return;
    }
    if (redirects >= maxRedirects) {
      facts.error = `more than ${maxRedirects} redirects`;
      return;
    }
    current = next;
  }
}

type Exchange = { status: number; rawHeaders: string[] } | { error: string; truncated?: boolean; refused?: boolean };

interface RequestOptions {
  address: string;
  maxHeaderBytes: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

let unverified: tls.SecureContext | undefined;

/**
 * One secure context with an empty trust store, for every request: the headers are wanted even from
 * a site with a bad certificate (trust is judged by the certificate probe), and without a verified
 * chain Node skips building the peer certificate object on each connection.
 */
function unverifiedContext(): tls.SecureContext {
  unverified ??= tls.createSecureContext({ ca: [] });
  return unverified;
}

/** One GET: resolves once the response headers are in (the body is never read) or on failure. */
function getHeaders(target: URL, options: RequestOptions): Promise<Exchange> {
  return new Promise<Exchange>((resolve) => {
    let request: http.ClientRequest | undefined;
    let settled = false;
    const settle = (exchange: Exchange): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', stop);
      request?.destroy();
      resolve(exchange);
    };
    const stop = () => settle({ error: "stopped: the run's deadline passed" });
    // Absolute, not idle: a server dripping one byte at a time must not hold the probe open.
    const deadline = setTimeout(
      () => settle({ error: `no complete response headers within ${options.timeoutMs} ms` }),
      options.timeoutMs,
    );
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });

    const secure = target.protocol === 'https:';
    const port = Number(target.port || (secure ? 443 : 80));
    const common: http.RequestOptions = {
      host: options.address,
      port,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      // Host names the site; no Cookie header is ever sent.
      headers: {
        Host: target.host,
        Accept: 'text/html',
        'User-Agent': `hipaa-hero/${VERSION}`,
        Connection: 'close',
      },
      agent: false,
      maxHeaderSize: options.maxHeaderBytes,
    };
    try {
      request = secure
        ? https.request({
            ...common,
            servername: sniName(target.hostname),
            // We want the headers even from a site with a bad certificate; trust is judged elsewhere.
            rejectUnauthorized: false,
            // Passed through to tls.connect (https.RequestOptions does not list it).
            ...({ secureContext: unverifiedContext() } as https.RequestOptions),
          })
        : http.request(common);
    } catch (err) {
      settle({ error: `the request could not be made: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    request.on('response', (response) => {
      const exchange = { status: response.statusCode ?? 0, rawHeaders: [...response.rawHeaders] };
      response.on('error', () => undefined); // an error after we destroy it is expected and meaningless
      response.destroy();
      settle(exchange);
    });
    // Stays attached after settling, so the errors our own destroy() causes are swallowed here.
    request.on('error', (err: NodeJS.ErrnoException) => settle(describeFailure(err, options, port)));
    request.end();
  });
}

function describeFailure(err: NodeJS.ErrnoException, options: RequestOptions, port: number): Exchange {
  const code = err.code ?? '';
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { error: `response headers larger than ${formatBytes(options.maxHeaderBytes)}`, truncated: true };
  }
  if (code.startsWith('HPE_')) return { error: `the response is not valid HTTP (${err.message})` };
  if (code === 'ECONNREFUSED') return { error: `connection refused at ${options.address} port ${port}`, refused: true };
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return { error: 'the connection was closed or reset before the response headers arrived' };
  }
  if (code === 'EPROTO' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    const reason = (err as { reason?: unknown }).reason;
    return { error: `TLS handshake failed: ${typeof reason === 'string' ? reason : opensslReason(err.message)}` };
  }
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { error: `cannot reach ${options.address} port ${port} (${code})` };
  }
  return { error: code ? `${code}: ${err.message}` : err.message };
}

/** "write EPROTO 80…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl3_record.c:350:" → the reason. */
function opensslReason(message: string): string {
  return /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message)?.[1]?.trim() || message;
}

interface ReadHeaders {
  headers: Record<string, string>;
  setCookies: string[];
  location: string | undefined;
}

function readHeaders(rawHeaders: string[]): ReadHeaders {
  // A Map, then fromEntries: a header named __proto__ must stay a plain entry.
  const joined = new Map<string, string>();
  const setCookies: string[] = [];
  let location: string | undefined;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase();
    const value = rawHeaders[i + 1] ?? '';
    if (name === 'set-cookie') {
      setCookies.push(value);
      continue;
    }
    // Repeated Location headers would join into nonsense; the first one is the redirect.
    if (name === 'location' && location === undefined) location = value.trim();
    const before = joined.get(name);
    joined.set(name, before === undefined ? value : `${before}, ${value}`);
  }
  return { headers: Object.fromEntries(joined), setCookies, location };
}

function recordCookies(facts: HttpFacts, setCookies: string[]): void {
  for (const line of setCookies) {
    if (facts.cookies.length >= MAX_COOKIES) {
      facts.truncated = true;
      return;
    }
    facts.cookies.push(cookieAttributes(line));
  }
}

/**
 * The name and security attributes of one Set-Cookie header, parsed as RFC 6265bis does; the value is
 * dropped here and never stored anywhere.
 */
export function cookieAttributes(setCookie: string): CookieFacts {
  const [pair = '', ...attributes] = setCookie.split(';');
  const eq = pair.indexOf('=');
  // Without "=", the whole pair is the cookie's value and its name is empty.
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  const cookie: CookieFacts = { name, secure: false, httpOnly: false, sameSite: null, prefixed: false };
  for (const attribute of attributes) {
    const split = attribute.indexOf('=');
    const key = (split === -1 ? attribute : attribute.slice(0, split)).trim().toLowerCase();
    const value = split === -1 ? '' : attribute.slice(split + 1).trim();
    if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'samesite') cookie.sameSite = sameSiteValue(value); // the last one wins
  }
  // Browsers now match the prefixes case-insensitively, so __host- gets the same enforcement.
  cookie.prefixed = /^__(host|secure)-/i.test(name);
  return cookie;
}

/** Strict, Lax or None; anything else is treated by browsers as if the attribute were absent. */
function sameSiteValue(value: string): string | null {
  switch (value.toLowerCase()) {
    case 'strict':
      return 'Strict';
    case 'lax':
      return 'Lax';
    case 'none':
      return 'None';
    default:
      return null;
  }
}

const isWebScheme = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** Statuses a browser follows with a Location header (304 Not Modified carries none to follow). */
const isRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304;

/** SNI carries names only (RFC 6066): an IP literal host sends none, and a trailing dot is dropped. */
function sniName(hostname: string): string {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) !== 0 ? '' : bare.replace(/\.$/, '');
}

function nonNegativeInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
