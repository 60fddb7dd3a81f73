import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'access.unique-accounts',
    title: 'Every staff login belongs to one person',
    area: 'access',
    severity: 'high',
    hipaa: ['164.312(a)(2)(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.312(a)(2)(i): assign a unique name and/or number for identifying and tracking user identity',
    rationale:
      'HIPAA requires a unique user identification for every person who uses a system with PHI, so that audit logs can show who viewed or changed a record; a shared login makes every action in it anonymous.',
    remediation:
      'Give each person who uses the shared login an account of their own, disable the shared account, and record each person under `staff` (removing `shared: true`).',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.staff ?? []).map((member, i): Finding => {
      if (member.shared === true) {
        return {
          status: 'fail',
          subject: member.account,
          path: toPointer('staff', i, 'shared'),
          message: `${member.account} is a shared account: actions in it cannot be traced to one person.`,
          evidence: { shared: true },
        };
      }
      return {
        status: 'pass',
        subject: member.account,
        path: member.shared === undefined ? toPointer('staff', i) : toPointer('staff', i, 'shared'),
        message: `${member.account} is ${member.name}'s own login and is not marked as shared.`,
        ...(member.shared === undefined ? {} : { evidence: { shared: member.shared } }),
      };
    });
  },
});
