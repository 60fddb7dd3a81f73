// Owns training.current: whether each trained staff member's training is within the practice's own
// refresher interval (whether everyone was trained at all is training.workforce). A shared login
// (`shared: true`) is not a person and gets no training: each person who uses it is judged under
// their own staff entry.
import { defineCheck, intervalWords, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';
import { sharedLoginNotAPerson } from '../../src/engine/staff-queries.js';

export default defineCheck({
  meta: {
    id: 'training.current',
    title: "Every staff member's training is within the practice's refresher interval",
    area: 'training',
    severity: 'medium',
    hipaa: ['164.308(a)(5)', '164.530(b)'],
    obligation: 'practice',
    basis:
      "45 CFR 164.308(a)(5) asks for an ongoing training program and 164.530(b)(2) for retraining when policies change materially, without a refresher interval: the interval is the practice's policy (hipaa-hero's default: 12 months)",
    rationale:
      'Training fades and threats change: a yearly refresher is the common practice, and it is where staff hear about new phishing tricks and changed policies.',
    remediation:
      "Give each overdue staff member a refresher (a short course with a certificate is enough), then update their `trained` date under `staff`; state the practice's own interval under `schedule.training_months`.",
    needs: ['stack'],
  },
  run({ stack, now }) {
    const interval = policyInterval(stack, 'training');
    const policy = intervalWords(interval);
    return (stack.staff ?? []).map((member, i): Finding => {
      const shared = sharedLoginNotAPerson(member, i);
      if (shared) return shared;
      const subject = member.account;
      const who = `${member.name} (${subject})`;
      const r = recurrence(member.trained, now, interval.months);
      const evidence = { trained: member.trained ?? null, interval_months: interval.months, interval_set_by: interval.setBy };
      if (r.state === 'missing' || r.state === 'future') {
        return { status: 'not_applicable', subject, message: `${who} has no training on record to judge by date (training.workforce reports it).`, evidence };
      }
      const path = toPointer('staff', i, 'trained');
      if (r.state === 'overdue') {
        return { status: 'fail', subject, path, message: `${who} was last trained on ${r.day}; under a policy of retraining ${policy}, a refresher was due on ${r.due}.`, evidence: { ...evidence, due: r.due } };
      }
      return { status: 'pass', subject, path, message: `${who} was trained on ${r.day}; the refresher is due by ${r.due}, ${policy}.`, evidence: { ...evidence, due: r.due } };
    });
  },
});
