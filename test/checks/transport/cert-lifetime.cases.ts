import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site certificate is valid for 90 days',
    expect: [[BOOK, 'pass', /valid for 90 days, within the 398-day limit/]],
  },
  {
    name: 'exactly 398 days passes; 399 days warns',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-02-03T00:00:00.000Z' }); }),
        [SITE]: vary(SITE, (f) => { Object.assign(f.certificate!.chain[0]!, { validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-02-04T00:00:00.000Z' }); }),
      },
    },
    expect: [
      [BOOK, 'pass', /valid for 398 days/],
      [SITE, 'warn', /valid for 399 days \(2026-01-01 to 2027-02-04\), longer than the 398 days/],
    ],
  },
  {
    name: 'a long-lived private-CA certificate warns on a PHI endpoint too',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { validFrom: '2025-01-01T00:00:00.000Z', validTo: '2035-01-01T00:00:00.000Z' }); }) } },
    expect: [[BOOK, 'warn', /valid for 3652 days/]],
  },
  {
    name: 'unreadable validity dates are unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validFrom = 'yesterday'; }) } },
    expect: [[BOOK, 'error', /validity dates are unreadable/]],
  },
  ...certificateUnavailableCases(),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
