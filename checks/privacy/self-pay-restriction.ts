import { defineCheck, type Finding } from '../../src/index.js';
import { flagFinding } from '../../src/engine/flag-finding.js';

const SUBJECT = 'Self-pay restrictions';

export default defineCheck({
  meta: {
    id: 'privacy.self-pay-restriction',
    title: 'Requests to keep self-paid care from a health plan are honored',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.522(a)(1)(vi)'],
    obligation: 'required',
    basis:
      '45 CFR 164.522(a)(1)(vi): a covered entity must agree to an individual\'s request to restrict disclosure of PHI to a health plan if the disclosure is for payment or health care operations and is not otherwise required by law, and the PHI pertains solely to an item or service paid for in full by the individual (or by someone other than the plan on their behalf)',
    rationale:
      'HIPAA requires a provider to agree when a patient who paid in full out of pocket asks that the care not be disclosed to their health plan, unless the law requires the disclosure. Most med spa treatments are paid in cash or by card, so this is the common case: the front desk must not refuse, or later bill or report the visit to the plan anyway.',
    remediation:
      'Write the rule into the patient-rights procedures: staff agree to any request not to tell the health plan about care the patient paid for in full, mark the restriction in the booking or billing system so the visit is never sent to the plan, and train the front desk; then set `patient_rights.self_pay_restriction: true`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    return [
      flagFinding({
        checkId: 'privacy.self-pay-restriction',
        subject: SUBJECT,
        at: ['patient_rights', 'self_pay_restriction'],
        section: stack.patient_rights,
        unsaid: 'whether a patient\'s request not to tell their health plan about care paid in full out of pocket is honored',
        yes: 'A patient\'s request not to tell their health plan about care they paid for in full out of pocket is honored.',
        no: 'A patient\'s request not to tell their health plan about care they paid for in full out of pocket is not always honored, but HIPAA requires agreeing to it unless the law requires the disclosure.',
      }),
    ];
  },
});
