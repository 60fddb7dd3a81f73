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
    name: 'the booking site sends strict-origin-when-cross-origin',
    expect: [[BOOK, 'pass', /Referrer-Policy strict-origin-when-cross-origin/]],
  },
  {
    name: 'no policy warns, with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { delete f.https!.headers['referrer-policy']; }),
        [SITE]: vary(SITE, (f) => { delete f.https!.headers['referrer-policy']; }),
      },
    },
    expect: [
      [BOOK, 'warn', /sends no Referrer-Policy header/],
      [SITE, 'warn', /sends no Referrer-Policy header/],
    ],
  },
  {
    name: 'unsafe-url and no-referrer-when-downgrade send full URLs',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['referrer-policy'] = 'unsafe-url'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['referrer-policy'] = 'No-Referrer-When-Downgrade'; }),
      },
    },
    expect: [
      [BOOK, 'warn', /Referrer-Policy unsafe-url, which sends full URLs/],
      [SITE, 'warn', /no-referrer-when-downgrade/],
    ],
  },
  {
    name: 'the last policy a browser understands applies',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.headers['referrer-policy'] = 'no-referrer, strict-origin-when-cross-origin, fancy-new-policy'; }),
        [SITE]: vary(SITE, (f) => { f.https!.headers['referrer-policy'] = 'same-origin, unsafe-url'; }),
      },
    },
    expect: [
      [BOOK, 'pass', /strict-origin-when-cross-origin/],
      [SITE, 'warn', /unsafe-url/],
    ],
  },
  {
    name: 'a policy no browser understands warns',
    facts: { endpoints: { [BOOK]: header('referrer-policy', 'strict') } },
    expect: [[BOOK, 'warn', /no browser understands \("strict"\)/]],
  },
  {
    name: 'an http:// endpoint is judged on the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: false }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http!.headers = { 'referrer-policy': 'no-referrer' }; }) } },
    expect: [[OLD, 'pass']],
  },
  ...responseUnavailableCases('web.referrer-policy'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
