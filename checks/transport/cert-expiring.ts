// Owns transport.cert-expiring: whether an HTTPS endpoint's certificate expires soon after the audit day.
import { dayNumber, daysBetween, defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-expiring';

/** Days of notice: enough to renew by hand when automated renewal has silently stopped. */
const EXPIRY_WARNING_DAYS = 30;

const dayOf = (instant: string): string | undefined => {
  const day = instant.slice(0, 10);
  return Number.isNaN(dayNumber(day)) ? undefined : day;
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates are not about to expire',
    area: 'transport',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'Certificate lifecycle practice (NIST SP 1800-16); the 30-day warning is hipaa-hero\'s default',
    rationale:
      `A certificate that expires within ${EXPIRY_WARNING_DAYS} days usually means automated renewal has stopped; once it lapses browsers block the site and patients are trained to click through warnings.`,
    remediation:
      'Renew the certificate and check that automated renewal (ACME/Let\'s Encrypt, the host\'s managed certificates) works, or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts, now }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `When ${label}'s certificate expires is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { leaf } = lookup;

      const to = dayOf(leaf.validTo);
      if (!to) return unknown(`its expiry date is unreadable (${leaf.validTo})`);
      const daysLeft = daysBetween(now, to);
      const evidence = { validTo: leaf.validTo, daysLeft };
      if (daysLeft < 0) {
        return { ...at, status: 'not_applicable', evidence, message: `${label}'s certificate already expired on ${to}; transport.cert-expired reports it.` };
      }
      if (daysLeft <= EXPIRY_WARNING_DAYS) {
        const when = daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
        return { ...at, status: 'warn', evidence, message: `${label}'s certificate expires ${when} (${to}), within ${EXPIRY_WARNING_DAYS} days.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is valid for ${daysLeft} more days (until ${to}).` };
    });
  },
});
