// The two signature formats hipaa-hero writes, as their files begin, and the envelope's fields.

/** A detached PKCS#7 / CMS SignedData, PEM (what `openssl cms -sign -outform PEM` writes is "CMS"). */
export const PKCS7_PEM_LABELS = ['PKCS7', 'CMS'] as const;

export const ENVELOPE_FORMAT = 'hipaa-hero-signature';
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_ALGORITHM = 'RSASSA-PKCS1-v1_5-SHA256';

/**
 * A signature made with an RSA key that has no certificate: JSON, so that it says what it is. The
 * signature is RSASSA-PKCS1-v1_5 with SHA-256 over the report's bytes, so
 * `openssl dgst -sha256 -verify public.pem -signature <decoded signature> report.json` checks it too.
 */
export interface SignatureEnvelope {
  format: typeof ENVELOPE_FORMAT;
  version: typeof ENVELOPE_VERSION;
  algorithm: typeof ENVELOPE_ALGORITHM;
  /** SHA-256 (hex) of the signer's DER SubjectPublicKeyInfo: which key signed. */
  publicKeySha256: string;
  /** SHA-256 (hex) of the report as signed; not covered by the signature, it only tells an altered report from another signer. */
  reportSha256: string;
  /** The signature, base64. */
  signature: string;
}
