import type { PageFacts, PageForm, Stack } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, reachUnavailableCases, said, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const ID = 'web.form-recipients';

/** A form as the page visit records it. */
const form = (action: string, thirdParty = true, method = 'post'): PageForm => ({ action, method, insecure: action.startsWith('http:'), thirdParty });

/** `url`'s facts with a clean page whose forms are `forms` (and `change`). */
const withForms = (url: string, forms: PageForm[], change: (p: PageFacts) => void = () => {}) =>
  vary(url, (f) => {
    f.page = goodPage(`${url}/`);
    f.page.forms = forms;
    change(f.page);
  });

const vendor = (name: string, baa?: NonNullable<Stack['vendors']>[number]['baa']) => (s: Stack) => {
  s.vendors!.push({ name, service: 'Forms', phi: true, ...(baa !== undefined ? { baa } : {}) });
};

const HUBSPOT = 'https://forms.hubspot.com/uploads/form/v2/123/abc';

export default cases([
  {
    name: 'the booking form posts to its own site',
    expect: [[BOOK, 'pass', /has no form that posts to another site\.$/]],
  },
  {
    name: 'a form posting to a service recorded as a vendor with a BAA in force passes',
    edit: vendor('HubSpot', { signed: '2025-02-01' }),
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form(HUBSPOT)]) } },
    expect: [[BOOK, 'pass', /posts forms only to vendors with a BAA in force: https:\/\/forms\.hubspot\.com\/uploads\/form\/v2\/123\/abc \(Hubspot: the BAA with HubSpot \(signed 2025-02-01\) is in force\)\.$/]],
  },
  {
    name: 'a form posting to another company without a BAA warns on a PHI endpoint and is a question for the practice elsewhere',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: withForms(BOOK, [form(HUBSPOT), form(`${BOOK}/book`, false)]),
        [SITE]: withForms(SITE, [form('https://forms.example-builder.example/f/77')]),
      },
    },
    expect: [
      [BOOK, 'warn', /has a form that sends what visitors type to another company: https:\/\/forms\.hubspot\.com\/.* \(Hubspot: no vendor in the stack file with a BAA in force is Hubspot\)\. Confirm what it collects \(this endpoint handles PHI\); if it can be about a patient's health or care, that company needs a BAA/],
      [SITE, 'manual', /\(forms\.example-builder\.example: a service the tracker database does not know: check who runs it\)\. Confirm what it collects;/],
    ],
  },
  {
    name: 'an expired BAA does not cover the recipient',
    edit: vendor('HubSpot', { signed: '2024-01-01', expires: '2026-01-01' }),
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form(HUBSPOT), form('https://typeform.example/to/x', true, 'get')]) } },
    expect: [[BOOK, 'warn', /has 2 forms that send .*the BAA with HubSpot expired on 2026-01-01.*typeform\.example/]],
  },
  {
    name: 'a page read from its HTML only with no outside form is not judged: forms a script renders were not seen (web.tracking says why)',
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form(`${BOOK}/book`, false)], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /https:\/\/book\.clearskin\.example\/: the page was read from its HTML only \(no Chromium\)/)]],
  },
  {
    name: 'a page read from its HTML only: an outside form found there stands',
    facts: { endpoints: { [BOOK]: withForms(BOOK, [form(HUBSPOT)], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, 'warn', /Hubspot/]],
  },
  {
    name: 'a page visit that failed is not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), forms: [], error: 'timeout after 15000 ms' }; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /the visit to https:\/\/book\.clearskin\.example failed: timeout after 15000 ms/)]],
  },
  ...reachUnavailableCases(ID),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
