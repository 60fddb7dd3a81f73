// Owns incident.drill: whether the incident response plan was exercised within the practice's interval.
import { defineCheck, intervalWords, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'incident.drill',
    title: "An incident response drill was held within the practice's interval",
    area: 'incident',
    severity: 'medium',
    hipaa: ['164.308(a)(6)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-61 (incident handling) and SP 800-84 (tests, training and exercises) recommend exercising the plan; the interval is the practice\'s policy',
    rationale:
      'A plan nobody has practised fails in a real incident: a drill or tabletop exercise tests the procedures and shows staff their part. The Security Rule does not name drills; NIST guidance recommends them.',
    remediation:
      "Run a tabletop exercise (walk through a scenario such as ransomware on the front-desk PC with the people named in the plan), note what to fix, and record the date under `incident_response.last_drill`; state the practice's own interval under `schedule.drill_months`.",
    needs: ['stack'],
  },
  run({ stack, now }): Finding[] {
    const subject = 'Incident response drill';
    const ir = stack.incident_response;
    const interval = policyInterval(stack, 'drill');
    const r = recurrence(ir?.last_drill, now, interval.months);
    if (r.state === 'missing') {
      const path = ir && 'last_drill' in ir ? toPointer('incident_response', 'last_drill') : ir ? toPointer('incident_response') : undefined;
      return [{ status: 'fail', subject, ...(path ? { path } : {}), message: 'No incident response drill is documented: the stack file has no `incident_response.last_drill` date.', evidence: { last_drill: null } }];
    }
    const path = toPointer('incident_response', 'last_drill');
    switch (r.state) {
      case 'future':
        return [{ status: 'fail', subject, path, message: `The last incident response drill is dated ${r.day}, after the audit day ${now}: it is in the future and cannot count yet.`, evidence: { last_drill: r.day } }];
      case 'overdue':
        return [{ status: 'fail', subject, path, message: `The last incident response drill was on ${r.day}; under a policy of holding one ${intervalWords(interval)}, the next was due on ${r.due}.`, evidence: { last_drill: r.day, due: r.due } }];
      case 'current':
        return [{ status: 'pass', subject, path, message: `An incident response drill was held on ${r.day}; the next is due by ${r.due}, ${intervalWords(interval)}.`, evidence: { last_drill: r.day, due: r.due } }];
    }
  },
});
