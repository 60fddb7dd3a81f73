import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site refuses TLS 1.0 and 1.1',
    expect: [[BOOK, 'pass', /refuses TLS 1\.0 and TLS 1\.1/]],
  },
  {
    name: 'TLS 1.0 accepted fails on a PHI endpoint; TLS 1.1 accepted warns on a non-PHI one',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.tls!.protocols.TLSv1 = { status: 'accepted', cipher: 'ECDHE-RSA-AES128-SHA' }; }),
        [SITE]: vary(SITE, (f) => { f.tls!.protocols['TLSv1.1'] = { status: 'accepted', cipher: 'ECDHE-RSA-AES128-SHA' }; }),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI but accepts TLS 1\.0, retired/],
      [SITE, 'warn', /accepts TLS 1\.1, retired/],
    ],
  },
  {
    name: 'both legacy versions accepted are both named',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols.TLSv1 = { status: 'accepted' };
          f.tls!.protocols['TLSv1.1'] = { status: 'accepted' };
        }),
      },
    },
    expect: [[BOOK, 'fail', /accepts TLS 1\.0 and TLS 1\.1/]],
  },
  {
    name: 'an accepted version fails even when the other could not be tested, and says so',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols.TLSv1 = { status: 'untestable', reason: 'no protocols available' };
          f.tls!.protocols['TLSv1.1'] = { status: 'accepted' };
        }),
      },
    },
    expect: [[BOOK, 'fail', /accepts TLS 1\.1.*TLS 1\.0 could not be tested/]],
  },
  {
    name: 'an untestable version is unknown, not refused: a manual check, naming what was refused',
    facts: {
      endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols.TLSv1 = { status: 'untestable', reason: 'no protocols available' }; }) },
    },
    expect: [[BOOK, 'manual', /refuses TLS 1\.1, but whether it accepts TLS 1\.0 is unknown.*cannot offer it \(no protocols available\)/]],
  },
  {
    name: 'both versions untestable',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols.TLSv1 = { status: 'untestable' };
          f.tls!.protocols['TLSv1.1'] = { status: 'untestable' };
        }),
      },
    },
    expect: [[BOOK, 'manual', /^Whether .* accepts TLS 1\.0 and TLS 1\.1 is unknown.*cannot offer them;/]],
  },
  {
    name: 'a failed probe is unavailable, not refused',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.1'] = { status: 'error', reason: 'ECONNRESET' }; }) } },
    expect: [[BOOK, 'error', /the TLS 1\.1 probe failed: ECONNRESET/]],
  },
  {
    name: 'a missing probe is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls!.protocols.TLSv1; }) } },
    expect: [[BOOK, 'error', /no TLS 1\.0 probe was recorded/]],
  },
  {
    name: 'no TLS handshake at all is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls = { error: 'ECONNREFUSED', protocols: {} }; }) } },
    expect: [[BOOK, 'error', /no TLS handshake could be made: ECONNREFUSED/]],
  },
  {
    name: 'no TLS facts recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls; }) } },
    expect: [[BOOK, 'error', /no TLS results were recorded/]],
  },
  {
    name: 'an endpoint that could not be probed is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.error = 'getaddrinfo ENOTFOUND book.clearskin.example'; }) } },
    expect: [[BOOK, 'error', /the probe failed: getaddrinfo ENOTFOUND/]],
  },
  {
    name: 'an endpoint missing from the facts is unavailable',
    facts: { endpoints: {} },
    expect: [[BOOK, 'error', /no probe results were recorded/]],
  },
  {
    name: 'a plain-HTTP endpoint has no TLS to judge (endpoints.https reports it)',
    stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
    expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
  },
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
