// Owns transport.cert-lifetime: whether an HTTPS endpoint's leaf certificate is valid for longer than publicly trusted CAs may issue.
import { dayNumber, daysBetween, defineCheck, endpointCertificate, type Finding, toPointer } from '../../src/index.js';

/** CA/Browser Forum Baseline Requirements (since 2020-09-01): publicly trusted TLS certificates last at most 398 days. */
const MAX_LIFETIME_DAYS = 398;

const dayOf = (instant: string): string | undefined => {
  const day = instant.slice(0, 10);
  return Number.isNaN(dayNumber(day)) ? undefined : day;
};

export default defineCheck({
  meta: {
    id: 'transport.cert-lifetime',
    title: `Endpoint certificates are valid for no more than ${MAX_LIFETIME_DAYS} days`,
    area: 'transport',
    severity: 'low',
    hipaa: ['164.312(e)(1)', '164.312(d)'],
    rationale:
      `Publicly trusted CAs may not issue certificates valid for more than ${MAX_LIFETIME_DAYS} days (CA/Browser Forum Baseline Requirements); a longer one comes from a private CA or was issued before the rule, and a long-lived key stays exposed for years if it leaks.`,
    remediation:
      'Replace the certificate with one from a publicly trusted CA, ideally with automated renewal (ACME/Let\'s Encrypt issues 90-day certificates), or ask the vendor that runs the endpoint to.',
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
        message: `How long ${label}'s certificate is valid for is unknown: ${reason}.`,
      });
      const lookup = endpointCertificate(facts, url);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { leaf } = lookup;

      const from = dayOf(leaf.validFrom);
      const to = dayOf(leaf.validTo);
      if (!from || !to) return unknown(`its validity dates are unreadable (${leaf.validFrom} to ${leaf.validTo})`);
      // Whole days between the UTC days of notBefore and notAfter.
      const lifetimeDays = daysBetween(from, to);
      const evidence = { validFrom: leaf.validFrom, validTo: leaf.validTo, lifetimeDays };
      if (lifetimeDays > MAX_LIFETIME_DAYS) {
        return { ...at, status: 'warn', evidence, message: `${label}'s certificate is valid for ${lifetimeDays} days (${from} to ${to}), longer than the ${MAX_LIFETIME_DAYS} days publicly trusted CAs may issue.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is valid for ${lifetimeDays} days, within the ${MAX_LIFETIME_DAYS}-day limit.` };
    });
  },
});
