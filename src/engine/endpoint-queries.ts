// What endpoint checks ask of the facts the same way: an endpoint's name in findings, whether it was
// reached, its TLS results, its certificate, the response its URL serves, or why it is not known
// (so the finding can say `unavailable`, which the engine reports as an error).
//
// One cause, one error: when a fact is missing, the check that owns it (below) reports the cause as
// an error, and every other check that needed it names that owner (`explainedBy`), so the engine
// reports them as not judged: an endpoint that was not reached is one error with a reason, not
// twenty copies of it. A placeholder address is never probed: every check of it is not judged.
import type { CertificateFacts, CertificateInfo, EndpointFacts, HttpFacts, PageFacts, TlsFacts } from '../gather/endpoint-facts.js';
import type { Facts } from '../gather/facts.js';
import { responseReceived, whyUnreached } from '../gather/reach.js';
import { redactUrl } from '../redact.js';
import { toPointer } from '../stack/positions.js';
import type { Finding } from './check.js';

/** The checks that explain each cause in full (their own facts are the ones missing). */
export const OWNERS = {
  /** Nothing came back from an https:// endpoint: its handshake is the first thing tried. */
  reachHttps: 'transport.tls12',
  /** Nothing came back from an http:// endpoint: its plain visit is the first thing tried. */
  reachHttp: 'web.https-redirect',
  tls: 'transport.tls12',
  certificate: 'transport.cert-trusted',
  responseHttps: 'web.hsts',
  responseHttp: 'web.https-redirect',
  /** The page visit (a browser's, or the HTML read without one): missing, failed, or made without Chromium. */
  page: 'web.tracking',
} as const;

export interface Unknown {
  found: false;
  /** For `Finding.unavailable`: why the fact is unknown, in full. */
  unavailable: string;
  /** For `Finding.explainedBy`: the check that reports this cause, when it is not the asker. */
  explainedBy?: string;
}

/**
 * The reason a fact is unknown, as `asker` should give it: the owner reports it; any other asker
 * names the owner. Without an asker (a plugin check), no owner is named: the plugin reports it.
 */
function cause(asker: string | undefined, owner: string, full: string): Unknown {
  return asker === undefined || asker === owner ? { found: false, unavailable: full } : { found: false, unavailable: full, explainedBy: owner };
}

const isHttps = (url: string) => /^https:/i.test(url);

/** The scheme of a declared endpoint URL (`https:`, `http:`, …); undefined when it is not a URL. */
export function urlProtocol(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

/**
 * How findings name an endpoint: its URL with any user name and password masked (the stack file
 * may hold them; no report does), a label with its name, and where it is in the stack file.
 */
export function endpointAt(endpoint: { url: string; name?: string | undefined }, index: number) {
  const url = redactUrl(endpoint.url);
  return {
    url,
    label: endpoint.name ? `${url} (${endpoint.name})` : url,
    at: { subject: url, path: toPointer('endpoints', index) },
  };
}

/**
 * The finding of a check that could not judge `at` because a fact is unknown: `message` says what is
 * unknown and why; the engine reports it as an error (or not judged, when `explainedBy` names the
 * check whose own error gives the reason).
 */
export function unknownFinding(at: { subject: string; path: string }, message: string, reason: string, explainedBy?: string): Finding {
  return { ...at, status: 'not_applicable', unavailable: reason, ...(explainedBy !== undefined ? { explainedBy } : {}), message };
}

export type SeenLookup = { found: true; seen: EndpointFacts } | Unknown;

/** The facts of an endpoint that answered: anything else is unknown, said in full by one check. */
export function endpointSeen(facts: Facts, url: string, asker?: string): SeenLookup {
  const key = redactUrl(url);
  const owner = isHttps(key) ? OWNERS.reachHttps : OWNERS.reachHttp;
  const endpoints = facts.endpoints;
  const seen = endpoints && Object.hasOwn(endpoints, key) ? endpoints[key] : undefined;
  if (!seen) return cause(asker, owner, `no probe results were recorded for ${key}`);
  // Never an error of its own: the engine reports every check of a placeholder as not judged.
  if (seen.placeholder !== undefined) return { found: false, unavailable: `${key} was not probed (${seen.placeholder})` };
  if (seen.error) return cause(asker, owner, `the probe of ${key} failed: ${seen.error}`);
  // Facts made by hand or by an older version may not say so themselves.
  const why = whyUnreached(seen);
  if (why !== undefined) return cause(asker, owner, `the probe of ${key} failed: no answer (${why})`);
  return { found: true, seen };
}

export type TlsLookup = { found: true; seen: EndpointFacts; tls: TlsFacts } | Unknown;

/** The TLS results of an https:// endpoint that completed at least some handshake. */
export function endpointTls(facts: Facts, url: string, asker?: string): TlsLookup {
  const lookup = endpointSeen(facts, url, asker);
  if (!lookup.found) return lookup;
  const { seen } = lookup;
  const tls = seen.tls;
  if (!tls) return cause(asker, OWNERS.tls, `no TLS results were recorded for ${seen.url}`);
  if (tls.error) return cause(asker, OWNERS.tls, `no TLS handshake could be made with ${seen.url}: ${tls.error}`);
  return { found: true, seen, tls };
}

export type CertificateLookup =
  | { found: true; seen: EndpointFacts; certificate: CertificateFacts; leaf: CertificateInfo }
  /** The URL is plain http://: there is no certificate to judge. */
  | { found: false; plainHttp: true }
  /** The facts do not say: the reason, for `Finding.unavailable` and `Finding.explainedBy`. */
  | (Unknown & { plainHttp: false });

export function endpointCertificate(facts: Facts, url: string, asker?: string): CertificateLookup {
  if (!isHttps(url)) return { found: false, plainHttp: true };
  const unknown = (u: Unknown): CertificateLookup => ({ ...u, plainHttp: false });
  const lookup = endpointSeen(facts, url, asker);
  if (!lookup.found) return unknown(lookup);
  const { seen } = lookup;
  // No handshake means no certificate: that is the TLS failure's to explain.
  if (seen.tls?.error) {
    const tls = endpointTls(facts, url, asker);
    if (!tls.found) return unknown(tls);
  }
  const certificate = seen.certificate;
  if (!certificate) return unknown(cause(asker, OWNERS.certificate, `no certificate was recorded for ${seen.url}`));
  if (certificate.error) return unknown(cause(asker, OWNERS.certificate, `the certificate of ${seen.url} could not be read: ${certificate.error}`));
  const leaf = certificate.chain[0];
  if (!leaf) return unknown(cause(asker, OWNERS.certificate, `${seen.url} sent no certificate`));
  return { found: true, seen, certificate, leaf };
}

export type ResponseLookup =
  | { found: true; seen: EndpointFacts; page: HttpFacts & { status: number }; secure: boolean }
  /** The facts do not say: the reason, for `Finding.unavailable` and `Finding.explainedBy`. */
  | Unknown;

/** The response the endpoint's own URL serves: the HTTPS GET, or the plain GET of an http:// endpoint. */
export function endpointResponse(facts: Facts, url: string, asker?: string): ResponseLookup {
  const lookup = endpointSeen(facts, url, asker);
  if (!lookup.found) return lookup;
  const { seen } = lookup;
  const secure = isHttps(url);
  const page = secure ? seen.https : seen.http;
  const kind = secure ? 'HTTPS' : 'plain-HTTP';
  const owner = secure ? OWNERS.responseHttps : OWNERS.responseHttp;
  if (!page) return cause(asker, owner, `no ${kind} response was recorded for ${seen.url}`);
  if (page.error) return cause(asker, owner, `the ${kind} request to ${seen.url} failed: ${page.error}`);
  if (!responseReceived(page)) {
    return cause(asker, owner, `no ${kind} response was received from ${seen.url}${page.notServed ? ` (${page.notServed})` : ''}`);
  }
  return { found: true, seen, page, secure };
}

/**
 * Where an HTTPS request chain was sent to plain HTTP, when it was: the first http:// URL any of its
 * redirects pointed to, on this host (then followed) or another (recorded, never followed). Every
 * such redirect is a downgrade: what the visitor sends next travels unencrypted.
 */
export function httpsDowngrade(page: HttpFacts): string | undefined {
  for (const hop of page.hops) {
    if (hop.location === undefined) continue;
    let next: URL;
    try {
      next = new URL(hop.location, hop.url);
    } catch {
      continue;
    }
    if (next.protocol === 'http:') return redactUrl(next.href);
  }
  if (page.offSiteRedirect !== undefined && /^http:/i.test(page.offSiteRedirect)) return page.offSiteRedirect;
  return undefined;
}

export type PageLookup = { found: true; seen: EndpointFacts; page: PageFacts } | Unknown;

/**
 * What a visit to the endpoint's page recorded (in Chromium, or from its HTML without one). Missing
 * for facts saved before pages were visited, and failed when the page never loaded: both unknown.
 */
export function endpointPage(facts: Facts, url: string, asker?: string): PageLookup {
  const lookup = endpointSeen(facts, url, asker);
  if (!lookup.found) return lookup;
  const { seen } = lookup;
  const page = seen.page;
  if (!page) {
    return cause(asker, OWNERS.page, `no page visit was recorded for ${seen.url} (facts saved by an older hipaa-hero: record them again with --save-facts)`);
  }
  if (page.error !== undefined) return cause(asker, OWNERS.page, `the visit to ${seen.url} failed: ${page.error}`);
  return { found: true, seen, page };
}

/** How a page check says that what it found nothing of may still be there: the page was read without a browser. */
export const HTML_ONLY =
  'the page was read from its HTML only (no Chromium), so what its scripts load at run time was not seen: install Chromium (Debian/Ubuntu: apt-get install chromium) or give its path with --chromium, and run without --no-browser';

/**
 * For a page check that found nothing wrong: unknown when the page was only read from its HTML
 * (a pass needs what the scripts do), else undefined (the finding stands).
 */
export function needsBrowser(page: PageFacts, asker?: string): Unknown | undefined {
  return page.kind === 'browser' ? undefined : cause(asker, OWNERS.page, `${page.url}: ${HTML_ONLY}`);
}
