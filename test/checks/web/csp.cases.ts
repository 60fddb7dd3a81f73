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
    name: 'the booking site sends a Content-Security-Policy',
    expect: [[BOOK, 'pass', /sends a Content-Security-Policy/]],
  },
  {
    name: 'no CSP warns, with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { delete f.https!.headers['content-security-policy']; }),
        [SITE]: vary(SITE, (f) => { delete f.https!.headers['content-security-policy']; }),
      },
    },
    expect: [
      [BOOK, 'warn', /\(Booking site\), which handles PHI, sends no Content-Security-Policy, so/],
      [SITE, 'warn', /\(Website\) sends no Content-Security-Policy/],
    ],
  },
  {
    name: 'a Report-Only policy enforces nothing',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.headers['content-security-policy-report-only'] = f.https!.headers['content-security-policy']!;
          delete f.https!.headers['content-security-policy'];
        }),
      },
    },
    expect: [[BOOK, 'warn', /only a Report-Only policy/]],
  },
  {
    name: 'a blank header counts as none',
    facts: { endpoints: { [BOOK]: header('content-security-policy', '  ') } },
    expect: [[BOOK, 'warn']],
  },
  {
    name: 'an http:// endpoint is judged on the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: false }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.http!.headers = { 'content-security-policy': "default-src 'self'" }; }) } },
    expect: [[OLD, 'pass']],
  },
  ...responseUnavailableCases('web.csp'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
