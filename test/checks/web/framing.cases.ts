import { cases } from '../../helpers/cases.js';
import { BOOK, responseUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';

export default cases([
  {
    name: 'the booking site forbids framing both ways',
    expect: [[BOOK, 'pass', /forbids framing by other sites \(CSP frame-ancestors and X-Frame-Options DENY\)/]],
  },
  {
    name: 'X-Frame-Options SAMEORIGIN alone, or CSP frame-ancestors alone, is enough',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.headers['content-security-policy'] = "default-src 'self'";
          f.https!.headers['x-frame-options'] = 'sameorigin';
        }),
        [SITE]: vary(SITE, (f) => {
          f.https!.headers['content-security-policy'] = "default-src 'self'; frame-ancestors 'self' https://partner.example";
          delete f.https!.headers['x-frame-options'];
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /\(X-Frame-Options sameorigin\)/],
      [SITE, 'pass', /\(CSP frame-ancestors\)/],
    ],
  },
  {
    name: 'neither fails with PHI, warns without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.headers['content-security-policy'] = "default-src 'self'";
          delete f.https!.headers['x-frame-options'];
        }),
        [SITE]: vary(SITE, (f) => {
          delete f.https!.headers['content-security-policy'];
          delete f.https!.headers['x-frame-options'];
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but can be framed by any site/],
      [SITE, 'warn', /\(Website\) can be framed by any site/],
    ],
  },
  {
    name: 'ALLOW-FROM (obsolete) and wildcard frame-ancestors do not protect',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.headers['content-security-policy'] = "default-src 'self'; frame-ancestors *";
          f.https!.headers['x-frame-options'] = 'ALLOW-FROM https://partner.example';
        }),
        [SITE]: vary(SITE, (f) => {
          f.https!.headers['content-security-policy'] = 'frame-ancestors https:';
          delete f.https!.headers['x-frame-options'];
        }),
      },
    },
    expect: [
      [BOOK, 'fail'],
      [SITE, 'warn'],
    ],
  },
  {
    name: 'of two policies sent, one restrictive frame-ancestors is enforced',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.headers['content-security-policy'] = "frame-ancestors *, default-src 'self'; FRAME-ANCESTORS 'none'";
          delete f.https!.headers['x-frame-options'];
        }),
      },
    },
    expect: [[BOOK, 'pass', /CSP frame-ancestors/]],
  },
  {
    name: 'an http:// endpoint is judged on the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: false }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http!.headers = { 'x-frame-options': 'DENY' }; }) } },
    expect: [[OLD, 'pass']],
  },
  ...responseUnavailableCases('web.framing'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
