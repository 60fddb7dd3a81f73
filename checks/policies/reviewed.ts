import { defineCheck, recurrence, toPointer, type Finding } from '../../src/index.js';

/** Policies must be reviewed periodically; yearly is the common standard and what auditors expect. */
const REVIEW_MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'policies.reviewed',
    title: 'Every policy was reviewed within the last 12 months',
    area: 'policies',
    severity: 'medium',
    hipaa: ['164.316(b)(2)(iii)', '164.316(a)'],
    rationale:
      'Documentation must be reviewed periodically and updated as the practice and its systems change; a policy not looked at in over 12 months likely describes systems and people that are gone.',
    remediation:
      'Review each overdue policy (the privacy or security official reads it against current practice and updates it), then set its `reviewed` date under `policies`.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.policies ?? []).map((policy, i): Finding => {
      const subject = policy.name;
      const field = policy.reviewed ? 'reviewed' : 'adopted';
      const r = recurrence(policy.reviewed ?? policy.adopted, now, REVIEW_MONTHS);
      if (r.state === 'missing') {
        return {
          status: 'fail',
          subject,
          path: toPointer('policies', i),
          message: `The policy "${subject}" has no \`reviewed\` or \`adopted\` date, so there is no record it was ever adopted or reviewed.`,
          evidence: { reviewed: null, adopted: null },
        };
      }
      const path = toPointer('policies', i, field);
      const what = policy.reviewed ? 'last reviewed' : 'adopted (never reviewed)';
      switch (r.state) {
        case 'future':
          return { status: 'fail', subject, path, message: `The policy "${subject}" is dated ${field} ${r.day}, after the audit day ${now}: the date cannot be right.`, evidence: { [field]: r.day } };
        case 'overdue':
          return { status: 'fail', subject, path, message: `The policy "${subject}" was ${what} on ${r.day}, due for review on ${r.due} (every ${REVIEW_MONTHS} months).`, evidence: { [field]: r.day, due: r.due } };
        case 'current':
          return { status: 'pass', subject, path, message: `The policy "${subject}" was ${what} on ${r.day}; the next review is due by ${r.due}.`, evidence: { [field]: r.day, due: r.due } };
      }
    });
  },
});
