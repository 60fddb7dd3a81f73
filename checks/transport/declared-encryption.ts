// Owns transport.declared-encryption: whether what the probes saw contradicts the stack's claim that an endpoint's traffic is encrypted in transit.
import { defineCheck, toPointer, type Finding, type HttpFacts } from '../../src/index.js';
import { endpointAt, endpointSeen, httpsDowngrade } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.declared-encryption';

/** Status codes of a redirect a browser follows for a GET. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** The URL resolves to https:// on `host`. */
const isHttpsOn = (url: string | undefined, host: string, base?: string): boolean => {
  if (!url) return false;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' && u.hostname.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
};

/** The plain-HTTP request ended on (or was sent straight to) HTTPS on the same host. */
const reachesHttps = (http: HttpFacts, host: string): boolean => {
  // Refusing plain HTTP altogether also keeps PHI off it; a redirect elsewhere still lands on HTTPS.
  if (http.notServed !== undefined) return true;
  if (http.offSiteRedirect !== undefined) return http.offSiteRedirect.startsWith('https://');
  if (http.finalUrl !== undefined) return isHttpsOn(http.finalUrl, host);
  const first = http.hops[0];
  return first !== undefined && REDIRECT_STATUSES.has(first.status) && isHttpsOn(first.location, host, first.url);
};

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints declared encrypted in transit are encrypted in transit',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'The stack file\'s own declaration (`encryption.in_transit`: TLS 1.2 or later) held to what the live endpoint does; NIST SP 800-52 Rev. 2 for TLS 1.2 or later',
    rationale:
      'The stack file says this endpoint\'s data store is encrypted in transit (or that a vendor runs it under its agreement); if the live endpoint serves plain HTTP, does not redirect to HTTPS or still accepts TLS below 1.2, the documented safeguard is not the real one, and the risk analysis rests on a false premise.',
    remediation:
      'Make the endpoint match the declaration (HTTPS only, HTTP redirected to HTTPS, TLS 1.2 or later only, e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;`), or ask the vendor to; until then correct `data_stores[].encryption.in_transit` so the stack file tells the truth.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).flatMap((endpoint, i): Finding[] => {
      const { url, label } = endpointAt(endpoint, i);
      const storeIndex = endpoint.data_store === undefined ? -1 : (stack.data_stores ?? []).findIndex((s) => s.name === endpoint.data_store);
      const store = storeIndex >= 0 ? stack.data_stores![storeIndex] : undefined;
      const storeDeclared = store?.encryption?.in_transit === true;
      if (!storeDeclared && endpoint.vendor === undefined) return [];

      const declaration = storeDeclared
        ? `its data store ${store!.name} is declared encrypted in transit`
        : `it is run by ${endpoint.vendor}, whose traffic the stack treats as encrypted`;
      const at = {
        subject: url,
        path: storeDeclared ? toPointer('endpoints', i, 'data_store') : toPointer('endpoints', i, 'vendor'),
      };
      const declared = { data_store: storeDeclared ? store!.name : null, vendor: endpoint.vendor ?? null };

      // What contradicts the declaration, and what could not be looked at.
      const observed: string[] = [];
      const notSeen: string[] = [];
      const untested: string[] = [];
      const https = /^https:/i.test(url);
      if (!https) observed.push('the URL is plain http://');
      const lookup = endpointSeen(facts, url, ID);
      // Not reached at all: transport.tls12 or web.https-redirect reports why.
      const explainedBy = lookup.found ? undefined : lookup.explainedBy;
      if (!lookup.found) notSeen.push(lookup.unavailable);
      else {
        const { seen } = lookup;
        const host = seen.host || hostOf(url);
        const { http, tls } = seen;
        const downgrade = https && seen.https ? httpsDowngrade(seen.https) : undefined;
        if (downgrade !== undefined) observed.push(`HTTPS visits are redirected to plain HTTP (${downgrade})`);
        if (!http) notSeen.push('no plain-HTTP request was recorded');
        else if (http.error) notSeen.push(`the plain-HTTP request failed: ${http.error}`);
        else if (!reachesHttps(http, host)) {
          observed.push(`plain HTTP is not redirected to HTTPS on ${host} (it ends on ${http.finalUrl ?? 'no URL'}${http.status !== undefined ? ` with status ${http.status}` : ''})`);
        }
        if (!tls) {
          if (https) notSeen.push('no TLS results were recorded');
        } else if (tls.error) {
          observed.push(`no TLS handshake could be made (${tls.error})`);
        } else {
          const legacy = (['TLSv1', 'TLSv1.1'] as const).filter((v) => tls.protocols[v]?.status === 'accepted');
          if (legacy.length) observed.push(`${legacy.map((v) => (v === 'TLSv1' ? 'TLS 1.0' : 'TLS 1.1')).join(' and ')} ${legacy.length > 1 ? 'are' : 'is'} accepted`);
          // An untestable version is unknown, not a contradiction: transport.legacy-protocols asks for a manual test.
          for (const v of ['TLSv1', 'TLSv1.1'] as const) if (tls.protocols[v]?.status === 'untestable') untested.push(v === 'TLSv1' ? 'TLS 1.0' : 'TLS 1.1');
          const failedProbe = (['TLSv1', 'TLSv1.1'] as const).find((v) => tls.protocols[v]?.status === 'error');
          if (failedProbe) notSeen.push(`the ${failedProbe === 'TLSv1' ? 'TLS 1.0' : 'TLS 1.1'} probe failed: ${tls.protocols[failedProbe]?.reason ?? 'no reason recorded'}`);
        }
      }

      const evidence = { declared, observed, notChecked: notSeen, untested };
      if (observed.length) {
        return [{
          ...at,
          status: 'fail',
          evidence,
          message: `${label}: ${declaration}, but the probes contradict it: ${observed.join('; ')}${notSeen.length ? ` (not checked: ${notSeen.join('; ')})` : ''}.`,
        }];
      }
      if (notSeen.length) {
        const reason = notSeen.join('; ');
        return [{ ...at, status: 'not_applicable', evidence, unavailable: reason, ...(explainedBy !== undefined ? { explainedBy } : {}), message: `Whether ${label} is encrypted in transit as declared is unknown: ${reason}.` }];
      }
      const tlsSeen = untested.length
        ? `no TLS below 1.2 seen accepted (${untested.join(' and ')} could not be tested from this machine)`
        : 'no TLS below 1.2 accepted';
      return [{ ...at, status: 'pass', evidence, message: `${label}: ${declaration}, and the probes agree: HTTPS, HTTP redirected to HTTPS, ${tlsSeen}.` }];
    });
  },
});
