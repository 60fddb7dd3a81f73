import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';

export default cases([
  {
    name: 'the booking site sends nosniff',
    expect: [[BOOK, 'pass', /X-Content-Type-Options: nosniff/]],
  },
  {
    name: 'missing or another value warns, with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { delete f.https!.headers['x-content-type-options']; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['x-content-type-options'] = 'sniff'; }),
      },
    },
    expect: [
      [BOOK, 'warn', /sends no X-Content-Type-Options: nosniff header/],
      [SITE, 'warn', /sends X-Content-Type-Options "sniff" instead of nosniff/],
    ],
  },
  {
    name: 'the value is case-insensitive, and a repeated header still counts',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['x-content-type-options'] = 'NoSniff'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['x-content-type-options'] = 'nosniff, nosniff'; }),
      },
    },
    expect: [
      [BOOK, 'pass'],
      [SITE, 'pass'],
    ],
  },
  {
    name: 'an http:// endpoint is judged on the plain-HTTP response its URL serves (no headers: warn)',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http!.hops = [{ url: 'http://old.clearskin.example/', status: 200 }]; f.http!.finalUrl = 'http://old.clearskin.example/'; }) } },
    expect: [[OLD, 'warn']],
  },  {
    name: 'an http:// endpoint whose plain-HTTP request failed is unavailable',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http = { error: 'ECONNREFUSED', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[OLD, 'error', /the plain-HTTP request failed: ECONNREFUSED/]],
  },
  {
    name: 'a failed HTTPS request is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.https = { error: 'ETIMEDOUT', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[BOOK, 'error', /the HTTPS request failed: ETIMEDOUT/]],
  },
  {
    name: 'no HTTPS response recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.https; }) } },
    expect: [[BOOK, 'error', /no HTTPS response was recorded/]],
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
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
