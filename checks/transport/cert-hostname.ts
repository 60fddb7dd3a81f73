// Owns transport.cert-hostname: whether an HTTPS endpoint's certificate names the endpoint's host.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-hostname';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates name the endpoint\'s host',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'RFC 6125 and NIST SP 800-52 Rev. 2, section 3.2: the certificate must name the server the client connects to',
    rationale:
      'A certificate for another name (a hosting provider\'s default, an old domain) makes browsers warn on every visit and trains patients to click through the warning that protects them from impostors.',
    remediation:
      'Issue a certificate whose subject alternative names include the endpoint\'s host (add the name in the host\'s or CDN\'s custom-domain settings), or correct `endpoints[].url` if it names the wrong host.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificate names its host is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { seen, certificate, leaf } = lookup;

      const names = leaf.subjectAltNames.length ? leaf.subjectAltNames.join(', ') : leaf.subject;
      const evidence = { host: seen.host, subjectAltNames: leaf.subjectAltNames, subject: leaf.subject };
      if (certificate.hostnameMatch) {
        return { ...at, status: 'pass', evidence, message: `${label}'s certificate is valid for ${seen.host}.` };
      }
      return { ...at, status: 'fail', evidence, message: `${label}'s certificate is not valid for ${seen.host}: it names only ${names}.` };
    });
  },
});
