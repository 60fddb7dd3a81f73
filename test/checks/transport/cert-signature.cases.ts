import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

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
  ...certificateUnavailableCases('transport.cert-signature'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
