import { defineCheck, dayNumber, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'governance.waivers-current',
    title: 'Every waiver (accepted risk) is still in force',
    area: 'governance',
    severity: 'low',
    hipaa: ['164.308(a)(1)(ii)(B)'],
    obligation: 'practice',
    basis:
      'hipaa-hero\'s waiver mechanism: an accepted risk is documented with an approver and an expiry day, as risk management (164.308(a)(1)(ii)(B)) expects decisions to be kept current',
    rationale:
      'A waiver records a risk the practice decided to accept for a time; once it expires the decision is stale and the risk must be re-approved or fixed, and the documentation of that decision kept current.',
    remediation:
      'For each expired entry under `waivers`, either fix the finding and delete the waiver, or have the approver re-accept the risk and set a new `expires` date (and `approved_by`).',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return (stack.waivers ?? []).map((waiver, i): Finding => {
      const subject = `${waiver.check} / ${waiver.subject}`;
      const path = toPointer('waivers', i, 'expires');
      const evidence = { expires: waiver.expires, approved_by: waiver.approved_by };
      // A waiver is in force through its expiry day: it lapses the day after.
      if (dayNumber(waiver.expires) < dayNumber(now)) {
        return {
          status: 'warn',
          subject,
          path,
          message: `The waiver for ${subject} expired on ${waiver.expires}: it no longer waives anything; renew it with a new approval or fix the finding.`,
          evidence,
        };
      }
      return {
        status: 'pass',
        subject,
        path,
        message: `${subject} is waived until ${waiver.expires}, approved by ${waiver.approved_by}.`,
        evidence,
      };
    });
  },
});
