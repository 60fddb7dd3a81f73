// Signing a report, with node-forge:
// - an RSA key with its X.509 certificate makes a detached PKCS#7 / CMS SignedData (SHA-256, the
//   signer's certificate inside, authenticated contentType + messageDigest), PEM: any CMS tool
//   checks it (`openssl cms -verify -binary -content report.json …`);
// - an RSA key alone makes a hipaa-hero signature envelope (see format.ts), which names the key by
//   its SHA-256.
// No signing time by default, so the same report, key and certificate give the same bytes.
// This module loads node-forge's PKCS#7, X.509 and RSA code: import it only to sign (index.ts does).
import { verify as cryptoVerify } from 'node:crypto';
import pkcs7 from 'node-forge/lib/pkcs7.js';
import sha256 from 'node-forge/lib/sha256.js';
import util from 'node-forge/lib/util.js';
import pki from 'node-forge/lib/x509.js';
import { asn1, binary, children, fromBinary, issuerAndSerial, parseDer, toDer, type Asn1 } from './der.js';
import { OID } from './oids.js';
import { ENVELOPE_ALGORITHM, ENVELOPE_FORMAT, ENVELOPE_VERSION, type SignatureEnvelope } from './format.js';
import { describeKey, readInput, readKnownKeys, readSigningKey, sha256Hex, SignInputError, toPem, type KnownKey, type SigningKey } from './keys.js';

type ForgeKey = ReturnType<typeof pki.privateKeyFromAsn1>;

export interface SignOptions {
  /** Add a signingTime attribute (PKCS#7 only). Off by default: signatures stay reproducible. */
  signingTime?: Date;
}

/**
 * The text of a detached signature of `content`: PKCS#7 (PEM) when `certPem` holds the key's
 * certificate (and any chain certificates, which are included too), else a hipaa-hero signature
 * envelope (JSON). Throws a SignInputError (exit 2) for a key or certificate it cannot sign with.
 */
export function signReport(content: Uint8Array, keyPem: string, certPem?: string, options: SignOptions = {}): string {
  const signer = readSigningKey(keyPem);
  const certificates = certPem === undefined ? undefined : readKnownKeys(certPem, 'cert', false);
  const forgeKey = pki.privateKeyFromAsn1(parseDer(signer.pkcs1));
  return certificates ? signPkcs7(content, signer, forgeKey, certificates, options) : signEnvelope(content, signer, forgeKey);
}

/**
 * `signReport` on files: the report as written, the key and the certificate, each named in the
 * error (`key.pem:1:1: …`) when it is missing, unreadable or unusable.
 */
export async function signReportFile(reportPath: string, keyPath: string, certPath?: string, options: SignOptions = {}): Promise<string> {
  const content = await readInput(reportPath, 'report');
  const keyPem = (await readInput(keyPath, 'key')).toString('utf8');
  const certPem = certPath === undefined ? undefined : (await readInput(certPath, 'cert')).toString('utf8');
  try {
    return signReport(content, keyPem, certPem, options);
  } catch (e) {
    if (e instanceof SignInputError) throw e.in(e.source === 'key' ? keyPath : e.source === 'cert' && certPath ? certPath : reportPath);
    throw e;
  }
}

function signEnvelope(content: Uint8Array, signer: SigningKey, forgeKey: ForgeKey): string {
  const md = sha256.create();
  md.update(binary(content));
  const signature = fromBinary(forgeKey.sign(md, 'RSASSA-PKCS1-V1_5'));
  selfCheck(cryptoVerify('sha256', content, signer.key, signature));
  const envelope: SignatureEnvelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    algorithm: ENVELOPE_ALGORITHM,
    publicKeySha256: sha256Hex(signer.spki),
    reportSha256: sha256Hex(content),
    signature: signature.toString('base64'),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

function signPkcs7(
  content: Uint8Array,
  signer: SigningKey,
  forgeKey: ForgeKey,
  certificates: KnownKey[],
  options: SignOptions,
): string {
  const own = certificates.find((c) => c.spki.equals(signer.spki));
  if (!own?.der) throw mismatch(signer, certificates);
  let certificate: ReturnType<typeof pki.certificateFromAsn1>;
  try {
    certificate = pki.certificateFromAsn1(parseDer(own.der, true));
  } catch (e) {
    throw new SignInputError('cert', `node-forge cannot read the certificate of ${own.name} (${e instanceof Error ? e.message : String(e)}) — reissue it as a plain RSA X.509 certificate`);
  }

  const p7 = pkcs7.createSignedData();
  p7.content = util.createBuffer(binary(content));
  p7.addSigner({
    key: forgeKey,
    certificate,
    digestAlgorithm: OID.sha256,
    // In DER order (a SET OF is sorted by encoding): contentType, signingTime, messageDigest.
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      ...(options.signingTime ? [{ type: OID.signingTime, value: options.signingTime.toISOString() }] : []),
      { type: OID.messageDigest },
    ],
  });
  p7.sign({ detached: true });
  const contentInfo = p7.toAsn1();

  // node-forge re-encodes the signer's issuer name from its parsed form and can carry only
  // certificates it parses (RSA): put the certificates in as they are encoded (the signer's first,
  // then the rest of the file, e.g. intermediates of any key type), and the issuer and serial number
  // exactly as the certificate has them, so that every CMS tool finds the signer.
  const signedData = children(children(contentInfo, 'ContentInfo')[1], 'SignedData')[0];
  const fields = children(signedData, 'SignedData');
  const ordered = [own, ...certificates.filter((c) => c !== own)];
  const certificateSet = asn1.create(
    asn1.Class.CONTEXT_SPECIFIC,
    0,
    true,
    ordered.flatMap((c) => (c.der ? [parseDer(c.der)] : [])),
  );
  fields.splice(3, 0, certificateSet);
  const signerInfo = children(fields[fields.length - 1], 'SignerInfos')[0];
  const { issuer, serial } = issuerAndSerial(own.der);
  children(signerInfo, 'SignerInfo')[1] = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [issuer, serial]);

  const der = toDer(contentInfo);
  selfCheckPkcs7(signerInfo, signer);
  return toPem('PKCS7', der);
}

/** The certificate file holds no certificate of this key. */
function mismatch(signer: SigningKey, certificates: KnownKey[]): SignInputError {
  const key = `the private key is ${describeKey(signer.key)} with public key SHA-256 ${sha256Hex(signer.spki).slice(0, 16)}…`;
  const [first] = certificates;
  const certs =
    certificates.length === 1 && first
      ? `the certificate (${first.name}) is for ${describeKey(first.key)} key SHA-256 ${first.sha256.slice(0, 16)}…`
      : `none of its ${certificates.length} certificates is for that key`;
  return new SignInputError('cert', `the certificate does not match the private key: ${certs}, ${key} — pass the certificate issued for this key (or the key it was issued for)`);
}

/**
 * A signature that does not verify means a fault in the signing arithmetic (which can leak an RSA
 * key): check each one with Node's crypto before it leaves, and never write a bad one.
 */
function selfCheck(ok: boolean): void {
  if (!ok) throw new Error('the signature just made does not verify with its own key');
}

function selfCheckPkcs7(signerInfo: Asn1 | undefined, signer: SigningKey): void {
  const fields = children(signerInfo, 'SignerInfo');
  const attributes = fields[3];
  const signature = fields[5];
  if (!attributes || !signature || typeof signature.value !== 'string') return selfCheck(false);
  const signed = toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(attributes, 'signed attributes')));
  selfCheck(cryptoVerify('sha256', signed, signer.key, fromBinary(signature.value)));
}
