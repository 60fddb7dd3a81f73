import { defineCheck, recurrence, toPointer, type Finding } from '../../src/index.js';

/** Yearly refresher training is the common standard, unless `training.interval_months` says otherwise. */
const DEFAULT_INTERVAL_MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'training.current',
    title: 'Every staff member had HIPAA security training within the training interval',
    area: 'training',
    severity: 'medium',
    hipaa: ['164.308(a)(5)', '164.530(b)'],
    rationale:
      'Every workforce member must be trained on the policies and on security awareness, and retrained periodically (every 12 months by default): most breaches in small practices start with a person, not a machine.',
    remediation:
      'Train each overdue or untrained staff member (a short course with a certificate is enough), then set their `trained` date under `staff`; set `training.interval_months` if your policy retrains more often.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    const months = stack.training?.interval_months ?? DEFAULT_INTERVAL_MONTHS;
    return (stack.staff ?? []).map((member, i): Finding => {
      const subject = member.account;
      const who = `${member.name} (${subject})`;
      const r = recurrence(member.trained, now, months);
      if (r.state === 'missing') {
        return {
          status: 'fail',
          subject,
          path: 'trained' in member ? toPointer('staff', i, 'trained') : toPointer('staff', i),
          message: `${who} has never been trained: no \`trained\` date is recorded.`,
          evidence: { trained: null },
        };
      }
      const path = toPointer('staff', i, 'trained');
      switch (r.state) {
        case 'future':
          return { status: 'fail', subject, path, message: `${who} has a training date of ${r.day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence: { trained: r.day, interval_months: months } };
        case 'overdue':
          return { status: 'fail', subject, path, message: `${who} was last trained on ${r.day}; retraining was due on ${r.due} (every ${months} months).`, evidence: { trained: r.day, interval_months: months, due: r.due } };
        case 'current':
          return { status: 'pass', subject, path, message: `${who} was trained on ${r.day}; retraining is due by ${r.due}.`, evidence: { trained: r.day, interval_months: months, due: r.due } };
      }
    });
  },
});
