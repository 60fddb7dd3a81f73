// Signed reports: detached PKCS#7 (checked by openssl too) and hipaa-hero signature envelopes, with
// keys and certificates made here by node-forge and by the openssl CLI; the refusals (EC, encrypted,
// small, mismatched keys); malformed signature files; and `hipaa-hero verify`'s exit codes.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exitCodeFor } from '../src/cli/run.js';
import { verifyCommand } from '../src/cli/verify-command.js';
import { InputError } from '../src/errors.js';
import { SignInputError } from '../src/sign/keys.js';
import { signReport, signReportFile } from '../src/sign/sign.js';
import { NOT_PINNED, verifyReport, verifyReportFile } from '../src/sign/verify.js';
import { makeOpensslCert, makeRsaCa, makeRsaCert } from './helpers/pki.js';
import { forgeCertificate, forgeSigner, openssl, opensslKey, opensslSigner, rsaKey, type KeyAndCert } from './helpers/signing-keys.js';

const REPORT = Buffer.from(
  JSON.stringify({ schemaVersion: 1, tool: { name: 'hipaa-hero', version: '0.1.0' }, stack: { practice: 'Glow Medspa' }, score: { value: 87.5, grade: 'B' } }) + '\n',
);
const altered = (bytes: Buffer, at = 60): Buffer => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

let dir: string;
let alice: KeyAndCert; // the practice's signer, node-forge certificate
let mallory: KeyAndCert; // another key
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hipaa-hero-sign-'));
  alice = forgeSigner('Glow Medspa Compliance');
  mallory = forgeSigner('Glow Medspa Compliance'); // same name, another key
  await writeFile(file('report.json'), REPORT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `openssl cms -verify` of a detached signature; resolves to its exit code. */
async function opensslVerifies(signature: string, content: Buffer, extra: string[] = ['-noverify']): Promise<number> {
  await writeFile(file('check.sig'), signature);
  await writeFile(file('check.json'), content);
  const result = await openssl(dir, ['cms', '-verify', '-binary', '-inform', 'PEM', '-in', 'check.sig', '-content', 'check.json', '-purpose', 'any', ...extra, '-out', '/dev/null'], { reject: false });
  return result.exitCode ?? -1;
}

function expectSignInputError(run: () => unknown, source: SignInputError['source'], message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(SignInputError);
  const error = caught as SignInputError;
  expect(error.source).toBe(source);
  expect(error.detail).toMatch(message);
  // One line, with what to do after the dash.
  expect(error.message.split('\n')).toHaveLength(1);
  expect(error.detail).toContain(' — ');
}

describe('PKCS#7 detached signatures (key + certificate)', () => {
  it('signs and verifies: valid only when pinned with --cert; without it intact but not a pass', () => {
    const signature = signReport(REPORT, alice.key, alice.cert);
    expect(signature).toMatch(/^-----BEGIN PKCS7-----\n/);
    expect(signature).toMatch(/\n-----END PKCS7-----\n$/);
    expect(signature).not.toContain('\r');
    // Without a pinned key the signature's own certificate vouches for itself: intact, never valid.
    expect(verifyReport(REPORT, signature)).toEqual({ valid: false, signer: 'Glow Medspa Compliance', pinned: false, format: 'pkcs7', reason: NOT_PINNED });
    expect(NOT_PINNED).toBe("the signature is intact but the signer is not pinned: give --cert <the signer's certificate> to check who signed it");
    expect(verifyReport(REPORT, signature, alice.cert)).toEqual({ valid: true, signer: 'Glow Medspa Compliance', pinned: true, format: 'pkcs7' });
    // A pinned public key: named by the signature's certificate, which holds that key.
    expect(verifyReport(REPORT, signature, alice.publicKey)).toMatchObject({ valid: true, signer: 'Glow Medspa Compliance', pinned: true });
  });

  it('is reproducible: no signing time, so the same inputs give the same bytes', () => {
    expect(signReport(REPORT, alice.key, alice.cert)).toBe(signReport(REPORT, alice.key, alice.cert));
  });

  it('stays small: the certificate and one RSA signature, whatever the size of the report', () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'x');
    const small = signReport(REPORT, alice.key, alice.cert);
    expect(signReport(big, alice.key, alice.cert).length).toBe(small.length);
    expect(small.length).toBeLessThan(2500);
  });

  it('one byte of the report changed: invalid, "changed after it was signed"', () => {
    const signature = signReport(REPORT, alice.key, alice.cert);
    for (const at of [0, 60, REPORT.length - 1]) {
      const result = verifyReport(altered(REPORT, at), signature, alice.cert);
      expect(result).toEqual({ valid: false, reason: expect.stringMatching(/report was changed after it was signed/) });
    }
    // Without --cert an altered report is still reported as altered, not merely as unpinned.
    expect(verifyReport(Buffer.concat([REPORT, Buffer.from('\n')]), signature)).toEqual({ valid: false, reason: expect.stringMatching(/changed after it was signed/) });
    expect(verifyReport(REPORT.subarray(0, -1), signature)).toEqual({ valid: false, reason: expect.stringMatching(/changed after it was signed/) });
  });

  it('signed by another key: invalid "signed by another key" with --cert of the expected signer, even under the same name', () => {
    const forged = signReport(REPORT, mallory.key, mallory.cert);
    // On its own it is an intact signature by someone calling themselves the same name: not valid…
    expect(verifyReport(REPORT, forged)).toMatchObject({ valid: false, pinned: false, signer: 'Glow Medspa Compliance', reason: NOT_PINNED });
    // …which the expected signer's certificate or public key tells apart.
    for (const pin of [alice.cert, alice.publicKey]) {
      const result = verifyReport(REPORT, forged, pin);
      expect(result.valid).toBe(false);
      if (!result.valid) expect(result.reason).toMatch(/^signed by another key \(Glow Medspa Compliance, public key SHA-256 [0-9a-f]{16}…\), not by /);
    }
  });

  it('a signature file whose signature bytes were altered: invalid', () => {
    const der = Buffer.from(signReport(REPORT, alice.key, alice.cert).replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
    der[der.length - 5] = (der[der.length - 5] ?? 0) ^ 0xff; // inside the RSA signature, the last field
    const result = verifyReport(REPORT, der);
    expect(result).toEqual({ valid: false, reason: expect.stringMatching(/does not verify with the signer's certificate/) });
    // DER (.p7s) is read as well as PEM.
    expect(verifyReport(REPORT, Buffer.from(signReport(REPORT, alice.key, alice.cert).replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64'), alice.cert)).toMatchObject({ valid: true });
  });

  it('openssl cms -verify accepts our signature and rejects it for altered content', async () => {
    const signature = signReport(REPORT, alice.key, alice.cert);
    expect(await opensslVerifies(signature, REPORT)).toBe(0);
    expect(await opensslVerifies(signature, altered(REPORT))).not.toBe(0);
    // With the certificate as the trust anchor, not just -noverify.
    await writeFile(file('alice.pem'), alice.cert);
    expect(await opensslVerifies(signature, REPORT, ['-CAfile', 'alice.pem'])).toBe(0);
    // And openssl smime, the older command.
    await writeFile(file('check.sig'), signature);
    const smime = await openssl(dir, ['smime', '-verify', '-binary', '-inform', 'PEM', '-in', 'check.sig', '-content', 'report.json', '-noverify', '-out', '/dev/null'], { reject: false });
    expect(smime.exitCode).toBe(0);
  });

  it('openssl accepts a signature with the optional signing time, and so do we', async () => {
    const signature = signReport(REPORT, alice.key, alice.cert, { signingTime: new Date('2026-03-01T12:00:00Z') });
    expect(signature).not.toBe(signReport(REPORT, alice.key, alice.cert));
    expect(await opensslVerifies(signature, REPORT)).toBe(0);
    expect(verifyReport(REPORT, signature, alice.cert)).toMatchObject({ valid: true });
  });

  it('works with a key and certificate made by openssl (PKCS#8 key) and with a PKCS#1 key', async () => {
    const made = await opensslSigner(dir, 'ossl', 'Spa Officer');
    const signature = signReport(REPORT, made.key, made.cert);
    expect(verifyReport(REPORT, signature, made.cert)).toMatchObject({ valid: true, signer: 'Spa Officer' });
    expect(await opensslVerifies(signature, REPORT)).toBe(0);

    const pkcs1 = rsaKey(2048, 'pkcs1');
    expect(pkcs1.key).toContain('BEGIN RSA PRIVATE KEY');
    const cert = forgeCertificate(pkcs1.key, 'PKCS1 Signer', pkcs1.publicKey);
    expect(verifyReport(REPORT, signReport(REPORT, pkcs1.key, cert), pkcs1.publicKey)).toMatchObject({ valid: true, signer: 'PKCS1 Signer' });
  });

  it('includes the chain from the certificate file, signer first, so openssl verifies it up to the CA', async () => {
    const ca = makeRsaCa({ commonName: 'Glow Medspa Signing CA' });
    const leaf = makeRsaCert({ commonName: 'Glow Medspa Reports', issuer: ca });
    // The CA first in the file: the signer is found by key, not by position.
    const signature = signReport(REPORT, leaf.key, ca.cert + leaf.cert);
    await writeFile(file('ca.pem'), ca.cert);
    expect(await opensslVerifies(signature, REPORT, ['-CAfile', 'ca.pem'])).toBe(0);
    expect(verifyReport(REPORT, signature, leaf.cert)).toMatchObject({ valid: true, signer: 'Glow Medspa Reports' });
    // The CA's certificate is not the signer's.
    expect(verifyReport(REPORT, signature, ca.cert)).toMatchObject({ valid: false, reason: expect.stringMatching(/^signed by another key \(Glow Medspa Reports/) });
  });

  it('verifies signatures made by openssl cms -sign: RSA and ECDSA', async () => {
    const rsa = await opensslSigner(dir, 'cms-rsa', 'CMS RSA');
    const ec = await opensslSigner(dir, 'cms-ec', 'CMS EC', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    for (const signer of [rsa, ec]) {
      await openssl(dir, ['cms', '-sign', '-binary', '-md', 'sha256', '-in', 'report.json', '-signer', signer.certFile, '-inkey', signer.keyFile, '-outform', 'PEM', '-out', 'openssl.sig']);
      const signature = await readFile(file('openssl.sig'), 'utf8');
      expect(signature).toContain('-----BEGIN CMS-----');
      expect(verifyReport(REPORT, signature, signer.cert)).toMatchObject({ valid: true, pinned: true });
      expect(verifyReport(altered(REPORT), signature, signer.cert)).toMatchObject({ valid: false, reason: expect.stringMatching(/changed after it was signed/) });
      expect(verifyReport(REPORT, signature, alice.cert)).toMatchObject({ valid: false, reason: expect.stringMatching(/^signed by another key/) });
    }
  });
});

describe('signature envelopes (RSA key, no certificate)', () => {
  it('round trip with --cert as a public key or as a certificate', () => {
    const signature = signReport(REPORT, alice.key);
    const envelope = JSON.parse(signature) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'algorithm', 'publicKeySha256', 'reportSha256', 'signature']);
    expect(envelope).toMatchObject({ format: 'hipaa-hero-signature', version: 1, algorithm: 'RSASSA-PKCS1-v1_5-SHA256' });
    expect(envelope.publicKeySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyReport(REPORT, signature, alice.publicKey)).toEqual({
      valid: true,
      signer: `public key SHA-256 ${String(envelope.publicKeySha256)}`,
      pinned: true,
      format: 'envelope',
    });
    expect(verifyReport(REPORT, signature, alice.cert)).toEqual({ valid: true, signer: 'Glow Medspa Compliance', pinned: true, format: 'envelope' });
    // RSA PKCS#1 v1.5 is deterministic.
    expect(signReport(REPORT, alice.key)).toBe(signature);
  });

  it('altered report, another key, no --cert', () => {
    const signature = signReport(REPORT, alice.key);
    expect(verifyReport(altered(REPORT), signature, alice.publicKey)).toEqual({ valid: false, reason: expect.stringMatching(/report was changed after it was signed/) });
    expect(verifyReport(REPORT, signReport(REPORT, mallory.key), alice.cert)).toEqual({
      valid: false,
      reason: expect.stringMatching(/^signed by another key \(public key SHA-256 [0-9a-f]{16}…\), not by Glow Medspa Compliance$/),
    });
    expectSignInputError(() => verifyReport(REPORT, signature), 'signature', /pass --cert with the signer's certificate or public key/);
  });

  it('openssl dgst checks the envelope signature over the report bytes', async () => {
    const envelope = JSON.parse(signReport(REPORT, alice.key)) as { signature: string; publicKeySha256: string };
    await writeFile(file('envelope.bin'), Buffer.from(envelope.signature, 'base64'));
    await writeFile(file('alice-pub.pem'), alice.publicKey);
    const ok = await openssl(dir, ['dgst', '-sha256', '-verify', 'alice-pub.pem', '-signature', 'envelope.bin', 'report.json'], { reject: false });
    expect(ok.stdout).toContain('Verified OK');
    // publicKeySha256 is the SHA-256 of the DER public key, as openssl computes it.
    const der = await openssl(dir, ['pkey', '-pubin', '-in', 'alice-pub.pem', '-outform', 'DER', '-out', 'alice-pub.der']);
    expect(der.exitCode).toBe(0);
    const digest = await openssl(dir, ['dgst', '-sha256', '-r', 'alice-pub.der']);
    expect(digest.stdout.split(' ')[0]).toBe(envelope.publicKeySha256);
  });

  it('refuses malformed envelopes as input errors', () => {
    const good = JSON.parse(signReport(REPORT, alice.key)) as Record<string, unknown>;
    const cases: Array<[Record<string, unknown> | string, RegExp]> = [
      ['{"format":', /not JSON/],
      ['{}', /"format" is undefined, not "hipaa-hero-signature"/],
      ['{"format": "hipaa-hero-signature", "version": 1, "algorithm": "RSASSA-PKCS1-v1_5-SHA256", "publicKeySha256": 7}', /"publicKeySha256" is not a SHA-256/],
      [{ ...good, format: 'something-else' }, /"format" is "something-else"/],
      [{ ...good, version: 2 }, /version 2, newer than this hipaa-hero reads \(1\) — upgrade hipaa-hero/],
      [{ ...good, algorithm: 'RSASSA-PSS' }, /"algorithm" is "RSASSA-PSS"/],
      [{ ...good, publicKeySha256: 'abc' }, /"publicKeySha256" is not a SHA-256/],
      [{ ...good, signature: 'not base64!' }, /"signature" is not base64/],
    ];
    for (const [envelope, message] of cases) {
      expectSignInputError(() => verifyReport(REPORT, typeof envelope === 'string' ? envelope : JSON.stringify(envelope), alice.cert), 'signature', message);
    }
  });
});

describe('keys and certificates that cannot sign', () => {
  it('a certificate of another key: input error, both keys described', () => {
    expectSignInputError(() => signReport(REPORT, alice.key, mallory.cert), 'cert', /^the certificate does not match the private key: the certificate \(Glow Medspa Compliance\) is for RSA 2048-bit key SHA-256 [0-9a-f]{16}…, the private key is RSA 2048-bit/);
  });

  it('an EC key (openssl genpkey P-256) and an Ed25519 key: refused, naming the key type and asking for RSA', async () => {
    const ec = await opensslKey(dir, 'ec.pem', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    expectSignInputError(() => signReport(REPORT, ec), 'key', /^this is an EC \(ECDSA\) P-256 key, and node-forge, which makes hipaa-hero's signatures, signs only with RSA — give an RSA private key of 2048 bits or more/);
    const ed = await opensslKey(dir, 'ed.pem', ['-algorithm', 'ED25519']);
    expectSignInputError(() => signReport(REPORT, ed, alice.cert), 'key', /^this is an Ed25519 key, .*signs only with RSA/);
    // An EC certificate for a good RSA key's place is a mismatch.
    const ecCert = await makeOpensslCert({ commonName: 'EC', key: { type: 'ec', curve: 'P-256' } });
    expectSignInputError(() => signReport(REPORT, alice.key, ecCert.cert), 'cert', /is for EC \(ECDSA\) P-256 key/);
  });

  it('encrypted keys (PKCS#8 and traditional PEM): refused, saying how to decrypt', async () => {
    const pkcs8 = await opensslKey(dir, 'enc.pem', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-aes256', '-pass', 'pass:secret']);
    expect(pkcs8).toContain('ENCRYPTED PRIVATE KEY');
    expectSignInputError(() => signReport(REPORT, pkcs8), 'key', /^the private key is encrypted, .* `openssl pkey -in key.pem -out key-plain.pem`/);
    await openssl(dir, ['pkey', '-in', 'enc.pem', '-passin', 'pass:secret', '-traditional', '-aes256', '-passout', 'pass:secret', '-out', 'enc-trad.pem']);
    const traditional = await readFile(file('enc-trad.pem'), 'utf8');
    expect(traditional).toContain('Proc-Type: 4,ENCRYPTED');
    expectSignInputError(() => signReport(REPORT, traditional), 'key', /^the private key is encrypted/);
  });

  it('a 1024-bit RSA key: refused', async () => {
    const small = await opensslKey(dir, 'small.pem', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024']);
    expectSignInputError(() => signReport(REPORT, small), 'key', /^this RSA key has 1024 bits, too few to sign with — give an RSA key of 2048 bits or more/);
  });

  it('not a key, or the wrong PEM in the wrong place', () => {
    expectSignInputError(() => signReport(REPORT, 'hello'), 'key', /no PEM private key here/);
    expectSignInputError(() => signReport(REPORT, alice.cert), 'key', /this is a certificate, not a private key/);
    expectSignInputError(() => signReport(REPORT, alice.publicKey), 'key', /this is a public key/);
    expectSignInputError(() => signReport(REPORT, alice.key + mallory.key), 'key', /holds 2 private keys/);
    expectSignInputError(() => signReport(REPORT, alice.key.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!')), 'key', /block is damaged/);
    expectSignInputError(() => signReport(REPORT, alice.key, alice.key), 'cert', /this is a private key — pass it to --sign/);
    expectSignInputError(() => signReport(REPORT, alice.key, alice.publicKey), 'cert', /this is a public key/);
    expectSignInputError(() => verifyReport(REPORT, signReport(REPORT, alice.key), alice.key), 'cert', /this is a private key — .*openssl pkey -in key.pem -pubout/);
  });
});

describe('signature files that are not signatures', () => {
  it('garbage, empty, a certificate, damaged PEM, S/MIME, non-SignedData: input errors', () => {
    const pem = signReport(REPORT, alice.key, alice.cert);
    const cases: Array<[string | Buffer, RegExp]> = [
      ['garbage\n', /not a signature \(neither a PEM PKCS#7 signature nor a hipaa-hero signature envelope\)/],
      ['', /the signature file is empty/],
      [alice.cert, /this is a CERTIFICATE, not a signature/],
      [pem.replace(/\n[A-Za-z0-9+/]{8}/, '\n########'), /PKCS7 block is damaged/],
      [pem.replace(/(\n[A-Za-z0-9+/]{64}){6}/, ''), /not a readable PKCS#7 signature \(bad DER/],
      ['MIME-Version: 1.0\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"\n\n…', /S\/MIME message/],
      [Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]), /not a readable PKCS#7 signature/],
      // A ContentInfo of plain Data: SEQUENCE { OID data }.
      [Buffer.from('300b06092a864886f70d010701', 'hex'), /its content type is 1\.2\.840\.113549\.1\.7\.1, not SignedData/],
    ];
    for (const [signature, message] of cases) {
      expectSignInputError(() => verifyReport(REPORT, signature), 'signature', message);
    }
  });

  it('a SHA-1 signature made by openssl: refused as too weak', async () => {
    const signer = await opensslSigner(dir, 'sha1', 'Old');
    await openssl(dir, ['cms', '-sign', '-binary', '-md', 'sha1', '-in', 'report.json', '-signer', signer.certFile, '-inkey', signer.keyFile, '-outform', 'PEM', '-out', 'sha1.sig']);
    expectSignInputError(() => verifyReport(REPORT, readFileText('sha1.sig')), 'signature', /uses SHA-1, which is too weak to trust — sign the report again with SHA-256/);
  });

  it('a signature without the signer certificate needs --cert', async () => {
    const signer = await opensslSigner(dir, 'nocerts', 'No Certs');
    await openssl(dir, ['cms', '-sign', '-binary', '-nocerts', '-md', 'sha256', '-in', 'report.json', '-signer', signer.certFile, '-inkey', signer.keyFile, '-outform', 'PEM', '-out', 'nocerts.sig']);
    const signature = readFileText('nocerts.sig');
    expectSignInputError(() => verifyReport(REPORT, signature), 'signature', /does not carry the signer's certificate — pass --cert/);
    expect(verifyReport(REPORT, signature, signer.cert)).toMatchObject({ valid: true, signer: 'No Certs' });
    expect(verifyReport(REPORT, signature, alice.cert)).toMatchObject({ valid: false, reason: expect.stringMatching(/does not verify with Glow Medspa Compliance/) });
  });
});

/** A file the openssl CLI wrote in the test directory. */
function readFileText(name: string): string {
  return readFileSync(file(name), 'utf8');
}

describe('the file wrappers name the file in errors', () => {
  it('signReportFile: missing files and unusable keys, as file:1:1 InputErrors', async () => {
    await writeFile(file('alice-key.pem'), alice.key);
    await writeFile(file('alice-cert.pem'), alice.cert);
    await writeFile(file('mallory-cert.pem'), mallory.cert);
    const signature = await signReportFile(file('report.json'), file('alice-key.pem'), file('alice-cert.pem'));
    expect(signature).toBe(signReport(REPORT, alice.key, alice.cert));

    await expect(signReportFile(file('report.json'), file('absent.pem'))).rejects.toThrow(`${file('absent.pem')}: no such file — give the PEM file of the RSA private key to sign with`);
    await expect(signReportFile(file('report.json'), file('alice-key.pem'), file('mallory-cert.pem'))).rejects.toThrow(
      new RegExp(`^${escape(file('mallory-cert.pem'))}:1:1: the certificate does not match the private key`),
    );
    await expect(signReportFile(file('report.json'), file('alice-cert.pem'))).rejects.toThrow(new RegExp(`^${escape(file('alice-cert.pem'))}:1:1: this is a certificate`));
    await expect(signReportFile(file('report.json'), dir)).rejects.toThrow(/: is a directory, not a file — give the PEM file/);
    await expect(signReportFile(file('report.json'), file('alice-key.pem'))).resolves.toContain('"format": "hipaa-hero-signature"');
  });

  it('verifyReportFile: the line of a bad PEM block in the key file', async () => {
    await writeFile(file('two.pem'), `# a comment\n${alice.cert}`);
    await writeFile(file('env.sig'), signReport(REPORT, alice.key));
    await expect(verifyReportFile(file('report.json'), file('env.sig'), file('two.pem'))).resolves.toMatchObject({ valid: true });
    await writeFile(file('enc2.pem'), `# the key\n\n${await readFile(file('enc.pem'), 'utf8')}`);
    await expect(signReportFile(file('report.json'), file('enc2.pem'))).rejects.toThrow(new RegExp(`^${escape(file('enc2.pem'))}:3:1: the private key is encrypted`));
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('hipaa-hero verify (verifyCommand)', () => {
  let stdout: string;
  let stderr: string;
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    stdout = '';
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  };
  /** The exit code as the CLI gives it: the returned code, or the one run.ts maps a thrown error to. */
  async function run(report: string, flags: { sig?: string; cert?: string }): Promise<number> {
    try {
      return await verifyCommand(report, flags);
    } catch (e) {
      return exitCodeFor(e, false, (s) => void (stderr += s));
    }
  }

  beforeAll(async () => {
    await writeFile(file('report.json.sig'), signReport(REPORT, alice.key, alice.cert));
    await writeFile(file('alice-cert.pem'), alice.cert);
    await writeFile(file('alice-pub.pem'), alice.publicKey);
    await writeFile(file('mallory.sig'), signReport(REPORT, mallory.key, mallory.cert));
    await writeFile(file('altered.json'), altered(REPORT));
    await writeFile(file('garbage.sig'), 'not a signature\n');
    await writeFile(file('envelope.sig'), signReport(REPORT, alice.key));
  });

  it('exit 0: valid, one line on stdout', async () => {
    capture();
    const report = file('report.json');
    expect(await run(report, { sig: file('report.json.sig'), cert: file('alice-cert.pem') })).toBe(0);
    expect(stdout).toBe(`${report}: signature valid — signed by Glow Medspa Compliance\n`);
    expect(stderr).toBe('');

    capture();
    expect(await run(report, { cert: file('alice-cert.pem') })).toBe(0); // --sig defaults to <report>.sig
    expect(stdout).toBe(`${report}: signature valid — signed by Glow Medspa Compliance\n`);

    capture();
    expect(await run(report, { sig: file('envelope.sig'), cert: file('alice-pub.pem') })).toBe(0);
    expect(stdout).toMatch(/signature valid — signed by public key SHA-256 [0-9a-f]{64}\n$/);
  });

  it('exit 1 without --cert: intact, but a self-made certificate with the right name is no proof of who signed', async () => {
    // Mallory's certificate bears the practice's name; without a pinned key it would have passed.
    for (const sig of ['report.json.sig', 'mallory.sig']) {
      capture();
      expect(await run(file('report.json'), { sig: file(sig) })).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `${file('report.json')}: the signature is intact but the signer is not pinned: give --cert <the signer's certificate> to check who signed it ` +
          `(its own certificate says "Glow Medspa Compliance", which anyone can claim)\n`,
      );
    }
    // An altered report is still called altered.
    capture();
    expect(await run(file('altered.json'), { sig: file('report.json.sig') })).toBe(1);
    expect(stderr).toBe(`${file('altered.json')}: signature INVALID — the report was changed after it was signed (its SHA-256 differs from the signed one)\n`);
  });

  it("prints a certificate's name without its control characters: a name cannot rewrite the verdict line", async () => {
    // Node's X509Certificate escapes C0 controls in a subject (\1B), but not C1: 0x9B is an 8-bit CSI.
    const sly = forgeSigner('Eve\u009b2K\u0085OK\u001b[1A');
    await writeFile(file('sly.sig'), signReport(REPORT, sly.key, sly.cert));
    await writeFile(file('sly-cert.pem'), sly.cert);
    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    capture();
    expect(await run(file('report.json'), { sig: file('sly.sig'), cert: file('sly-cert.pem') })).toBe(0);
    expect(stdout).toBe(`${file('report.json')}: signature valid — signed by Eve\\u009b2K\\u0085OK\\1B[1A\n`);
    for (const flags of [{ sig: file('sly.sig'), cert: file('alice-cert.pem') }, { sig: file('sly.sig') }]) {
      capture();
      expect(await run(file('report.json'), flags)).toBe(1);
      expect(stderr).toContain('Eve\\u009b2K');
      expect(stderr).not.toMatch(unsafe);
    }
  });

  it('exit 1: altered, or signed by another key; one line on stderr', async () => {
    capture();
    expect(await run(file('altered.json'), { sig: file('report.json.sig'), cert: file('alice-cert.pem') })).toBe(1);
    expect(stderr).toBe(`${file('altered.json')}: signature INVALID — the report was changed after it was signed (its SHA-256 differs from the signed one)\n`);
    expect(stdout).toBe('');

    capture();
    expect(await run(file('report.json'), { sig: file('mallory.sig'), cert: file('alice-cert.pem') })).toBe(1);
    expect(stderr).toMatch(/report\.json: signature INVALID — signed by another key \(Glow Medspa Compliance, public key SHA-256 [0-9a-f]{16}…\), not by Glow Medspa Compliance\n$/);
  });

  it('exit 2: missing files, garbage, an envelope without --cert', async () => {
    const cases: Array<[string, { sig?: string; cert?: string }, string]> = [
      [file('absent.json'), { sig: file('report.json.sig') }, `${file('absent.json')}: no such file — give the path of the JSON report\n`],
      [file('report.json'), { sig: file('absent.sig') }, `${file('absent.sig')}: no such file — give the signature written beside the report (<report>.sig)\n`],
      [file('report.json'), { sig: file('report.json.sig'), cert: file('absent.pem') }, `${file('absent.pem')}: no such file — give the PEM file of the signer's certificate (or public key)\n`],
      [file('report.json'), { sig: file('garbage.sig') }, `${file('garbage.sig')}:1:1: not a signature`],
      [file('report.json'), { sig: file('envelope.sig') }, `${file('envelope.sig')}:1:1: this hipaa-hero signature envelope names its signer only by key`],
    ];
    for (const [report, flags, message] of cases) {
      capture();
      expect(await run(report, flags)).toBe(2);
      expect(stderr.startsWith(message)).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
    }
  });

  it('InputError is what a bad input throws (exit 2 through run.ts)', async () => {
    await expect(verifyCommand(file('report.json'), { sig: file('garbage.sig') })).rejects.toBeInstanceOf(InputError);
  });
});
