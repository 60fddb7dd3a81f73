// Small typed helpers over node-forge's ASN.1 reader, for the PKCS#7 structures signing patches and
// verifying reads.
import type forge from 'node-forge';
import asn1 from 'node-forge/lib/asn1.js';
import util from 'node-forge/lib/util.js';
import { OID } from './oids.js';

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

/** A structural problem, described for the message of the caller's error. */
export class Malformed extends Error {}

export function children(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Malformed(`${what} is missing or not a structure`);
  return node.value;
}

export function primitive(node: Asn1 | undefined, what: string): string {
  if (!node || typeof node.value !== 'string') throw new Malformed(`${what} is missing or not a value`);
  return node.value;
}

export function isUniversal(node: Asn1 | undefined, type: number): boolean {
  return node !== undefined && node.tagClass === asn1.Class.UNIVERSAL && node.type === type;
}

export function isContext(node: Asn1 | undefined, tag: number): boolean {
  return node !== undefined && node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

export function oid(node: Asn1 | undefined, what: string): string {
  if (!isUniversal(node, asn1.Type.OID)) throw new Malformed(`${what} is not an object identifier`);
  return asn1.derToOid(primitive(node, what));
}

/** The issuer Name and serial number INTEGER of a DER certificate, as they are encoded in it. */
export function issuerAndSerial(certificateDer: Uint8Array): { issuer: Asn1; serial: Asn1 } {
  const tbs = children(children(parseDer(certificateDer), 'the certificate')[0], 'the certificate body');
  const offset = isContext(tbs[0], 0) ? 1 : 0;
  const serial = tbs[offset];
  const issuer = tbs[offset + 2];
  if (!serial || !issuer) throw new Malformed('the certificate has no issuer or serial number');
  return { issuer, serial };
}

/** The subjectKeyIdentifier extension's key identifier (binary string), when the certificate has one. */
export function subjectKeyIdentifier(certificateDer: Uint8Array): string | undefined {
  const tbs = children(children(parseDer(certificateDer), 'the certificate')[0], 'the certificate body');
  const extensions = tbs.find((n) => isContext(n, 3));
  if (!extensions) return undefined;
  for (const extension of children(children(extensions, 'the extensions')[0], 'the extensions')) {
    const parts = children(extension, 'an extension');
    if (oid(parts[0], 'an extension id') !== OID.subjectKeyIdentifier) continue;
    const value = parts[parts.length - 1];
    return primitive(parseDer(fromBinary(primitive(value, 'the key identifier'))), 'the key identifier');
  }
  return undefined;
}

export { asn1 };
