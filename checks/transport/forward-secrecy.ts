// Owns transport.forward-secrecy: whether the handshake an HTTPS endpoint negotiates has forward secrecy.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointTls, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.forward-secrecy';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints negotiate forward secrecy',
    area: 'transport',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.3.1: prefer ephemeral (ECDHE/DHE) key exchange',
    rationale:
      'Without an ephemeral (ECDHE/DHE) key exchange, anyone who records traffic today and later obtains the server\'s private key can decrypt every recorded session, including the PHI in it.',
    remediation:
      'Prefer ECDHE cipher suites and remove static RSA key exchange (e.g. nginx `ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;`, or enable TLS 1.3), or ask the hosting vendor to; endpoints that handle PHI (`endpoints[].phi: true`) fail until they do.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} negotiates forward secrecy is unknown: ${reason}.`, reason, explainedBy);
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS handshake to judge (endpoints.https reports it).` };
      }
      const lookup = endpointTls(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { tls } = lookup;
      const negotiated = tls.negotiated;
      if (!negotiated) return unknown('no negotiated handshake was recorded');

      const { protocol, cipher, keyExchange } = negotiated;
      const evidence = { protocol, cipher, keyExchange };
      if (negotiated.forwardSecrecy) {
        const kx = keyExchange ? ` (${[keyExchange.type, keyExchange.name].filter(Boolean).join(' ')})` : '';
        return { ...at, status: 'pass', evidence, message: `${label} negotiates ${protocol} ${cipher} with an ephemeral key exchange${kx}: forward secrecy.` };
      }
      const what = `negotiates ${protocol} ${cipher} without forward secrecy, so recorded traffic can be decrypted later with the server's private key`;
      return endpoint.phi
        ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
        : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
    });
  },
});
