// Owns training.workforce: whether every staff member has been trained at all (whether the training is
// recent enough for the practice's refresher policy is training.current). A shared login
// (`shared: true`) is not a person and gets no training: each person who uses it is judged under
// their own staff entry.
import { dayNumber, defineCheck, toPointer, type Finding } from '../../src/index.js';
import { sharedLoginNotAPerson } from '../../src/engine/staff-queries.js';

export default defineCheck({
  meta: {
    id: 'training.workforce',
    title: 'Every staff member has had HIPAA training',
    area: 'training',
    severity: 'high',
    hipaa: ['164.308(a)(5)', '164.530(b)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(5)(i): a security awareness and training program for all members of the workforce; 164.530(b)(1): train all members of the workforce on the privacy policies and procedures',
    rationale:
      'Every workforce member, owners and part-timers included, must be trained on the practice\'s privacy and security policies; most breaches in small practices start with a person, not a machine.',
    remediation:
      'Train each untrained staff member (new staff within a reasonable time of joining; a short course with a certificate is enough), then record the date under `staff[].trained`.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.staff ?? []).map((member, i): Finding => {
      const shared = sharedLoginNotAPerson(member, i);
      if (shared) return shared;
      const subject = member.account;
      const who = `${member.name} (${subject})`;
      const day = member.trained;
      if (!day) {
        return {
          status: 'fail',
          subject,
          path: 'trained' in member ? toPointer('staff', i, 'trained') : toPointer('staff', i),
          message: `${who} has no training on record: no \`trained\` date is recorded.`,
          evidence: { trained: null },
        };
      }
      const path = toPointer('staff', i, 'trained');
      if (dayNumber(day) > dayNumber(now)) {
        return { status: 'fail', subject, path, message: `${who} has a training date of ${day}, after the audit day ${now}: it cannot count yet.`, evidence: { trained: day } };
      }
      return { status: 'pass', subject, path, message: `${who} was trained on ${day}.`, evidence: { trained: day } };
    });
  },
});
