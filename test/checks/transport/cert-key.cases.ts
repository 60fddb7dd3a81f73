import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

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
      [BOOK, 'manual', /keys this check cannot judge \(CN=book\.clearskin\.example: gost2012\)/],
      [SITE, 'fail', /RSA 1024-bit/],
    ],
  },
  {
    name: 'a key whose size could not be read (recorded as 0) is a manual check, never weak or strong',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { Object.assign(f.certificate!.chain[0]!, { keyType: 'ec', keyBits: 0 }); delete f.certificate!.chain[0]!.curve; }) } },
    expect: [[BOOK, 'manual', /CN=book\.clearskin\.example: ec, size unknown/]],
  },
  ...certificateUnavailableCases('transport.cert-key'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
