// Owns web.hsts: whether an HTTPS endpoint tells browsers to use HTTPS only (Strict-Transport-Security) for long enough.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.hsts';

/** One year: the minimum the HSTS preload list accepts and OWASP recommends. */
const MIN_MAX_AGE_SECONDS = 31_536_000;

export default defineCheck({
  meta: {
    id: ID,
    title: 'HTTPS endpoints send Strict-Transport-Security for at least a year',
    area: 'web',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'RFC 6797 and the MDN HTTP Observatory: Strict-Transport-Security with a max-age of at least six months (hipaa-hero asks for one year)',
    rationale:
      `Without HSTS a patient's first plain-HTTP request (a typed address, an old link) can be intercepted and kept on HTTP (SSL stripping) even when the server redirects; a max-age under ${MIN_MAX_AGE_SECONDS} seconds (one year) lets the protection lapse between visits.`,
    remediation:
      `Send \`Strict-Transport-Security: max-age=${MIN_MAX_AGE_SECONDS}; includeSubDomains\` on every HTTPS response (a header setting in the web server, CDN or site builder), or ask the vendor that runs the endpoint to.`,
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} sends Strict-Transport-Security is unknown: ${reason}.`, reason, explainedBy);
      // Browsers ignore HSTS received over plain HTTP.
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, where HSTS has no effect (endpoints.https reports it).` };
      }
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      // The visit ended on a plain-HTTP page (a same-host redirect from HTTPS that the probe followed):
      // browsers ignore HSTS sent over plain HTTP, so whatever that page sends counts for nothing.
      const endedPlain = /^http:/i.test(page.finalUrl ?? '');
      const value = endedPlain ? undefined : page.headers['strict-transport-security']?.trim();
      const evidence = { 'strict-transport-security': value ?? null };
      const missing = (what: string): Finding =>
        endpoint.phi
          ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
          : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
      if (endedPlain) return missing(`redirects HTTPS visits to plain HTTP (${page.finalUrl}), where Strict-Transport-Security has no effect`);
      if (!value) return missing('sends no Strict-Transport-Security header, so a first plain-HTTP visit can be kept on HTTP by an attacker');
      // Browsers honour the first header when several were sent (joined with ", ").
      const first = value.split(',')[0]!;
      const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(first)?.[1];
      if (maxAge === undefined) return missing(`sends Strict-Transport-Security without a valid max-age ("${value}"), which browsers ignore`);
      const seconds = Number(maxAge);
      if (seconds === 0) return missing('sends Strict-Transport-Security with max-age=0, which tells browsers to drop HTTPS-only');
      if (seconds < MIN_MAX_AGE_SECONDS) {
        return { ...at, status: 'warn', evidence, message: `${label} sends Strict-Transport-Security with max-age=${seconds} (${Math.floor(seconds / 86_400)} days), under the one year (${MIN_MAX_AGE_SECONDS}) recommended.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label} sends Strict-Transport-Security with max-age=${seconds}.` };
    });
  },
});
