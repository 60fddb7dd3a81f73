import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site certificate chain verifies',
    expect: [[BOOK, 'pass', /chain verifies \(issued by CN=Example Issuing CA/]],
  },
  {
    name: 'an untrusted chain fails with or without PHI, explaining the OpenSSL reason',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!, { trusted: false, trustError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }); }),
        [SITE]: vary(SITE, (f) => { Object.assign(f.certificate!, { trusted: false, trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }); }),
      },
    },
    expect: [
      [BOOK, 'fail', /not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE: .*intermediate certificate\)/],
      [SITE, 'fail', /not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT: the certificate is self-signed\)/],
    ],
  },
  {
    name: 'an untrusted chain with an unfamiliar or no reason still fails',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!, { trusted: false, trustError: 'INVALID_PURPOSE' }); }),
        [SITE]: vary(SITE, (f) => { f.certificate!.trusted = false; }),
      },
    },
    expect: [
      [BOOK, 'fail', /not trusted \(INVALID_PURPOSE\)/],
      [SITE, 'fail', /not trusted \(no reason recorded\)/],
    ],
  },
  {
    name: 'an expired leaf alone is left to transport.cert-expired (pass here, not reported twice)',
    now: '2026-12-31',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!, { trusted: false, trustError: 'CERT_HAS_EXPIRED' }); }) } },
    expect: [[BOOK, 'pass', /apart from the leaf's validity dates \(CERT_HAS_EXPIRED\), which transport\.cert-expired reports/]],
  },
  {
    name: 'a not-yet-valid leaf alone is left to transport.cert-expired too',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          Object.assign(f.certificate!, { trusted: false, trustError: 'CERT_NOT_YET_VALID' });
          f.certificate!.chain[0]!.validFrom = '2026-12-01T00:00:00.000Z';
        }),
      },
    },
    expect: [[BOOK, 'pass', /CERT_NOT_YET_VALID/]],
  },
  {
    name: 'an expired intermediate fails here (transport.cert-expired judges only the leaf)',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          Object.assign(f.certificate!, { trusted: false, trustError: 'CERT_HAS_EXPIRED' });
          f.certificate!.chain[1]!.validTo = '2026-11-01T00:00:00.000Z';
        }),
      },
    },
    expect: [[BOOK, 'fail', /CERT_HAS_EXPIRED: a certificate in the chain has expired/]],
  },
  {
    name: 'an expired leaf and an expired intermediate: the intermediate still fails here',
    now: '2026-12-31',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          Object.assign(f.certificate!, { trusted: false, trustError: 'CERT_HAS_EXPIRED' });
          f.certificate!.chain[1]!.validTo = '2026-12-01T00:00:00.000Z';
        }),
      },
    },
    expect: [[BOOK, 'fail', /CERT_HAS_EXPIRED/]],
  },
  {
    name: 'an expiry error recorded earlier while the leaf is valid on the audit day fails (it cannot be the leaf\'s dates)',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!, { trusted: false, trustError: 'CERT_HAS_EXPIRED' }); }) } },
    expect: [[BOOK, 'fail', /CERT_HAS_EXPIRED/]],
  },
  ...certificateUnavailableCases('transport.cert-trusted'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
