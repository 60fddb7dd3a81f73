// Owns audits.risk-analysis: whether a risk analysis is on record at all (how recent it is, against the
// practice's own interval, is audits.risk-analysis-current).
import { dayNumber, defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.risk-analysis',
    title: 'A security risk analysis is on record',
    area: 'audits',
    severity: 'critical',
    hipaa: ['164.308(a)(1)(ii)(A)', '164.308(a)(1)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(1)(ii)(A): conduct an accurate and thorough assessment of the potential risks and vulnerabilities to ePHI',
    rationale:
      'The risk analysis is the foundation of the Security Rule: every other safeguard, and every decision on an addressable specification, is chosen against the risks it finds. A missing risk analysis is the most common finding in OCR enforcement.',
    remediation:
      'Do an accurate and thorough assessment of the risks to the PHI you hold (the HHS Security Risk Assessment tool works for a small practice), keep the report, and record its date under `audits.risk_analysis`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Risk analysis';
    const audits = stack.audits;
    const day = audits?.risk_analysis;
    if (!day) {
      const path = audits && 'risk_analysis' in audits ? toPointer('audits', 'risk_analysis') : audits ? toPointer('audits') : undefined;
      return [{ status: 'fail', subject, ...(path ? { path } : {}), message: 'No risk analysis is on record: the stack file has no `audits.risk_analysis` date, and an undocumented risk analysis counts as not done.', evidence: { risk_analysis: null } }];
    }
    const path = toPointer('audits', 'risk_analysis');
    if (dayNumber(day) > dayNumber(now)) {
      return [{ status: 'fail', subject, path, message: `The risk analysis is dated ${day}, after the audit day ${now}: it cannot count yet.`, evidence: { risk_analysis: day } }];
    }
    return [{ status: 'pass', subject, path, message: `A risk analysis dated ${day} is on record.`, evidence: { risk_analysis: day } }];
  },
});
