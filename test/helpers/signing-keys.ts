// Keys and certificates for the signing tests, made here: RSA keys with Node's generator and
// self-signed certificates with node-forge, and keys and certificates made by the openssl CLI
// (EC, encrypted, small RSA), with a config of our own rather than the system's.
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import forge from 'node-forge';

export interface KeyAndCert {
  key: string;
  cert: string;
  /** The public key, PEM (SubjectPublicKeyInfo). */
  publicKey: string;
}

/** An RSA key (PKCS#8 PEM, or PKCS#1 with `pkcs1`) from Node's generator: milliseconds, not seconds. */
export function rsaKey(bits = 2048, encoding: 'pkcs8' | 'pkcs1' = 'pkcs8'): { key: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: bits,
    privateKeyEncoding: { type: encoding, format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { key: privateKey, publicKey };
}

/** A self-signed certificate for `keyPem`, made with node-forge. */
export function forgeCertificate(keyPem: string, commonName: string, publicKeyPem: string): string {
  const privateKey = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2035-01-01T00:00:00Z');
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Glow Medspa' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** An RSA 2048 key and a node-forge self-signed certificate for it. */
export function forgeSigner(commonName: string): KeyAndCert {
  const { key, publicKey } = rsaKey(2048);
  return { key, publicKey, cert: forgeCertificate(key, commonName, publicKey) };
}

const CONFIG = ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = placeholder', '[ext]', 'basicConstraints = CA:FALSE', 'keyUsage = critical,digitalSignature', ''].join('\n');

/** Runs openssl in `dir` with our config (never the system's). */
export async function openssl(dir: string, args: string[], options: { reject?: boolean; input?: string } = {}) {
  const config = path.join(dir, 'openssl.cnf');
  await writeFile(config, CONFIG);
  return execa('openssl', args, { cwd: dir, env: { OPENSSL_CONF: config }, reject: options.reject ?? true, ...(options.input === undefined ? {} : { input: options.input }) });
}

/** A key (`openssl genpkey` with these options) written to `dir/name`, returned as PEM. */
export async function opensslKey(dir: string, name: string, genpkeyArgs: string[]): Promise<string> {
  await openssl(dir, ['genpkey', ...genpkeyArgs, '-out', name]);
  return readFile(path.join(dir, name), 'utf8');
}

/** An RSA key and self-signed certificate made by `openssl req -x509 -newkey`. */
export async function opensslSigner(dir: string, name: string, commonName: string, keyArgs = ['-newkey', 'rsa:2048']): Promise<KeyAndCert & { keyFile: string; certFile: string }> {
  const keyFile = path.join(dir, `${name}-key.pem`);
  const certFile = path.join(dir, `${name}-cert.pem`);
  const configFile = path.join(dir, 'openssl.cnf');
  await openssl(dir, ['req', '-x509', ...keyArgs, '-nodes', '-config', configFile, '-extensions', 'ext', '-subj', `/CN=${commonName}`, '-days', '2', '-keyout', keyFile, '-out', certFile]);
  await openssl(dir, ['pkey', '-in', keyFile, '-pubout', '-out', path.join(dir, `${name}-pub.pem`)]);
  return {
    key: await readFile(keyFile, 'utf8'),
    cert: await readFile(certFile, 'utf8'),
    publicKey: await readFile(path.join(dir, `${name}-pub.pem`), 'utf8'),
    keyFile,
    certFile,
  };
}
