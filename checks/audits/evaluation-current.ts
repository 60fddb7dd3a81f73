// Owns audits.evaluation-current: whether the evaluation on record is within the practice's own
// interval. 164.308(a)(8) says "periodic" and fixes none.
import { defineCheck, intervalWords, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.evaluation-current',
    title: "The evaluation was repeated within the practice's interval",
    area: 'audits',
    severity: 'medium',
    hipaa: ['164.308(a)(8)'],
    obligation: 'practice',
    basis:
      "45 CFR 164.308(a)(8) asks for a periodic evaluation without fixing an interval: the interval is the practice's policy (hipaa-hero's default: 12 months)",
    rationale:
      'An evaluation repeated on a set schedule catches safeguards that drifted since the last one; without a schedule, "periodic" tends to become "once".',
    remediation:
      "Repeat the evaluation and record its date under `audits.last_audit`; state the practice's own interval under `schedule.evaluation_months`.",
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Periodic evaluation';
    const interval = policyInterval(stack, 'evaluation');
    const r = recurrence(stack.audits?.last_audit, now, interval.months);
    const evidence = { last_audit: stack.audits?.last_audit ?? null, interval_months: interval.months, interval_set_by: interval.setBy };
    if (r.state === 'missing' || r.state === 'future') {
      return [{ status: 'not_applicable', subject, message: 'There is no evaluation on record to judge by date (audits.evaluation reports it).', evidence }];
    }
    const path = toPointer('audits', 'last_audit');
    const policy = intervalWords(interval);
    if (r.state === 'overdue') {
      return [{ status: 'fail', subject, path, message: `The evaluation was last done on ${r.day}; under a policy of repeating it ${policy}, it was due on ${r.due}.`, evidence: { ...evidence, due: r.due } }];
    }
    return [{ status: 'pass', subject, path, message: `The evaluation was done on ${r.day}; the next is due by ${r.due}, ${policy}.`, evidence: { ...evidence, due: r.due } }];
  },
});
