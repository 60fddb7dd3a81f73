// What a key or a cipher suite is worth in the SSL Labs rating guide's tables: key sizes in
// RSA-equivalent bits (NIST SP 800-57 for elliptic curves), and what a suite's name says about its
// key exchange, AEAD and symmetric key size. Sources as cited in tls-grade.ts.
import type { CertificateInfo, NegotiatedTls } from '../gather/endpoint-facts.js';

/**
 * [SP800-57] The RSA modulus of the same security strength as an elliptic-curve key of `fieldBits`
 * (f = 160–223 ≈ 1024, 224–255 ≈ 2048, 256–383 ≈ 3072, 384–511 ≈ 7680, 512+ ≈ 15360). The guide's
 * table is written for RSA/DH sizes; this places P-256 and X25519 at 90% and P-384 at 100%, which is
 * what SSL Labs reports for them. Curves under 160 bits have no SP 800-57 equivalent: they fall in
 * the guide's "< 1024" and "< 512" rows.
 */
function ecRsaEquivalent(fieldBits: number): number {
  if (fieldBits >= 512) return 15360;
  if (fieldBits >= 384) return 7680;
  if (fieldBits >= 256) return 3072;
  if (fieldBits >= 224) return 2048;
  if (fieldBits >= 160) return 1024;
  if (fieldBits >= 112) return 512;
  return 256;
}

/** X25519/Ed25519 target 128-bit security (as P-256), X448/Ed448 224-bit (above P-384). */
const NAMED_CURVE_EQUIVALENT: Record<string, number> = { x25519: 3072, ed25519: 3072, x448: 7680, ed448: 7680 };

export interface KeyStrength {
  /** RSA-equivalent bits. */
  bits: number;
  label: string;
}

export function certificateKeyStrength(leaf: CertificateInfo): KeyStrength | undefined {
  const type = leaf.keyType.toLowerCase();
  const named = NAMED_CURVE_EQUIVALENT[type];
  if (named) return { bits: named, label: `the certificate's ${leaf.keyType} key` };
  // A size of 0 is one the probe could not read: unknown, never "under 512 bits".
  if (!(leaf.keyBits > 0)) return undefined;
  if (type === 'rsa' || type === 'dsa' || type === 'rsa-pss') return { bits: leaf.keyBits, label: `the certificate's ${leaf.keyBits}-bit ${type.toUpperCase()} key` };
  if (type === 'ec') return { bits: ecRsaEquivalent(leaf.keyBits), label: `the certificate's ${leaf.keyBits}-bit EC key${leaf.curve ? ` (${leaf.curve})` : ''}` };
  return undefined;
}

export function ephemeralKeyStrength(kx: NonNullable<NegotiatedTls['keyExchange']>): KeyStrength | undefined {
  const named = kx.name ? NAMED_CURVE_EQUIVALENT[kx.name.toLowerCase()] : undefined;
  if (named) return { bits: named, label: `the ephemeral ${kx.name} key exchange` };
  if (kx.size === undefined) return undefined;
  if (kx.type.toUpperCase() === 'DH') return { bits: kx.size, label: `the ephemeral ${kx.size}-bit DH parameters` };
  return { bits: ecRsaEquivalent(kx.size), label: `the ephemeral ${kx.size}-bit ${kx.name ?? kx.type} key exchange` };
}

// What a cipher suite name says. OpenSSL names (ECDHE-RSA-AES128-GCM-SHA256) and IANA names
// (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_AES_128_GCM_SHA256) are both understood.

export const isTls13Suite = (suite: string): boolean => /^TLS_(AES|CHACHA20|SM4)_/i.test(suite);
export const isForwardSecret = (suite: string): boolean => isTls13Suite(suite) || /^(ECDHE|DHE|EDH)-/i.test(suite) || /^TLS_(ECDHE|DHE)_/i.test(suite);
export const isAead = (suite: string): boolean => /GCM|CCM|POLY1305/i.test(suite);
export const is3Des = (suite: string): boolean => /DES-CBC3|3DES/i.test(suite);

/** Symmetric key bits of a suite, as the guide's cipher table counts them (3DES as its nominal 168). */
export function suiteBits(suite: string): number | undefined {
  const s = suite.toUpperCase();
  if (/NULL/.test(s)) return 0;
  if (/(^|[-_])EXP/.test(s)) return 40;
  if (/CHACHA20/.test(s)) return 256;
  if (/(AES|CAMELLIA|ARIA)[-_]?256/.test(s)) return 256;
  if (/(AES|CAMELLIA|ARIA|SM4)[-_]?128|SM4/.test(s)) return 128;
  if (is3Des(s)) return 168;
  if (/RC4|SEED|IDEA/.test(s)) return 128;
  if (/DES/.test(s)) return 56;
  return undefined;
}
