import { addMonths, dayNumber, defineCheck, toPointer, type Finding } from '../../src/index.js';

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
      const day = member.trained;
      if (!day) {
        return {
          status: 'fail',
          subject,
          path: 'trained' in member ? toPointer('staff', i, 'trained') : toPointer('staff', i),
          message: `${member.name} (${subject}) has never been trained: no \`trained\` date is recorded.`,
          evidence: { trained: null },
        };
      }
      const path = toPointer('staff', i, 'trained');
      const due = addMonths(day, months);
      const evidence = { trained: day, interval_months: months, due };
      if (dayNumber(day) > dayNumber(now)) {
        return { status: 'fail', subject, path, message: `${member.name} (${subject}) has a training date of ${day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence };
      }
      if (dayNumber(due) < dayNumber(now)) {
        return { status: 'fail', subject, path, message: `${member.name} (${subject}) was last trained on ${day}; retraining was due on ${due} (every ${months} months).`, evidence };
      }
      return { status: 'pass', subject, path, message: `${member.name} (${subject}) was trained on ${day}; retraining is due by ${due}.`, evidence };
    });
  },
});
