// Owns audits.risk-analysis-current: whether the risk analysis on record is within the practice's own
// interval. HIPAA expects it kept current (164.306(e), 164.316(b)(2)(iii)) but fixes no interval.
import { defineCheck, intervalWords, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.risk-analysis-current',
    title: "The risk analysis was repeated within the practice's interval",
    area: 'audits',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(A)'],
    obligation: 'practice',
    basis:
      "45 CFR 164.306(e) and 164.316(b)(2)(iii) expect security measures and their documentation reviewed and updated as needed, without fixing an interval; HHS guidance calls the risk analysis ongoing. The interval is the practice's policy (hipaa-hero's default: 12 months)",
    rationale:
      'Systems, vendors and threats change every year; a risk analysis that is not repeated on a set schedule soon describes a practice that no longer exists, and OCR looks for one that is current.',
    remediation:
      "Repeat the risk analysis (the HHS Security Risk Assessment tool works for a small practice) and record its date under `audits.risk_analysis`; state the practice's own interval under `schedule.risk_analysis_months`.",
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Risk analysis';
    const interval = policyInterval(stack, 'risk_analysis');
    const r = recurrence(stack.audits?.risk_analysis, now, interval.months);
    const evidence = { risk_analysis: stack.audits?.risk_analysis ?? null, interval_months: interval.months, interval_set_by: interval.setBy };
    if (r.state === 'missing' || r.state === 'future') {
      return [{ status: 'not_applicable', subject, message: 'There is no risk analysis on record to judge by date (audits.risk-analysis reports it).', evidence }];
    }
    const path = toPointer('audits', 'risk_analysis');
    const policy = intervalWords(interval);
    if (r.state === 'overdue') {
      return [{ status: 'fail', subject, path, message: `The risk analysis was last done on ${r.day}; under a policy of repeating it ${policy}, it was due on ${r.due}.`, evidence: { ...evidence, due: r.due } }];
    }
    return [{ status: 'pass', subject, path, message: `The risk analysis was done on ${r.day}; the next is due by ${r.due}, ${policy}.`, evidence: { ...evidence, due: r.due } }];
  },
});
