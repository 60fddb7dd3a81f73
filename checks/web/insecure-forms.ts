// Owns web.insecure-forms: whether the forms on an endpoint's page post over HTTPS, or send what
// visitors type unencrypted (http://). Where they post to another company is web.form-recipients'
// question: it rests on the BAA rules, not on encryption, so it has its own obligation.
import { defineCheck, type Finding, type Json, type PageForm } from '../../src/index.js';
import { endpointAt, endpointPage, needsBrowser, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.insecure-forms';

/** "a post form to http://example.com/contact". */
const formWords = (f: PageForm): string => `a ${f.method} form to ${f.action}`;

export default defineCheck({
  meta: {
    id: ID,
    title: 'Forms post over HTTPS',
    area: 'web',
    severity: 'high',
    hipaa: ['164.312(e)(2)(ii)', '164.312(e)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(e)(2)(ii): encrypt ePHI whenever deemed appropriate, under the transmission security standard 164.312(e)(1)',
    rationale:
      'A form that posts to an http:// address sends what the patient types (name, date of birth, the treatment they ask about) readable and changeable by anyone on the path, even when the page itself was served over HTTPS.',
    remediation:
      'Make every form\'s `action` an https:// address (or a relative one on an HTTPS page on the practice\'s site); if the form posts to a vendor\'s http:// address, ask the vendor for its https:// one.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Where ${label}'s forms send what visitors type is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const insecure = page.forms.filter((f) => f.insecure);
      const evidence: Json = { visit: page.kind, page: page.url, forms: page.forms.map((f) => ({ ...f })) };

      if (insecure.length === 0) {
        // Read without a browser, a form that a script renders (most booking and contact widgets) was not seen.
        const browser = needsBrowser(page, ID);
        if (browser) return unknown(browser.unavailable, browser.explainedBy);
        const n = page.forms.length;
        return {
          ...at,
          status: 'pass',
          evidence,
          message: n === 0
            ? `${label}'s page ${page.url} has no forms.`
            : `${label}'s page ${page.url} has ${n === 1 ? 'one form, which posts' : `${n} forms, all posting`} over HTTPS.`,
        };
      }

      const what = `${insecure.map(formWords).join('; ')} ${insecure.length === 1 ? 'sends' : 'send'} what visitors type over plain HTTP, readable and changeable in transit`;
      if (endpoint.phi) {
        return { ...at, status: 'fail', evidence, message: `${label} handles PHI, but on its page ${page.url} ${what}.` };
      }
      // Not marked as handling PHI: a contact or consultation form there usually still collects a
      // name with the treatment asked about, which is PHI once the practice receives it, so this is
      // a warning that says so rather than a pass.
      const notPhi =
        ' The endpoint is not marked as handling PHI, but a contact or consultation form usually collects a name with the treatment asked about: if it does, mark the endpoint `phi: true`.';
      return { ...at, status: 'warn', evidence, message: `On ${label}'s page ${page.url}, ${what}.${notPhi}` };
    });
  },
});
