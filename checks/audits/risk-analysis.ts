import { addMonths, dayNumber, defineCheck, toPointer, type Finding } from '../../src/index.js';

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
    const day = audits?.risk_analysis;
    if (!day) {
      const path = audits && 'risk_analysis' in audits ? toPointer('audits', 'risk_analysis') : audits ? toPointer('audits') : undefined;
      return [
        {
          status: 'fail',
          subject,
          ...(path ? { path } : {}),
          message: 'Risk analysis is not documented: the stack file has no `audits.risk_analysis` date, and an undocumented risk analysis counts as not done.',
          evidence: { risk_analysis: day ?? null },
        },
      ];
    }
    const path = toPointer('audits', 'risk_analysis');
    const evidence = { risk_analysis: day, interval_months: months };
    if (dayNumber(day) > dayNumber(now)) {
      return [{ status: 'fail', subject, path, message: `Risk analysis is dated ${day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence }];
    }
    const due = addMonths(day, months);
    if (dayNumber(due) < dayNumber(now)) {
      return [{ status: 'fail', subject, path, message: `Risk analysis was last done on ${day} and was due on ${due} (every ${months} months): it is overdue.`, evidence: { ...evidence, due } }];
    }
    return [{ status: 'pass', subject, path, message: `Risk analysis was done on ${day}; the next one is due by ${due} (every ${months} months).`, evidence: { ...evidence, due } }];
  },
});
