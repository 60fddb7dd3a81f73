import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary, tlsUnavailableCases } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site offers TLS 1.3',
    expect: [[BOOK, 'pass', /offers TLS 1\.3/]],
  },
  {
    name: 'TLS 1.3 refused warns, with or without PHI',
    stack: { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, phi: false }] },
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.3'] = { status: 'rejected', reason: 'protocol version' }; }),
        [SITE]: vary(SITE, (f) => { f.tls!.protocols['TLSv1.3'] = { status: 'rejected' }; }),
      },
    },
    expect: [
      [BOOK, 'warn', /does not offer TLS 1\.3 \(protocol version\)/],
      [SITE, 'warn', /^https:\/\/clearskin\.example does not offer TLS 1\.3\.$/],
    ],
  },
  {
    name: 'TLS 1.3 untestable is a manual check, not a verdict',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.3'] = { status: 'untestable', reason: 'not supported by this OpenSSL' }; }) } },
    expect: [[BOOK, 'manual', /unknown: this machine's TLS library cannot offer it/]],
  },
  {
    name: 'a failed TLS 1.3 probe is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls!.protocols['TLSv1.3'] = { status: 'error', reason: 'ETIMEDOUT' }; }) } },
    expect: [[BOOK, 'error', /the TLS 1\.3 probe failed: ETIMEDOUT/]],
  },
  {
    name: 'a missing TLS 1.3 probe is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls!.protocols['TLSv1.3']; }) } },
    expect: [[BOOK, 'error', /no TLS 1\.3 probe was recorded/]],
  },
  ...tlsUnavailableCases('transport.tls13'),
  { name: 'no endpoints: nothing to judge', stack: { endpoints: [] }, expect: [] },
]);
