import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';

export default cases([
  {
    name: 'the booking site names no software versions',
    expect: [[BOOK, 'pass', /names no software versions in its HTTPS response headers/]],
  },
  {
    name: 'a versioned Server or X-Powered-By warns, with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.https!.headers, { server: 'Apache/2.4.41 (Ubuntu)', 'x-powered-by': 'PHP/8.1.2-1ubuntu2.14' }); }),
        [SITE]: vary(SITE, (f) => { f.https!.headers.server = 'nginx/1.18.0'; }),
      },
    },
    expect: [
      [BOOK, 'warn', /advertises software versions: server: Apache\/2\.4\.41 \(Ubuntu\); x-powered-by: PHP\/8\.1\.2-1ubuntu2\.14\./],
      [SITE, 'warn', /server: nginx\/1\.18\.0/],
    ],
  },
  {
    name: 'product names without versions pass',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.https!.headers, { server: 'nginx', 'x-powered-by': 'Express' }); }),
        [SITE]: vary(SITE, (f) => { f.https!.headers.server = 'cloudflare'; }),
      },
    },
    expect: [
      [BOOK, 'pass'],
      [SITE, 'pass'],
    ],
  },
  {
    name: 'X-AspNet-Version is a version by itself',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.https!.headers, { server: 'Microsoft-IIS/10.0', 'x-aspnet-version': '4.0.30319' }); }) } },
    expect: [[BOOK, 'warn', /server: Microsoft-IIS\/10\.0; x-aspnet-version: 4\.0\.30319/]],
  },
  {
    name: 'an http:// endpoint is judged on the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: false }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http!.headers = { server: 'lighttpd/1.4.59' }; }) } },
    expect: [[OLD, 'warn', /lighttpd\/1\.4\.59/]],
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
