// Whether anything came back from an endpoint's own URL. An endpoint that answered nothing (refused,
// unreachable, silent) has no TLS, certificate, headers or cookies to judge: every check of it is
// unknown, and its grades are null, whatever empty data its failed requests left behind.
import type { EndpointFacts, HttpFacts } from './endpoint-facts.js';

/** A response (a status line at least) was received for this request chain. */
export const responseReceived = (page: HttpFacts | undefined): page is HttpFacts & { status: number } =>
  page !== undefined && page.status !== undefined && page.hops.length > 0;

/**
 * Why nothing came back from the endpoint's own URL, or undefined when something did (a TLS
 * handshake the server took part in, even to refuse a version, or any HTTP response). Does not
 * look at `facts.error`, which says the probe could not even start. The plain-HTTP twin of an HTTPS
 * endpoint does not count: it is another URL, and the site may rightly not serve it.
 */
export function whyUnreached(facts: EndpointFacts): string | undefined {
  const secure = /^https:/i.test(facts.url);
  const page = secure ? facts.https : facts.http;
  if (responseReceived(page)) return undefined;
  if (secure) {
    const tls = facts.tls;
    const answered =
      tls?.negotiated !== undefined ||
      Object.values(tls?.protocols ?? {}).some((probe) => probe.status === 'accepted' || probe.status === 'rejected') ||
      (facts.certificate?.chain.length ?? 0) > 0;
    if (answered) return undefined;
    if (!tls && !page) return 'nothing was recorded about it';
    return page?.notServed ?? page?.error ?? tls?.error ?? 'no handshake and no response';
  }
  if (!page) return 'nothing was recorded about it';
  return page.notServed ?? page.error ?? 'no response';
}

/**
 * An endpoint from whose own URL nothing came back, recorded as not probed (`error`), so that no
 * check reads the empty headers and cookie lists of its failed requests as what it serves. What was
 * tried stays in place as the record of why.
 */
export function markUnreached(facts: EndpointFacts): EndpointFacts {
  if (facts.error !== undefined || facts.placeholder !== undefined) return facts;
  const why = whyUnreached(facts);
  return why === undefined ? facts : { ...facts, error: `no answer (${why})` };
}
