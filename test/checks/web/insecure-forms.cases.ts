import type { PageFacts, PageForm } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, reachUnavailableCases, said, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const ID = 'web.insecure-forms';

/** A form as the page visit records it. */
const form = (action: string, thirdParty = false, method = 'post'): PageForm => ({ action, method, insecure: action.startsWith('http:'), thirdParty });

/** `url`'s facts with a clean page whose forms are `forms` (and `change`). */
const withForms = (url: string, forms: PageForm[], change: (p: PageFacts) => void = () => {}) =>
  vary(url, (f) => {
    f.page = goodPage(`${url}/`);
    f.page.forms = forms;
    change(f.page);
  });

export default cases([
  {
    name: 'the booking form posts over HTTPS to its own site',
    expect: [[BOOK, 'pass', /has one form, which posts over HTTPS\.$/]],
  },
  {
    name: 'no forms passes; several own-site HTTPS forms pass',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withForms(BOOK, []),
        [SITE]: withForms(SITE, [form(`${SITE}/contact`), form(`${SITE}/search`, false, 'get'), form('https://www.clearskin.example/newsletter')]),
      },
    },
    expect: [
      [BOOK, 'pass', /has no forms\.$/],
      [SITE, 'pass', /has 3 forms, all posting over HTTPS\.$/],
    ],
  },
  {
    name: 'a form posting over plain HTTP fails on a PHI endpoint and warns on another, saying a contact form usually carries PHI',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withForms(BOOK, [form(`${BOOK}/book`), form('http://book.clearskin.example/intake')]),
        [SITE]: withForms(SITE, [form('http://clearskin.example/contact')]),
      },
    },
    expect: [
      [BOOK, 'fail', /handles PHI, but on its page .* a post form to http:\/\/book\.clearskin\.example\/intake sends what visitors type over plain HTTP, readable and changeable in transit\.$/],
      [SITE, 'warn', /a post form to http:\/\/clearskin\.example\/contact sends .* over plain HTTP.*not marked as handling PHI, but a contact or consultation form usually collects a name with the treatment asked about: if it does, mark the endpoint `phi: true`/],
    ],
  },
  {
    name: 'a form posting over HTTPS to another company is not judged here (web.form-recipients asks who it is)',
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form('https://forms.hubspot.com/uploads/form/v2/123/abc', true)]) } },
    expect: [[BOOK, 'pass', /has one form, which posts over HTTPS\.$/]],
  },
  {
    name: 'plain HTTP to another site on a PHI endpoint fails',
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form('http://crm.example/lead', true), form('https://typeform.example/to/x', true, 'get')]) } },
    expect: [[BOOK, 'fail', /a post form to http:\/\/crm\.example\/lead sends what visitors type over plain HTTP, readable and changeable in transit\.$/]],
  },
  {
    name: 'a page read from its HTML only: a bad form found there stands',
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form('http://book.clearskin.example/intake')], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, 'fail', /plain HTTP/]],
  },
  {
    name: 'a page read from its HTML only with no bad form is not judged: forms a script renders were not seen (web.tracking says why)',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withForms(BOOK, [form(`${BOOK}/book`)], (p) => { p.kind = 'html'; }),
        [SITE]: withForms(SITE, [], (p) => { p.kind = 'html'; }),
      },
    },
    expect: [
      [BOOK, ...said(ID, 'web.tracking', /https:\/\/book\.clearskin\.example\/: the page was read from its HTML only \(no Chromium\)/)],
      [SITE, ...said(ID, 'web.tracking', /https:\/\/clearskin\.example\/: the page was read from its HTML only/)],
    ],
  },
  {
    name: 'a page visit that failed is not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), forms: [], error: 'timeout after 15000 ms' }; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /the visit to https:\/\/book\.clearskin\.example failed: timeout after 15000 ms/)]],
  },
  {
    name: 'facts without a page visit are not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.page; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /no page visit was recorded for https:\/\/book\.clearskin\.example/)]],
  },
  ...reachUnavailableCases(ID),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
