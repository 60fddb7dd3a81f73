// Owns web.referrer-policy: whether an endpoint's page keeps full URLs out of the Referer header sent to other sites.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.referrer-policy';

/** The policies a browser understands (others are ignored); the last understood one in the header applies. */
const KNOWN_POLICIES: ReadonlySet<string> = new Set([
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
]);
/** Policies that send the full URL (path and query) to other sites. */
const LEAKY_POLICIES: ReadonlySet<string> = new Set(['unsafe-url', 'no-referrer-when-downgrade']);

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints send a Referrer-Policy that keeps full URLs private',
    area: 'web',
    severity: 'low',
    hipaa: ['164.530(c)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory (Referrer-Policy test); keeping booking URLs from third parties is a reasonable safeguard against incidental disclosure (164.530(c))',
    rationale:
      'Booking and portal URLs can carry appointment types, names or record ids; with `unsafe-url`, `no-referrer-when-downgrade` or no policy at all (older browsers) the full URL is sent to every third-party script, image and link the page uses.',
    remediation:
      'Send `Referrer-Policy: strict-origin-when-cross-origin` (or `no-referrer` / `same-origin`) on every response, or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Which Referrer-Policy ${label} sends is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const value = page.headers['referrer-policy']?.trim();
      const policy = (value ?? '')
        .split(',')
        .map((token) => token.trim().toLowerCase())
        .filter((token) => KNOWN_POLICIES.has(token))
        .at(-1);
      const evidence = { 'referrer-policy': value ?? null };
      if (policy === undefined) {
        return {
          ...at,
          status: 'warn',
          evidence,
          message: value
            ? `${label} sends a Referrer-Policy no browser understands ("${value}"), so full URLs may reach other sites.`
            : `${label} sends no Referrer-Policy header, so older browsers send full URLs to other sites.`,
        };
      }
      if (LEAKY_POLICIES.has(policy)) {
        return { ...at, status: 'warn', evidence, message: `${label} sends Referrer-Policy ${policy}, which sends full URLs to other sites.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label} sends Referrer-Policy ${policy}.` };
    });
  },
});
