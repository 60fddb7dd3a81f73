import type { DataStore } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';

const store = (algorithm: string): DataStore => ({
  name: algorithm,
  type: 'workstation',
  phi: true,
  encryption: { at_rest: true, algorithm },
});

const STRONG = [
  'AES-128',
  'aes 192',
  'AES256',
  'AES-256-GCM',
  'AES-GCM',
  'AES-128-CBC',
  'XTS-AES-128',
  'xts_aes_256',
  'BitLocker AES 256',
  'BitLocker XTS-AES 128',
  'AES-256 (FIPS 140-2)',
  'AES 256 bit',
];
/** Strong, but not FIPS-approved. */
const NOT_FIPS = ['ChaCha20', 'chacha20', 'ChaCha20-Poly1305', 'ChaCha20Poly1305', 'XChaCha20', 'XChaCha20-Poly1305', 'ChaCha20 256-bit'];
const WEAK = ['DES', '3DES', 'TripleDES', 'Triple DES', 'TDES', 'RC4', 'Blowfish', 'AES-256 + RC4', 'AES-64', 'Twofish-64', '56-bit'];
const UNKNOWN = ['Twofish-256', 'AES-512', 'FileVault', 'military grade'];

export default cases([
  {
    name: 'AES-256 and XTS-AES-128',
    expect: [
      ['ChartCloud EHR', 'pass', /encrypted at rest with AES-256/],
      ['Reception PC', 'pass', /XTS-AES-128/],
    ],
  },
  {
    name: 'recognised strong algorithms, in any case, spacing and mode',
    stack: { data_stores: STRONG.map(store), backups: [] },
    expect: STRONG.map((a) => [a, 'pass', /, a strong algorithm\.$/]),
  },
  {
    name: 'ChaCha20 and XChaCha20 warn: strong, but not FIPS-approved',
    stack: { data_stores: NOT_FIPS.map(store), backups: [] },
    expect: NOT_FIPS.map((a) => [a, 'warn', /: strong, but not a FIPS-approved algorithm, so it is not the NIST SP 800-111 encryption HHS's breach guidance names/]),
  },
  {
    name: 'ChaCha20 with a short key is weak, not merely non-FIPS',
    stack: { data_stores: [store('ChaCha20 64-bit')], backups: [] },
    expect: [['ChaCha20 64-bit', 'warn', /a weak algorithm: a 64-bit key is shorter than 128 bits/]],
  },
  {
    name: 'weak ciphers and keys under 128 bits',
    stack: { data_stores: WEAK.map(store), backups: [] },
    expect: WEAK.map((a) => [a, 'warn', /a weak algorithm/]),
  },
  {
    name: 'algorithms it does not recognise',
    stack: { data_stores: UNKNOWN.map(store), backups: [] },
    expect: UNKNOWN.map((a) => [a, 'warn', /not a recognised algorithm/]),
  },
  {
    name: 'encrypted at rest with no algorithm declared',
    edit: (s) => {
      delete s.data_stores![1]!.encryption!.algorithm;
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'warn', /algorithm is not declared.*strength is unknown/],
    ],
  },
  {
    name: 'stores not encrypted at rest, or without PHI, are not judged',
    stack: {
      data_stores: [
        { name: 'Old server', type: 'server', phi: true, encryption: { at_rest: false, algorithm: 'DES' } },
        { name: 'Laptop', type: 'workstation', phi: true },
        { name: 'Lobby kiosk', type: 'workstation', phi: false, encryption: { at_rest: true, algorithm: 'RC4' } },
      ],
      backups: [],
    },
    expect: [],
  },
]);
