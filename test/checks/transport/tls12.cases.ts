import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary, tlsUnavailableCases } from '../../helpers/endpoint-facts.js';

const refused = { status: 'rejected', reason: 'protocol version' } as const;

export default cases([
  {
    name: 'the booking site offers TLS 1.2',
    expect: [[BOOK, 'pass', /offers TLS 1\.2/]],
  },
  {
    name: 'TLS 1.3 only warns (old clients locked out), with or without PHI',
    stack: { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, phi: false }] },
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.2'] = refused; }),
        [SITE]: vary(SITE, (f) => { f.tls!.protocols['TLSv1.2'] = refused; }),
      },
    },
    expect: [
      [BOOK, 'warn', /offers TLS 1\.3 only/],
      [SITE, 'warn', /offers TLS 1\.3 only/],
    ],
  },
  {
    name: 'neither TLS 1.2 nor 1.3 fails, even with TLS 1.0 accepted',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols = { TLSv1: { status: 'accepted' }, 'TLSv1.1': refused, 'TLSv1.2': refused, 'TLSv1.3': refused };
        }),
      },
    },
    expect: [[BOOK, 'fail', /offers neither TLS 1\.2 nor TLS 1\.3/]],
  },
  {
    name: 'TLS 1.2 untestable is a manual check',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.2'] = { status: 'untestable' }; }) } },
    expect: [[BOOK, 'manual', /Whether .* offers TLS 1\.2 is unknown/]],
  },
  {
    name: 'TLS 1.2 refused and TLS 1.3 untestable: warn or fail is unknown, a manual check',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols['TLSv1.2'] = refused;
          f.tls!.protocols['TLSv1.3'] = { status: 'untestable' };
        }),
      },
    },
    expect: [[BOOK, 'manual', /offers TLS 1\.3 is unknown/]],
  },
  {
    name: 'TLS 1.2 refused and the TLS 1.3 probe failed: unavailable',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.tls!.protocols['TLSv1.2'] = refused;
          f.tls!.protocols['TLSv1.3'] = { status: 'error', reason: 'ECONNRESET' };
        }),
      },
    },
    expect: [[BOOK, 'error', /the TLS 1\.3 probe failed: ECONNRESET/]],
  },
  {
    name: 'a failed TLS 1.2 probe is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.2'] = { status: 'error' }; }) } },
    expect: [[BOOK, 'error', /the TLS 1\.2 probe failed: no reason recorded/]],
  },
  {
    name: 'a missing TLS 1.2 probe is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls!.protocols['TLSv1.2']; }) } },
    expect: [[BOOK, 'error', /no TLS 1\.2 probe was recorded/]],
  },
  ...tlsUnavailableCases('transport.tls12'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
