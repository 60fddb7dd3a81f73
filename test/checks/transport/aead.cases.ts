import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary, tlsUnavailableCases } from '../../helpers/endpoint-facts.js';

/** A TLS 1.2 handshake on a CBC suite. */
const cbc = (f: EndpointFacts) => {
  f.tls!.negotiated = { ...f.tls!.negotiated!, protocol: 'TLSv1.2', cipher: 'ECDHE-RSA-AES128-SHA256', aead: false };
};

export default cases([
  {
    name: 'the booking site negotiates an AEAD cipher',
    expect: [[BOOK, 'pass', /TLS_AES_128_GCM_SHA256, an authenticated \(AEAD\) cipher/]],
  },
  {
    name: 'a CBC suite fails with PHI, warns without',
    stack: { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, name: 'Website', phi: false }] },
    facts: { endpoints: { [BOOK]: vary(BOOK, cbc), [SITE]: vary(SITE, cbc) } },
    expect: [
      [BOOK, 'fail', /handles PHI but negotiates ECDHE-RSA-AES128-SHA256 over TLSv1\.2, which is not an AEAD cipher/],
      [SITE, 'warn', /\(Website\) negotiates ECDHE-RSA-AES128-SHA256/],
    ],
  },
  {
    name: 'no negotiated handshake recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls!.negotiated; }) } },
    expect: [[BOOK, 'error', /no negotiated handshake was recorded/]],
  },
  ...tlsUnavailableCases('transport.aead'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
