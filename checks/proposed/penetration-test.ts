// Owns proposed.penetration-test: whether a penetration test was done in the last 12 months, as the
// 2025 proposal would require.
import { auditRecordFinding, defineCheck, type Finding } from '../../src/index.js';

/** The proposal's interval between penetration tests. */
const MONTHS = 12;
const SUBJECT = 'Penetration test';

export default defineCheck({
  meta: {
    id: 'proposed.penetration-test',
    title: 'A penetration test in the last 12 months',
    area: 'proposed',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(B)'],
    obligation: 'proposed',
    basis: 'Proposed 45 CFR 164.312 (90 FR 898, January 6, 2025): penetration testing at least every 12 months',
    rationale:
      'A penetration test has a qualified person try to break in the way an attacker would, and finds the gaps a checklist misses. The proposed rule would require one at least every 12 months. This is a proposal, not law.',
    remediation:
      'Have a qualified tester (an IT security firm, or the practice\'s managed IT provider if qualified) run a penetration test of the systems that hold ePHI, fix what it finds, and record the date under `audits.penetration_test`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    return [auditRecordFinding(stack, now, { key: 'penetration_test', subject: SUBJECT, noun: 'penetration test', months: MONTHS })];
  },
});
