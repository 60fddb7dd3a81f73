// Small typed helpers over node-forge's ASN.1 reader, for the PKCS#7 structure that signing patches
// (verifying reads signatures with @peculiar/asn1-cms instead).
import type forge from 'node-forge';
import asn1 from 'node-forge/lib/asn1.js';
import util from 'node-forge/lib/util.js';

export type Asn1 = forge.asn1.Asn1;

/** Bytes as the "binary string" node-forge works in (one char per byte). */
export const binary = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export const fromBinary = (s: string): Buffer => Buffer.from(s, 'latin1');

// node-forge's fromDer takes an options object; its types know only the older boolean.
type FromDer = (bytes: forge.util.ByteBuffer, options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean }) => Asn1;
const fromDer = asn1.fromDer as unknown as FromDer;

/**
 * Parses DER (or BER) bytes; throws on trailing bytes or a malformed encoding. BIT STRINGs stay
 * bytes, so that re-encoding gives the input back, unless `decodeBitStrings` (which node-forge's
 * certificate and key readers need).
 */
export function parseDer(bytes: Uint8Array, decodeBitStrings = false): Asn1 {
  return fromDer(util.createBuffer(binary(bytes)), { strict: true, parseAllBytes: true, decodeBitStrings });
}

export const toDer = (node: Asn1): Buffer => fromBinary(asn1.toDer(node).getBytes());

export function children(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Error(`${what} is missing or not a structure`);
  return node.value;
}

export function isContext(node: Asn1 | undefined, tag: number): boolean {
  return node !== undefined && node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

/** The issuer Name and serial number INTEGER of a DER certificate, as they are encoded in it. */
export function issuerAndSerial(certificateDer: Uint8Array): { issuer: Asn1; serial: Asn1 } {
  const tbs = children(children(parseDer(certificateDer), 'the certificate')[0], 'the certificate body');
  const offset = isContext(tbs[0], 0) ? 1 : 0;
  const serial = tbs[offset];
  const issuer = tbs[offset + 2];
  if (!serial || !issuer) throw new Error('the certificate has no issuer or serial number');
  return { issuer, serial };
}

export { asn1 };
