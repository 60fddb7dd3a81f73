// Owns audits.evaluation: whether a periodic evaluation is on record at all (how recent it is, against
// the practice's own interval, is audits.evaluation-current).
import { dayNumber, defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.evaluation',
    title: 'A technical and non-technical evaluation is on record',
    area: 'audits',
    severity: 'high',
    hipaa: ['164.308(a)(8)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(8): perform a periodic technical and nontechnical evaluation, and again after environmental or operational changes',
    rationale:
      'The evaluation shows that the security policies and procedures still meet the Security Rule as the practice changes; without one, nobody has checked that the safeguards on paper are the ones in place.',
    remediation:
      'Evaluate your safeguards against the Security Rule (an internal review or an outside audit; a hipaa-hero report kept with its findings and fixes helps), keep the report, and record its date under `audits.last_audit`.',
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Periodic evaluation';
    const audits = stack.audits;
    const day = audits?.last_audit;
    if (!day) {
      const path = audits && 'last_audit' in audits ? toPointer('audits', 'last_audit') : audits ? toPointer('audits') : undefined;
      return [{ status: 'fail', subject, ...(path ? { path } : {}), message: 'No evaluation is on record: the stack file has no `audits.last_audit` date, and an undocumented evaluation counts as not done.', evidence: { last_audit: null } }];
    }
    const path = toPointer('audits', 'last_audit');
    if (dayNumber(day) > dayNumber(now)) {
      return [{ status: 'fail', subject, path, message: `The evaluation is dated ${day}, after the audit day ${now}: it cannot count yet.`, evidence: { last_audit: day } }];
    }
    return [{ status: 'pass', subject, path, message: `An evaluation dated ${day} is on record.`, evidence: { last_audit: day } }];
  },
});
