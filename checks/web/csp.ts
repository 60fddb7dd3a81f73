// Owns web.csp: whether an endpoint's page sends a Content-Security-Policy.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.csp';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints send a Content-Security-Policy',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.312(c)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory and OWASP Content Security Policy Cheat Sheet',
    rationale:
      'A Content-Security-Policy limits which scripts a page may run and where it may send data, so one injected script (XSS, a compromised plugin or tag) cannot read or alter what patients enter.',
    remediation:
      'Send a `Content-Security-Policy` header (start from `default-src \'self\'; object-src \'none\'; base-uri \'self\'; frame-ancestors \'none\'` and add the sources the site needs; a Report-Only policy does not count), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} sends a Content-Security-Policy is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const policy = page.headers['content-security-policy']?.trim();
      const reportOnly = page.headers['content-security-policy-report-only']?.trim();
      const evidence = { 'content-security-policy': policy ?? null, 'content-security-policy-report-only': reportOnly ?? null };
      if (policy) return { ...at, status: 'pass', evidence, message: `${label} sends a Content-Security-Policy.` };
      const note = reportOnly ? ' (only a Report-Only policy, which enforces nothing)' : '';
      return {
        ...at,
        status: 'warn',
        evidence,
        message: `${label}${endpoint.phi ? ', which handles PHI,' : ''} sends no Content-Security-Policy${note}, so an injected script can run with nothing to stop it.`,
      };
    });
  },
});
