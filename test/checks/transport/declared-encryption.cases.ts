import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary, reachUnavailableCases } from '../../helpers/endpoint-facts.js';

const OLD = 'http://old.clearskin.example';
/** The booking site fronts the EHR, whose data store is declared encrypted in transit. */
const bookingFrontsEhr = { endpoints: [{ url: BOOK, name: 'Booking site', phi: true, data_store: 'ChartCloud EHR' }] };
/** Plain HTTP answered with a page instead of a redirect. */
const noRedirect = (f: EndpointFacts) => {
  f.http = { hops: [{ url: 'http://book.clearskin.example/', status: 200 }], finalUrl: 'http://book.clearskin.example/', status: 200, headers: {}, cookies: [] };
};

export default cases([
  {
    name: 'the base booking site names no data store or vendor: nothing to judge',
    expect: [],
  },
  {
    name: 'a data store declared encrypted in transit, and the probes agree',
    stack: bookingFrontsEhr,
    expect: [[BOOK, 'pass', /its data store ChartCloud EHR is declared encrypted in transit, and the probes agree: HTTPS, HTTP redirected to HTTPS, no TLS below 1\.2 accepted\./]],
  },
  {
    name: 'a vendor-run endpoint, with or without PHI, is judged the same way',
    stack: {
      endpoints: [
        { url: BOOK, name: 'Booking site', phi: true, vendor: 'ChartCloud' },
        { url: SITE, name: 'Website', phi: false, vendor: 'ChartCloud' },
      ],
    },
    facts: { endpoints: { [BOOK]: vary(BOOK), [SITE]: vary(SITE, noRedirect) } },
    expect: [
      [BOOK, 'pass', /it is run by ChartCloud/],
      [SITE, 'fail', /run by ChartCloud.*contradict it: plain HTTP is not redirected to HTTPS on clearskin\.example/],
    ],
  },
  {
    name: 'a data store not declared encrypted in transit, and no vendor: nothing to judge',
    edit: (s) => {
      s.data_stores![1]!.encryption!.in_transit = false;
      s.endpoints = [{ url: BOOK, phi: true, data_store: 'Reception PC' }];
    },
    expect: [],
  },
  {
    name: 'plain HTTP not redirected contradicts the declaration',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, noRedirect) } },
    expect: [[BOOK, 'fail', /but the probes contradict it: plain HTTP is not redirected to HTTPS on book\.clearskin\.example \(it ends on http:\/\/book\.clearskin\.example\/ with status 200\)\./]],
  },
  {
    name: 'a redirect to HTTPS on another host does not count',
    stack: bookingFrontsEhr,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.http!.hops = [{ url: 'http://book.clearskin.example/', status: 301, location: 'https://elsewhere.example/' }, { url: 'https://elsewhere.example/', status: 200 }];
          f.http!.finalUrl = 'https://elsewhere.example/';
        }),
      },
    },
    expect: [[BOOK, 'fail', /not redirected to HTTPS on book\.clearskin\.example \(it ends on https:\/\/elsewhere\.example\//]],
  },
  {
    name: 'TLS 1.0 accepted contradicts the declaration',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols.TLSv1 = { status: 'accepted' }; }) } },
    expect: [[BOOK, 'fail', /contradict it: TLS 1\.0 is accepted\./]],
  },
  {
    name: 'no TLS handshake possible contradicts the declaration',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls = { error: 'wrong version number', protocols: {} }; }) } },
    expect: [[BOOK, 'fail', /no TLS handshake could be made \(wrong version number\)/]],
  },
  {
    name: 'a plain http:// URL contradicts the declaration, even when it redirects',
    stack: { endpoints: [{ url: OLD, phi: true, data_store: 'ChartCloud EHR' }] },
    expect: [[OLD, 'fail', /contradict it: the URL is plain http:\/\/\./]],
  },
  {
    name: 'every contradiction observed is listed in one finding',
    stack: { endpoints: [{ url: OLD, phi: true, data_store: 'ChartCloud EHR', vendor: 'ChartCloud' }] },
    facts: {
      endpoints: {
        [OLD]: vary(OLD, (f) => {
          f.http = { hops: [{ url: 'http://old.clearskin.example/', status: 200 }], finalUrl: 'http://old.clearskin.example/', status: 200, headers: {}, cookies: [] };
          f.tls!.protocols.TLSv1 = { status: 'accepted' };
          f.tls!.protocols['TLSv1.1'] = { status: 'accepted' };
        }),
      },
    },
    expect: [[OLD, 'fail', /the URL is plain http:\/\/; plain HTTP is not redirected to HTTPS on old\.clearskin\.example .*; TLS 1\.0 and TLS 1\.1 are accepted\./]],
  },
  {
    name: 'a contradiction is reported even when another probe failed, naming what was not checked',
    stack: bookingFrontsEhr,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.http = { error: 'ECONNREFUSED', hops: [], headers: {}, cookies: [] };
          f.tls!.protocols['TLSv1.1'] = { status: 'accepted' };
        }),
      },
    },
    expect: [[BOOK, 'fail', /TLS 1\.1 is accepted \(not checked: the plain-HTTP request failed: ECONNREFUSED\)/]],
  },
  {
    name: 'a plain http:// URL contradicts the declaration even when the endpoint could not be probed',
    stack: { endpoints: [{ url: OLD, phi: false, vendor: 'ChartCloud' }] },
    facts: { endpoints: { [OLD]: vary(OLD, (f) => { f.error = 'deadline passed'; }) } },
    expect: [[OLD, 'fail', /the URL is plain http:\/\/ \(not checked: the probe of http:\/\/old\.clearskin\.example failed: deadline passed\)/]],
  },
  {
    name: 'untestable legacy versions are unknown, not a contradiction: the pass says so',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols.TLSv1 = { status: 'untestable', reason: 'no protocols available' }; }) } },
    expect: [[BOOK, 'pass', /no TLS below 1\.2 seen accepted \(TLS 1\.0 could not be tested from this machine\)/]],
  },
  {
    name: 'a failed plain-HTTP request with nothing contradicting is unavailable',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.http = { error: 'too many redirects', hops: [], headers: {}, cookies: [] }; }) } },
    expect: [[BOOK, 'error', /the plain-HTTP request failed: too many redirects/]],
  },
  {
    name: 'a failed legacy probe with nothing contradicting is unavailable',
    stack: bookingFrontsEhr,
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols.TLSv1 = { status: 'error', reason: 'ECONNRESET' }; }) } },
    expect: [[BOOK, 'error', /the TLS 1\.0 probe failed: ECONNRESET/]],
  },
  {
    name: 'missing plain-HTTP and TLS facts are unavailable',
    stack: bookingFrontsEhr,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          delete f.http;
          delete f.tls;
        }),
      },
    },
    expect: [[BOOK, 'error', /no plain-HTTP request was recorded; no TLS results were recorded/]],
  },
  {
    name: 'an HTTPS page that redirects to plain HTTP (on any host) contradicts the declaration',
    stack: bookingFrontsEhr,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.https = { hops: [{ url: 'https://book.clearskin.example/', status: 302, location: 'http://elsewhere.example/book' }], offSiteRedirect: 'http://elsewhere.example/book', finalUrl: 'https://book.clearskin.example/', status: 302, headers: {}, cookies: [] };
        }),
      },
    },
    expect: [[BOOK, 'fail', /HTTPS visits are redirected to plain HTTP \(http:\/\/elsewhere\.example\/book\)/]],
  },
  ...reachUnavailableCases('transport.declared-encryption', bookingFrontsEhr),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
