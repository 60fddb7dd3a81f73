import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** 45 CFR 164.404(b): without unreasonable delay and in no case later than 60 calendar days after discovery. */
const MAX_DAYS = 60;

export default defineCheck({
  meta: {
    id: 'incident.breach-notification-days',
    title: 'Patients are notified of a breach within 60 days of discovery',
    area: 'incident',
    severity: 'high',
    hipaa: ['164.404(b)', '164.404'],
    obligation: 'required',
    basis:
      '45 CFR 164.404(b): notify individuals without unreasonable delay and in no case later than 60 calendar days after discovery of a breach',
    rationale:
      'The Breach Notification Rule requires notifying affected patients without unreasonable delay and in no case later than 60 calendar days after discovery; a written commitment longer than that is a plan to break the rule.',
    remediation:
      'Commit in the incident response plan to notifying affected patients within 60 days of discovery at most (sooner is better) and record it as `incident_response.breach_notification_days`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Breach notification deadline';
    const ir = stack.incident_response;
    const days = ir?.breach_notification_days;
    if (days === undefined) {
      return [
        {
          status: 'fail',
          subject,
          ...(ir ? { path: toPointer('incident_response') } : {}),
          message: 'There is no written commitment on how fast patients are told of a breach: the stack file has no `incident_response.breach_notification_days`.',
          evidence: { breach_notification_days: null },
        },
      ];
    }
    const path = toPointer('incident_response', 'breach_notification_days');
    if (days > MAX_DAYS) {
      return [
        {
          status: 'fail',
          subject,
          path,
          message: `Patients are to be notified within ${days} days of a breach, but the rule says without unreasonable delay and in no case later than ${MAX_DAYS} calendar days after discovery.`,
          evidence: { breach_notification_days: days },
        },
      ];
    }
    return [
      {
        status: 'pass',
        subject,
        path,
        message: `Patients are to be notified within ${days} days of discovering a breach, inside the ${MAX_DAYS}-day outer limit (notice is still due without unreasonable delay).`,
        evidence: { breach_notification_days: days },
      },
    ];
  },
});
