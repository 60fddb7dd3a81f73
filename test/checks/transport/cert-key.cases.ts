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
    name: 'the booking site certificate has an EC P-256 key and a P-384 intermediate',
    expect: [[BOOK, 'pass', /EC 256-bit key, and its intermediates strong keys too/]],
  },
  {
    name: 'RSA 2048 and Ed25519 keys pass (RSA exactly at the minimum)',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { keyType: 'rsa', keyBits: 2048, curve: undefined }); }),
        [SITE]: vary(SITE, (f) => {
          Object.assign(f.certificate!.chain[0]!, { keyType: 'ed25519', keyBits: 256, curve: undefined });
          f.certificate!.chain = [f.certificate!.chain[0]!];
        }),
      },
    },
    expect: [
      [BOOK, 'pass', /RSA 2048-bit key/],
      [SITE, 'pass', /^https:\/\/clearskin\.example \(Website\)'s certificate uses a ED25519 256-bit key\.$/],
    ],
  },
  {
    name: 'a 1024-bit RSA leaf fails with PHI; a P-224 leaf fails without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { keyType: 'rsa', keyBits: 1024, curve: undefined }); }),
        [SITE]: vary(SITE, (f) => { Object.assign(f.certificate!.chain[0]!, { keyBits: 224, curve: 'secp224r1' }); }),
      },
    },
    expect: [
      [BOOK, 'fail', /weak keys: CN=book\.clearskin\.example RSA 1024-bit \(minimum 2048\)/],
      [SITE, 'fail', /CN=clearskin\.example EC 224-bit secp224r1 \(minimum 256\)/],
    ],
  },
  {
    name: 'a weak intermediate fails; an RSA-PSS leaf of 4096 bits is fine',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          Object.assign(f.certificate!.chain[0]!, { keyType: 'rsa-pss', keyBits: 4096, curve: undefined });
          Object.assign(f.certificate!.chain[1]!, { keyType: 'rsa', keyBits: 2047, curve: undefined });
        }),
      },
    },
    expect: [[BOOK, 'fail', /weak keys: CN=Example Issuing CA,O=Example Trust RSA 2047-bit/]],
  },
  {
    name: 'a self-signed root sent along is not judged by its key',
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.certificate!.chain.push({ ...f.certificate!.chain[1]!, subject: 'CN=Old Root', issuer: 'CN=Old Root', selfSigned: true, keyType: 'rsa', keyBits: 1024 });
        }),
      },
    },
    expect: [[BOOK, 'pass']],
  },
  {
    name: 'a DSA key fails',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { keyType: 'dsa', keyBits: 2048, curve: undefined }); }) } },
    expect: [[BOOK, 'fail', /DSA 2048-bit \(DSA is no longer approved\)/]],
  },
  {
    name: 'an unknown key type asks for a manual check; with a weak key too, it fails',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { keyType: 'gost2012', keyBits: 256, curve: undefined }); }),
        [SITE]: vary(SITE, (f) => {
          Object.assign(f.certificate!.chain[0]!, { keyType: 'gost2012', keyBits: 256, curve: undefined });
          Object.assign(f.certificate!.chain[1]!, { keyType: 'rsa', keyBits: 1024, curve: undefined });
        }),
      },
    },
    expect: [
      [BOOK, 'manual', /key types this check does not judge \(CN=book\.clearskin\.example: gost2012\)/],
      [SITE, 'fail', /RSA 1024-bit/],
    ],
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
