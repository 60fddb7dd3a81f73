import { baaStatus, defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'vendors.baa-expired',
    title: 'No BAA with a vendor that handles PHI has expired',
    area: 'vendors',
    severity: 'critical',
    hipaa: ['164.308(b)(1)', '164.314(a)(1)', '164.502(e)', '164.504(e)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(b)(1) and 164.502(e)(1): a business associate may handle ePHI only with satisfactory assurances, documented in a written contract meeting 164.504(e)',
    rationale:
      'A BAA that has run out no longer gives the written assurances HIPAA requires, so every disclosure of PHI to the vendor after the expiry day is made without a BAA. A BAA is in force through its `expires` day; an evergreen BAA (no `expires`) never lapses.',
    remediation:
      'Renew or re-sign the BAA with the vendor and record the new term under `vendors[].baa.expires` (or remove it / set it to null for an evergreen agreement); stop sending PHI to the vendor until it is renewed.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      const baa = baaStatus(vendor, now);
      // Vendors without a BAA in force or expired are reported by vendors.baa-signed.
      if (!vendor.phi || (baa.state !== 'in-force' && baa.state !== 'expired')) return [];
      if (baa.state === 'expired') {
        return [{
          status: 'fail',
          subject: vendor.name,
          path: toPointer('vendors', i, 'baa', 'expires'),
          message: `${vendor.name}'s BAA expired on ${baa.expires}: PHI shared with it since then is shared without a BAA.`,
          evidence: { expires: baa.expires },
        }];
      }
      if (baa.expires === null) {
        return [{
          status: 'pass',
          subject: vendor.name,
          path: vendor.baa && 'expires' in vendor.baa ? toPointer('vendors', i, 'baa', 'expires') : toPointer('vendors', i, 'baa'),
          message: `${vendor.name}'s BAA (signed ${baa.signed}) has no expiry date: it stays in force until terminated.`,
          evidence: { signed: baa.signed, expires: null },
        }];
      }
      return [{
        status: 'pass',
        subject: vendor.name,
        path: toPointer('vendors', i, 'baa', 'expires'),
        message: `${vendor.name}'s BAA is in force through ${baa.expires}.`,
        evidence: { expires: baa.expires },
      }];
    });
  },
});
