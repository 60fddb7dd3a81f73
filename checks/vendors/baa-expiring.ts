import { baaStatus, defineCheck, toPointer, type Finding } from '../../src/index.js';

/** Two months is about the time it takes to get a renewal through a vendor's legal team. */
const EXPIRY_WARNING_DAYS = 60;

export default defineCheck({
  meta: {
    id: 'vendors.baa-expiring',
    title: 'No BAA with a vendor that handles PHI expires soon',
    area: 'vendors',
    severity: 'medium',
    hipaa: ['164.308(b)(1)'],
    obligation: 'practice',
    basis:
      'Contract management practice; the 60-day renewal window is hipaa-hero\'s default',
    rationale: `Once a BAA lapses, every later disclosure of PHI to the vendor is made without a contract in force (vendors.baa-expired); renewals take time, so hipaa-hero asks for renewal when a BAA expires within ${EXPIRY_WARNING_DAYS} days.`,
    remediation:
      'Start the renewal with the vendor now, then record the new expiry date under `vendors[].baa.expires` (or set it to null if the renewed agreement is evergreen).',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      const baa = baaStatus(vendor, now);
      // Unsigned BAAs are vendors.baa-signed's; expired ones are vendors.baa-expired's.
      if (!vendor.phi || baa.state !== 'in-force') return [];
      if (baa.expires === null || baa.daysLeft === null) {
        return [{
          status: 'pass',
          subject: vendor.name,
          path: vendor.baa && 'expires' in vendor.baa ? toPointer('vendors', i, 'baa', 'expires') : toPointer('vendors', i, 'baa'),
          message: `${vendor.name}'s BAA is evergreen: it has no expiry date to renew before.`,
          evidence: { expires: null },
        }];
      }
      const { expires, daysLeft: days } = baa;
      const path = toPointer('vendors', i, 'baa', 'expires');
      if (days <= EXPIRY_WARNING_DAYS) {
        const when = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
        return [{
          status: 'warn',
          subject: vendor.name,
          path,
          message: `${vendor.name}'s BAA expires on ${expires}, ${when} (within the ${EXPIRY_WARNING_DAYS}-day warning window): renew it now.`,
          evidence: { expires, days_left: days },
        }];
      }
      return [{
        status: 'pass',
        subject: vendor.name,
        path,
        message: `${vendor.name}'s BAA runs until ${expires}, ${days} days away (more than ${EXPIRY_WARNING_DAYS}).`,
        evidence: { expires, days_left: days },
      }];
    });
  },
});
