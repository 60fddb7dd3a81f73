// The certificate half of the TLS grade: whether the endpoint's certificate puts the grade out of
// scope (M for a name mismatch, T for a certificate not trusted or not valid on the audit day), per
// the SSL Labs rating guide's certificate inspection (cited as in tls-grade.ts).
import { dayNumber } from '../days.js';
import type { EndpointFacts } from '../gather/endpoint-facts.js';

/**
 * The endpoint certificate's out-of-scope grade (M or T) with its reasons, per the guide's certificate
 * inspection. Each reason names the letter it leads to only when that letter is the verdict, so that a
 * report never shows "grade T" beside an M.
 */
export function certificateVerdict(facts: EndpointFacts, now: string): { grade: 'M' | 'T' | null; reasons: string[] } {
  const certificate = facts.certificate;
  if (!certificate) return { grade: null, reasons: [] };
  /** Why the certificate is not trusted, each without its letter. */
  const trust: string[] = [];
  const leaf = certificate.chain[0];
  if (!certificate.trusted) trust.push(`Certificate not trusted${certificate.trustError ? ` (${certificate.trustError})` : ''}`);
  if (leaf?.selfSigned) trust.push('Certificate is self-signed');
  const day = dayNumber(now);
  if (!Number.isNaN(day)) {
    const dayStart = day * 86_400_000;
    const dayEnd = dayStart + 86_400_000;
    // The leaf and every intermediate must be valid on the audit day (roots are trust anchors, not judged).
    for (const [i, cert] of certificate.chain.entries()) {
      if (i > 0 && cert.selfSigned) continue;
      const which = i === 0 ? 'Certificate' : `Chain certificate ${i} (${cert.subject})`;
      if (Date.parse(cert.validTo) <= dayStart) trust.push(`${which} expired on ${cert.validTo.slice(0, 10)}`);
      else if (Date.parse(cert.validFrom) >= dayEnd) trust.push(`${which} is not valid until ${cert.validFrom.slice(0, 10)}`);
    }
  }
  // The guide keeps M for a name mismatch; it is the more specific verdict when both apply.
  if (!certificate.hostnameMatch) {
    const reasons = [`Certificate is not valid for ${facts.host}: grade M.`];
    if (trust.length > 0) reasons.push(`${trust.join('; ')}: this alone would be grade T, but the name mismatch (M) is the verdict shown.`);
    return { grade: 'M', reasons };
  }
  if (trust.length > 0) return { grade: 'T', reasons: trust.map((reason) => `${reason}: grade T.`) };
  return { grade: null, reasons: [] };
}
