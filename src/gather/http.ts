// The HTTP half of endpoint probing: GET one URL pinned to the endpoint's resolved address, follow
// redirects that stay on the same host, and keep the response headers and cookie attributes (never a
// body, never a cookie value) for the header checks.
import net from 'node:net';
import type { ReadyConnection } from './connection-handover.js';
import { cookieAttributes } from './cookies.js';
import type { HttpFacts, HttpHop } from './endpoint-facts.js';
import { getHeaders, readHeaders } from './http-request.js';
import { redactDeep, redactUnparsed } from '../redact.js';

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
  /**
   * This is the plain-HTTP twin of an HTTPS endpoint: a refused first connection then means the site
   * does not serve plain HTTP (recorded as `notServed`, an answer). For the endpoint's own URL a
   * refusal is a failure: nothing answered.
   */
  plainTwin?: boolean;
  /**
   * The connection of a TLS handshake already made to this URL's origin, for its first request (see
   * RequestOptions.connection): awaited before that request, which makes its own connection when
   * this gives none.
   */
  firstConnection?: () => Promise<ReadyConnection | undefined>;
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
 * Credentials in any URL (the one given, a Location the server sends) are masked in the facts; they
 * are never sent, since requests are built from the host, port and path alone.
 */
export async function probeHttp(url: string, options: HttpProbeOptions): Promise<HttpFacts> {
  const facts: HttpFacts = { hops: [], headers: {}, cookies: [] };
  try {
    await followChain(url, options, facts);
  } catch (err) {
    // Not expected: every failure below is recorded in place. Kept so a bug cannot crash an audit.
    facts.error = `the HTTP probe failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
  }
  return redactDeep(facts);
}

async function followChain(url: string, options: HttpProbeOptions, facts: HttpFacts): Promise<void> {
  const maxRedirects = nonNegativeInteger(options.maxRedirects, DEFAULT_MAX_REDIRECTS);
  const maxHeaderBytes = nonNegativeInteger(options.maxHeaderBytes, DEFAULT_MAX_HEADER_BYTES) || DEFAULT_MAX_HEADER_BYTES;
  const timeoutMs = nonNegativeInteger(options.timeoutMs, 0);

  let first: URL;
  try {
    first = new URL(url);
  } catch {
    facts.error = `not a URL: ${redactUnparsed(url)}`;
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
  // Before the chain's clock starts: waiting for the handshake replaces making one in the first request.
  let connection = await options.firstConnection?.();

  const chainBudgetMs = timeoutMs * (maxRedirects + 1);
  const chainEnd = Date.now() + chainBudgetMs;
  const seen = new Set<string>();
  let current = first;
  // Bounded: each pass either returns or follows one more redirect, and redirects stop at maxRedirects.
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const remainingMs = chainEnd - Date.now();
    if (remainingMs <= 0) {
      connection?.socket.destroy();
      facts.error = `the redirect chain did not finish within ${chainBudgetMs} ms`;
      return;
    }
    const exchange = await getHeaders(current, {
      address: options.address,
      maxHeaderBytes,
      timeoutMs: Math.min(timeoutMs, remainingMs),
      signal: options.signal,
      ...(connection !== undefined ? { connection } : {}),
    });
    // Sent with `Connection: close`: every later request has a connection of its own.
    connection = undefined;
    if ('error' in exchange) {
      // Nothing listening on port 80 is how a site declines plain HTTP: an observation about the
      // twin, not a failed probe. For the endpoint's own URL, or later in a chain, it is a failure.
      if (exchange.refused && redirects === 0 && options.plainTwin === true) facts.notServed = exchange.error;
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
      // A Location that is not a URL may still hold a password where no parser would look for it.
      hop.location = redactUnparsed(hop.location);
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

function recordCookies(facts: HttpFacts, setCookies: string[]): void {
  for (const line of setCookies) {
    if (facts.cookies.length >= MAX_COOKIES) {
      facts.truncated = true;
      return;
    }
    facts.cookies.push(cookieAttributes(line));
  }
}

const isWebScheme = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** Statuses a browser follows with a Location header (304 Not Modified carries none to follow). */
const isRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304;

function nonNegativeInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}
