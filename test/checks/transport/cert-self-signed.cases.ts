import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

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
  ...certificateUnavailableCases('transport.cert-self-signed'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
