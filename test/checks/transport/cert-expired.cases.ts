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
