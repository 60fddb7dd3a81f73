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
  },
  ...responseUnavailableCases('web.cache'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
