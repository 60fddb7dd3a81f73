// Owns transport.cert-key: whether the keys of an HTTPS endpoint's leaf and intermediate certificates are strong enough.
import { type CertificateInfo, defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-key';

/** NIST SP 800-57 / SP 800-131A: below these sizes a key gives less than 112 (RSA) or 128 (EC) bits of security. */
const MIN_RSA_BITS = 2048;
const MIN_EC_BITS = 256;

/** Why a certificate's key is too weak, 'unknown' for a key type this check does not know, or undefined when strong. */
function keyWeakness(cert: CertificateInfo): string | 'unknown' | undefined {
  const type = cert.keyType.toLowerCase();
  // A size of 0 means the probe could not read it: unknown, not weak (nor strong).
  if (!(cert.keyBits > 0) && type !== 'ed25519' && type !== 'ed448') return 'unknown';
  // rsa-pss keys are RSA keys restricted to PSS signatures.
  if (type === 'rsa' || type === 'rsa-pss') return cert.keyBits < MIN_RSA_BITS ? `RSA ${cert.keyBits}-bit (minimum ${MIN_RSA_BITS})` : undefined;
  if (type === 'ec') return cert.keyBits < MIN_EC_BITS ? `EC ${cert.keyBits}-bit${cert.curve ? ` ${cert.curve}` : ''} (minimum ${MIN_EC_BITS})` : undefined;
  if (type === 'ed25519' || type === 'ed448') return undefined;
  // FIPS 186-5 no longer approves DSA for new signatures.
  if (type === 'dsa') return `DSA ${cert.keyBits}-bit (DSA is no longer approved)`;
  return 'unknown';
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates use strong keys',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-131A Rev. 2 and SP 800-52 Rev. 2: RSA keys of at least 2048 bits, EC keys of at least 256 bits',
    rationale:
      `A certificate key under ${MIN_RSA_BITS} bits (RSA) or ${MIN_EC_BITS} bits (EC) can be factored or broken with affordable computing, after which anyone can impersonate the server; NIST SP 800-131A disallows them.`,
    remediation:
      `Reissue the certificate with an RSA key of at least ${MIN_RSA_BITS} bits or an EC P-256/P-384 key (what Let's Encrypt and managed certificates give by default), or ask the vendor that runs the endpoint to.`,
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificate keys are strong is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { certificate, leaf } = lookup;

      // The leaf and the intermediates the server sends; a self-signed root is trusted by being in the store, not by its key.
      const judged = certificate.chain.filter((c, j) => j === 0 || !c.selfSigned);
      const keys = judged.map((c) => ({ subject: c.subject, keyType: c.keyType, keyBits: c.keyBits, weakness: keyWeakness(c) }));
      const evidence = keys.map(({ subject, keyType, keyBits }) => ({ subject, keyType, keyBits }));
      const weak = keys.filter((k) => k.weakness !== undefined && k.weakness !== 'unknown');
      if (weak.length) {
        return { ...at, status: 'fail', evidence, message: `${label}'s certificate chain has weak keys: ${weak.map((k) => `${k.subject} ${k.weakness}`).join('; ')}.` };
      }
      const unknownTypes = keys.filter((k) => k.weakness === 'unknown');
      if (unknownTypes.length) {
        return { ...at, status: 'manual', evidence, message: `${label}'s certificate chain uses keys this check cannot judge (${unknownTypes.map((k) => `${k.subject}: ${k.keyType}${k.keyBits > 0 ? '' : ', size unknown'}`).join('; ')}); confirm they meet NIST SP 800-131A.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate uses a ${leaf.keyType.toUpperCase()} ${leaf.keyBits}-bit key${judged.length > 1 ? ', and its intermediates strong keys too' : ''}.` };
    });
  },
});
