// Owns transport.cert-trusted: whether an HTTPS endpoint's certificate chain verifies against the trust store.
import { dayNumber, defineCheck, type CertificateInfo, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-trusted';

/** Verification errors about validity dates only: transport.cert-expired judges the leaf's dates itself. */
const DATE_ERRORS: ReadonlySet<string> = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** What common OpenSSL verification errors mean for the person fixing them. */
const EXPLANATIONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed root that is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuing CA is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuing CA is unknown, or the server does not send its intermediate certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the issuing CA is unknown, or the server does not send its intermediate certificate',
  CERT_HAS_EXPIRED: 'a certificate in the chain has expired',
  CERT_NOT_YET_VALID: 'a certificate in the chain is not valid yet',
  CERT_REVOKED: 'the certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'a signature in the chain does not verify',
};

/** The certificate is within its validity dates on `now` (days, UTC); unreadable dates count as outside. */
const validOn = (cert: CertificateInfo, now: string): boolean => {
  const from = dayNumber(cert.validFrom.slice(0, 10));
  const to = dayNumber(cert.validTo.slice(0, 10));
  return from <= dayNumber(now) && dayNumber(now) <= to;
};

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates chain to a trusted certificate authority',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.2: a certificate chain the client can validate to a trusted root',
    rationale:
      'A certificate that does not verify gives patients a browser warning and no proof they reached the practice\'s server; an attacker in the middle can present one just as well. An expired leaf alone is left to transport.cert-expired, so it is not reported twice.',
    remediation:
      'Install a certificate from a publicly trusted CA (Let\'s Encrypt or the host\'s managed certificates) and configure the server to send the full chain (leaf plus intermediates), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts, now }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificate is trusted is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { certificate, leaf } = lookup;
      const rest = certificate.chain.slice(1);

      const { trusted, trustError } = certificate;
      const evidence = { trusted, trustError: trustError ?? null, issuer: leaf.issuer };
      if (trusted) {
        return { ...at, status: 'pass', evidence, message: `${label}'s certificate chain verifies (issued by ${leaf.issuer}).` };
      }
      // Only when the leaf itself is out of its dates and every other certificate is in them is the
      // date error the leaf's, which transport.cert-expired fails; an expired intermediate is reported here.
      if (trustError && DATE_ERRORS.has(trustError) && !validOn(leaf, now) && rest.every((c) => validOn(c, now))) {
        return {
          ...at,
          status: 'pass',
          evidence,
          message: `${label}'s certificate chain verifies apart from the leaf's validity dates (${trustError}), which transport.cert-expired reports.`,
        };
      }
      const why = trustError ? `${trustError}${EXPLANATIONS[trustError] ? `: ${EXPLANATIONS[trustError]}` : ''}` : 'no reason recorded';
      return { ...at, status: 'fail', evidence, message: `${label}'s certificate is not trusted (${why}).` };
    });
  },
});
