import { cases } from '../../helpers/cases.js';
import { BOOK, responseUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

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
  },
  ...responseUnavailableCases('web.version-leak'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
