// Vendors holding the practice's patient lists for marketing: such a list is PHI, so the vendor handles PHI.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'vendors.marketing-lists',
    title: 'Every vendor that holds a patient list for marketing is treated as handling PHI',
    area: 'vendors',
    severity: 'high',
    hipaa: ['164.502(e)', '164.308(b)(1)'],
    obligation: 'required',
    basis:
      '45 CFR 164.502(e)(1) and 164.308(b)(1): a covered entity may disclose PHI to a business associate, or let it create, receive, maintain or transmit ePHI on its behalf, only with satisfactory assurances documented in a written contract (164.504(e))',
    rationale:
      'A med spa\'s patient list — names, emails and phone numbers uploaded to Mailchimp for a newsletter, or to a texting service for promotions — shows who is a patient of a health care provider, so it is PHI, and a service that keeps it for the practice is a business associate. HIPAA requires a signed BAA before the list is uploaded; many newsletter tools (Mailchimp, reportedly, among them) do not sign one.',
    remediation:
      'Either move patient lists to a marketing service that signs a BAA, set the vendor\'s `phi: true` and record the signed BAA under `vendors[].baa`; or keep patient lists out of the service (for example, use it only for a newsletter people subscribe to on the website, with nothing taken from patient records) and remove the vendor from `marketing.lists`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const vendors = stack.vendors ?? [];
    return (stack.marketing?.lists ?? []).flatMap((name): Finding[] => {
      const i = vendors.findIndex((v) => v.name === name);
      // The stack loader rejects a list naming no vendor, so this is only a guard.
      if (i < 0) return [];
      const path = toPointer('vendors', i, 'phi');
      if (!vendors[i]!.phi) {
        return [{
          status: 'fail',
          subject: name,
          path,
          message: `${name} holds the practice's patient list, and a list of a med spa's patients shows who is a patient: that is PHI, so ${name} handles PHI — set \`phi: true\` and get a signed BAA, or keep patient lists out of it.`,
          evidence: { marketing_list: true, phi: false },
        }];
      }
      return [{ status: 'pass', subject: name, path, message: `${name} holds the practice's patient list and is declared as handling PHI; vendors.baa-signed judges its BAA.`, evidence: { marketing_list: true, phi: true } }];
    });
  },
});
