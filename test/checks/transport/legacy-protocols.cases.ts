import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, twoSites, vary, tlsUnavailableCases } from '../../helpers/endpoint-facts.js';

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
  ...tlsUnavailableCases('transport.legacy-protocols'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
