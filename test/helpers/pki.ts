// Certificates made inside tests: RSA CAs and leaves with node-forge (any key size, digest, dates,
// SANs), and ECDSA / Ed25519 ones with the openssl CLI, because node-forge cannot make EC certificates.
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import forge from 'node-forge';

/** A certificate and its key, PEM; `caCert` is the issuer's certificate (the certificate itself when self-signed). */
export interface TestCert {
  key: string;
  cert: string;
  caCert: string;
}

export type RsaKeyBits = 1024 | 2048;
export type RsaDigest = 'sha256' | 'sha1' | 'md5';

export interface RsaCertOptions {
  commonName: string;
  /** Host names and IP addresses (told apart with `isIP`), e.g. ['localhost', '127.0.0.1']. */
  sans?: string[];
  /** Default: a day ago. */
  notBefore?: Date;
  /** Default: in 30 days. */
  notAfter?: Date;
  /** Default 2048. */
  keyBits?: RsaKeyBits;
  /** Default sha256. */
  digest?: RsaDigest;
  /** The CA that signs the certificate; self-signed when absent. Any key type (RSA or EC). */
  issuer?: TestCert;
  /** Make a CA certificate (basicConstraints CA:TRUE, keyCertSign). */
  isCa?: boolean;
}

const DAY_MS = 86_400_000;

// Generating RSA keys is the slow part, so keys are made once per size and role and reused by every
// certificate of the test run: a CA and its leaves still get different keys.
const rsaKeys = new Map<string, { pem: string; privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey }>();

function rsaKey(bits: RsaKeyBits, role: 'ca' | 'leaf') {
  const slot = `${bits}/${role}`;
  let key = rsaKeys.get(slot);
  if (!key) {
    // Node's native generator instead of forge's pure-JS one: milliseconds instead of seconds.
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: bits,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const forgeKey = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
    key = { pem: privateKey, privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
    rsaKeys.set(slot, key);
  }
  return key;
}

/** A positive serial number in hex (DER integers are signed, so the first byte stays below 0x80). */
function randomSerialHex(): string {
  const bytes = randomBytes(9);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  if (bytes[0] === 0) bytes[0] = 1;
  return bytes.toString('hex');
}

function altNames(sans: string[]) {
  // forge's GeneralName types: 2 = dNSName, 7 = iPAddress.
  return sans.map((name) => (isIP(name) ? { type: 7, ip: name } : { type: 2, value: name }));
}

function digestFor(digest: RsaDigest): forge.md.MessageDigest {
  switch (digest) {
    case 'sha256':
      return forge.md.sha256.create();
    case 'sha1':
      return forge.md.sha1.create();
    case 'md5':
      return forge.md.md5.create();
  }
}

/** An RSA certificate made with node-forge: a CA when `isCa`, else a TLS server leaf. */
export function makeRsaCert(options: RsaCertOptions): TestCert {
  const isCa = options.isCa ?? false;
  const key = rsaKey(options.keyBits ?? 2048, isCa ? 'ca' : 'leaf');
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 30 * DAY_MS);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);

  const extensions: object[] = isCa
    ? [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ]
    : [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
      ];
  if (options.sans && options.sans.length > 0) extensions.push({ name: 'subjectAltName', altNames: altNames(options.sans) });
  extensions.push({ name: 'subjectKeyIdentifier' });
  cert.setExtensions(extensions);

  const digest = digestFor(options.digest ?? 'sha256');
  if (options.issuer) {
    const issuerCert = forge.pki.certificateFromPem(options.issuer.cert);
    cert.setIssuer(issuerCert.subject.attributes);
    cert.sign(forge.pki.privateKeyFromPem(options.issuer.key) as forge.pki.rsa.PrivateKey, digest);
    return { key: key.pem, cert: forge.pki.certificateToPem(cert), caCert: options.issuer.cert };
  }
  cert.setIssuer(subject);
  cert.sign(key.privateKey, digest);
  const pem = forge.pki.certificateToPem(cert);
  return { key: key.pem, cert: pem, caCert: pem };
}

/** A CA certificate (RSA, self-signed unless `issuer` is given, which makes an intermediate). */
export function makeRsaCa(options: Omit<RsaCertOptions, 'isCa' | 'sans'>): TestCert {
  return makeRsaCert({ ...options, isCa: true });
}

export type EcCurve = 'P-256' | 'P-384';

export interface OpensslCertOptions {
  commonName: string;
  sans?: string[];
  /** An ECDSA key on this curve, or an Ed25519 key. */
  key: { type: 'ec'; curve: EcCurve } | { type: 'ed25519' };
  /** Signature digest, default sha256; ignored for Ed25519 signers (which hash internally). */
  digest?: 'sha256' | 'sha384';
  /** Default 30; openssl 3.0 `req -x509` only takes a day count (from now). */
  days?: number;
  /** The signing CA (an RSA CA from makeRsaCa works, as does an EC CA from here); self-signed when absent. */
  issuer?: TestCert;
  isCa?: boolean;
}

/**
 * A certificate with an ECDSA (or Ed25519) key, made by the openssl CLI in a temporary directory
 * (`req -x509`, with `-CA`/`-CAkey` when an issuer is given; the config is ours, not the system's).
 */
export async function makeOpensslCert(options: OpensslCertOptions): Promise<TestCert> {
  const keyPem =
    options.key.type === 'ec'
      ? generateKeyPairSync('ec', {
          namedCurve: options.key.curve,
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
          publicKeyEncoding: { type: 'spki', format: 'pem' },
        }).privateKey
      : generateKeyPairSync('ed25519', {
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
          publicKeyEncoding: { type: 'spki', format: 'pem' },
        }).privateKey;

  const extensions = options.isCa
    ? ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign']
    : ['basicConstraints = CA:FALSE', 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = serverAuth'];
  if (options.sans && options.sans.length > 0) {
    extensions.push(`subjectAltName = ${options.sans.map((n) => (isIP(n) ? `IP:${n}` : `DNS:${n}`)).join(',')}`);
  }
  extensions.push('subjectKeyIdentifier = hash');
  const config = [
    '[req]',
    'distinguished_name = dn',
    'prompt = no',
    '[dn]',
    `CN = ${options.commonName}`,
    '[ext]',
    ...extensions,
    '',
  ].join('\n');

  const dir = await mkdtemp(path.join(tmpdir(), 'hipaa-hero-pki-'));
  try {
    const file = (name: string) => path.join(dir, name);
    await writeFile(file('req.cnf'), config);
    await writeFile(file('key.pem'), keyPem, { mode: 0o600 });
    const args = ['req', '-x509', '-new', '-config', file('req.cnf'), '-extensions', 'ext', '-key', file('key.pem')];
    args.push('-days', String(options.days ?? 30), '-set_serial', `0x${randomSerialHex()}`, '-out', file('cert.pem'));
    // A digest with an Ed25519 signer is refused; with an ECDSA or RSA signer it picks the hash.
    const signer = createPrivateKey(options.issuer?.key ?? keyPem);
    if (signer.asymmetricKeyType !== 'ed25519') args.push(`-${options.digest ?? 'sha256'}`);
    if (options.issuer) {
      await writeFile(file('ca.pem'), options.issuer.cert);
      await writeFile(file('ca-key.pem'), options.issuer.key, { mode: 0o600 });
      args.push('-CA', file('ca.pem'), '-CAkey', file('ca-key.pem'));
    }
    await execa('openssl', args, { env: { OPENSSL_CONF: file('req.cnf') } });
    const cert = await readFile(file('cert.pem'), 'utf8');
    return { key: keyPem, cert, caCert: options.issuer?.cert ?? cert };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

