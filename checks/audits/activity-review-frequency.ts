// Owns audits.activity-review-frequency: whether activity review happens at least as often as the
// practice's own policy says (HIPAA says "regularly" and fixes no frequency).
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** From most to least frequent; a review at least as frequent as the policy meets it. */
const FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annually'] as const;
type Frequency = (typeof FREQUENCIES)[number];
/** hipaa-hero's default: monthly keeps misuse from running for a whole quarter unnoticed. */
const DEFAULT_POLICY: Frequency = 'monthly';

export default defineCheck({
  meta: {
    id: 'audits.activity-review-frequency',
    title: "Audit logs are reviewed at least as often as the practice's policy says",
    area: 'audits',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(D)'],
    obligation: 'practice',
    basis:
      "45 CFR 164.308(a)(1)(ii)(D) says \"regularly\" without a frequency: the frequency is the practice's policy (hipaa-hero's default: monthly, after NIST SP 800-92's log management guidance)",
    rationale:
      'A review every quarter or year lets misuse of PHI run for months before anyone sees it, and late discovery shortens the time left to contain it and notify patients.',
    remediation:
      "Review audit logs and access reports at least as often as the practice's policy says (monthly by default), record the frequency under `audits.activity_review`, and state the policy under `schedule.activity_review`.",
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Information system activity review';
    const frequency = stack.audits?.activity_review;
    if (frequency === undefined || frequency === 'never') {
      return [{ status: 'not_applicable', subject, message: 'No review frequency is on record to compare with the policy (audits.activity-review reports it).' }];
    }
    const own = stack.schedule?.activity_review;
    const policy = own ?? DEFAULT_POLICY;
    const policyWords = own
      ? `the practice's own policy (\`schedule.activity_review: ${own}\`)`
      : `hipaa-hero's default of ${DEFAULT_POLICY}, not a HIPAA rule (set \`schedule.activity_review\` to state the practice's policy)`;
    const path = toPointer('audits', 'activity_review');
    const evidence = { activity_review: frequency, policy, policy_set_by: own ? 'schedule.activity_review' : null };
    if (FREQUENCIES.indexOf(frequency) > FREQUENCIES.indexOf(policy)) {
      return [{ status: 'warn', subject, path, message: `Information system activity is reviewed ${frequency}, less often than ${policyWords}.`, evidence }];
    }
    return [{ status: 'pass', subject, path, message: `Information system activity is reviewed ${frequency}, as often as ${policyWords} or more.`, evidence }];
  },
});
