import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'audits.audit-logging',
    title: 'Every data store that holds PHI logs access to it',
    area: 'audits',
    severity: 'high',
    hipaa: ['164.312(b)'],
    obligation: 'required',
    basis:
      '45 CFR 164.312(b): implement hardware, software and/or procedural mechanisms that record and examine activity in systems that contain or use ePHI',
    rationale:
      'The Security Rule requires mechanisms that record and examine activity in systems holding PHI; without an audit log there is no way to tell who looked at a record or to investigate a breach.',
    remediation:
      'Turn on access logging in each PHI system (EHR audit trail, Windows security auditing on workstations) and set `audit_log: true` on the data store; if a store cannot log access, move the PHI to one that can.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi) return [];
      const subject = store.name;
      if (store.audit_log === undefined) {
        return [
          {
            status: 'warn',
            subject,
            path: toPointer('data_stores', i),
            message: `${subject} holds PHI but the stack file does not declare whether it keeps an audit log (\`audit_log\`).`,
            evidence: { audit_log: null },
          },
        ];
      }
      const path = toPointer('data_stores', i, 'audit_log');
      if (!store.audit_log) {
        return [{ status: 'fail', subject, path, message: `${subject} holds PHI but does not log access to it.`, evidence: { audit_log: false } }];
      }
      return [{ status: 'pass', subject, path, message: `${subject} holds PHI and logs access to it.`, evidence: { audit_log: true } }];
    });
  },
});
