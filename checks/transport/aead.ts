// Owns transport.aead: whether the cipher an HTTPS endpoint negotiates is an authenticated (AEAD) cipher.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointTls, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.aead';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints negotiate an AEAD cipher',
    area: 'transport',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.3.1 (cipher suites): AEAD suites preferred; CBC suites kept only for compatibility',
    rationale:
      'AEAD ciphers (AES-GCM, AES-CCM, ChaCha20-Poly1305) encrypt and authenticate in one step; the older CBC and stream suites NIST SP 800-52r2 deprecates have a history of padding-oracle and related attacks on both confidentiality and integrity.',
    remediation:
      'Offer only AEAD cipher suites (e.g. nginx `ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;`, or TLS 1.3, whose suites are all AEAD), or ask the hosting vendor to; endpoints that handle PHI (`endpoints[].phi: true`) fail until they do.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} negotiates an AEAD cipher is unknown: ${reason}.`, reason, explainedBy);
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS cipher to judge (endpoints.https reports it).` };
      }
      const lookup = endpointTls(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { tls } = lookup;
      const negotiated = tls.negotiated;
      if (!negotiated) return unknown('no negotiated handshake was recorded');

      const { protocol, cipher } = negotiated;
      const evidence = { protocol, cipher, aead: negotiated.aead };
      if (negotiated.aead) {
        return { ...at, status: 'pass', evidence, message: `${label} negotiates ${cipher}, an authenticated (AEAD) cipher.` };
      }
      const what = `negotiates ${cipher} over ${protocol}, which is not an AEAD cipher (NIST SP 800-52r2 prefers AES-GCM, AES-CCM or ChaCha20-Poly1305)`;
      return endpoint.phi
        ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
        : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
    });
  },
});
