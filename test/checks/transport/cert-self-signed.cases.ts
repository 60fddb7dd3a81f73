import type { EndpointFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { goodEndpointFacts } from '../../helpers/endpoint-facts.js';

const BOOK = 'https://book.clearskin.example';
const SITE = 'https://clearskin.example';
/** The good facts for `url`, with one change. */
const vary = (url: string, change: (f: EndpointFacts) => void = () => {}): EndpointFacts => {
  const f = goodEndpointFacts(url);
  change(f);
  return f;
};
/** The booking site (PHI) and the marketing site (no PHI). */
const twoSites = { endpoints: [{ url: BOOK, name: 'Booking site', phi: true }, { url: SITE, name: 'Website', phi: false }] };

export default cases([
  {
    name: 'the booking site certificate is issued by a CA',
    expect: [[BOOK, 'pass', /issued by CN=Example Issuing CA,O=Example Trust/]],
  },
  {
    name: 'a self-signed leaf fails with or without PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          const leaf = f.certificate!.chain[0]!;
          Object.assign(leaf, { selfSigned: true, issuer: leaf.subject });
          f.certificate!.chain = [leaf];
        }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[0]!.selfSigned = true; }),
      },
    },
    expect: [
      [BOOK, 'fail', /presents a self-signed certificate \(CN=book\.clearskin\.example\)/],
      [SITE, 'fail', /self-signed/],
    ],
  },
  {
    name: 'a self-signed root sent along in the chain is not the leaf: pass',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.certificate!.chain.push({ ...f.certificate!.chain[1]!, subject: 'CN=Example Root CA,O=Example Trust', issuer: 'CN=Example Root CA,O=Example Trust', selfSigned: true });
        }),
      },
    },
    expect: [[BOOK, 'pass']],
  },
  {
    name: 'a certificate that could not be read is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate = { error: 'no peer certificate', chain: [], trusted: false, hostnameMatch: false }; }) } },
    expect: [[BOOK, 'error', /the certificate could not be read: no peer certificate/]],
  },
  {
    name: 'an empty chain is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain = []; }) } },
    expect: [[BOOK, 'error', /the server sent no certificate/]],
  },
  {
    name: 'no certificate facts recorded is unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.certificate; }) } },
    expect: [[BOOK, 'error', /no certificate was recorded/]],
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
    name: 'a plain-HTTP endpoint has no certificate to judge (endpoints.https reports it)',
    stack: { endpoints: [{ url: 'http://old.clearskin.example', phi: true }] },
    expect: [['http://old.clearskin.example', 'not_applicable', /plain HTTP/]],
  },
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
