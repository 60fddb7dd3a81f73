// Owns endpoints.https: whether each endpoint's declared URL is https://.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { endpointAt, urlProtocol } from '../../src/engine/endpoint-queries.js';

export default defineCheck({
  meta: {
    id: 'endpoints.https',
    title: 'Every public endpoint is served over HTTPS',
    area: 'endpoints',
    severity: 'high',
    hipaa: ['164.312(e)(2)(ii)', '164.312(e)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(e)(2)(ii): encrypt ePHI whenever deemed appropriate, under the transmission security standard 164.312(e)(1)',
    rationale:
      'Forms and portals served over plain HTTP send what patients type (names, dates of birth, treatment details) readable to anyone on the path; even pages without PHI can be altered in transit to phish patients.',
    remediation:
      'Serve the site over HTTPS (most hosts and booking vendors offer a free certificate), redirect HTTP to HTTPS, and change `endpoints[].url` to the https:// address.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label } = endpointAt(endpoint, i);
      const path = toPointer('endpoints', i, 'url');
      const protocol = urlProtocol(url);
      if (protocol === 'https:') {
        return { status: 'pass', subject: url, path, message: `${label} is served over HTTPS.`, evidence: { url } };
      }
      if (endpoint.phi) {
        return {
          status: 'fail',
          subject: url,
          path,
          message: `${label} handles PHI but is served over plain HTTP: what patients enter can be read in transit.`,
          evidence: { url, phi: true },
        };
      }
      return {
        status: 'warn',
        subject: url,
        path,
        message: `${label} is served over plain HTTP: it carries no PHI, but its pages can be altered in transit.`,
        evidence: { url, phi: false },
      };
    });
  },
});
