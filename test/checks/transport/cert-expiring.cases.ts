import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { goodEndpointFacts } from '../../helpers/endpoint-facts.js';

const BOOK = 'https://book.clearskin.example';
const SITE = 'https://clearskin.example';
/** The good facts for `url`, with one change. */
const vary = (url: string, change: (f: EndpointFacts) => void = () => {}): EndpointFacts => {
  const f = goodEndpointFacts(url);
  change(f);
  return f;
};
/** The booking site (PHI) and the marketing site (no PHI). */
const twoSites = { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, name: 'Website', phi: false }] };

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
  {
    name: 'a certificate that could not be read is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate = { error: 'no peer certificate', chain: [], trusted: false, hostnameMatch: false }; }) } },
    expect: [[BOOK, 'error', /the certificate could not be read: no peer certificate/]],
  },
  {
    name: 'an empty chain is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain = []; }) } },
    expect: [[BOOK, 'error', /the server sent no certificate/]],
  },
  {
    name: 'no certificate facts recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.certificate; }) } },
    expect: [[BOOK, 'error', /no certificate was recorded/]],
  },
  {
    name: 'an endpoint that could not be probed is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.error = 'getaddrinfo ENOTFOUND book.clearskin.example'; }) } },
    expect: [[BOOK, 'error', /the probe failed: getaddrinfo ENOTFOUND/]],
  },
  {
    name: 'an endpoint missing from the facts is unavailable',
    facts: { endpoints: {} },
    expect: [[BOOK, 'error', /no probe results were recorded/]],
  },
  {
    name: 'a plain-HTTP endpoint has no certificate to judge (endpoints.https reports it)',
    stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
    expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
  },
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
