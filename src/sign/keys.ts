// Reading the PEM files that signing and verifying take: the signer's private key (RSA, 2048 bits or
// more, not encrypted), certificates and public keys. Node's crypto reads and names the keys (any
// type, so that a refusal can say what the key is); node-forge is not loaded here.
import { createHash, createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { InputError } from '../errors.js';
import { describeRefusal, FileRefused, MiB, readRegularFile } from '../fs-safe.js';

/** Which input a problem is in; the file-reading wrappers turn it into the file's name. */
export type SignSource = 'report' | 'key' | 'cert' | 'signature';

const LABELS: Record<SignSource, string> = { report: 'report', key: 'private key', cert: 'certificate', signature: 'signature' };

/**
 * A problem with one of the signing inputs (exit 2). Thrown by the functions that take PEM text, which
 * do not know file names: `in(file)` names the file.
 */
export class SignInputError extends InputError {
  readonly source: SignSource;
  readonly line: number;
  readonly detail: string;

  constructor(source: SignSource, detail: string, line = 1) {
    super([{ file: LABELS[source], line, column: 1, message: detail }]);
    this.source = source;
    this.line = line;
    this.detail = detail;
  }

  in(file: string): InputError {
    return InputError.at(file, this.line, 1, this.detail);
  }
}

export const MIN_RSA_BITS = 2048;
const MAKE_KEY = 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out signing-key.pem';

export interface PemBlock {
  label: string;
  /** RFC 1421 headers (Proc-Type, DEK-Info) of a legacy encrypted key. */
  headers: Record<string, string>;
  der: Buffer;
  /** The block as written, BEGIN to END line. */
  text: string;
  /** The line of its BEGIN line, from 1. */
  line: number;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Every PEM block in `text`; a block whose body is not base64 is an error at its line. */
export function pemBlocks(text: string, source: SignSource): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const label = match[1] ?? '';
    let body = match[2] ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    const headers: Record<string, string> = {};
    const split = body.match(/^\s*((?:[A-Za-z-]+:[^\n]*\r?\n)+)\r?\n/);
    if (split) {
      for (const header of (split[1] ?? '').split(/\r?\n/)) {
        const colon = header.indexOf(':');
        if (colon > 0) headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
      }
      body = body.slice(split[0].length);
    }
    const base64 = body.replace(/\s+/g, '');
    if (!BASE64.test(base64)) {
      throw new SignInputError(source, `the ${label} block is damaged (its body is not base64) — copy the file again from where it was made`, line);
    }
    blocks.push({ label, headers, der: Buffer.from(base64, 'base64'), text: match[0], line });
  }
  return blocks;
}

/** PEM text of DER bytes, 64 columns, LF line ends. */
export function toPem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/** "RSA 2048-bit", "EC P-256", "Ed25519": what a key is, for messages. */
export function describeKey(key: KeyObject): string {
  const details = key.asymmetricKeyDetails;
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return `RSA ${details?.modulusLength ?? '?'}-bit`;
    case 'rsa-pss':
      return `RSA-PSS ${details?.modulusLength ?? '?'}-bit`;
    case 'ec': {
      const curve = details?.namedCurve ?? 'unknown curve';
      return `EC (ECDSA) ${CURVES[curve] ?? curve}`;
    }
    case 'ed25519':
      return 'Ed25519';
    case 'ed448':
      return 'Ed448';
    case 'dsa':
      return 'DSA';
    default:
      return key.asymmetricKeyType?.toUpperCase() ?? 'unknown';
  }
}

export interface SigningKey {
  key: KeyObject;
  /** The key as PKCS#1 RSAPrivateKey DER, for node-forge. */
  pkcs1: Buffer;
  /** DER SubjectPublicKeyInfo of its public half. */
  spki: Buffer;
}

const isCertificate = (b: PemBlock) => b.label === 'CERTIFICATE' || b.label === 'TRUSTED CERTIFICATE' || b.label === 'X509 CERTIFICATE';
const isPublicKey = (b: PemBlock) => b.label === 'PUBLIC KEY' || b.label === 'RSA PUBLIC KEY';
const isPrivateKey = (b: PemBlock) => b.label.endsWith('PRIVATE KEY');

/**
 * The signer's private key: one unencrypted RSA key of 2048 bits or more, in any PEM form OpenSSL
 * writes (PKCS#1 or PKCS#8). Anything else is refused, saying what it is and what to do.
 */
export function readSigningKey(pem: string): SigningKey {
  const blocks = pemBlocks(pem, 'key');
  const keys = blocks.filter(isPrivateKey);
  if (keys.length === 0) {
    if (blocks.some(isCertificate)) throw new SignInputError('key', 'this is a certificate, not a private key — pass the private key to --sign and the certificate to --cert');
    if (blocks.some(isPublicKey)) throw new SignInputError('key', 'this is a public key — signing needs the private key (PEM, "-----BEGIN PRIVATE KEY-----")');
    throw new SignInputError('key', 'no PEM private key here (no "-----BEGIN … PRIVATE KEY-----" line) — pass an RSA private key in PEM');
  }
  const [block] = keys;
  if (keys.length > 1 || !block) throw new SignInputError('key', `this file holds ${keys.length} private keys — give a file with the one signing key`, keys[1]?.line);
  const encrypted = () =>
    new SignInputError(
      'key',
      'the private key is encrypted, and hipaa-hero does not ask for passphrases — decrypt a copy with `openssl pkey -in key.pem -out key-plain.pem`, keep it private (chmod 600) and pass that',
      block.line,
    );
  if (block.label === 'ENCRYPTED PRIVATE KEY' || /ENCRYPTED/i.test(block.headers['Proc-Type'] ?? '')) throw encrypted();
  if (block.label === 'OPENSSH PRIVATE KEY') {
    throw new SignInputError('key', `this is an OpenSSH key — give an RSA private key in PEM (make one with \`${MAKE_KEY}\`)`, block.line);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(block.text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MISSING_PASSPHRASE') throw encrypted();
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new SignInputError('key', `cannot read the ${block.label} (${reason}) — give an unencrypted RSA private key in PEM`, block.line);
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new SignInputError(
      'key',
      `this is an ${describeKey(key)} key, and node-forge, which makes hipaa-hero's signatures, signs only with RSA — give an RSA private key of ${MIN_RSA_BITS} bits or more (\`${MAKE_KEY}\`)`,
      block.line,
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) {
    throw new SignInputError('key', `this RSA key has ${bits} bits, too few to sign with — give an RSA key of ${MIN_RSA_BITS} bits or more (\`${MAKE_KEY}\`)`, block.line);
  }
  return {
    key,
    pkcs1: key.export({ type: 'pkcs1', format: 'der' }),
    spki: createPublicKey(key).export({ type: 'spki', format: 'der' }),
  };
}

/** A public key that a signature may be checked against, with what to call it. */
export interface KnownKey {
  key: KeyObject;
  spki: Buffer;
  /** SHA-256 (hex) of the DER SubjectPublicKeyInfo. */
  sha256: string;
  /** The certificate's common name (or subject), or "public key SHA-256 …". */
  name: string;
  certificate?: X509Certificate;
  /** DER, when it is a certificate. */
  der?: Buffer;
}

/** The common name of a certificate's subject, or the whole subject when it has none. */
export function subjectName(cert: X509Certificate): string {
  const lines = cert.subject.split('\n');
  const cn = lines.find((l) => l.startsWith('CN='));
  return cn ? cn.slice(3) : lines.join(', ') || `certificate ${cert.fingerprint256}`;
}

export const keyName = (sha256: string): string => `public key SHA-256 ${sha256}`;

/** A certificate (DER) as a KnownKey; throws when it is not a certificate. */
export function certificateKey(der: Buffer): KnownKey {
  const certificate = new X509Certificate(der);
  const spki = certificate.publicKey.export({ type: 'spki', format: 'der' });
  return { key: certificate.publicKey, spki, sha256: sha256Hex(spki), name: subjectName(certificate), certificate, der };
}

function readBlock(block: PemBlock, source: SignSource): KnownKey {
  try {
    if (isCertificate(block)) return certificateKey(block.der);
    const key = createPublicKey(block.text);
    const spki = key.export({ type: 'spki', format: 'der' });
    const sha256 = sha256Hex(spki);
    return { key, spki, sha256, name: keyName(sha256) };
  } catch (e) {
    if (e instanceof SignInputError) throw e;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new SignInputError(source, `cannot read the ${block.label} (${reason}) — give an X.509 certificate or public key in PEM`, block.line);
  }
}

/**
 * The certificates (and, with `publicKeys`, the public keys) in a PEM file, in order. A file with
 * none is an error that says what the file holds instead.
 */
export function readKnownKeys(pem: string, source: SignSource, publicKeys: boolean): KnownKey[] {
  const blocks = pemBlocks(pem, source);
  const wanted = blocks.filter((b) => isCertificate(b) || (publicKeys && isPublicKey(b)));
  const what = publicKeys ? "the signer's X.509 certificate or public key (PEM)" : "the signer's X.509 certificate (PEM)";
  if (wanted.length === 0) {
    const privateKey = blocks.find(isPrivateKey);
    if (privateKey) {
      throw new SignInputError(
        source,
        publicKeys
          ? `this is a private key — pass ${what}; \`openssl pkey -in key.pem -pubout -out public.pem\` writes the public key`
          : `this is a private key — pass it to --sign, and ${what} to --cert`,
        privateKey.line,
      );
    }
    if (blocks.some(isPublicKey)) {
      throw new SignInputError(source, `this is a public key — pass ${what}, or sign without --cert to write a hipaa-hero signature envelope`);
    }
    const first = blocks[0];
    if (first) throw new SignInputError(source, `this is a ${first.label}, not a certificate — pass ${what}`, first.line);
    throw new SignInputError(source, `no PEM certificate here (no "-----BEGIN CERTIFICATE-----" line) — pass ${what}; convert DER with \`openssl x509 -inform DER -in cert.der -out cert.pem\``);
  }
  return wanted.map((b) => readBlock(b, source));
}

/** Keys, certificates and signatures are small: a bigger file is not one. */
const MAX_SMALL_FILE = MiB;

const MISSING: Record<SignSource, string> = {
  report: 'no such file — give the path of the JSON report',
  key: 'no such file — give the PEM file of the RSA private key to sign with',
  cert: "no such file — give the PEM file of the signer's certificate (or public key)",
  signature: 'no such file — give the signature written beside the report (<report>.sig)',
};

/** A report is read whole to be hashed or signed: the same cap as for reading one back (report/read.ts). */
const MAX_REPORT_FILE = 256 * MiB;

/**
 * Reads one input file: regular files only (a FIFO is never opened, a device never read), within
 * its cap; a missing, unreadable, oversized or special one is an InputError naming it.
 */
export async function readInput(path: string, source: SignSource): Promise<Buffer> {
  try {
    return await readRegularFile(path, source === 'report' ? MAX_REPORT_FILE : MAX_SMALL_FILE);
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    const r = e.refusal;
    switch (r.reason) {
      // Each is about the file as a whole: no line or column.
      case 'missing':
        throw InputError.at(path, 0, 0, MISSING[source]);
      case 'too-large':
        throw InputError.at(path, 0, 0, `this file has ${r.size} bytes, too many for a ${LABELS[source]} — check the path`);
      case 'unreadable':
        throw InputError.at(path, 0, 0, `cannot read the ${LABELS[source]} (${r.code}) — check its permissions`);
      case 'directory':
        throw InputError.at(path, 0, 0, `is a directory, not a file — ${MISSING[source].replace(/^no such file — /, '')}`);
      default:
        throw InputError.at(path, 0, 0, `this ${describeRefusal(r)} — ${MISSING[source].replace(/^no such file — /, '')}`);
    }
  }
}
