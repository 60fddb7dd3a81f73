import { cases } from '../../helpers/cases.js';
import { BOOK, responseUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';
/** The booking site's HTTPS response with one header set (or removed, with undefined). */
const header = (name: string, value: string | undefined) =>
  vary(BOOK, (f) => {
    if (value === undefined) delete f.https!.headers[name];
    else f.https!.headers[name] = value;
  });

export default cases([
  {
    name: 'the booking site sends HSTS for two years',
    expect: [[BOOK, 'pass', /Strict-Transport-Security with max-age=63072000/]],
  },
  {
    name: 'no HSTS fails with PHI, warns without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { delete f.https!.headers['strict-transport-security']; }),
        [SITE]: vary(SITE, (f) => { delete f.https!.headers['strict-transport-security']; }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but sends no Strict-Transport-Security header/],
      [SITE, 'warn', /\(Website\) sends no Strict-Transport-Security header/],
    ],
  },
  {
    name: 'max-age of exactly one year passes (quoted too); one second less warns, with PHI as well',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['strict-transport-security'] = 'max-age=31535999; includeSubDomains'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['strict-transport-security'] = 'includeSubDomains; max-age="31536000"'; }),
      },
    },
    expect: [
      [BOOK, 'warn', /max-age=31535999 \(364 days\), under the one year/],
      [SITE, 'pass', /max-age=31536000/],
    ],
  },
  {
    name: 'max-age=0 switches HSTS off: fail with PHI, warn without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['strict-transport-security'] = 'max-age=0'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['strict-transport-security'] = 'max-age=0'; }),
      },
    },
    expect: [
      [BOOK, 'fail', /max-age=0/],
      [SITE, 'warn', /max-age=0/],
    ],
  },
  {
    name: 'a header without a valid max-age is ignored by browsers: as if missing',
    facts: { endpoints: { [BOOK]: header('strict-transport-security', 'includeSubDomains; preload') } },
    expect: [[BOOK, 'fail', /without a valid max-age \("includeSubDomains; preload"\)/]],
  },
  {
    name: 'of two headers sent, the first counts',
    facts: { endpoints: { [BOOK]: header('strict-transport-security', 'max-age=300, max-age=63072000') } },
    expect: [[BOOK, 'warn', /max-age=300 \(0 days\)/]],
  },
  {
    name: 'a plain-HTTP endpoint: HSTS has no effect there (endpoints.https reports it)',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    expect: [[OLD, 'not_applicable', /plain HTTP, where HSTS has no effect/]],
  },
  {
    name: 'an HTTPS visit that ends on a plain-HTTP page: whatever HSTS that page sends has no effect',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.hops = [{ url: 'https://book.clearskin.example/', status: 302, location: 'http://book.clearskin.example/start' }, { url: 'http://book.clearskin.example/start', status: 200 }];
          f.https!.finalUrl = 'http://book.clearskin.example/start';
        }),
        [SITE]: vary(SITE, (f) => {
          f.https!.hops = [{ url: 'https://clearskin.example/', status: 301, location: 'http://clearskin.example/' }, { url: 'http://clearskin.example/', status: 200 }];
          f.https!.finalUrl = 'http://clearskin.example/';
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but redirects HTTPS visits to plain HTTP \(http:\/\/book\.clearskin\.example\/start\), where Strict-Transport-Security has no effect/],
      [SITE, 'warn', /redirects HTTPS visits to plain HTTP/],
    ],
  },
  // web.hsts explains a missing HTTPS response; http:// endpoints are not its to judge.
  ...responseUnavailableCases('web.hsts').filter((c) => !c.name.startsWith('an http://')),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
