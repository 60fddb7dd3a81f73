// Owns transport.cert-expired: whether an HTTPS endpoint's certificate is within its validity dates on the audit day.
import { dayNumber, defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-expired';

/** The UTC calendar day of an ISO 8601 instant (validFrom/validTo), or undefined when it is not one. */
const dayOf = (instant: string): string | undefined => {
  const day = instant.slice(0, 10);
  return Number.isNaN(dayNumber(day)) ? undefined : day;
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates are within their validity dates',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.2 (server certificates) and browser practice: an expired certificate does not authenticate the server',
    rationale:
      'Browsers refuse an expired (or not yet valid) certificate with a full-page warning; patients who click through it can no longer tell the practice\'s site from an impostor\'s.',
    remediation:
      'Renew the certificate now and automate renewal (ACME/Let\'s Encrypt, or the host\'s managed certificates), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts, now }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificate is valid on ${now} is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { leaf } = lookup;

      const from = dayOf(leaf.validFrom);
      const to = dayOf(leaf.validTo);
      if (!from || !to) return unknown(`its validity dates are unreadable (${leaf.validFrom} to ${leaf.validTo})`);
      const evidence = { validFrom: leaf.validFrom, validTo: leaf.validTo };
      // Day granularity, as every date in the audit: a certificate ending on the audit day is still valid that day.
      if (dayNumber(to) < dayNumber(now)) {
        return { ...at, status: 'fail', evidence, message: `${label}'s certificate expired on ${to}: browsers refuse the connection.` };
      }
      if (dayNumber(from) > dayNumber(now)) {
        return { ...at, status: 'fail', evidence, message: `${label}'s certificate is not valid until ${from}: browsers refuse the connection.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is valid from ${from} to ${to}.` };
    });
  },
});
