// Owns web.form-recipients: which other companies the forms on an endpoint's page send what
// visitors type to, and whether each is a vendor with a BAA in force. On a PHI endpoint an uncovered
// recipient is a warning; elsewhere whether the form carries PHI is for the practice to confirm.
import { defineCheck, type Finding, type Json, type PageForm } from '../../src/index.js';
import { endpointAt, endpointPage, needsBrowser, unknownFinding } from '../../src/engine/endpoint-queries.js';
import { serviceBaa } from '../../src/engine/service-vendors.js';
import { thirdPartyOf } from '../../src/engine/third-parties.js';
import { hostOf } from '../../src/gather/page-scan.js';

const ID = 'web.form-recipients';

/** A form's recipient: its host, the service behind it when the database knows it, and whether a BAA covers it. */
interface Recipient {
  form: PageForm;
  host: string;
  service: string | null;
  covered: boolean;
  words: string;
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'Forms that post to another company post to a vendor with a BAA',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.502(e)', '164.308(b)(1)'],
    obligation: 'practice',
    basis:
      'HHS OCR business associate guidance (45 CFR 164.502(e), 164.308(b)(1)): a company that receives PHI on the practice\'s behalf needs a BAA; whether a given form collects PHI is for the practice to confirm',
    rationale:
      'A form that posts to another company\'s site (a form builder, CRM, marketing or booking widget) hands that company everything the patient types into it. If that can be about the patient\'s health or care, the company is a business associate and needs a BAA; many form builders will not sign one.',
    remediation:
      'For each form that posts elsewhere, find out who receives it and what it collects. If it can carry PHI, record the service under `vendors` with its signed BAA, or move the form to a vendor that signs one (or to the practice\'s own site).',
    needs: ['endpoints'],
  },
  run({ stack, facts, now }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Which companies ${label}'s forms send what visitors type to is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const recipients = page.forms
        .filter((f) => f.thirdParty)
        .map((form): Recipient => {
          const party = thirdPartyOf(form.action);
          const cover = party ? serviceBaa(stack, party, now) : { covered: false, words: 'a service the tracker database does not know: check who runs it' };
          return { form, host: hostOf(form.action), service: party?.name ?? null, ...cover };
        });
      const evidence: Json = {
        visit: page.kind,
        page: page.url,
        recipients: recipients.map((r) => ({ action: r.form.action, method: r.form.method, host: r.host, service: r.service, baa: r.covered })),
      };
      const open = recipients.filter((r) => !r.covered);
      const named = (r: Recipient) => `${r.form.action} (${r.service ?? r.host}: ${r.words})`;
      if (open.length === 0) {
        // Read without a browser, a form that a script renders (most booking and contact widgets) was not seen.
        const browser = needsBrowser(page, ID);
        if (browser) return unknown(browser.unavailable, browser.explainedBy);
        return {
          ...at,
          status: 'pass',
          evidence,
          message:
            recipients.length === 0
              ? `${label}'s page ${page.url} has no form that posts to another site.`
              : `${label}'s page ${page.url} posts forms only to vendors with a BAA in force: ${recipients.map(named).join('; ')}.`,
        };
      }
      return {
        ...at,
        status: endpoint.phi ? 'warn' : 'manual',
        evidence,
        message: `${label}'s page ${page.url} has ${open.length === 1 ? 'a form that sends' : `${open.length} forms that send`} what visitors type to another company: ${open.map(named).join('; ')}. Confirm what ${open.length === 1 ? 'it collects' : 'they collect'}${endpoint.phi ? ' (this endpoint handles PHI)' : ''}; if it can be about a patient's health or care, that company needs a BAA and a place under \`vendors\`.`,
      };
    });
  },
});
