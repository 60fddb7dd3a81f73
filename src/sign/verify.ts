// Checking a report against its detached signature: a PKCS#7 / CMS SignedData (ours, or one made by
// `openssl cms -sign` with an RSA, ECDSA or Ed25519 key) or a hipaa-hero signature envelope.
// node-forge's ASN.1 reader takes the PKCS#7 apart (node-forge cannot verify PKCS#7 itself); Node's
// crypto checks the signatures. A signature file that cannot be read is an input error (exit 2),
// never "invalid".
import { createHash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { asn1, children, isContext, isUniversal, Malformed, oid, parseDer, primitive, subjectKeyIdentifier, issuerAndSerial, toDer, fromBinary, type Asn1 } from './der.js';
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
  /** How the signer names its certificate. */
  id: { issuer: Buffer; serial: string } | { keyId: string };
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

function identifies(id: SignerInfo['id'], certificate: KnownKey): boolean {
  if (!certificate.der) return false;
  try {
    if ('keyId' in id) return subjectKeyIdentifier(certificate.der) === id.keyId;
    const { issuer, serial } = issuerAndSerial(certificate.der);
    return toDer(issuer).equals(id.issuer) && primitive(serial, 'serial') === id.serial;
  } catch {
    return false;
  }
}

/** Takes a ContentInfo holding a SignedData apart; anything unexpected is an input error. */
function readSignedData(der: Buffer): SignedData {
  const malformed = (detail: string) => new SignInputError('signature', `not a readable PKCS#7 signature (${detail}) — ${WHAT}`);
  let root: Asn1;
  try {
    root = parseDer(der);
  } catch (e) {
    throw malformed(`bad DER: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const contentInfo = children(root, 'ContentInfo');
    const type = oid(contentInfo[0], 'the content type');
    if (type !== OID.signedData) throw new Malformed(`its content type is ${type}, not SignedData`);
    const fields = children(children(contentInfo[1], 'the SignedData')[0], 'the SignedData');
    const encapsulated = children(fields[2], 'the encapsulated content info');
    const contentType = oid(encapsulated[0], 'the content type');
    const certificateSet = fields.slice(3, -1).find((n) => isContext(n, 0));
    const certificates: KnownKey[] = [];
    for (const node of certificateSet ? children(certificateSet, 'the certificates') : []) {
      if (!isUniversal(node, asn1.Type.SEQUENCE)) continue; // attribute certificates and others
      try {
        certificates.push(certificateKey(toDer(node)));
      } catch {
        throw new Malformed('a certificate in it cannot be read');
      }
    }
    const signerInfos = children(fields[fields.length - 1], 'the signer infos');
    if (!isUniversal(fields[fields.length - 1], asn1.Type.SET) || signerInfos.length === 0) throw new Malformed('it has no signer');
    return { certificates, signers: signerInfos.map((node) => readSignerInfo(node, contentType)) };
  } catch (e) {
    if (e instanceof Malformed) throw malformed(e.message);
    throw e;
  }
}

function readSignerInfo(node: Asn1, contentType: string): SignerInfo {
  const fields = children(node, 'a SignerInfo');
  const sid = fields[1];
  let id: SignerInfo['id'];
  if (isUniversal(sid, asn1.Type.SEQUENCE)) {
    const [issuer, serial] = children(sid, 'the issuer and serial number');
    if (!issuer) throw new Malformed('the signer has no issuer');
    id = { issuer: toDer(issuer), serial: primitive(serial, 'the serial number') };
  } else if (isContext(sid, 0)) {
    id = { keyId: primitive(sid, 'the subject key identifier') };
  } else {
    throw new Malformed('the signer identifier is neither an issuer and serial number nor a key identifier');
  }

  const digestOid = oid(children(fields[2], 'the digest algorithm')[0], 'the digest algorithm');
  const digest = DIGESTS[digestOid];
  if (!digest) {
    const weak = WEAK_DIGESTS[digestOid];
    throw new SignInputError(
      'signature',
      weak ? `the signature uses ${weak}, which is too weak to trust — sign the report again with SHA-256` : `the signature's digest algorithm ${digestOid} is not supported — sign with SHA-256`,
    );
  }

  const attributes = isContext(fields[3], 0) ? fields[3] : undefined;
  const rest = fields.slice(attributes ? 4 : 3);
  const signatureAlgorithm = oid(children(rest[0], 'the signature algorithm')[0], 'the signature algorithm');
  if (!SIGNATURE_ALGORITHMS[signatureAlgorithm]) {
    throw new SignInputError('signature', `the signature algorithm ${signatureAlgorithm} is not supported — sign with an RSA key (PKCS#1 v1.5) and SHA-256`);
  }
  if (!isUniversal(rest[1], asn1.Type.OCTETSTRING)) throw new Malformed('the signature value is missing');
  const signature = fromBinary(primitive(rest[1], 'the signature value'));

  if (!attributes) return { id, digest, signature };
  const attributeList = children(attributes, 'the signed attributes');
  let messageDigest: Buffer | undefined;
  let signedContentType: string | undefined;
  for (const attribute of attributeList) {
    const [type, values] = children(attribute, 'a signed attribute');
    const attributeType = oid(type, 'a signed attribute type');
    const [first, ...more] = children(values, 'a signed attribute value');
    if (attributeType === OID.messageDigest) {
      if (messageDigest || more.length > 0 || !isUniversal(first, asn1.Type.OCTETSTRING)) throw new Malformed('its message digest attribute is malformed');
      messageDigest = fromBinary(primitive(first, 'the message digest'));
    } else if (attributeType === OID.contentType) {
      if (signedContentType || more.length > 0) throw new Malformed('its content type attribute is malformed');
      signedContentType = oid(first, 'the signed content type');
    }
  }
  if (!messageDigest || !signedContentType) throw new Malformed('its signed attributes lack the content type or the message digest');
  if (signedContentType !== contentType) throw new Malformed('its signed content type differs from the content type');
  // The signature covers the attributes encoded as a SET (RFC 5652, 5.4), not as the [0] they are sent in.
  const signedAttributes = toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributeList));
  return { id, digest, signature, signedAttributes, messageDigest };
}
