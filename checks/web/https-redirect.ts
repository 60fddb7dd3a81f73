// Owns web.https-redirect: whether a plain-HTTP visit to an endpoint ends on HTTPS, and whether an
// HTTPS visit stays there (a redirect from HTTPS to plain HTTP, on any host, is a downgrade).
import { defineCheck, type Finding, type HttpFacts, type Json } from '../../src/index.js';
import { endpointAt, endpointResponse, endpointSeen, httpsDowngrade, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.https-redirect';

/** Status codes of a redirect a browser follows for a GET. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const parse = (url: string | undefined, base?: string): URL | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
};

const hopsOf = (page: HttpFacts): Json => page.hops.map((h) => ({ url: h.url, status: h.status, location: h.location ?? null }));

/** Where the plain-HTTP visit ended: the final URL, or (when none was recorded) where the first redirect pointed. */
const landing = (http: HttpFacts): URL | undefined => {
  // A redirect to another host is recorded but not followed: its target is where the visit lands.
  if (http.offSiteRedirect !== undefined) return parse(http.offSiteRedirect);
  if (http.finalUrl !== undefined) return parse(http.finalUrl);
  const first = http.hops[0];
  return first && REDIRECT_STATUSES.has(first.status) ? parse(first.location, first.url) : undefined;
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Plain-HTTP visits are redirected to HTTPS',
    area: 'web',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory (redirection test): plain HTTP redirected to HTTPS on the same host',
    rationale:
      'Patients who type the address or follow an old http:// link stay on plain HTTP unless the server redirects them, and an HTTPS page that redirects to an http:// address (on its own host or any other) sends them back to it; everything they enter there can be read or altered in transit.',
    remediation:
      'Answer every plain-HTTP request with a 301 (or 308) redirect to the same page over https:// on the same host (most hosts have a "force HTTPS" switch), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} redirects plain HTTP to HTTPS is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointSeen(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { seen } = lookup;
      const judged = (what: string, evidence: Json): Finding =>
        endpoint.phi
          ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
          : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };

      // The other direction first: an HTTPS visit sent back to plain HTTP, whatever host it points
      // to, undoes the encryption for everything the visitor sends next. Seen in the Location
      // headers, so it stands even when the chain failed later.
      const secure = /^https:/i.test(url);
      const visit = secure ? seen.https : undefined;
      const downgrade = visit ? httpsDowngrade(visit) : undefined;
      if (visit && downgrade !== undefined) {
        return judged(`redirects HTTPS visits to plain HTTP (${downgrade}), so what visitors send next travels unencrypted`, {
          hops: hopsOf(visit),
          offSiteRedirect: visit.offSiteRedirect ?? null,
          downgradedTo: downgrade,
        });
      }

      const http = seen.http;
      if (!http) return unknown('no plain-HTTP request was recorded');
      if (http.error) return unknown(`the plain-HTTP request failed: ${http.error}`);
      // For an HTTPS endpoint, a pass also says its HTTPS visit stays on HTTPS: that must be known.
      const httpsKnown = secure ? endpointResponse(facts, url, ID) : undefined;
      if (http.notServed) {
        if (httpsKnown && !httpsKnown.found) return unknown(httpsKnown.unavailable, httpsKnown.explainedBy);
        return { ...at, status: 'pass', evidence: { notServed: http.notServed }, message: `${label} does not serve plain HTTP at all (${http.notServed}), so nothing travels unencrypted.` };
      }

      const host = seen.host || parse(url)?.hostname || url;
      const end = landing(http);
      const evidence = { hops: hopsOf(http), finalUrl: http.finalUrl ?? null };
      if (end?.protocol !== 'https:') {
        return judged(`serves plain HTTP without redirecting to HTTPS (it ends on ${http.finalUrl ?? 'no URL'}${http.status !== undefined ? ` with status ${http.status}` : ''})`, evidence);
      }
      if (httpsKnown && !httpsKnown.found) return unknown(httpsKnown.unavailable, httpsKnown.explainedBy);
      const first = http.hops[0];
      const elsewhere = end.hostname.toLowerCase() === host.toLowerCase() ? '' : ` (another host than ${host})`;
      return { ...at, status: 'pass', evidence, message: `${label} redirects plain HTTP to ${end.href}${elsewhere}${first ? ` (${first.status})` : ''}.` };
    });
  },
});
