// Owns proposed.mfa: whether every staff account, every cloud store of PHI and remote access use
// multi-factor authentication, as the 2025 proposal would require.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const REMOTE = 'Remote access';

export default defineCheck({
  meta: {
    id: 'proposed.mfa',
    title: 'Every account and every way in to PHI systems uses multi-factor authentication',
    area: 'proposed',
    severity: 'high',
    hipaa: ['164.312(d)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.312 (90 FR 898, January 6, 2025): multi-factor authentication for access to relevant electronic information systems, with limited exceptions',
    rationale:
      'Stolen and reused passwords are a common way into PHI systems. Under the rule in force a password can be enough; the proposed rule would require multi-factor authentication for every account and every way in, with only narrow exceptions. This is a proposal, not law.',
    remediation:
      'Turn on multi-factor authentication for every staff account and set `staff[].mfa: true` (give each person who shares a login an account of their own); require it in every cloud service that holds PHI and set `data_stores[].access.mfa_required: true`; require it for remote access and set `network.remote_access.mfa: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    const staff = (stack.staff ?? []).map((member, i): Finding => {
      const subject = member.account;
      if (member.shared === true) {
        return {
          status: 'fail',
          subject,
          path: toPointer('staff', i, 'shared'),
          message: `${subject} is a shared account: multi-factor authentication cannot tie a shared login to one person.`,
          evidence: { shared: true, mfa: member.mfa ?? null },
        };
      }
      if (member.mfa === true) {
        return { status: 'pass', subject, path: toPointer('staff', i, 'mfa'), message: `${subject} signs in with multi-factor authentication.`, evidence: { mfa: true } };
      }
      return {
        status: 'fail',
        subject,
        path: member.mfa === false ? toPointer('staff', i, 'mfa') : toPointer('staff', i),
        message: member.mfa === false
          ? `${subject} signs in without multi-factor authentication.`
          : `${subject} has no multi-factor authentication declared (\`mfa\` is not set), so it is treated as off.`,
        evidence: { mfa: member.mfa ?? null },
      };
    });
    const stores = (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi || store.type !== 'cloud') return [];
      const required = store.access?.mfa_required;
      if (required === true) {
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'access', 'mfa_required'),
          message: `${store.name} holds PHI in the cloud and requires multi-factor authentication to sign in.`,
          evidence: { type: store.type, mfa_required: true },
        }];
      }
      return [{
        status: 'fail',
        subject: store.name,
        path: required === false ? toPointer('data_stores', i, 'access', 'mfa_required') : store.access ? toPointer('data_stores', i, 'access') : toPointer('data_stores', i),
        message: required === false
          ? `${store.name} holds PHI in the cloud but does not require multi-factor authentication to sign in.`
          : `${store.name} holds PHI in the cloud but does not declare that it requires multi-factor authentication (\`access.mfa_required\`).`,
        evidence: { type: store.type, mfa_required: required ?? null },
      }];
    });
    const remote = stack.network?.remote_access;
    const remoteFindings: Finding[] = [];
    if (remote !== undefined && remote.enabled !== false) {
      const path = toPointer('network', 'remote_access');
      const evidence = { enabled: remote.enabled ?? null, mfa: remote.mfa ?? null };
      remoteFindings.push(
        remote.mfa === true
          ? { status: 'pass', subject: REMOTE, path, message: 'Remote access to PHI systems requires multi-factor authentication.', evidence }
          : {
              status: 'fail',
              subject: REMOTE,
              path,
              message: remote.mfa === false
                ? 'Remote access to PHI systems is enabled without multi-factor authentication.'
                : 'Remote access to PHI systems is enabled and multi-factor authentication for it is not declared (`network.remote_access.mfa`).',
              evidence,
            },
      );
    }
    return [...staff, ...stores, ...remoteFindings];
  },
});
