import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const SUBJECT = 'Remote access';

export default defineCheck({
  meta: {
    id: 'network.remote-access',
    title: 'Remote access to PHI systems goes through a VPN with MFA',
    area: 'network',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(d)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-46 Rev. 2 (telework and remote access security) and the HHS guidance on remote use of ePHI',
    rationale:
      'Staff who reach practice systems from home or on the road do so over networks the practice does not control; a VPN protects the traffic and MFA stops a stolen password from opening the door.',
    remediation:
      'Require remote staff to connect through a VPN that asks for a second factor (authenticator app or security key), and record it as `network.remote_access: { vpn: true, mfa: true }`; if nobody works remotely, record `network.remote_access: { enabled: false }`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const remote = stack.network?.remote_access;
    if (remote === undefined) {
      return [{
        status: 'manual',
        subject: SUBJECT,
        ...(stack.network !== undefined ? { path: toPointer('network') } : {}),
        message: 'The stack file does not say how staff reach PHI systems remotely: add `network.remote_access: { vpn: true|false, mfa: true|false }`, or `{ enabled: false }` if there is no remote access.',
      }];
    }
    const path = toPointer('network', 'remote_access');
    const evidence = { enabled: remote.enabled ?? null, vpn: remote.vpn ?? null, mfa: remote.mfa ?? null };
    if (remote.enabled === false) {
      return [{ status: 'pass', subject: SUBJECT, path, message: 'Remote access is disabled: PHI systems can only be reached from the office.', evidence }];
    }
    const missing = [remote.vpn !== true ? 'a VPN' : '', remote.mfa !== true ? 'MFA' : ''].filter(Boolean);
    if (missing.length) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path,
        message: `Remote access to PHI systems is enabled without ${missing.join(' or ')}.`,
        evidence,
      }];
    }
    return [{ status: 'pass', subject: SUBJECT, path, message: 'Remote access to PHI systems goes through a VPN and requires MFA.', evidence }];
  },
});
