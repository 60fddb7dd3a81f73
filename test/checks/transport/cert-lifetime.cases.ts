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
