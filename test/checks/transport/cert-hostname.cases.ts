import { cases } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

export default cases([
  {
    name: 'the booking site certificate names its host',
    expect: [[BOOK, 'pass', /valid for book\.clearskin\.example/]],
  },
  {
    name: 'a certificate for another name fails with or without PHI, naming what it covers',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK, (f) => {
          f.certificate!.hostnameMatch = false;
          f.certificate!.chain[0]!.subjectAltNames = ['DNS:*.hostingco.example', 'DNS:hostingco.example'];
        }),
        [SITE]: vary(SITE, (f) => {
          f.certificate!.hostnameMatch = false;
          f.certificate!.chain[0]!.subjectAltNames = [];
          f.certificate!.chain[0]!.subject = 'CN=www.clearskin.example';
        }),
      },
    },
    expect: [
      [BOOK, 'fail', /not valid for book\.clearskin\.example: it names only DNS:\*\.hostingco\.example, DNS:hostingco\.example/],
      [SITE, 'fail', /not valid for clearskin\.example: it names only CN=www\.clearskin\.example/],
    ],
  },
  ...certificateUnavailableCases('transport.cert-hostname'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
