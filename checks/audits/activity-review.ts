// Owns audits.activity-review: whether information system activity is reviewed on a regular schedule at
// all (whether that schedule meets the practice's own policy is audits.activity-review-frequency).
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.activity-review',
    title: 'Audit logs and access reports are reviewed regularly',
    area: 'audits',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(D)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(1)(ii)(D): implement procedures to regularly review records of information system activity, such as audit logs, access reports and security incident tracking reports',
    rationale:
      'Logs only protect patients if someone reads them: regular review of audit logs and access reports is how snooping, stolen passwords and misuse are found.',
    remediation:
      'Have someone review the EHR access reports and sign-in logs on a fixed schedule, keep a note of each review, and record the frequency under `audits.activity_review`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Information system activity review';
    const frequency = stack.audits?.activity_review;
    if (frequency === undefined || frequency === 'never') {
      const path = frequency ? toPointer('audits', 'activity_review') : stack.audits ? toPointer('audits') : undefined;
      return [
        {
          status: 'fail',
          subject,
          ...(path ? { path } : {}),
          message: frequency
            ? 'Information system activity is never reviewed: audit logs and access reports go unread.'
            : 'Information system activity review is not documented: the stack file has no `audits.activity_review` frequency.',
          evidence: { activity_review: frequency ?? null },
        },
      ];
    }
    return [
      {
        status: 'pass',
        subject,
        path: toPointer('audits', 'activity_review'),
        message: `Information system activity (audit logs, access reports) is reviewed ${frequency}.`,
        evidence: { activity_review: frequency },
      },
    ];
  },
});
