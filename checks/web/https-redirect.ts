// Owns web.https-redirect: whether a plain-HTTP visit to an endpoint ends on HTTPS on the same host.
import { defineCheck, toPointer, type Finding, type HttpFacts } from '../../src/index.js';

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
    id: 'web.https-redirect',
    title: 'Plain-HTTP visits are redirected to HTTPS',
    area: 'web',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory (redirection test): plain HTTP redirected to HTTPS on the same host',
    rationale:
      'Patients who type the address or follow an old http:// link stay on plain HTTP unless the server redirects them, and everything they enter there can be read or altered in transit.',
    remediation:
      'Answer every plain-HTTP request with a 301 (or 308) redirect to the same page over https:// on the same host (most hosts have a "force HTTPS" switch), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url } = endpoint;
      const label = endpoint.name ? `${url} (${endpoint.name})` : url;
      const at = { subject: url, path: toPointer('endpoints', i) };
      const unknown = (reason: string): Finding => ({
        ...at,
        status: 'not_applicable',
        unavailable: reason,
        message: `Whether ${label} redirects plain HTTP to HTTPS is unknown: ${reason}.`,
      });
      const seen = facts.endpoints?.[url];
      if (!seen) return unknown('no probe results were recorded for it');
      if (seen.error) return unknown(`the probe failed: ${seen.error}`);
      const http = seen.http;
      if (!http) return unknown('no plain-HTTP request was recorded');
      if (http.notServed) {
        return { ...at, status: 'pass', evidence: { notServed: http.notServed }, message: `${label} does not serve plain HTTP at all (${http.notServed}), so nothing travels unencrypted.` };
      }
      if (http.error) return unknown(`the plain-HTTP request failed: ${http.error}`);

      const host = seen.host || parse(url)?.hostname || url;
      const end = landing(http);
      const evidence = { hops: http.hops.map((h) => ({ url: h.url, status: h.status, location: h.location ?? null })), finalUrl: http.finalUrl ?? null };
      if (end?.protocol === 'https:') {
        const first = http.hops[0];
        const elsewhere = end.hostname.toLowerCase() === host.toLowerCase() ? '' : ` (another host than ${host})`;
        return { ...at, status: 'pass', evidence, message: `${label} redirects plain HTTP to ${end.href}${elsewhere}${first ? ` (${first.status})` : ''}.` };
      }
      const what = `serves plain HTTP without redirecting to HTTPS (it ends on ${http.finalUrl ?? 'no URL'}${http.status !== undefined ? ` with status ${http.status}` : ''})`;
      return endpoint.phi
        ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
        : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
    });
  },
});
