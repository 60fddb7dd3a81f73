import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, reachUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';
/** Plain HTTP answered with a page instead of a redirect. */
const servedPlain = (f: EndpointFacts) => {
  const plain = `http://${f.host}/`;
  f.http = { hops: [{ url: plain, status: 200 }], finalUrl: plain, status: 200, headers: {}, cookies: [] };
};

export default cases([
  {
    name: 'the booking site redirects plain HTTP to HTTPS',
    expect: [[BOOK, 'pass', /redirects plain HTTP to https:\/\/book\.clearskin\.example\/ \(301\)/]],
  },
  {
    name: 'no redirect fails with PHI, warns without',
    stack: twoSites,
    facts: { endpoints: { [BOOK]: vary(BOOK, servedPlain), [SITE]: vary(SITE, servedPlain) } },
    expect: [
      [BOOK, 'fail', /handles PHI but serves plain HTTP without redirecting to HTTPS \(it ends on http:\/\/book\.clearskin\.example\/ with status 200\)/],
      [SITE, 'warn', /\(Website\) serves plain HTTP without redirecting/],
    ],
  },
  {
    name: 'a redirect to HTTPS on another host counts (the visit is encrypted); one that bounces back to HTTP does not',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.http!.hops = [{ url: 'http://book.clearskin.example/', status: 302, location: 'https://booking-vendor.example/clearskin' }, { url: 'https://booking-vendor.example/clearskin', status: 200 }];
          f.http!.finalUrl = 'https://booking-vendor.example/clearskin';
        }),
        [SITE]: vary(SITE, (f) => {
          f.http!.hops = [
            { url: 'http://clearskin.example/', status: 301, location: 'https://clearskin.example/' },
            { url: 'https://clearskin.example/', status: 302, location: 'http://clearskin.example/home' },
            { url: 'http://clearskin.example/home', status: 200 },
          ];
          f.http!.finalUrl = 'http://clearskin.example/home';
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /redirects plain HTTP to https:\/\/booking-vendor\.example\/clearskin \(another host than book\.clearskin\.example\)/],
      [SITE, 'warn', /ends on http:\/\/clearskin\.example\/home/],
    ],
  },
  {
    name: 'an off-site redirect recorded but not followed lands where it points; a site that refuses plain HTTP passes',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.http = { hops: [{ url: 'http://book.clearskin.example/', status: 301, location: 'https://www.clearskin.example/' }], offSiteRedirect: 'https://www.clearskin.example/', finalUrl: 'http://book.clearskin.example/', status: 301, headers: {}, cookies: [] };
        }),
        [SITE]: vary(SITE, (f) => {
          f.http = { hops: [], notServed: 'connection refused at 203.0.113.9 port 80', headers: {}, cookies: [] };
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /https:\/\/www\.clearskin\.example\/ \(another host/],
      [SITE, 'pass', /does not serve plain HTTP at all \(connection refused/],
    ],
  },
  {
    name: 'without a recorded final URL, the first hop decides: 308 to https passes, a relative redirect stays on HTTP',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.http = { hops: [{ url: 'http://book.clearskin.example/', status: 308, location: 'https://book.clearskin.example/' }], headers: {}, cookies: [] };
        }),
        [SITE]: vary(SITE, (f) => {
          f.http = { hops: [{ url: 'http://clearskin.example/', status: 302, location: '/home' }], headers: {}, cookies: [] };
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /\(308\)/],
      [SITE, 'warn', /ends on no URL/],
    ],
  },
  {
    name: 'an http:// endpoint that redirects to HTTPS on its host passes here (endpoints.https judges the URL)',
    stack: { endpoints: [{ url: OLD, phi: true }] },
    expect: [[OLD, 'pass', /redirects plain HTTP to https:\/\/old\.clearskin\.example\//]],
  },
  {
    name: 'a failed plain-HTTP request is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.http = { error: 'too many redirects', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[BOOK, 'error', /the plain-HTTP request failed: too many redirects/]],
  },
  {
    name: 'no plain-HTTP request recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.http; }) } },
    expect: [[BOOK, 'error', /no plain-HTTP request was recorded/]],
  },
  {
    name: 'an HTTPS page redirecting to plain HTTP on another host is a downgrade: fail with PHI, warn without',
    stack: twoSites,
    facts: {
      endpoints: {
        // Recorded, not followed: the probe never connects to the other host.
        [BOOK]: vary(BOOK, (f) => {
          f.https = { hops: [{ url: 'https://book.clearskin.example/', status: 302, location: 'http://booking-vendor.example/clearskin' }], offSiteRedirect: 'http://booking-vendor.example/clearskin', finalUrl: 'https://book.clearskin.example/', status: 302, headers: { 'strict-transport-security': 'max-age=63072000' }, cookies: [] };
        }),
        [SITE]: vary(SITE, (f) => {
          f.https = { hops: [{ url: 'https://clearskin.example/', status: 301, location: 'http://www.clearskin.example/' }], offSiteRedirect: 'http://www.clearskin.example/', finalUrl: 'https://clearskin.example/', status: 301, headers: {}, cookies: [] };
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but redirects HTTPS visits to plain HTTP \(http:\/\/booking-vendor\.example\/clearskin\), so what visitors send next travels unencrypted/],
      [SITE, 'warn', /\(Website\) redirects HTTPS visits to plain HTTP \(http:\/\/www\.clearskin\.example\/\)/],
    ],
  },
  {
    name: 'an HTTPS page redirecting to plain HTTP on its own host is a downgrade too, even when the chain failed after it',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https = {
            error: 'redirect loop at https://book.clearskin.example/',
            hops: [
              { url: 'https://book.clearskin.example/', status: 301, location: 'http://book.clearskin.example/' },
              { url: 'http://book.clearskin.example/', status: 301, location: 'https://book.clearskin.example/' },
            ],
            finalUrl: 'http://book.clearskin.example/',
            status: 301,
            headers: {},
            cookies: [],
          };
        }),
      },
    },
    expect: [[BOOK, 'fail', /redirects HTTPS visits to plain HTTP \(http:\/\/book\.clearskin\.example\/\)/]],
  },
  {
    name: 'a redirect to HTTPS on another host is no downgrade',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https = { hops: [{ url: 'https://book.clearskin.example/', status: 302, location: 'https://booking-vendor.example/clearskin' }], offSiteRedirect: 'https://booking-vendor.example/clearskin', finalUrl: 'https://book.clearskin.example/', status: 302, headers: {}, cookies: [] };
        }),
      },
    },
    expect: [[BOOK, 'pass', /redirects plain HTTP to https:\/\/book\.clearskin\.example\/ \(301\)/]],
  },
  {
    name: 'a pass also vouches for the HTTPS visit: when its response is unknown, so is the result (web.hsts says why)',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.https = { error: 'ETIMEDOUT', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[BOOK, 'not_judged', /^the HTTPS request to https:\/\/book\.clearskin\.example failed: ETIMEDOUT$/]],
  },
  {
    name: 'no redirect still fails when the HTTPS response is unknown: a known failure stands',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { servedPlain(f); f.https = { error: 'ETIMEDOUT', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[BOOK, 'fail', /serves plain HTTP without redirecting/]],
  },
  ...reachUnavailableCases('web.https-redirect'),
  // For an http:// endpoint the plain visit is its own: this check says why it was not reached.
  ...reachUnavailableCases('web.https-redirect', { endpoints: [{ url: OLD, phi: true }] }, OLD),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
