import { defineCheck, recurrence, toPointer, type Finding } from '../../src/index.js';

/** Industry practice and HHS guidance: repeat it at least yearly, unless `audits.interval_months` says otherwise. */
const DEFAULT_INTERVAL_MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'audits.risk-analysis',
    title: 'A security risk analysis was done within the audit interval',
    area: 'audits',
    severity: 'critical',
    hipaa: ['164.308(a)(1)(ii)(A)', '164.308(a)(1)'],
    rationale:
      'The risk analysis is the foundation of the Security Rule: every other safeguard is chosen against the risks it finds, and it must be repeated (at least every 12 months by default) as systems and threats change. Missing or stale risk analyses are the most common finding in OCR enforcement.',
    remediation:
      'Do an accurate and thorough assessment of the risks to the PHI you hold (the HHS Security Risk Assessment tool works for a small practice), keep the report, and record its date under `audits.risk_analysis`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Risk analysis';
    const audits = stack.audits;
    const months = audits?.interval_months ?? DEFAULT_INTERVAL_MONTHS;
    const r = recurrence(audits?.risk_analysis, now, months);
    if (r.state === 'missing') {
      const path = audits && 'risk_analysis' in audits ? toPointer('audits', 'risk_analysis') : audits ? toPointer('audits') : undefined;
      return [{ status: 'fail', subject, ...(path ? { path } : {}), message: 'Risk analysis is not documented: the stack file has no `audits.risk_analysis` date, and an undocumented risk analysis counts as not done.', evidence: { risk_analysis: null } }];
    }
    const path = toPointer('audits', 'risk_analysis');
    const evidence = { risk_analysis: r.day, interval_months: months };
    switch (r.state) {
      case 'future':
        return [{ status: 'fail', subject, path, message: `Risk analysis is dated ${r.day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence }];
      case 'overdue':
        return [{ status: 'fail', subject, path, message: `Risk analysis was last done on ${r.day} and was due on ${r.due} (every ${months} months): it is overdue.`, evidence: { ...evidence, due: r.due } }];
      case 'current':
        return [{ status: 'pass', subject, path, message: `Risk analysis was done on ${r.day}; the next one is due by ${r.due} (every ${months} months).`, evidence: { ...evidence, due: r.due } }];
    }
  },
});
