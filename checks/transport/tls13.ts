// Owns transport.tls13: whether an HTTPS endpoint offers TLS 1.3.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointTls, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.tls13';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints offer TLS 1.3',
    area: 'transport',
    severity: 'low',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.1: servers support TLS 1.3 (required of federal systems since 2024)',
    rationale:
      'TLS 1.3 drops every cipher suite without forward secrecy or authenticated encryption and encrypts more of the handshake; NIST SP 800-52r2 asks servers to support it.',
    remediation:
      'Enable TLS 1.3 on the server, load balancer or CDN (e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;` with OpenSSL 1.1.1 or later), or ask the hosting vendor to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} offers TLS 1.3 is unknown: ${reason}.`, reason, explainedBy);
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS versions to judge (endpoints.https reports it).` };
      }
      const lookup = endpointTls(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { tls } = lookup;

      const probe = tls.protocols['TLSv1.3'];
      if (!probe) return unknown('no TLS 1.3 probe was recorded');
      const evidence = { 'TLS 1.3': probe.status };
      switch (probe.status) {
        case 'accepted':
          return { ...at, status: 'pass', evidence, message: `${label} offers TLS 1.3.` };
        case 'rejected':
          return { ...at, status: 'warn', evidence, message: `${label} does not offer TLS 1.3${probe.reason ? ` (${probe.reason})` : ''}.` };
        case 'untestable':
          return {
            ...at,
            status: 'manual',
            evidence,
            message: `Whether ${label} offers TLS 1.3 is unknown: this machine's TLS library cannot offer it${probe.reason ? ` (${probe.reason})` : ''}; test it with testssl or sslscan.`,
          };
        case 'error':
          return unknown(`the TLS 1.3 probe failed: ${probe.reason ?? 'no reason recorded'}`);
      }
    });
  },
});
