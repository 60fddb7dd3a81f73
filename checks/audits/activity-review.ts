import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** Frequent enough to catch misuse of PHI while it can still be stopped and reported in time. */
const OFTEN_ENOUGH = ['continuous', 'daily', 'weekly', 'monthly'];
/** Reviews happen, but months of misuse can pass unnoticed between them. */
const TOO_INFREQUENT = ['quarterly', 'annually'];

export default defineCheck({
  meta: {
    id: 'audits.activity-review',
    title: 'Audit logs and access reports are reviewed at least monthly',
    area: 'audits',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(D)', '164.308(a)(5)(ii)(C)'],
    rationale:
      'Logs only protect patients if someone reads them: regular review of audit logs, access reports and log-in attempts is how snooping, stolen passwords and misuse are found; monthly or more often keeps misuse from running for a whole quarter.',
    remediation:
      'Have someone review the EHR access reports and sign-in logs on a fixed schedule (monthly or more often), keep a note of each review, and record the frequency under `audits.activity_review`.',
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
    const path = toPointer('audits', 'activity_review');
    if (TOO_INFREQUENT.includes(frequency)) {
      return [
        {
          status: 'warn',
          subject,
          path,
          message: `Information system activity is reviewed ${frequency}, too infrequent to catch misuse in time; monthly or more often is recommended.`,
          evidence: { activity_review: frequency },
        },
      ];
    }
    if (OFTEN_ENOUGH.includes(frequency)) {
      return [
        { status: 'pass', subject, path, message: `Information system activity (audit logs, access reports) is reviewed ${frequency}.`, evidence: { activity_review: frequency } },
      ];
    }
    return [];
  },
});
