// Owns proposed.compliance-audit: whether an audit of compliance with the Security Rule was done in
// the last 12 months, as the 2025 proposal would require.
import { auditRecordFinding, defineCheck, type Finding } from '../../src/index.js';

/** The proposal's interval between compliance audits. */
const MONTHS = 12;
const SUBJECT = 'Compliance audit';

export default defineCheck({
  meta: {
    id: 'proposed.compliance-audit',
    title: 'An audit of compliance with the Security Rule in the last 12 months',
    area: 'proposed',
    severity: 'medium',
    hipaa: ['164.308(a)(8)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.308 (90 FR 898, January 6, 2025): an audit of compliance with the Security Rule at least every 12 months',
    rationale:
      'An audit checks that the safeguards the practice says it has are really in place and working. The proposed rule would require one at least every 12 months, on top of the periodic evaluation. This is a proposal, not law.',
    remediation:
      'Have the practice\'s compliance with the Security Rule audited (by staff who do not run the systems, or an outside auditor) and record the date under `audits.compliance_audit`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    return [auditRecordFinding(stack, now, { key: 'compliance_audit', subject: SUBJECT, noun: 'compliance audit', months: MONTHS, missingNote: 'an audit of compliance with the Security Rule, which `audits.last_audit`, the periodic evaluation, does not stand in for' })];
  },
});
