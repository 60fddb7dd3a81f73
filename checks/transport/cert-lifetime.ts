// Owns transport.cert-lifetime: whether an HTTPS endpoint's leaf certificate is valid for longer than publicly trusted CAs may issue.
import { dayNumber, defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-lifetime';

/**
 * The CA/Browser Forum Baseline Requirements' maximum validity period of a publicly trusted TLS
 * certificate, by the day it was issued (notBefore): 825 days from 2018-03-01, 398 days from
 * 2020-09-01, then ballot SC-081's steps. (Before 2018-03-01 the limit was 39 months; such a
 * certificate has long expired, and it is held to 825 days here.)
 */
const LIMITS: ReadonlyArray<{ from: string; days: number }> = [
  { from: '2029-03-15', days: 47 },
  { from: '2027-03-15', days: 100 },
  { from: '2026-03-15', days: 200 },
  { from: '2020-09-01', days: 398 },
  { from: '0000-01-01', days: 825 },
];

/** The limit for a certificate issued on `issued` (YYYY-MM-DD). */
const limitFor = (issued: string): { from: string; days: number } => LIMITS.find((l) => issued >= l.from)!;

const SECOND = 1000;
const DAY = 86_400 * SECOND;

const dayOf = (instant: string): string | undefined => {
  const day = instant.slice(0, 10);
  return Number.isNaN(dayNumber(day)) ? undefined : day;
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates are valid no longer than publicly trusted CAs may issue',
    area: 'transport',
    severity: 'low',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'CA/Browser Forum Baseline Requirements (ballot SC-081): at most 398 days before 2026-03-15, 200 days from then, 100 days from 2027-03-15, 47 days from 2029-03-15',
    rationale:
      'Publicly trusted CAs may issue certificates valid for at most 398 days, and for those issued from 2026-03-15 on 200 days (100 from 2027-03-15, 47 from 2029-03-15: CA/Browser Forum ballot SC-081); a longer one comes from a private CA or broke the rules of its day, and a long-lived key stays exposed for years if it leaks.',
    remediation:
      'Replace the certificate with one from a publicly trusted CA, with automated renewal (ACME/Let\'s Encrypt issues 90-day certificates, and shorter limits are coming), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `How long ${label}'s certificate is valid for is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { leaf } = lookup;

      const from = dayOf(leaf.validFrom);
      const to = dayOf(leaf.validTo);
      const start = Date.parse(leaf.validFrom);
      const end = Date.parse(leaf.validTo);
      if (!from || !to || Number.isNaN(start) || Number.isNaN(end)) return unknown(`its validity dates are unreadable (${leaf.validFrom} to ${leaf.validTo})`);
      // The Baseline Requirements count the validity period from notBefore to notAfter inclusive, to the second.
      const periodMs = end - start + SECOND;
      const lifetimeDays = Math.round((periodMs / DAY) * 100) / 100;
      const limit = limitFor(from);
      const evidence = { validFrom: leaf.validFrom, validTo: leaf.validTo, lifetimeDays, maxDays: limit.days };
      const since = limit.from === '2020-09-01' ? 'from 2020-09-01 to 2026-03-14' : limit.from.startsWith('0000') ? 'before 2020-09-01' : `on or after ${limit.from}`;
      if (periodMs > limit.days * DAY) {
        return { ...at, status: 'warn', evidence, message: `${label}'s certificate is valid for ${lifetimeDays} days (${from} to ${to}), longer than the ${limit.days} days publicly trusted CAs may issue for certificates issued ${since}.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is valid for ${lifetimeDays} days, within the ${limit.days}-day limit for certificates issued ${since}.` };
    });
  },
});
