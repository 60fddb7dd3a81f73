import { cases } from '../../helpers/cases.js';
import { BOOK, responseUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';

export default cases([
  {
    name: 'the booking site session cookie is Secure, HttpOnly and SameSite',
    expect: [[BOOK, 'pass', /sets its cookie with Secure, HttpOnly and SameSite \(__Host-session\)/]],
  },
  {
    name: 'no cookies passes; several good cookies pass',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.https!.cookies = []; }),
        [SITE]: vary(SITE, (f) => {
          f.https!.cookies.push({ name: 'csrf', secure: true, httpOnly: true, sameSite: 'Strict', prefixed: false });
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /sets no cookies/],
      [SITE, 'pass', /all 2 cookies .*\(__Host-session, csrf\)/],
    ],
  },
  {
    name: 'cookies lacking attributes fail with PHI, warn without, naming cookies and attributes only',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.cookies = [
            { name: 'PHPSESSID', secure: false, httpOnly: false, sameSite: null, prefixed: false },
            { name: '__Host-session', secure: true, httpOnly: true, sameSite: 'Lax', prefixed: true },
            { name: 'tracker', secure: true, httpOnly: true, sameSite: null, prefixed: false },
          ];
        }),
        [SITE]: vary(SITE, (f) => {
          f.https!.cookies = [{ name: 'ui-theme', secure: true, httpOnly: false, sameSite: 'None', prefixed: false }];
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but sets cookies without protective attributes: PHPSESSID \(no Secure, no HttpOnly, no SameSite\); tracker \(no SameSite\)\.$/],
      [SITE, 'warn', /\(Website\) sets cookies without protective attributes: ui-theme \(no HttpOnly\)\.$/],
    ],
  },
  {
    name: 'an http:// endpoint is judged on the cookies of the plain-HTTP response its URL serves',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    facts: {
      endpoints: {
        [OLD]: vary(OLD, (f) => { f.http!.cookies = [{ name: 'sid', secure: false, httpOnly: true, sameSite: 'Lax', prefixed: false }]; }),
      },
    },
    expect: [[OLD, 'fail', /sid \(no Secure\)/]],
  },
  ...responseUnavailableCases('web.cookies'),
  {
    name: 'an invalid SameSite value is not a SameSite: True, an empty value and Invalid are each named; lax as sent passes',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https!.cookies = [
            { name: '__Host-a', secure: true, httpOnly: true, sameSite: null, sameSiteRaw: 'True', prefixed: true },
            { name: '__Host-b', secure: true, httpOnly: true, sameSite: null, sameSiteRaw: '', prefixed: true },
            { name: '__Host-c', secure: true, httpOnly: false, sameSite: null, sameSiteRaw: 'Invalid', prefixed: true },
          ];
        }),
        [SITE]: vary(SITE, (f) => {
          f.https!.cookies = [{ name: '__Host-d', secure: true, httpOnly: true, sameSite: 'Lax', sameSiteRaw: 'lax', prefixed: true }];
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /__Host-a \(SameSite=True is not Strict, Lax or None, so browsers ignore it\); __Host-b \(SameSite= is not Strict, Lax or None, so browsers ignore it\); __Host-c \(no HttpOnly, SameSite=Invalid is not Strict/],
      [SITE, 'pass', /with Secure, HttpOnly and SameSite/],
    ],
  },
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
