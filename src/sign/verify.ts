// Checking a report against its detached signature: a PKCS#7 / CMS SignedData (ours, or one made by
// `openssl cms -sign` with an RSA, ECDSA or Ed25519 key) or a hipaa-hero signature envelope.
// @peculiar/asn1-cms (on asn1js) takes the PKCS#7 apart; Node's crypto checks the signatures. A signature file that cannot be read is an input error (exit 2),
// never "invalid".
import { createHash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { ContentInfo, SignedData as CmsSignedData, type SignerInfo as CmsSignerInfo } from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, AsnSerializer, type OctetString } from '@peculiar/asn1-schema';
import { Certificate, id_ce_subjectKeyIdentifier, SubjectKeyIdentifier } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { ENVELOPE_ALGORITHM, ENVELOPE_FORMAT, ENVELOPE_VERSION, NOT_PINNED, PKCS7_PEM_LABELS, type SignatureEnvelope, type VerifyResult } from './format.js';
import { certificateKey, pemBlocks, readInput, readKnownKeys, sha256Hex, SignInputError, type KnownKey } from './keys.js';
import { DIGESTS, OID, SIGNATURE_ALGORITHMS, WEAK_DIGESTS } from './oids.js';

export { NOT_PINNED, type VerifyResult } from './format.js';

const WHAT = 'pass the .sig file written beside the report';

/**
 * Whether `signature` is a good signature of `content`. With `certPem` (certificates and/or public
 * keys, PEM), the signer must be one of its keys, else `signed by another key`; without it, a PKCS#7
 * signature is checked with the certificate it carries, and an intact one is still not valid
 * (`pinned: false`): that certificate proves nothing about who signed. Throws a SignInputError (exit 2) for a
 * signature or certificate file that cannot be read, or an envelope without `certPem`.
 */
export function verifyReport(content: Uint8Array, signature: string | Uint8Array, certPem?: string): VerifyResult {
  const pinned = certPem === undefined ? undefined : readKnownKeys(certPem, 'cert', true);
  const parsed = readSignature(signature);
  return parsed.kind === 'envelope' ? verifyEnvelope(content, parsed.envelope, pinned) : verifyPkcs7(content, parsed.der, pinned);
}

/** `verifyReport` on files, each named in the error when it is missing, unreadable or unusable. */
export async function verifyReportFile(reportPath: string, signaturePath: string, certPath?: string): Promise<VerifyResult> {
  const content = await readInput(reportPath, 'report');
  const signature = await readInput(signaturePath, 'signature');
  const certPem = certPath === undefined ? undefined : (await readInput(certPath, 'cert')).toString('utf8');
  try {
    return verifyReport(content, signature, certPem);
  } catch (e) {
    if (e instanceof SignInputError) throw e.in(e.source === 'cert' && certPath ? certPath : e.source === 'report' ? reportPath : signaturePath);
    throw e;
  }
}

type ParsedSignature = { kind: 'envelope'; envelope: SignatureEnvelope } | { kind: 'pkcs7'; der: Buffer };

function readSignature(signature: string | Uint8Array): ParsedSignature {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'utf8') : Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
  if (bytes.length === 0) throw new SignInputError('signature', `the signature file is empty — ${WHAT}`);
  // A DER PKCS#7 (`.p7s`) starts with a SEQUENCE; text signatures start with "{" or "-----BEGIN".
  if (bytes[0] === 0x30) return { kind: 'pkcs7', der: bytes };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return { kind: 'envelope', envelope: readEnvelope(trimmed) };
  if (/^(MIME-Version|Content-Type):/im.test(text) && !text.includes('-----BEGIN')) {
    throw new SignInputError('signature', 'this is an S/MIME message — sign with `openssl cms -sign -binary -outform PEM` for a detached PKCS#7 signature');
  }
  const blocks = pemBlocks(text, 'signature');
  const block = blocks.find((b) => (PKCS7_PEM_LABELS as readonly string[]).includes(b.label));
  if (block) return { kind: 'pkcs7', der: block.der };
  const other = blocks[0];
  if (other) throw new SignInputError('signature', `this is a ${other.label}, not a signature — ${WHAT}`, other.line);
  throw new SignInputError('signature', `not a signature (neither a PEM PKCS#7 signature nor a hipaa-hero signature envelope) — ${WHAT}`);
}

const HEX64 = /^[0-9a-f]{64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function readEnvelope(text: string): SignatureEnvelope {
  const bad = (what: string) => new SignInputError('signature', `not a valid hipaa-hero signature envelope: ${what} — ${WHAT}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw bad(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('not a JSON object');
  const fields = value as Record<string, unknown>;
  if (fields.format !== ENVELOPE_FORMAT) throw bad(`"format" is ${JSON.stringify(fields.format)}, not "${ENVELOPE_FORMAT}"`);
  if (typeof fields.version === 'number' && fields.version > ENVELOPE_VERSION) {
    throw new SignInputError('signature', `this signature envelope is version ${fields.version}, newer than this hipaa-hero reads (${ENVELOPE_VERSION}) — upgrade hipaa-hero`);
  }
  if (fields.version !== ENVELOPE_VERSION) throw bad(`"version" is ${JSON.stringify(fields.version)}, not ${ENVELOPE_VERSION}`);
  if (fields.algorithm !== ENVELOPE_ALGORITHM) throw bad(`"algorithm" is ${JSON.stringify(fields.algorithm)}, not "${ENVELOPE_ALGORITHM}"`);
  const { publicKeySha256, reportSha256, signature } = fields;
  if (typeof publicKeySha256 !== 'string' || !HEX64.test(publicKeySha256)) throw bad('"publicKeySha256" is not a SHA-256 in hex');
  if (reportSha256 !== undefined && (typeof reportSha256 !== 'string' || !HEX64.test(reportSha256))) throw bad('"reportSha256" is not a SHA-256 in hex');
  if (typeof signature !== 'string' || signature === '' || !BASE64.test(signature)) throw bad('"signature" is not base64');
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    algorithm: ENVELOPE_ALGORITHM,
    publicKeySha256,
    reportSha256: typeof reportSha256 === 'string' ? reportSha256 : '',
    signature,
  };
}

/** Node's crypto.verify, false (not a throw) when the key cannot check this kind of signature. */
function checks(digest: string, data: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  const edwards = key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448';
  try {
    return cryptoVerify(edwards ? null : digest, data, key, signature);
  } catch {
    return false;
  }
}

const short = (sha256: string) => `${sha256.slice(0, 16)}…`;
const listNames = (keys: KnownKey[]) => keys.map((k) => k.name).join(', ');

function verifyEnvelope(content: Uint8Array, envelope: SignatureEnvelope, pinned: KnownKey[] | undefined): VerifyResult {
  if (!pinned) {
    throw new SignInputError(
      'signature',
      `this hipaa-hero signature envelope names its signer only by key (public key SHA-256 ${envelope.publicKeySha256}) — pass --cert with the signer's certificate or public key`,
    );
  }
  const signature = Buffer.from(envelope.signature, 'base64');
  const signer = pinned.find((k) => k.key.asymmetricKeyType === 'rsa' && checks('sha256', content, k.key, signature));
  if (signer) return { valid: true, signer: signer.name, pinned: true, format: 'envelope' };
  if (!pinned.some((k) => k.sha256 === envelope.publicKeySha256)) {
    return { valid: false, reason: `signed by another key (public key SHA-256 ${short(envelope.publicKeySha256)}), not by ${listNames(pinned)}` };
  }
  if (envelope.reportSha256 !== '' && envelope.reportSha256 !== sha256Hex(content)) {
    return { valid: false, reason: 'the report was changed after it was signed (its SHA-256 differs from the signed one)' };
  }
  return { valid: false, reason: 'the signature does not match the report (the report or the signature file was altered)' };
}

interface SignerInfo {
  /** How the signer names its certificate: the issuer Name (DER) and serial number bytes, or the subject key identifier. */
  id: { issuer: Buffer; serial: Buffer } | { keyId: Buffer };
  digest: { node: string; name: string };
  signature: Buffer;
  /** The DER of the signed attributes as a SET (what the signature covers), when present. */
  signedAttributes?: Buffer;
  messageDigest?: Buffer;
}

interface SignedData {
  certificates: KnownKey[];
  signers: SignerInfo[];
}

function verifyPkcs7(content: Uint8Array, der: Buffer, pinned: KnownKey[] | undefined): VerifyResult {
  const data = readSignedData(der);
  const results = data.signers.map((signer) => verifySigner(content, signer, data.certificates, pinned));
  // Pinned: one signer of the pinned keys is enough. Unpinned: every signer must check out.
  const good = results.filter((r): r is Intact => r.intact);
  const signer = [...new Set(good.map((r) => r.signer))].join(' and ');
  if (pinned && good.length > 0) return { valid: true, signer, pinned: true, format: 'pkcs7' };
  if (!pinned && good.length === results.length) return { valid: false, pinned: false, signer, format: 'pkcs7', reason: NOT_PINNED };
  const bad = results.find((r): r is Broken => !r.intact);
  return bad ? { valid: false, reason: bad.reason } : { valid: false, reason: 'no signer' };
}

type Intact = { intact: true; signer: string };
type Broken = { intact: false; reason: string };

function verifySigner(content: Uint8Array, signer: SignerInfo, certificates: KnownKey[], pinned: KnownKey[] | undefined): Intact | Broken {
  const embedded = certificates.find((c) => identifies(signer.id, c));
  const candidates = pinned ?? (embedded ? [embedded] : []);
  if (candidates.length === 0) {
    throw new SignInputError('signature', "the signature does not carry the signer's certificate — pass --cert with the signer's certificate or public key");
  }
  const signed = signer.signedAttributes ?? content;
  const key = candidates.find((k) => checks(signer.digest.node, signed, k.key, signer.signature));
  if (!key) {
    if (pinned && embedded && !pinned.some((p) => p.spki.equals(embedded.spki))) {
      return { intact: false, reason: `signed by another key (${embedded.name}, public key SHA-256 ${short(embedded.sha256)}), not by ${listNames(pinned)}` };
    }
    if (pinned && !embedded) return { intact: false, reason: `the signature does not verify with ${listNames(pinned)}: another key signed, or the report was changed after signing` };
    if (!signer.signedAttributes) return { intact: false, reason: 'the signature does not match the report (the report or the signature file was altered)' };
    return { intact: false, reason: "the signature does not verify with the signer's certificate (the signature file was altered)" };
  }
  if (signer.messageDigest) {
    const actual = createHash(signer.digest.node).update(content).digest();
    if (!actual.equals(signer.messageDigest)) {
      return { intact: false, reason: `the report was changed after it was signed (its ${signer.digest.name} differs from the signed one)` };
    }
  }
  // A pinned public key says nothing of who holds it: name the signature's certificate when it is that key's.
  const name = !key.certificate && embedded?.spki.equals(key.spki) ? embedded.name : key.name;
  return { intact: true, signer: name };
}

/** Whether `certificate` is the one the signer identifier names (issuer and serial number, or subject key identifier). */
function identifies(id: SignerInfo['id'], certificate: KnownKey): boolean {
  if (!certificate.der) return false;
  try {
    const tbs = AsnConvert.parse(certificate.der, Certificate).tbsCertificate;
    if ('keyId' in id) {
      const extension = tbs.extensions?.find((e) => e.extnID === id_ce_subjectKeyIdentifier);
      return extension !== undefined && octets(AsnConvert.parse(octets(extension.extnValue), SubjectKeyIdentifier)).equals(id.keyId);
    }
    return Buffer.from(AsnConvert.serialize(tbs.issuer)).equals(id.issuer) && Buffer.from(tbs.serialNumber).equals(id.serial);
  } catch {
    return false;
  }
}

/** A structural problem, described for the message of the caller's error. */
class Malformed extends Error {}

/** The bytes of an OCTET STRING as @peculiar/asn1-schema holds it (not a real ArrayBufferView). */
const octets = (value: OctetString): Buffer => Buffer.from(value.buffer, value.byteOffset, value.byteLength);

/** One DER/BER value, whole: a parse error or trailing bytes are Malformed. */
function readValue(bytes: ArrayBuffer | Uint8Array, what: string): asn1js.AsnType {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { offset, result } = asn1js.fromBER(view);
  if (offset === -1) throw new Malformed(`${what}: ${result.error}`);
  if (offset !== view.byteLength) throw new Malformed(`${what}: ${view.byteLength - offset} bytes after its end`);
  return result;
}

/** `AsnParser.fromASN`, its schema errors as Malformed. */
function fromAsn<T>(node: asn1js.AsnType, type: new () => T, what: string): T {
  try {
    return AsnParser.fromASN(node, type);
  } catch (e) {
    throw new Malformed(`${what} does not match its ASN.1 schema: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const isUniversal = (node: asn1js.AsnType | undefined, tag: number): boolean => node?.idBlock.tagClass === 1 && node.idBlock.tagNumber === tag;

/**
 * Takes a ContentInfo holding a SignedData apart with @peculiar/asn1-cms; anything unexpected is an
 * input error.
 */
function readSignedData(der: Buffer): SignedData {
  const malformed = (detail: string) => new SignInputError('signature', `not a readable PKCS#7 signature (${detail}) — ${WHAT}`);
  let root: asn1js.AsnType;
  try {
    root = readValue(der, 'bad DER');
  } catch (e) {
    throw malformed(e instanceof Error ? e.message : String(e));
  }
  try {
    // The content type first, so that another kind of ContentInfo is named as such.
    const type = root instanceof asn1js.Sequence ? root.valueBlock.value[0] : undefined;
    if (!(type instanceof asn1js.ObjectIdentifier)) throw new Malformed('the content type is not an object identifier');
    if (type.getValue() !== OID.signedData) throw new Malformed(`its content type is ${type.getValue()}, not SignedData`);
    const contentInfo = fromAsn(root, ContentInfo, 'the ContentInfo');
    const signedNode = readValue(contentInfo.content, 'the SignedData');
    const signedData = fromAsn(signedNode, CmsSignedData, 'the SignedData');

    // The certificates as they are encoded in the signature (not re-encoded), for Node's X509Certificate.
    const fields = signedNode instanceof asn1js.Sequence ? signedNode.valueBlock.value : [];
    const certificateSet = fields.slice(3, -1).find((n) => n.idBlock.tagClass === 3 && n.idBlock.tagNumber === 0);
    const certificates: KnownKey[] = [];
    for (const node of certificateSet instanceof asn1js.Constructed ? certificateSet.valueBlock.value : []) {
      if (!isUniversal(node, 16)) continue; // attribute certificates and others
      try {
        certificates.push(certificateKey(Buffer.from(node.valueBeforeDecodeView)));
      } catch {
        throw new Malformed('a certificate in it cannot be read');
      }
    }
    if (signedData.signerInfos.length === 0) throw new Malformed('it has no signer');
    const contentType = signedData.encapContentInfo.eContentType;
    return { certificates, signers: signedData.signerInfos.map((info) => readSignerInfo(info, contentType)) };
  } catch (e) {
    if (e instanceof Malformed) throw malformed(e.message);
    throw e;
  }
}

function readSignerInfo(info: CmsSignerInfo, contentType: string): SignerInfo {
  let id: SignerInfo['id'];
  const { issuerAndSerialNumber, subjectKeyIdentifier } = info.sid;
  if (issuerAndSerialNumber) {
    id = { issuer: Buffer.from(AsnConvert.serialize(issuerAndSerialNumber.issuer)), serial: Buffer.from(issuerAndSerialNumber.serialNumber) };
  } else if (subjectKeyIdentifier) {
    id = { keyId: octets(subjectKeyIdentifier) };
  } else {
    throw new Malformed('the signer identifier is neither an issuer and serial number nor a key identifier');
  }

  const digestOid = info.digestAlgorithm.algorithm;
  const digest = DIGESTS[digestOid];
  if (!digest) {
    const weak = WEAK_DIGESTS[digestOid];
    throw new SignInputError(
      'signature',
      weak ? `the signature uses ${weak}, which is too weak to trust — sign the report again with SHA-256` : `the signature's digest algorithm ${digestOid} is not supported — sign with SHA-256`,
    );
  }

  const signatureAlgorithm = info.signatureAlgorithm.algorithm;
  if (!SIGNATURE_ALGORITHMS[signatureAlgorithm]) {
    throw new SignInputError('signature', `the signature algorithm ${signatureAlgorithm} is not supported — sign with an RSA key (PKCS#1 v1.5) and SHA-256`);
  }
  const signature = octets(info.signature);

  if (!info.signedAttrs) return { id, digest, signature };
  let messageDigest: Buffer | undefined;
  let signedContentType: string | undefined;
  for (const attribute of info.signedAttrs) {
    const [first, ...more] = attribute.attrValues;
    if (attribute.attrType === OID.messageDigest) {
      const value = first && readValue(first, 'its message digest attribute');
      if (messageDigest || more.length > 0 || !(value instanceof asn1js.OctetString) || value.idBlock.isConstructed) throw new Malformed('its message digest attribute is malformed');
      messageDigest = Buffer.from(value.valueBlock.valueHexView);
    } else if (attribute.attrType === OID.contentType) {
      const value = first && readValue(first, 'its content type attribute');
      if (signedContentType || more.length > 0 || !(value instanceof asn1js.ObjectIdentifier)) throw new Malformed('its content type attribute is malformed');
      signedContentType = value.getValue();
    }
  }
  if (!messageDigest || !signedContentType) throw new Malformed('its signed attributes lack the content type or the message digest');
  if (signedContentType !== contentType) throw new Malformed('its signed content type differs from the content type');
  // The signature covers the attributes encoded as a SET (RFC 5652, 5.4), not as the [0] they are sent in.
  const signedAttributes = Buffer.from(new asn1js.Set({ value: info.signedAttrs.map((a) => AsnSerializer.toASN(a)) }).toBER());
  return { id, digest, signature, signedAttributes, messageDigest };
}
