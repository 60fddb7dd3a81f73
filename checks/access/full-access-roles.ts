import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** An owner plus one backup administrator is all a small practice needs; every extra full-access login widens what one stolen password exposes. */
const MAX_FULL_ACCESS_HOLDERS = 2;

export default defineCheck({
  meta: {
    id: 'access.full-access-roles',
    title: `Full access ("*") is held by at most ${MAX_FULL_ACCESS_HOLDERS} accounts`,
    area: 'access',
    severity: 'medium',
    hipaa: ['164.308(a)(4)(ii)(B)', '164.312(a)(1)'],
    obligation: 'practice',
    basis:
      'Least privilege for administrative accounts (NIST SP 800-53 Rev. 5 AC-6 and AC-6(5)); the limit of 2 accounts is hipaa-hero\'s default',
    rationale:
      `Access to PHI is best limited to what each job needs (least privilege); a role with every permission ("*") held by more than ${MAX_FULL_ACCESS_HOLDERS} people means many logins can read, change or export everything.`,
    remediation:
      `Move staff who do not administer the systems to a role with only the permissions their job needs (update their \`staff[].role\`), so that at most ${MAX_FULL_ACCESS_HOLDERS} accounts hold a role whose \`permissions\` include "*".`,
    needs: ['stack'],
  },
  run({ stack }) {
    return Object.entries(stack.roles ?? {}).flatMap(([role, def]): Finding[] => {
      if (!def.permissions.includes('*')) return [];
      const holders = (stack.staff ?? []).filter((s) => s.role === role).map((s) => s.account);
      const path = toPointer('roles', role, 'permissions');
      if (holders.length > MAX_FULL_ACCESS_HOLDERS) {
        return [{
          status: 'fail',
          subject: role,
          path,
          message: `Role ${role} grants full access ("*") to ${holders.length} accounts (${holders.join(', ')}), more than the ${MAX_FULL_ACCESS_HOLDERS} a practice needs.`,
          evidence: { holders },
        }];
      }
      return [{
        status: 'pass',
        subject: role,
        path,
        message: `Role ${role} grants full access ("*") to ${holders.length} account${holders.length === 1 ? '' : 's'}, within the limit of ${MAX_FULL_ACCESS_HOLDERS}.`,
        evidence: { holders },
      }];
    });
  },
});
