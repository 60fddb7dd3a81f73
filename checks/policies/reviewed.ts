// Owns policies.reviewed: whether each written policy was reviewed within the practice's own interval.
import { defineCheck, intervalWords, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'policies.reviewed',
    title: "Every policy was reviewed within the practice's review interval",
    area: 'policies',
    severity: 'medium',
    hipaa: ['164.316(b)(2)(iii)', '164.530(i)'],
    obligation: 'practice',
    basis:
      '45 CFR 164.316(b)(2)(iii) asks for periodic review of documentation and 164.530(i)(2) for changes as needed, without fixing an interval: the interval is the practice\'s policy',
    rationale:
      'Policies are only as good as their fit to the practice as it is today; one not looked at for longer than the review interval likely describes systems, vendors and people that are gone.',
    remediation:
      "Review each overdue policy (the privacy or security official reads it against current practice and updates it), then set its `reviewed` date under `policies`; state the practice's own interval under `schedule.policy_review_months`.",
    needs: ['stack'],
  },
  run({ stack, now }) {
    const interval = policyInterval(stack, 'policy_review');
    return (stack.policies ?? []).map((policy, i): Finding => {
      const subject = policy.name;
      const field = policy.reviewed ? 'reviewed' : 'adopted';
      const r = recurrence(policy.reviewed ?? policy.adopted, now, interval.months);
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
          return { status: 'fail', subject, path, message: `The policy "${subject}" has a \`${field}\` date of ${r.day}, after the audit day ${now}: the date cannot be right.`, evidence: { [field]: r.day } };
        case 'overdue':
          return { status: 'fail', subject, path, message: `The policy "${subject}" was ${what} on ${r.day}; under a policy of reviewing it ${intervalWords(interval)}, it was due for review on ${r.due}.`, evidence: { [field]: r.day, due: r.due, interval_months: interval.months } };
        case 'current':
          return { status: 'pass', subject, path, message: `The policy "${subject}" was ${what} on ${r.day}; the next review is due by ${r.due}, ${intervalWords(interval)}.`, evidence: { [field]: r.day, due: r.due, interval_months: interval.months } };
      }
    });
  },
});
