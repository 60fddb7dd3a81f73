import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'governance.security-official',
    title: 'A security official is designated',
    area: 'governance',
    severity: 'high',
    hipaa: ['164.308(a)(2)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(2): identify the security official responsible for the development and implementation of the policies and procedures',
    rationale:
      'The Security Rule requires one identified official responsible for developing and implementing the security policies and procedures; without one, safeguards have no owner.',
    remediation:
      'Designate a security official in writing (in a small practice often the owner or the IT lead) and record them under `officers.security` with `name`, `title` and `appointed`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Security official';
    const officer = stack.officers?.security;
    if (!officer?.name) {
      return [
        {
          status: 'fail',
          subject,
          ...(stack.officers ? { path: toPointer('officers') } : {}),
          message: 'No security official is designated: the stack file has no `officers.security`.',
          evidence: { security: officer ?? null },
        },
      ];
    }
    const title = officer.title ? ` (${officer.title})` : '';
    const since = officer.appointed ? `, appointed on ${officer.appointed}` : '';
    return [
      {
        status: 'pass',
        subject,
        path: toPointer('officers', 'security'),
        message: `${officer.name}${title} is the designated security official${since}.`,
        evidence: { name: officer.name, appointed: officer.appointed ?? null },
      },
    ];
  },
});
