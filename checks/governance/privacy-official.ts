import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'governance.privacy-official',
    title: 'A privacy official is designated',
    area: 'governance',
    severity: 'high',
    hipaa: ['164.530(a)'],
    obligation: 'required',
    basis:
      '45 CFR 164.530(a)(1): designate a privacy official responsible for the development and implementation of the policies and procedures; documented per 164.530(j)',
    rationale:
      'The Privacy Rule requires a covered entity to designate, in writing, one person responsible for developing and carrying out its privacy policies; without one, nobody owns patient privacy.',
    remediation:
      'Designate a privacy official in writing (in a small practice often the office manager) and record them under `officers.privacy` with `name`, `title` and `appointed`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Privacy official';
    const officer = stack.officers?.privacy;
    if (!officer?.name) {
      return [
        {
          status: 'fail',
          subject,
          ...(stack.officers ? { path: toPointer('officers') } : {}),
          message: 'No privacy official is designated: the stack file has no `officers.privacy`.',
          evidence: { privacy: officer ?? null },
        },
      ];
    }
    const title = officer.title ? ` (${officer.title})` : '';
    const since = officer.appointed ? `, appointed on ${officer.appointed}` : '';
    return [
      {
        status: 'pass',
        subject,
        path: toPointer('officers', 'privacy'),
        message: `${officer.name}${title} is the designated privacy official${since}.`,
        evidence: { name: officer.name, appointed: officer.appointed ?? null },
      },
    ];
  },
});
