import type { PageFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, OWNERS, reachUnavailableCases, said, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const ID = 'web.privacy-notice';
const PORTAL = 'https://clearskin.portal-vendor.example';

/** The facts of `url` with a clean page whose links are `links` (and `change`). */
const withLinks = (url: string, links: PageFacts['links'], change: (p: PageFacts) => void = () => {}) =>
  vary(url, (f) => {
    f.page = { ...goodPage(`${url}/`), links };
    change(f.page);
  });

const SERVICES = { href: `${SITE}/services`, text: 'Services' };

export default cases([
  {
    name: 'a link named for the notice passes, leaving prominence to a person',
    expect: [[BOOK, 'pass', /^https:\/\/book\.clearskin\.example \(Booking site\)'s page https:\/\/book\.clearskin\.example\/ links to its Notice of Privacy Practices \("Notice of Privacy Practices" → https:\/\/book\.clearskin\.example\/privacy-practices, found by its name\); whether the link is prominent is for a person to judge\.$/]],
  },
  {
    name: 'a link to the address in privacy_notice.website passes, whatever its text, trailing slash or host case',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withLinks(BOOK, [{ href: 'https://book.clearskin.example/hipaa', text: 'HIPAA Notice' }]),
        [SITE]: withLinks(SITE, [SERVICES, { href: 'https://ClearSkin.example/privacy/', text: 'Privacy' }]),
      },
    },
    expect: [
      [BOOK, 'pass', /\("HIPAA Notice" → .*, found by its name\)/],
      [SITE, 'pass', /\("Privacy" → https:\/\/ClearSkin\.example\/privacy\/, found by the address in `privacy_notice\.website`\)/],
    ],
  },
  {
    name: 'NPP counts as a word, not inside another',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withLinks(BOOK, [{ href: `${BOOK}/npp.pdf`, text: 'NPP (PDF)' }]),
        [SITE]: withLinks(SITE, [{ href: `${SITE}/snppy`, text: 'SNPPY deals' }]),
      },
    },
    expect: [[BOOK, 'pass', /"NPP \(PDF\)"/], [SITE, 'fail', /has no link to the Notice of Privacy Practices/]],
  },
  {
    name: 'a link only to a website privacy policy warns: it may not be the notice',
    facts: { endpoints: { [BOOK]: withLinks(BOOK, [SERVICES, { href: `${BOOK}/legal/privacy-policy`, text: 'Privacy Policy' }]) } },
    expect: [[BOOK, 'warn', /links only to a privacy page that may not be the Notice of Privacy Practices \("Privacy Policy" → https:\/\/book\.clearskin\.example\/legal\/privacy-policy\): a website privacy policy is not the notice/]],
  },
  {
    name: 'no link to the notice fails, saying what HIPAA requires',
    facts: { endpoints: { [BOOK]: withLinks(BOOK, [SERVICES]) } },
    expect: [[BOOK, 'fail', /page https:\/\/book\.clearskin\.example\/ has no link to the Notice of Privacy Practices \(1 links looked at\): HIPAA requires a practice website about its services to post the notice prominently/]],
  },
  {
    name: 'no link in an HTML-only read is unknown (script-added links were not seen): web.tracking says why',
    facts: { endpoints: { [BOOK]: withLinks(BOOK, [SERVICES], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, ...said(ID, OWNERS.page, /https:\/\/book\.clearskin\.example\/: the page was read from its HTML only \(no Chromium\)/)]],
  },
  {
    name: 'a notice link found in an HTML-only read still passes',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page!.kind = 'html'; }) } },
    expect: [[BOOK, 'pass', /links to its Notice of Privacy Practices/]],
  },
  {
    name: 'a failed page visit is not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), links: [], error: 'not HTML (application/pdf)' }; }) } },
    expect: [[BOOK, ...said(ID, OWNERS.page, /the visit to https:\/\/book\.clearskin\.example failed: not HTML/)]],
  },
  {
    name: 'facts without a page visit are not judged here',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.page; }) } },
    expect: [[BOOK, ...said(ID, OWNERS.page, /no page visit was recorded for https:\/\/book\.clearskin\.example/)]],
  },
  {
    name: 'only endpoints on the practice website\'s site are judged (www. and subdomains are one site)',
    stack: { endpoints: [{ url: PORTAL, name: 'Patient portal', phi: true }, { url: 'https://www.clearskin.example', phi: false }] },
    expect: [['https://www.clearskin.example', 'pass', /links to its Notice of Privacy Practices/]],
  },
  {
    name: 'a practice website that is not among the endpoints was not visited: a person checks',
    stack: { endpoints: [{ url: PORTAL, name: 'Patient portal', phi: true }] },
    expect: [['https://clearskin.example', 'manual', /did not visit the practice website https:\/\/clearskin\.example: no endpoint is on its site.*Add it under `endpoints` \(with phi: false\)/]],
  },
  {
    name: 'no endpoints at all: the website was not visited',
    stack: { endpoints: undefined },
    expect: [['https://clearskin.example', 'manual', /did not visit the practice website/]],
  },
  {
    name: 'no practice website: nothing to judge here (privacy.notice-website covers the stack file)',
    edit: (s) => { delete s.practice.website; },
    expect: [],
  },
  ...reachUnavailableCases(ID),
]);
