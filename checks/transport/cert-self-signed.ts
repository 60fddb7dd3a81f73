// Owns transport.cert-self-signed: whether an HTTPS endpoint presents a self-signed leaf certificate.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-self-signed';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates are issued by a certificate authority',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.2: server certificates issued by a trusted CA',
    rationale:
      'A self-signed certificate proves nothing about who runs the server: every patient sees a warning, and anyone on the path can substitute their own self-signed certificate unnoticed.',
    remediation:
      'Replace the self-signed certificate with one from a publicly trusted CA (Let\'s Encrypt is free, most hosts manage it), or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificate is self-signed is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { leaf } = lookup;

      const evidence = { subject: leaf.subject, issuer: leaf.issuer, selfSigned: leaf.selfSigned };
      if (leaf.selfSigned) {
        return { ...at, status: 'fail', evidence, message: `${label} presents a self-signed certificate (${leaf.subject}): nothing proves to patients that they reached the practice's server.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is issued by ${leaf.issuer}.` };
    });
  },
});
