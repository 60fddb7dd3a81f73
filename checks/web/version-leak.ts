// Owns web.version-leak: whether an endpoint's response headers name the exact software versions it runs.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.version-leak';

/** Headers that name server software; the ASP.NET ones exist only to carry a version. */
const SOFTWARE_HEADERS = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version'] as const;
/** A version number: "name/1", "1.18", "v8" (e.g. nginx/1.18.0, PHP/8.1, Microsoft-IIS/10.0, 4.0.30319). */
const VERSION = /\/\s*v?\d|\bv?\d+\.\d+/i;

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints do not advertise software versions',
    area: 'web',
    severity: 'low',
    hipaa: ['164.308(a)(1)(ii)(B)'],
    obligation: 'practice',
    basis:
      'OWASP Web Security Testing Guide (fingerprint web server, WSTG-INFO-02)',
    rationale:
      'A Server or X-Powered-By header with a version number (nginx/1.18.0, PHP/8.1) tells attackers exactly which published vulnerabilities to try, and which servers are behind on patches.',
    remediation:
      'Turn off version banners (nginx `server_tokens off;`, Apache `ServerTokens Prod`, PHP `expose_php = Off`, remove X-Powered-By and X-AspNet-Version) and keep the software patched, or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} advertises software versions is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page, secure } = lookup;

      const sent = SOFTWARE_HEADERS.flatMap((name) => {
        const value = page.headers[name]?.trim();
        return value ? [{ name, value }] : [];
      });
      const evidence = Object.fromEntries(sent.map(({ name, value }) => [name, value]));
      const leaks = sent.filter(({ value }) => VERSION.test(value));
      if (leaks.length) {
        return { ...at, status: 'warn', evidence, message: `${label} advertises software versions: ${leaks.map(({ name, value }) => `${name}: ${value}`).join('; ')}.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label} names no software versions in its ${secure ? 'HTTPS' : 'HTTP'} response headers.` };
    });
  },
});
