// The object identifiers of PKCS#7 / CMS signing that hipaa-hero writes and reads.
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** Digest algorithms a signature may use, by OID, with Node's name for each. SHA-1 and MD5 are refused. */
export const DIGESTS: Record<string, { node: string; name: string }> = {
  '2.16.840.1.101.3.4.2.1': { node: 'sha256', name: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { node: 'sha384', name: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { node: 'sha512', name: 'SHA-512' },
};

/** Names of digests that are refused, for the message. */
export const WEAK_DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '1.2.840.113549.2.5': 'MD5',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
};

/** Signature algorithms whose signatures Node's crypto.verify checks with the signer's key and the digest. */
export const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'RSA (PKCS#1 v1.5)',
  '1.2.840.113549.1.1.11': 'RSA (PKCS#1 v1.5) with SHA-256',
  '1.2.840.113549.1.1.12': 'RSA (PKCS#1 v1.5) with SHA-384',
  '1.2.840.113549.1.1.13': 'RSA (PKCS#1 v1.5) with SHA-512',
  '1.2.840.10045.2.1': 'ECDSA',
  '1.2.840.10045.4.3.2': 'ECDSA with SHA-256',
  '1.2.840.10045.4.3.3': 'ECDSA with SHA-384',
  '1.2.840.10045.4.3.4': 'ECDSA with SHA-512',
  '1.3.101.112': 'Ed25519',
};
