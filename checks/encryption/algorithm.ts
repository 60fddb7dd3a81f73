import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** NIST SP 800-131A: symmetric keys shorter than 128 bits no longer give adequate security. */
const MIN_KEY_BITS = 128;
/** The AES key sizes NIST SP 800-111 storage encryption builds on. */
const AES_KEY_BITS: readonly number[] = [128, 192, 256];
/** Ciphers that are broken or deprecated for protecting stored data, whatever the key length. */
const WEAK_CIPHERS: readonly string[] = ['DES', '3DES', 'TDES', 'TDEA', 'TRIPLEDES', 'DESEDE', 'DESX', 'RC2', 'RC4', 'ARCFOUR', 'BLOWFISH'];
/** Names after which a number is a key size (AES-256, Camellia-128). */
const KEYED_CIPHERS: readonly string[] = ['AES', 'DES', 'RC2', 'RC4', 'RC5', 'RC6', 'BLOWFISH', 'TWOFISH', 'SERPENT', 'CAMELLIA', 'ARIA', 'CAST', 'CAST5', 'IDEA', 'SKIPJACK'];
/** Modern and strong, but not FIPS-approved: NIST SP 800-111, which HHS's guidance on unsecured PHI names, builds on FIPS-approved algorithms. */
const STREAM_CIPHERS: readonly string[] = ['CHACHA20', 'XCHACHA20', 'CHACHA20POLY1305', 'XCHACHA20POLY1305'];

type Verdict = { kind: 'strong' } | { kind: 'not-fips' } | { kind: 'weak'; why: string } | { kind: 'unknown' };

/** Words of an algorithm name: upper case, split on punctuation and spaces, `AES256GCM` → AES 256 GCM. */
function words(algorithm: string): string[] {
  return algorithm
    .toUpperCase()
    .replace(/TRIPLE[^A-Z0-9]*DES/g, '3DES')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .flatMap((w) => {
      const aes = /^(XTS)?AES(\d+)?(XTS|GCM|CBC|CTR|CCM|OCB|SIV|GCMSIV|ECB|CFB|OFB|KW)?$/.exec(w);
      if (aes) return [aes[1], 'AES', aes[2], aes[3]].filter((x): x is string => Boolean(x));
      const bits = /^(\d+)BITS?$/.exec(w);
      if (bits) return [bits[1]!, 'BIT'];
      return [w];
    });
}

/** Key sizes written in the name: a number after a cipher name, or a number followed by "bit". */
function keySizes(ws: string[]): number[] {
  return ws.flatMap((w, i) => {
    if (!/^\d+$/.test(w)) return [];
    const before = ws[i - 1];
    const after = ws[i + 1];
    return (before && KEYED_CIPHERS.includes(before)) || after === 'BIT' || after === 'BITS' ? [Number(w)] : [];
  });
}

function classify(algorithm: string): Verdict {
  const ws = words(algorithm);
  const weak = ws.find((w) => WEAK_CIPHERS.includes(w));
  if (weak) return { kind: 'weak', why: `${['TDES', 'TDEA', 'DESEDE'].includes(weak) ? '3DES' : weak} is a deprecated cipher` };
  const short = keySizes(ws).find((n) => n < MIN_KEY_BITS);
  if (short !== undefined) return { kind: 'weak', why: `a ${short}-bit key is shorter than ${MIN_KEY_BITS} bits` };
  if (ws.some((w) => STREAM_CIPHERS.includes(w))) return { kind: 'not-fips' };
  const aesAt = ws.indexOf('AES');
  if (aesAt >= 0) {
    const size = ws[aesAt + 1];
    if (size === undefined || !/^\d+$/.test(size) || AES_KEY_BITS.includes(Number(size))) return { kind: 'strong' };
  }
  return { kind: 'unknown' };
}

export default defineCheck({
  meta: {
    id: 'encryption.algorithm',
    title: 'PHI at rest is encrypted with a strong, known algorithm',
    area: 'encryption',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    obligation: 'practice',
    basis:
      'HHS Guidance to Render Unsecured PHI Unusable (74 FR 42740): encryption consistent with NIST SP 800-111, which relies on FIPS-approved algorithms (AES)',
    rationale: `HHS's Guidance to Render Unsecured PHI Unusable points to NIST SP 800-111 for data at rest, which builds on FIPS-approved algorithms: AES with a ${MIN_KEY_BITS}-bit or longer key. Encryption of that kind, with the key kept safe, is what keeps a lost device outside the breach notification rules; DES, 3DES, RC4, Blowfish and keys under ${MIN_KEY_BITS} bits are not it, and modern ciphers that are not FIPS-approved (ChaCha20) are not named by the guidance.`,
    remediation:
      'Record the algorithm under `data_stores[].encryption.algorithm` (e.g. AES-256, XTS-AES-128: see the BitLocker, FileVault or cloud console settings); if it is weak, re-encrypt the store with AES-128 or AES-256.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi || store.encryption?.at_rest !== true) return [];
      const algorithm = store.encryption.algorithm;
      if (!algorithm) {
        return [{
          status: 'warn',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption'),
          message: `${store.name} is encrypted at rest but the algorithm is not declared (encryption.algorithm), so its strength is unknown.`,
          evidence: { algorithm: null },
        }];
      }
      const path = toPointer('data_stores', i, 'encryption', 'algorithm');
      const verdict = classify(algorithm);
      if (verdict.kind === 'strong') {
        return [{ status: 'pass', subject: store.name, path, message: `${store.name} is encrypted at rest with ${algorithm}, a strong algorithm.`, evidence: { algorithm } }];
      }
      if (verdict.kind === 'not-fips') {
        return [{ status: 'warn', subject: store.name, path, message: `${store.name} is encrypted at rest with ${algorithm}: strong, but not a FIPS-approved algorithm, so it is not the NIST SP 800-111 encryption HHS's breach guidance names (use AES where the platform offers it).`, evidence: { algorithm } }];
      }
      if (verdict.kind === 'weak') {
        return [{ status: 'warn', subject: store.name, path, message: `${store.name} is encrypted at rest with ${algorithm}, a weak algorithm: ${verdict.why}.`, evidence: { algorithm } }];
      }
      return [{
        status: 'warn',
        subject: store.name,
        path,
        message: `${store.name} declares encryption algorithm '${algorithm}', which is not a recognised algorithm: its strength cannot be judged (use e.g. AES-256).`,
        evidence: { algorithm },
      }];
    });
  },
});
