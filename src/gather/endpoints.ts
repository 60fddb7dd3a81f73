// Probes every endpoint once: resolves its name, then the TLS handshakes, the certificate chain and
// the HTTP(S) responses, then visits its page, with a bound on concurrency, a deadline per endpoint
// and one for the run.
// Whatever fails is recorded in place; nothing here throws for a misbehaving server.
import pLimit from 'p-limit';
import type { EndpointFacts } from './endpoint-facts.js';
import dns from 'node:dns/promises';
import { isIP } from 'node:net';
import { isLinkLocalOrMetadata, placeholderHost, resolveHost, type LookupFn } from './address.js';
import { connectionHandover } from './connection-handover.js';
import { probeHttp } from './http.js';
import { markUnreached } from './reach.js';
import { redactUnparsed, redactUrl } from '../redact.js';
import { probeTls } from './tls.js';
import { VISIT_TIMEOUT_FACTOR, visitEndpointPage, type PageSettings } from './page-gather.js';

export interface GatherOptions {
  /** Per connection (one handshake, one HTTP request), in ms. */
  timeoutMs: number;
  /** Endpoints probed at once. */
  concurrency: number;
  /** The whole run, in ms: endpoints not finished by then end as errors. */
  deadlineMs: number;
  /** PEM text of extra trust roots (replaces the system roots when given). */
  ca?: string;
  /** Visit each endpoint's page (absent: no visits). */
  pages?: PageSettings;
  /** Called as each endpoint finishes. */
  onProgress?: (done: number, total: number, url: string) => void;
}

/** Connections made for one endpoint run one after another at most this many deep (handshake, redirects). */
const ENDPOINT_BUDGET_CONNECTIONS = 8;
/** From this many endpoints in a run, probes save handshakes rather than time. */
const ECONOMICAL_FROM = 4;

export function endpointTarget(url: string): { host: string; port: number; https: boolean } {
  const u = new URL(url);
  const https = u.protocol === 'https:';
  // URL keeps IPv6 literals in brackets; sockets want them bare.
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(u.port || (https ? 443 : 80)), https };
}

/** The same address over plain HTTP: does it send visitors to HTTPS? */
function plainTwin(url: string): string {
  const u = new URL(url);
  u.protocol = 'http:';
  u.port = '';
  return u.toString();
}

const withDeadline = <T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

export async function probeEndpoint(
  url: string,
  options: Pick<GatherOptions, 'timeoutMs' | 'ca'> & {
    signal?: AbortSignal;
    /** Fewer handshakes for a little more time (see TlsProbeOptions). */
    economical?: boolean;
    /** For tests: resolve names without DNS. */
    lookup?: LookupFn;
  },
): Promise<EndpointFacts> {
  let target;
  try {
    target = endpointTarget(url);
  } catch {
    return { url: redactUnparsed(url), host: '', port: 0, error: `'${redactUnparsed(url)}' is not a URL` };
  }
  // Credentials are never sent (requests carry only host, port and path) and never recorded.
  url = redactUrl(url);
  const facts: EndpointFacts = { url, host: target.host, port: target.port };
  const placeholder = placeholderHost(target.host);
  if (placeholder !== undefined) return { ...facts, placeholder };
  const resolved = await resolveHost(target.host, options.timeoutMs, options.lookup);
  if ('error' in resolved) return { ...facts, error: resolved.error };
  facts.address = resolved.address;
  // A name that resolves to a link-local or cloud metadata address is a trap (DNS rebinding), not a
  // practice's site: only an endpoint declared as that very address is probed there.
  if (isIP(target.host) === 0 && isLinkLocalOrMetadata(resolved.address)) {
    return { ...facts, error: `the name ${target.host} resolves to ${resolved.address}, a link-local or cloud metadata address: not probed (declare the address itself to probe it)` };
  }
  const limits = { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) };
  const http = { address: resolved.address, ...limits };
  if (!target.https) {
    facts.http = await probeHttp(url, http);
    return markUnreached(facts);
  }
  // The GET of the HTTPS URL goes over the modern handshake's connection when it completes (else it
  // makes its own): the same request, one full handshake fewer.
  const handover = connectionHandover();
  const [tls, https, plain] = await Promise.all([
    probeTls(
      { host: target.host, address: resolved.address, port: target.port },
      { ...limits, economical: options.economical ?? false, ...(options.ca ? { ca: options.ca } : {}), handOver: handover.offer },
    ),
    probeHttp(url, { ...http, firstConnection: handover.take }),
    probeHttp(plainTwin(url), { ...http, plainTwin: true }),
  ]);
  handover.discard();
  return markUnreached({ ...facts, tls: tls.tls, certificate: tls.certificate, https, http: plain });
}

/**
 * Facts for every URL, keyed by URL (credentials in it masked, see redact.ts), in the order given.
 */
export async function gatherEndpoints(given: readonly string[], options: GatherOptions): Promise<Record<string, EndpointFacts>> {
  const urls = [...new Set(given.map(redactUrl))];
  // Pages read from their HTML (no browser) load that reader (page-gather.ts imports it when first
  // needed, after the first probe): load it while the first probes run instead of after them.
  const readsHtml = options.pages !== undefined && options.pages.browser === undefined;
  if (readsHtml && urls.length > 0) void import('./page-fetch.js').catch(() => undefined);
  const limit = pLimit(Math.max(1, options.concurrency));
  // Each name is resolved once per run, however many of the endpoints share it.
  const resolved = new Map<string, Promise<{ address: string }>>();
  const lookup: LookupFn = (host) => {
    let answer = resolved.get(host);
    if (!answer) {
      answer = dns.lookup(host);
      resolved.set(host, answer);
    }
    return answer;
  };
  const started = Date.now();
  let done = 0;
  const perEndpoint = options.timeoutMs * ENDPOINT_BUDGET_CONNECTIONS;
  // Many endpoints at once are limited by CPU: spend fewer handshakes on each.
  const economical = urls.length > ECONOMICAL_FROM;
  const results = await Promise.all(
    urls.map((url) =>
      limit(async (): Promise<EndpointFacts> => {
        const left = options.deadlineMs - (Date.now() - started);
        const fallback = (why: string): EndpointFacts => {
          let host = '';
          let port = 0;
          try {
            ({ host, port } = endpointTarget(url));
          } catch {
            /* reported by probeEndpoint's own check */
          }
          return { url, host, port, error: why };
        };
        const budget = Math.min(left, perEndpoint);
        // Whichever limit ends the probe, its sockets are closed then, not left to their own timeouts.
        const stop = new AbortController();
        const facts =
          left <= 0
            ? fallback(`not probed: the run's deadline of ${options.deadlineMs / 1000} s passed first`)
            : await withDeadline(probeEndpoint(url, { ...options, signal: stop.signal, lookup, economical }), budget, () => {
                stop.abort();
                return fallback(
                  left < perEndpoint
                    ? `not finished: the run's deadline of ${options.deadlineMs / 1000} s passed`
                    : `the probe did not finish within ${(perEndpoint / 1000).toFixed(1)} s`,
                );
              });
        if (options.pages !== undefined) {
          // The visit has its own time, within what is left of the run's.
          const visitMs = Math.min(options.timeoutMs * VISIT_TIMEOUT_FACTOR, options.deadlineMs - (Date.now() - started));
          const page = await visitEndpointPage(facts, options.pages, { timeoutMs: visitMs, lookup });
          if (page !== undefined) facts.page = page;
        }
        options.onProgress?.(++done, urls.length, url);
        return facts;
      }),
    ),
  );
  return Object.fromEntries(results.map((f) => [f.url, f]));
}
