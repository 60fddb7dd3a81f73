// Owns proposed.ba-verification: whether each business associate that handles PHI gave written
// verification of its technical safeguards in the last 12 months, as the 2025 proposal would require.
import { defineCheck, recurrence, toPointer, type Finding } from '../../src/index.js';

/** The proposal's interval between verifications. */
const MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'proposed.ba-verification',
    title: 'Every business associate verified its technical safeguards in writing in the last 12 months',
    area: 'proposed',
    severity: 'high',
    hipaa: ['164.308(b)(1)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.308 (90 FR 898, January 6, 2025): written verification from each business associate, at least every 12 months, that it has deployed the technical safeguards the proposed rule would require',
    rationale:
      'A signed BAA is a promise; it says nothing about whether the vendor actually runs the safeguards it promised. The proposed rule would require a written confirmation from each business associate every year that its technical safeguards are in place. This is a proposal, not law.',
    remediation:
      "Ask each vendor that handles PHI for a written statement (or a report by a qualified auditor) that its technical safeguards are in place, keep it with the BAA, and record its date under `vendors[].baa.verified`; a vendor with no signed BAA needs one first (`vendors[].baa.signed`).",
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      if (!vendor.phi) return [];
      const subject = vendor.name;
      const baa = vendor.baa;
      if (!baa?.signed) {
        return [{
          status: 'fail',
          subject,
          path: baa ? toPointer('vendors', i, 'baa') : toPointer('vendors', i),
          message: `${subject} handles PHI but has no signed BAA, so there is no BAA to verify its safeguards against.`,
          evidence: { signed: null, verified: baa?.verified ?? null },
        }];
      }
      const r = recurrence(baa.verified, now, MONTHS);
      const path = toPointer('vendors', i, 'baa', 'verified');
      switch (r.state) {
        case 'missing':
          return [{
            status: 'fail',
            subject,
            path: baa.verified === null ? path : toPointer('vendors', i, 'baa'),
            message: `${subject} has never verified its technical safeguards in writing (\`baa.verified\` is not set).`,
            evidence: { signed: baa.signed, verified: null },
          }];
        case 'future':
          return [{
            status: 'fail',
            subject,
            path,
            message: `${subject}'s written verification is dated ${r.day}, after the audit day ${now}: it cannot have been given yet.`,
            evidence: { signed: baa.signed, verified: r.day },
          }];
        case 'overdue':
          return [{
            status: 'fail',
            subject,
            path,
            message: `${subject} last verified its technical safeguards in writing on ${r.day}; the proposed rule would require a new verification every ${MONTHS} months, so it was due by ${r.due}.`,
            evidence: { signed: baa.signed, verified: r.day, due: r.due },
          }];
        case 'current':
          return [{
            status: 'pass',
            subject,
            path,
            message: `${subject} verified its technical safeguards in writing on ${r.day}; the next verification is due by ${r.due}.`,
            evidence: { signed: baa.signed, verified: r.day, due: r.due },
          }];
      }
    });
  },
});
