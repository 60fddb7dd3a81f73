import { cases } from '../../helpers/cases.js';
import { BOOK, responseUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

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
  },
  ...responseUnavailableCases('web.nosniff'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
