// Owns transport.cert-signature: whether an HTTPS endpoint's leaf and intermediate certificates are signed with a broken hash.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointCertificate, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.cert-signature';

/** MD2/MD4/MD5 and SHA-1 signatures can be forged with chosen-prefix collisions (SHAttered, Flame): NIST SP 800-131A disallows them. */
const BROKEN_HASH_NAME = /md[245]|sha-?1(?!\d)|^shawithrsa/i;
/** The same algorithms when the signature is given as an OID rather than a name. */
const BROKEN_HASH_OIDS: ReadonlySet<string> = new Set([
  '1.2.840.113549.1.1.2', // md2WithRSAEncryption
  '1.2.840.113549.1.1.3', // md4WithRSAEncryption
  '1.2.840.113549.1.1.4', // md5WithRSAEncryption
  '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
  '1.3.14.3.2.29', // sha1WithRSASignature (OIW)
  '1.2.840.10045.4.1', // ecdsa-with-SHA1
  '1.2.840.10040.4.3', // dsa-with-sha1
]);

const brokenSignature = (algorithm: string): boolean => BROKEN_HASH_NAME.test(algorithm) || BROKEN_HASH_OIDS.has(algorithm.trim());

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint certificates are not signed with SHA-1 or MD5',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-131A Rev. 2: SHA-1 and MD5 are disallowed for digital signatures',
    rationale:
      'SHA-1 and MD5 signatures can be forged with collision attacks, letting an attacker mint a certificate that impersonates the server; NIST SP 800-131A disallows them and browsers reject them.',
    remediation:
      'Reissue the certificate (and use intermediates) signed with SHA-256 or stronger; any current CA does this by default, so an old certificate or a private CA is usually the cause.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s certificates are signed with a strong hash is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointCertificate(facts, url, ID);
      if (!lookup.found) {
        if (!lookup.plainHttp) return unknown(lookup.unavailable, lookup.explainedBy);
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no certificate to judge (endpoints.https reports it).` };
      }
      const { certificate, leaf } = lookup;

      // A self-signed root's own signature is never checked (it is trusted by being in the store), so only the others count.
      const judged = certificate.chain.filter((c, j) => j === 0 || !c.selfSigned);
      const evidence = judged.map((c) => ({ subject: c.subject, signatureAlgorithm: c.signatureAlgorithm }));
      const broken = judged.filter((c) => brokenSignature(c.signatureAlgorithm));
      if (broken.length) {
        return { ...at, status: 'fail', evidence, message: `${label}'s certificate chain is signed with a broken hash: ${broken.map((c) => `${c.subject} (${c.signatureAlgorithm})`).join('; ')}.` };
      }
      return { ...at, status: 'pass', evidence, message: `${label}'s certificate is signed with ${leaf.signatureAlgorithm}, and no certificate in its chain uses SHA-1 or MD5.` };
    });
  },
});
