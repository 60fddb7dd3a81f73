import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site certificate has 32 days left',
    expect: [[BOOK, 'pass', /valid for 32 more days \(until 2026-12-30\)/]],
  },
  {
    name: '31 days left passes',
    now: '2026-11-29',
    expect: [[BOOK, 'pass', /31 more days/]],
  },
  {
    name: '30 days left warns',
    now: '2026-11-30',
    expect: [[BOOK, 'warn', /expires in 30 days \(2026-12-30\), within 30 days/]],
  },
  {
    name: '1 day left warns',
    now: '2026-12-29',
    expect: [[BOOK, 'warn', /expires in 1 day \(/]],
  },
  {
    name: 'expiring on the audit day warns',
    now: '2026-12-30',
    expect: [[BOOK, 'warn', /expires today/]],
  },
  {
    name: 'already expired is transport.cert-expired\'s finding',
    now: '2026-12-31',
    expect: [[BOOK, 'not_applicable', /already expired on 2026-12-30; transport\.cert-expired/]],
  },
  {
    name: 'expiring soon warns with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validTo = '2026-12-05T00:00:00.000Z'; }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[0]!.validTo = '2026-12-28T00:00:00.000Z'; }),
      },
    },
    expect: [
      [BOOK, 'warn', /in 7 days/],
      [SITE, 'warn', /in 30 days/],
    ],
  },
  {
    name: 'an unreadable expiry date is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validTo = ''; }) } },
    expect: [[BOOK, 'error', /expiry date is unreadable/]],
  },
  ...certificateUnavailableCases('transport.cert-expiring'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
