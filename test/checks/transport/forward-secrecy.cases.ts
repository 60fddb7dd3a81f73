import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, SITE, vary } from '../../helpers/endpoint-facts.js';

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
  {
    name: 'no TLS handshake at all is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.tls = { error: 'ECONNRESET', protocols: {} }; }) } },
    expect: [[BOOK, 'error', /no TLS handshake could be made: ECONNRESET/]],
  },
  {
    name: 'no TLS facts recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.tls; }) } },
    expect: [[BOOK, 'error', /no TLS results/]],
  },
  {
    name: 'an endpoint that could not be probed is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.error = 'getaddrinfo ENOTFOUND'; }) } },
    expect: [[BOOK, 'error', /the probe failed: getaddrinfo ENOTFOUND/]],
  },
  {
    name: 'an endpoint missing from the facts is unavailable',
    facts: { endpoints: {} },
    expect: [[BOOK, 'error', /no probe results/]],
  },
  {
    name: 'a plain-HTTP endpoint has no TLS to judge',
    stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
    expect: [['http://old.clearskin.example', 'not_applicable']],
  },
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
