import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'access.mfa',
    title: 'Every staff account signs in with multi-factor authentication',
    area: 'access',
    severity: 'high',
    hipaa: ['164.312(d)', '164.308(a)(1)(ii)(B)'],
    obligation: 'practice',
    basis:
      'HHS Cybersecurity Performance Goals and the 405(d) Health Industry Cybersecurity Practices recommend MFA; the January 2025 proposed Security Rule (90 FR 898) would require it, but it is a proposal, not law',
    rationale:
      'A password alone is routinely phished or reused, and stolen passwords are the most common way into PHI systems. Person or entity authentication (164.312(d)) can be met with passwords under the current rule; HHS recommends MFA and the January 2025 proposed rule would require it, but the proposal is not law.',
    remediation:
      'Turn on multi-factor authentication (an authenticator app or security key) for the account in every system that holds PHI, then set `mfa: true` for the staff member in the stack file.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.staff ?? []).map((member, i): Finding => {
      if (member.mfa === true) {
        return {
          status: 'pass',
          subject: member.account,
          path: toPointer('staff', i, 'mfa'),
          message: `${member.account} signs in with multi-factor authentication.`,
          evidence: { mfa: true },
        };
      }
      if (member.mfa === false) {
        return {
          status: 'fail',
          subject: member.account,
          path: toPointer('staff', i, 'mfa'),
          message: `${member.account} signs in without multi-factor authentication: a stolen password is enough to get in.`,
          evidence: { mfa: false },
        };
      }
      return {
        status: 'fail',
        subject: member.account,
        path: toPointer('staff', i),
        message: `${member.account} has no multi-factor authentication declared (\`mfa\` is not set), so it is treated as off.`,
        evidence: { mfa: null },
      };
    });
  },
});
