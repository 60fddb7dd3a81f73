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
    name: 'the booking site certificate chain is signed with SHA-256/384',
    expect: [[BOOK, 'pass', /signed with ecdsa-with-SHA256, and no certificate in its chain uses SHA-1 or MD5/]],
  },
  {
    name: 'a SHA-1 leaf fails with PHI; an MD5 intermediate fails without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.signatureAlgorithm = 'sha1WithRSAEncryption'; }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[1]!.signatureAlgorithm = 'md5WithRSAEncryption'; }),
      },
    },
    expect: [
      [BOOK, 'fail', /broken hash: CN=book\.clearskin\.example \(sha1WithRSAEncryption\)/],
      [SITE, 'fail', /CN=Example Issuing CA,O=Example Trust \(md5WithRSAEncryption\)/],
    ],
  },
  {
    name: 'ecdsa-with-SHA1 and a SHA-1 signature given as an OID fail; sha256WithRSAEncryption passes',
    edit: (s) => {
      s.endpoints = [...twoSites.endpoints, { url: 'https://portal.clearskin.example', phi: true }];
    },
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.signatureAlgorithm = 'ecdsa-with-SHA1'; }),
        [SITE]: vary(SITE, (f) => { f.certificate!.chain[0]!.signatureAlgorithm = '1.2.840.113549.1.1.5'; }),
        'https://portal.clearskin.example': vary('https://portal.clearskin.example', (f) => {
          f.certificate!.chain[0]!.signatureAlgorithm = 'sha256WithRSAEncryption';
          f.certificate!.chain[1]!.signatureAlgorithm = 'sha512WithRSAEncryption';
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /ecdsa-with-SHA1/],
      [SITE, 'fail', /1\.2\.840\.113549\.1\.1\.5/],
      ['https://portal.clearskin.example', 'pass'],
    ],
  },
  {
    name: 'a self-signed root\'s own SHA-1 signature is never checked: pass',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.certificate!.chain.push({ ...f.certificate!.chain[1]!, subject: 'CN=Old Root', issuer: 'CN=Old Root', selfSigned: true, signatureAlgorithm: 'sha1WithRSAEncryption' });
        }),
      },
    },
    expect: [[BOOK, 'pass']],
  },
  {
    name: 'a self-signed leaf signed with SHA-1 still fails',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          Object.assign(f.certificate!.chain[0]!, { selfSigned: true, signatureAlgorithm: 'sha1WithRSAEncryption' });
        }),
      },
    },
    expect: [[BOOK, 'fail']],
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
