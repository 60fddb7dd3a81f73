import { baaStatus, defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'vendors.baa-signed',
    title: 'Every vendor that handles PHI has a signed BAA',
    area: 'vendors',
    severity: 'critical',
    hipaa: ['164.308(b)(1)', '164.308(b)(3)', '164.314(a)(1)', '164.502(e)', '164.504(e)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(b)(1) and 164.502(e)(1): a business associate may handle ePHI only with satisfactory assurances, documented in a written contract meeting 164.504(e)',
    rationale:
      'A business associate may create, receive, maintain or transmit PHI only under a written Business Associate Agreement; disclosing PHI to a vendor without one is a violation in itself.',
    remediation:
      'Get a BAA signed with the vendor (most healthcare-ready vendors offer one on request or in their admin console) and record the date under `baa.signed`; stop sending PHI to the vendor until it is signed.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      if (!vendor.phi) return [];
      const path = toPointer('vendors', i);
      const baa = baaStatus(vendor, now);
      if (baa.state === 'none') {
        return [{ status: 'fail', subject: vendor.name, path, message: `${vendor.name} handles PHI but has no signed BAA on file.`, evidence: { baa: vendor.baa ?? null } }];
      }
      const { signed } = baa;
      if (baa.state === 'not-yet') {
        return [{ status: 'fail', subject: vendor.name, path: toPointer('vendors', i, 'baa', 'signed'), message: `${vendor.name}'s BAA is dated ${signed}, after the audit day: it is not in force yet.`, evidence: { signed } }];
      }
      return [{ status: 'pass', subject: vendor.name, path: toPointer('vendors', i, 'baa', 'signed'), message: `${vendor.name} handles PHI and signed a BAA on ${signed}.`, evidence: { signed } }];
    });
  },
});
