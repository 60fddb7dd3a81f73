import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site certificate is valid on the audit day',
    expect: [[BOOK, 'pass', /valid from 2026-10-01 to 2026-12-30/]],
  },
  {
    name: 'on its last day the certificate is still valid',
    now: '2026-12-30',
    expect: [[BOOK, 'pass']],
  },
  {
    name: 'the day after its last day it has expired',
    now: '2026-12-31',
    expect: [[BOOK, 'fail', /expired on 2026-12-30/]],
  },
  {
    name: 'an expired certificate fails with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validTo = '2026-11-27T23:59:59.000Z'; }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[0]!.validTo = '2025-05-01T00:00:00.000Z'; }),
      },
    },
    expect: [
      [BOOK, 'fail', /expired on 2026-11-27/],
      [SITE, 'fail', /expired on 2025-05-01/],
    ],
  },
  {
    name: 'a certificate not valid until tomorrow fails; one valid from today passes',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validFrom = '2026-11-29T00:00:00.000Z'; }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[0]!.validFrom = '2026-11-28T12:00:00.000Z'; }),
      },
    },
    expect: [
      [BOOK, 'fail', /not valid until 2026-11-29/],
      [SITE, 'pass'],
    ],
  },
  {
    name: 'unreadable validity dates are unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validTo = 'Dec 30 2026'; }) } },
    expect: [[BOOK, 'error', /validity dates are unreadable/]],
  },
  ...certificateUnavailableCases('transport.cert-expired'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
