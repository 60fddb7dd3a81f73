import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';
/** The booking site's HTTPS response with one header set (or removed, with undefined). */
const header = (name: string, value: string | undefined) =>
  vary(BOOK, (f) => {
    if (value === undefined) delete f.https!.headers[name];
    else f.https!.headers[name] = value;
  });

export default cases([
  {
    name: 'the booking site sends no-store',
    expect: [[BOOK, 'pass', /handles PHI and sends Cache-Control: no-store/]],
  },
  {
    name: 'only PHI endpoints are judged',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['cache-control'] = 'no-cache, private'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['cache-control'] = 'public, max-age=3600'; }),
      },
    },
    expect: [[BOOK, 'fail', /sends Cache-Control "no-cache, private" without no-store/]],
  },
  {
    name: 'no Cache-Control header fails',
    facts: { endpoints: { [BOOK]: header('cache-control', undefined) } },
    expect: [[BOOK, 'fail', /sends no Cache-Control header/]],
  },
  {
    name: 'no-store among other directives, in any case, passes',
    facts: { endpoints: { [BOOK]: header('cache-control', 'private, No-Store, max-age=0') } },
    expect: [[BOOK, 'pass']],
  },
  {
    name: 'a non-PHI endpoint whose probe failed has nothing to judge',
    stack: { endpoints: [{ url: SITE, phi: false }] },
    facts: { endpoints: { [SITE]: vary(SITE, (f) => { f.error = 'deadline passed'; }) } },
    expect: [],
  },
  {
    name: 'an http:// PHI endpoint is judged on the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    expect: [[OLD, 'fail', /sends no Cache-Control header/]],
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
