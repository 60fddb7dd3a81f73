import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'incident.plan',
    title: 'A written incident response plan exists',
    area: 'incident',
    severity: 'high',
    hipaa: ['164.308(a)(6)', '164.308(a)(6)(ii)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(6): implement policies and procedures to address security incidents, and (ii) identify, respond to, mitigate and document them; kept in writing per 164.316(b)(1)',
    rationale:
      'Security incidents must be identified, responded to, mitigated and documented under written procedures; in the first hours of a ransomware attack or a lost laptop nobody should be inventing the process.',
    remediation:
      'Write an incident response plan (who to call, how to contain, how to preserve evidence, how to decide whether it is a breach), keep it next to the stack file, and set `incident_response.plan` to its path.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts }): Finding[] {
    const subject = 'Incident response plan';
    const ir = stack.incident_response;
    const plan = ir?.plan;
    if (!plan) {
      return [
        {
          status: 'fail',
          subject,
          ...(ir ? { path: toPointer('incident_response') } : {}),
          message: 'No incident response plan is documented: the stack file has no `incident_response.plan`.',
          evidence: { plan: null },
        },
      ];
    }
    const path = toPointer('incident_response', 'plan');
    const doc = facts.documents[plan];
    const kind = doc?.kind ?? (doc?.exists ? 'file' : 'missing');
    if (!doc || kind === 'missing') {
      return [
        {
          status: 'warn',
          subject,
          path,
          message: `The incident response plan ${plan} is referenced but not found next to the stack file.`,
          evidence: { plan, exists: false },
        },
      ];
    }
    // Written down means a regular file that was read and hashed: a directory, a device or a path that
    // was not followed is not a plan.
    if (kind !== 'file' || doc.sha256 === undefined) {
      const evidence = { plan, exists: doc.exists, kind, ...(doc.error !== undefined ? { error: doc.error } : {}) };
      const message = `The incident response plan ${plan} is not on file: it was not read and hashed (${doc.error ?? kind}).`;
      return [{ status: 'fail', subject, path, message, evidence, ...(kind === 'unreadable' ? { unavailable: `the plan ${plan} could not be read (${doc.error ?? 'error'})` } : {}) }];
    }
    return [
      {
        status: 'pass',
        subject,
        path,
        message: `The incident response plan is written down in ${plan}.`,
        evidence: doc ? { plan, exists: doc.exists } : { plan },
      },
    ];
  },
});
