// Turns one DER certificate into the plain CertificateInfo the checks read: Node's X509Certificate for
// names, dates and the key, and node-forge's ASN.1 reader for the signature algorithm, which Node
// does not expose.
import { X509Certificate } from 'node:crypto';
// Only node-forge's ASN.1 reader (and the util and oids it needs), not the whole library: it loads
// on every probing run.
import asn1 from 'node-forge/lib/asn1.js';
import util from 'node-forge/lib/util.js';
import type { CertificateInfo } from './endpoint-facts.js';

/** Signature algorithm OIDs by the names OpenSSL prints for them. */
const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa_with_SHA256',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

/** Key sizes of named curves; Node reports only the curve's name. */
const CURVE_BITS: Record<string, number> = {
  prime192v1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512,
};

/**
 * Reads one certificate. Throws when `der` is not a certificate (the caller records the error in
 * place); everything else about an odd certificate is reported, not thrown.
 */
// Issuing CAs' certificates come back on endpoint after endpoint: parse each one once per run.
const parsed = new Map<string, CertificateInfo>();

export function parseCertificate(der: Buffer): CertificateInfo {
  const id = der.toString('base64');
  const known = parsed.get(id);
  if (known) return structuredClone(known);
  const info = parseCertificateUncached(der);
  if (parsed.size > 256) parsed.clear();
  parsed.set(id, info);
  return structuredClone(info);
}

function parseCertificateUncached(der: Buffer): CertificateInfo {
  const x509 = new X509Certificate(der);
  const key = x509.publicKey;
  const keyType = key.asymmetricKeyType ?? 'unknown';
  const details = key.asymmetricKeyDetails ?? {};
  const curve = details.namedCurve;
  const info: CertificateInfo = {
    subject: distinguishedName(x509.subject),
    issuer: distinguishedName(x509.issuer),
    subjectAltNames: splitAltNames(x509.subjectAltName),
    validFrom: isoInstant(x509.validFrom),
    validTo: isoInstant(x509.validTo),
    keyType,
    keyBits: keyBits(keyType, details.modulusLength, curve, x509),
    signatureAlgorithm: signatureAlgorithm(der),
    selfSigned: isSelfSigned(x509),
    serialNumber: x509.serialNumber,
    fingerprint256: x509.fingerprint256,
  };
  if (curve) info.curve = curve;
  return info;
}

/** Node prints one RDN a line ("C=US\nCN=x"); one line reads better in reports and evidence. */
function distinguishedName(multiline: string): string {
  return multiline.split('\n').filter(Boolean).join(',');
}

/**
 * Splits Node's "DNS:a, IP Address:1.2.3.4" on the separating ", ", keeping quoted values whole
 * (Node quotes a name that itself holds a comma, so a crafted SAN cannot pass for two).
 */
function splitAltNames(text: string | undefined): string[] {
  if (!text) return [];
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quoted && i + 1 < text.length) {
      current += ch + text[++i];
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted && text[i + 1] === ' ') {
      names.push(current);
      current = '';
      i++;
    } else {
      current += ch;
    }
  }
  if (current) names.push(current);
  return names;
}

/** OpenSSL's "Jan  1 00:00:00 2030 GMT" as an ISO instant. */
function isoInstant(opensslTime: string): string {
  const ms = Date.parse(opensslTime);
  return Number.isNaN(ms) ? opensslTime : new Date(ms).toISOString();
}

function keyBits(keyType: string, modulusLength: number | undefined, curve: string | undefined, x509: X509Certificate): number {
  if (modulusLength !== undefined) return modulusLength; // rsa, rsa-pss, dsa
  if (keyType === 'ed25519') return 256;
  if (keyType === 'ed448') return 448;
  if (curve) {
    const known = CURVE_BITS[curve];
    if (known !== undefined) return known;
    // An unlisted curve: its size from the public point's x coordinate.
    const jwk = x509.publicKey.export({ format: 'jwk' });
    if (typeof jwk.x === 'string') return Buffer.from(jwk.x, 'base64url').length * 8;
  }
  return 0;
}

/** The outer signatureAlgorithm of Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }. */
function signatureAlgorithm(der: Buffer): string {
  try {
    const certificate = asn1.fromDer(util.createBuffer(der.toString('binary')));
    const parts = certificate.value;
    const algorithm = Array.isArray(parts) ? parts[1] : undefined;
    const oidNode = algorithm && Array.isArray(algorithm.value) ? algorithm.value[0] : undefined;
    if (!oidNode || oidNode.type !== asn1.Type.OID || typeof oidNode.value !== 'string') return 'unknown';
    const oid = asn1.derToOid(oidNode.value);
    return SIGNATURE_ALGORITHMS[oid] ?? oid;
  } catch {
    return 'unknown';
  }
}

/** Issued by itself: the same name, and its own key verifies its signature. */
function isSelfSigned(x509: X509Certificate): boolean {
  if (x509.subject !== x509.issuer) return false;
  try {
    return x509.verify(x509.publicKey);
  } catch {
    return false;
  }
}
