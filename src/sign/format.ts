// The two signature formats hipaa-hero writes, as their files begin, the envelope's fields, and
// what checking a signature concludes.

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

export type VerifyResult =
  | {
      /** Intact, and signed by one of the keys the caller pinned (--cert): the only outcome that is a pass. */
      valid: true;
      /** The signer's certificate common name (or subject), or "public key SHA-256 <hex>". */
      signer: string;
      pinned: true;
      format: 'pkcs7' | 'envelope';
    }
  | {
      /**
       * Intact, but checked only with the certificate the signature carries, which anyone can make
       * with any name: not a pass, since it says nothing of who signed.
       */
      valid: false;
      pinned: false;
      /** The name the signature's own certificate claims. */
      signer: string;
      format: 'pkcs7';
      reason: string;
    }
  | { valid: false; reason: string };

/** Why an intact signature checked without --cert is not a pass: what `verify` prints, exit 1. */
export const NOT_PINNED = "the signature is intact but the signer is not pinned: give --cert <the signer's certificate> to check who signed it";
