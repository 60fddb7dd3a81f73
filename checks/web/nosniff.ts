// Owns web.nosniff: whether an endpoint's page sends X-Content-Type-Options: nosniff.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.nosniff';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints send X-Content-Type-Options: nosniff',
    area: 'web',
    severity: 'low',
    hipaa: ['164.312(c)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory: X-Content-Type-Options: nosniff',
    rationale:
      'Without `nosniff` a browser may guess a response\'s type and run an uploaded file or a JSON response as script or HTML, a route for injected code on pages where patients enter PHI.',
    remediation:
      'Send `X-Content-Type-Options: nosniff` on every response (one header setting in the web server, CDN or site builder), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} sends X-Content-Type-Options: nosniff is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const value = page.headers['x-content-type-options']?.trim();
      const evidence = { 'x-content-type-options': value ?? null };
      // Browsers read the first value when the header was sent more than once (joined with ", ").
      if (value?.split(',')[0]!.trim().toLowerCase() === 'nosniff') {
        return { ...at, status: 'pass', evidence, message: `${label} sends X-Content-Type-Options: nosniff.` };
      }
      return {
        ...at,
        status: 'warn',
        evidence,
        message: value ? `${label} sends X-Content-Type-Options "${value}" instead of nosniff.` : `${label} sends no X-Content-Type-Options: nosniff header.`,
      };
    });
  },
});
