import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'access.role-restriction',
    title: 'Every data store with PHI is limited to named roles',
    area: 'access',
    severity: 'high',
    hipaa: ['164.308(a)(4)(ii)(B)', '164.312(a)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.308(a)(4)(ii)(B): policies and procedures for granting access to ePHI; 164.312(a)(1): allow access only to those granted access rights',
    rationale:
      'Access control means only the people whose job needs PHI can open it; a store that lets in any staff login exposes every record to every account, including ones that never needed it.',
    remediation:
      'Restrict the store (in its admin settings or with OS permissions) to the roles that need it, and list them under `data_stores[].access.roles`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi) return [];
      const roles = store.access?.roles;
      if (roles && roles.length > 0) {
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'access', 'roles'),
          message: `${store.name} holds PHI and is limited to the roles ${roles.join(', ')}.`,
          evidence: { roles },
        }];
      }
      const path =
        roles !== undefined
          ? toPointer('data_stores', i, 'access', 'roles')
          : store.access !== undefined
            ? toPointer('data_stores', i, 'access')
            : toPointer('data_stores', i);
      return [{
        status: 'fail',
        subject: store.name,
        path,
        message: `${store.name} holds PHI but is not limited to any role: anyone with a login can open it.`,
        evidence: { roles: roles ?? null },
      }];
    });
  },
});
