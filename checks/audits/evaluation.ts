import { defineCheck, recurrence, toPointer, type Finding } from '../../src/index.js';

/** Industry practice and HHS guidance: repeat it at least yearly, unless `audits.interval_months` says otherwise. */
const DEFAULT_INTERVAL_MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'audits.evaluation',
    title: 'A periodic technical and non-technical evaluation was done within the audit interval',
    area: 'audits',
    severity: 'high',
    hipaa: ['164.308(a)(8)'],
    rationale:
      'The Security Rule requires periodic evaluations showing that the security policies and procedures still meet its requirements, repeated (every 12 months by default) and after changes to the environment.',
    remediation:
      'Evaluate your safeguards against the Security Rule (an internal review or an outside audit), keep the report, and record its date under `audits.last_audit`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Periodic evaluation';
    const audits = stack.audits;
    const months = audits?.interval_months ?? DEFAULT_INTERVAL_MONTHS;
    const r = recurrence(audits?.last_audit, now, months);
    if (r.state === 'missing') {
      const path = audits && 'last_audit' in audits ? toPointer('audits', 'last_audit') : audits ? toPointer('audits') : undefined;
      return [{ status: 'fail', subject, ...(path ? { path } : {}), message: 'Periodic evaluation is not documented: the stack file has no `audits.last_audit` date, and an undocumented evaluation counts as not done.', evidence: { last_audit: null } }];
    }
    const path = toPointer('audits', 'last_audit');
    const evidence = { last_audit: r.day, interval_months: months };
    switch (r.state) {
      case 'future':
        return [{ status: 'fail', subject, path, message: `Periodic evaluation is dated ${r.day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence }];
      case 'overdue':
        return [{ status: 'fail', subject, path, message: `Periodic evaluation was last done on ${r.day} and was due on ${r.due} (every ${months} months): it is overdue.`, evidence: { ...evidence, due: r.due } }];
      case 'current':
        return [{ status: 'pass', subject, path, message: `Periodic evaluation was done on ${r.day}; the next one is due by ${r.due} (every ${months} months).`, evidence: { ...evidence, due: r.due } }];
    }
  },
});
