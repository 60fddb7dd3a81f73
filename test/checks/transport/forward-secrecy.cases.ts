import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary, tlsUnavailableCases } from '../../helpers/endpoint-facts.js';

/** A TLS 1.2 handshake with static RSA key exchange. */
const staticRsa = (f: EndpointFacts) => {
  f.tls!.negotiated = { ...f.tls!.negotiated!, protocol: 'TLSv1.2', cipher: 'AES128-GCM-SHA256', keyExchange: null, forwardSecrecy: false };
};

export default cases([
  {
    name: 'the booking site negotiates an ephemeral key exchange',
    expect: [[BOOK, 'pass', /ephemeral key exchange \(ECDH X25519\): forward secrecy/]],
  },
  {
    name: 'static RSA key exchange fails with PHI, warns without',
    stack: { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, name: 'Website', phi: false }] },
    facts: { endpoints: { [BOOK]: vary(BOOK, staticRsa), [SITE]: vary(SITE, staticRsa) } },
    expect: [
      [BOOK, 'fail', /handles PHI but negotiates TLSv1\.2 AES128-GCM-SHA256 without forward secrecy/],
      [SITE, 'warn', /\(Website\) negotiates TLSv1\.2 AES128-GCM-SHA256 without forward secrecy/],
    ],
  },
  {
    name: 'no negotiated handshake recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls!.negotiated; }) } },
    expect: [[BOOK, 'error', /no negotiated handshake was recorded/]],
  },
  ...tlsUnavailableCases('transport.forward-secrecy'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
